//! A logo the shop supplies as SVG, made safe to inline in a page that has no script and makes no
//! request: the markup is parsed as XML (roxmltree) and written out again from an allow-list of
//! drawing elements and presentation attributes, every value escaped. Anything else (a script, an
//! event handler, a style sheet, a link, a foreign object, an external or `data:` reference, an
//! entity) is refused with the element or attribute that is not allowed, so a theme cannot put
//! markup into every page.

use crate::report_html::escape;

/// Drawing elements a logo may use.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "circle",
    "ellipse",
    "rect",
    "line",
    "polyline",
    "polygon",
    "title",
    "desc",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
];

/// Attributes a logo may use (geometry, paint, accessibility, ids for gradients and clips).
const ATTRIBUTES: &[&str] = &[
    "viewBox",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "d",
    "points",
    "fill",
    "fill-rule",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-opacity",
    "stroke-dasharray",
    "opacity",
    "transform",
    "clip-path",
    "clip-rule",
    "offset",
    "stop-color",
    "stop-opacity",
    "gradientUnits",
    "gradientTransform",
    "preserveAspectRatio",
    "role",
    "aria-label",
    "aria-hidden",
    "id",
    "version",
];

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The logo written out from its allow-listed parts, or why it is refused.
///
/// ```
/// use postpurchase_examples::safe_svg::safe_svg;
/// let ok = safe_svg(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle r="2"/></svg>"#);
/// assert!(ok.is_ok());
/// assert!(safe_svg(r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#).is_err());
/// ```
///
/// # Errors
/// A sentence naming what is not allowed: markup that is not well-formed XML, a root that is not
/// an SVG `<svg>`, an element or attribute outside the allow-list, a reference that is not to an
/// id in the logo (`url(#id)`), or text outside `<title>`/`<desc>`.
pub fn safe_svg(markup: &str) -> Result<String, String> {
    let opts = roxmltree::ParsingOptions { allow_dtd: false, ..roxmltree::ParsingOptions::default() };
    let doc = roxmltree::Document::parse_with_options(markup, opts).map_err(|e| format!("not well-formed SVG: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err("the logo must be an <svg> element in the SVG namespace".into());
    }
    let mut out = String::with_capacity(markup.len());
    write_node(root, &mut out)?;
    Ok(out)
}

fn write_node(node: roxmltree::Node<'_, '_>, out: &mut String) -> Result<(), String> {
    let name = node.tag_name().name();
    if node.tag_name().namespace() != Some(SVG_NS) || !ELEMENTS.contains(&name) {
        return Err(format!("element <{name}> is not allowed in a logo"));
    }
    out.push('<');
    out.push_str(name);
    if name == "svg" && node.parent_element().is_none() {
        out.push_str(" xmlns=\"http://www.w3.org/2000/svg\"");
    }
    for a in node.attributes() {
        let an = a.name();
        if a.namespace().is_some() || !ATTRIBUTES.contains(&an) {
            return Err(format!("attribute {an:?} on <{name}> is not allowed in a logo"));
        }
        check_value(an, a.value())?;
        out.push(' ');
        out.push_str(an);
        out.push_str("=\"");
        out.push_str(&escape(a.value()));
        out.push('"');
    }
    out.push('>');
    for child in node.children() {
        if child.is_element() {
            write_node(child, out)?;
        } else if child.is_text() {
            let text = child.text().unwrap_or_default();
            if matches!(name, "title" | "desc") {
                out.push_str(&escape(text));
            } else if !text.trim().is_empty() {
                return Err(format!("text inside <{name}> is not allowed in a logo"));
            }
        }
        // comments and processing instructions are dropped
    }
    out.push_str("</");
    out.push_str(name);
    out.push('>');
    Ok(())
}

/// A value may refer only to an id inside the logo: `url(#id)`, never a file, an address or data.
fn check_value(attribute: &str, value: &str) -> Result<(), String> {
    let lower = value.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("url(") {
        let tail = rest.get(at.saturating_add(4)..).unwrap_or("");
        let inner = tail.trim_start().trim_start_matches(['"', '\'']);
        if !inner.starts_with('#') {
            return Err(format!("attribute {attribute:?} refers outside the logo"));
        }
        rest = tail;
    }
    if lower.contains("javascript:") || lower.contains("data:") || lower.contains("expression(") {
        return Err(format!("attribute {attribute:?} holds a script or data reference"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe_svg;

    const NS: &str = "xmlns=\"http://www.w3.org/2000/svg\"";

    #[test]
    fn the_shipped_logo_passes_and_comes_back_equivalent() {
        let theme: serde_json::Value = serde_json::from_str(include_str!("../tracking_theme.json")).unwrap();
        let svg = safe_svg(theme["logo_svg"].as_str().unwrap()).unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\""), "{svg}");
        assert!(svg.contains("<path d=\"M6 30 L16 14 L21 22 L25 17 L34 30 Z\" fill=\"#2f6f4f\"></path>"));
    }

    /// Regression (#33 item 6): each of these landed raw in every tracking page.
    #[test]
    fn scripts_handlers_and_external_references_are_refused() {
        let bad = [
            format!("<svg {NS} onload=\"alert(1)\"/>"),
            format!("<svg {NS}><script>alert(1)</script></svg>"),
            format!(
                "<svg {NS} xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"https://evil.example/x.png\"/></svg>"
            ),
            format!("<svg {NS}><image href=\"https://evil.example/x.png\"/></svg>"),
            format!("<svg {NS}><use href=\"https://evil.example/s.svg#a\"/></svg>"),
            format!("<svg {NS}><style>@import url(https://evil.example/a.css)</style></svg>"),
            format!("<svg {NS}><rect fill=\"url(https://evil.example/p)\"/></svg>"),
            format!("<svg {NS}><foreignObject><p>hi</p></foreignObject></svg>"),
            format!("<svg {NS}><a href=\"javascript:alert(1)\"><rect/></a></svg>"),
            format!("<svg {NS}><rect style=\"fill:red\"/></svg>"),
            "<svg><circle r=\"2\"/></svg>".to_string(),
            "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>".to_string(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"2\"></svg>".to_string(),
            "<html><script>alert(1)</script></html>".to_string(),
        ];
        for b in &bad {
            assert!(safe_svg(b).is_err(), "accepted: {b}");
        }
    }

    #[test]
    fn text_is_escaped_and_gradients_by_id_are_kept() {
        let svg = format!(
            "<svg {NS}><title>A &amp; B &lt;script&gt;</title><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs><rect fill=\"url(#g)\"/><!-- note --></svg>"
        );
        let out = safe_svg(&svg).unwrap();
        assert!(out.contains("<title>A &amp; B &lt;script&gt;</title>"), "{out}");
        assert!(out.contains("fill=\"url(#g)\"") && !out.contains("note"), "{out}");
    }
}
