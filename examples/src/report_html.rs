//! A small writer of self-contained HTML reports with inline SVG charts: no script, no network at
//! view time, byte-identical output for the same input.
//!
//! Every chart is a `<figure class="chart" id="…">` with an `<h2>` title and its data marks drawn
//! as elements of class `mark`, so a test (or a headless browser) can check that each chart is
//! there and has data. Charts use a `viewBox` and `width="100%"`, so they scale to the page: the
//! label column is sized from the longest label, so labels are never cut at any width.

use std::fmt::Write as _;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One key figure shown at the top of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// What it is ("Orders").
    pub label: String,
    /// The value as shown ("18,204").
    pub value: String,
    /// A short note under it ("95% 21.3 to 25.0"), may be empty.
    pub note: String,
}

/// A point of a line chart with an interval band.
#[derive(Debug, Clone, PartialEq)]
pub struct BandPoint {
    /// The x label ("Jan").
    pub label: String,
    /// The value.
    pub value: f64,
    /// Lower end of the band.
    pub low: f64,
    /// Upper end of the band.
    pub high: f64,
}

/// One series of a stacked bar chart: a name, a colour and a value per category.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend name.
    pub name: String,
    /// Fill colour (CSS).
    pub colour: String,
    /// One value per category, in category order.
    pub values: Vec<f64>,
}

const FONT: f64 = 13.0;
/// Width of one character at the chart font, generous so labels are never cut.
const CHAR_W: f64 = 8.0;
const WIDTH: f64 = 600.0;

fn fmt_num(v: f64) -> String {
    if v.is_finite() { format!("{v:.1}") } else { "0".into() }
}

fn label_width(labels: impl Iterator<Item = usize>) -> f64 {
    let longest = labels.max().unwrap_or(0) as f64;
    (longest * CHAR_W + 12.0).max(40.0)
}

fn open_figure(out: &mut String, id: &str, title: &str, unit: &str, height: f64) {
    let _ = write!(
        out,
        "<figure class=\"chart\" id=\"{id}\"><figcaption><h2>{t}</h2><p class=\"unit\">{u}</p></figcaption>\
         <svg viewBox=\"0 0 {WIDTH} {h}\" width=\"100%\" role=\"img\" aria-label=\"{t}\" \
         xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"{FONT}\">",
        id = escape(id),
        t = escape(title),
        u = escape(unit),
        h = fmt_num(height),
    );
}

fn close_figure(out: &mut String) {
    out.push_str("</svg></figure>\n");
}

/// A horizontal bar chart: one bar per `(label, value)`, the value written at the bar's end with
/// `format`. Negative values draw to the left of a zero line.
pub fn bar_chart(id: &str, title: &str, unit: &str, data: &[(String, f64)], format: &dyn Fn(f64) -> String) -> String {
    let mut out = String::new();
    let row = 24.0;
    let height = row * data.len().max(1) as f64 + 16.0;
    open_figure(&mut out, id, title, unit, height);
    let left = label_width(data.iter().map(|d| d.0.chars().count()));
    let value_room = 70.0;
    let span = (WIDTH - left - value_room).max(50.0);
    let max_pos = data.iter().map(|d| d.1).fold(0.0, f64::max);
    let max_neg = data.iter().map(|d| -d.1).fold(0.0, f64::max);
    let total = (max_pos + max_neg).max(1e-9);
    let zero = left + span * max_neg / total;
    for (i, (label, v)) in data.iter().enumerate() {
        let y = 8.0 + row * i as f64;
        let len = span * v.abs() / total;
        let x = if *v < 0.0 { zero - len } else { zero };
        let _ = write!(
            out,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>\
             <rect class=\"mark\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"16\" fill=\"#4a7bd0\"><title>{label}: {val}</title></rect>\
             <text x=\"{vx}\" y=\"{ty}\">{val}</text>",
            lx = fmt_num(left - 6.0),
            ty = fmt_num(y + 12.0),
            label = escape(label),
            x = fmt_num(x),
            y = fmt_num(y),
            w = fmt_num(len.max(1.0)),
            vx = fmt_num(zero.max(x + len) + 4.0),
            val = escape(&format(*v)),
        );
    }
    if max_neg > 0.0 {
        let _ = write!(
            out,
            "<line x1=\"{z}\" x2=\"{z}\" y1=\"0\" y2=\"{h}\" stroke=\"#333\"/>",
            z = fmt_num(zero),
            h = fmt_num(height)
        );
    }
    close_figure(&mut out);
    out
}

/// Vertical stacked bars: one column per category, one segment per series, with a legend.
pub fn stacked_chart(id: &str, title: &str, unit: &str, categories: &[String], series: &[Series]) -> String {
    let mut out = String::new();
    let (top, bottom, left, legend) = (10.0, 40.0, 56.0, 22.0);
    let plot_h = 200.0;
    let height = top + plot_h + bottom + legend;
    open_figure(&mut out, id, title, unit, height);
    let totals: Vec<f64> =
        (0..categories.len()).map(|i| series.iter().map(|s| s.values.get(i).copied().unwrap_or(0.0)).sum()).collect();
    let max = totals.iter().copied().fold(0.0, f64::max).max(1e-9);
    let plot_w = WIDTH - left - 10.0;
    let col = plot_w / categories.len().max(1) as f64;
    let scale = |v: f64| plot_h * v / max;
    // axis with the maximum and zero
    let _ = write!(
        out,
        "<line x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{b}\" stroke=\"#333\"/>\
         <line x1=\"{left}\" x2=\"{r}\" y1=\"{b}\" y2=\"{b}\" stroke=\"#333\"/>\
         <text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{maxl}</text><text x=\"{lx}\" y=\"{b}\" text-anchor=\"end\">0</text>",
        b = fmt_num(top + plot_h),
        r = fmt_num(WIDTH - 10.0),
        lx = fmt_num(left - 4.0),
        ty = fmt_num(top + 10.0),
        maxl = fmt_num(max).trim_end_matches(".0"),
    );
    for (i, cat) in categories.iter().enumerate() {
        let x = left + col * i as f64 + col * 0.15;
        let mut y = top + plot_h;
        for s in series {
            let v = s.values.get(i).copied().unwrap_or(0.0);
            if v <= 0.0 {
                continue;
            }
            let h = scale(v);
            y -= h;
            let _ = write!(
                out,
                "<rect class=\"mark\" x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{c}\"><title>{cat} {n}: {v}</title></rect>",
                x = fmt_num(x),
                y = fmt_num(y),
                w = fmt_num(col * 0.7),
                h = fmt_num(h.max(0.5)),
                c = escape(&s.colour),
                cat = escape(cat),
                n = escape(&s.name),
                v = fmt_num(v).trim_end_matches(".0"),
            );
        }
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\">{cat}</text>",
            x = fmt_num(left + col * i as f64 + col * 0.5),
            y = fmt_num(top + plot_h + 16.0),
            cat = escape(cat)
        );
    }
    legend_row(&mut out, series.iter().map(|s| (s.name.as_str(), s.colour.as_str())), left, height - 8.0);
    close_figure(&mut out);
    out
}

fn legend_row<'a>(out: &mut String, items: impl Iterator<Item = (&'a str, &'a str)>, start: f64, y: f64) {
    let mut x = start;
    for (name, colour) in items {
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{ry}\" width=\"12\" height=\"12\" fill=\"{c}\"/><text x=\"{tx}\" y=\"{y}\">{n}</text>",
            x = fmt_num(x),
            ry = fmt_num(y - 10.0),
            c = escape(colour),
            tx = fmt_num(x + 16.0),
            y = fmt_num(y),
            n = escape(name)
        );
        x += 16.0 + name.chars().count() as f64 * CHAR_W + 18.0;
    }
}

/// A line over categories with a shaded interval band and a zero line; the y axis covers the
/// band and zero, so negative values sit visibly below the zero line.
pub fn band_chart(id: &str, title: &str, unit: &str, points: &[BandPoint]) -> String {
    let mut out = String::new();
    let (top, bottom, left) = (12.0, 30.0, 56.0);
    let plot_h = 220.0;
    let height = top + plot_h + bottom + 22.0;
    open_figure(&mut out, id, title, unit, height);
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    let lo = points.iter().map(|p| finite(p.low).min(finite(p.value))).fold(0.0, f64::min);
    let hi = points.iter().map(|p| finite(p.high).max(finite(p.value))).fold(0.0, f64::max);
    let (lo, hi) = if hi - lo < 1e-9 { (lo - 1.0, hi + 1.0) } else { (lo, hi) };
    let plot_w = WIDTH - left - 10.0;
    let step = plot_w / points.len().max(1) as f64;
    let x_of = |i: usize| left + step * (i as f64 + 0.5);
    let y_of = |v: f64| top + plot_h * (hi - finite(v)) / (hi - lo);
    // y axis: top, bottom and zero labelled
    for v in [hi, lo, 0.0] {
        let _ = write!(
            out,
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"end\">{v}</text>",
            x = fmt_num(left - 4.0),
            y = fmt_num(y_of(v) + 4.0),
            v = fmt_num(v).trim_end_matches(".0")
        );
    }
    let _ = write!(
        out,
        "<line class=\"zero\" x1=\"{left}\" x2=\"{r}\" y1=\"{z}\" y2=\"{z}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>",
        r = fmt_num(WIDTH - 10.0),
        z = fmt_num(y_of(0.0))
    );
    if !points.is_empty() {
        let upper = points.iter().enumerate().map(|(i, p)| format!("{},{}", fmt_num(x_of(i)), fmt_num(y_of(p.high))));
        let lower =
            points.iter().enumerate().rev().map(|(i, p)| format!("{},{}", fmt_num(x_of(i)), fmt_num(y_of(p.low))));
        let band: Vec<String> = upper.chain(lower).collect();
        let _ = write!(
            out,
            "<polygon class=\"band\" points=\"{}\" fill=\"#4a7bd0\" fill-opacity=\"0.2\"/>",
            band.join(" ")
        );
        let line: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{},{}", fmt_num(x_of(i)), fmt_num(y_of(p.value))))
            .collect();
        let _ = write!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#4a7bd0\" stroke-width=\"2\"/>",
            line.join(" ")
        );
    }
    for (i, p) in points.iter().enumerate() {
        let _ = write!(
            out,
            "<circle class=\"mark\" cx=\"{x}\" cy=\"{y}\" r=\"3.5\" fill=\"#4a7bd0\"><title>{l}: {v} (95% {lo} to {hi})</title></circle>\
             <text x=\"{x}\" y=\"{ly}\" text-anchor=\"middle\">{l}</text>",
            x = fmt_num(x_of(i)),
            y = fmt_num(y_of(p.value)),
            l = escape(&p.label),
            v = fmt_num(p.value),
            lo = fmt_num(p.low),
            hi = fmt_num(p.high),
            ly = fmt_num(top + plot_h + 18.0),
        );
    }
    legend_row(&mut out, [("value", "#4a7bd0")].into_iter(), left, height - 6.0);
    let _ = write!(
        out,
        "<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"#4a7bd0\" fill-opacity=\"0.2\"/><text x=\"{tx}\" y=\"{ty}\">95% interval</text>",
        x = fmt_num(left + 80.0),
        y = fmt_num(height - 16.0),
        tx = fmt_num(left + 96.0),
        ty = fmt_num(height - 6.0)
    );
    close_figure(&mut out);
    out
}

/// The key-figure tiles.
pub fn key_figures(figures: &[KeyFigure]) -> String {
    let mut out = String::from("<section class=\"keys\">");
    for f in figures {
        let _ = write!(
            out,
            "<div class=\"key\"><div class=\"label\">{}</div><div class=\"value\">{}</div><div class=\"note\">{}</div></div>",
            escape(&f.label),
            escape(&f.value),
            escape(&f.note)
        );
    }
    out.push_str("</section>\n");
    out
}

/// The marker on the first line of every report this module writes; a program can check it before
/// replacing a file, so it never overwrites a file that is not one of its reports.
pub const MARKER: &str = "<!-- postpurchase storefront report -->";

/// A whole page: the marker, a title, the body parts in order, and a responsive stylesheet.
pub fn page(title: &str, parts: &[String]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "{MARKER}\n<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t}</title><style>\
         body{{font-family:sans-serif;max-width:960px;margin:1em auto;padding:0 12px;color:#222}}\
         .keys{{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px}}\
         .key{{border:1px solid #ddd;border-radius:6px;padding:8px}}.key .label{{font-size:.85em;color:#555}}\
         .key .value{{font-size:1.4em;font-weight:bold}}.key .note{{font-size:.8em;color:#555}}\
         figure{{margin:1.5em 0}}figure h2{{font-size:1.1em;margin:0}}.unit{{margin:0;color:#555;font-size:.85em}}\
         figure{{overflow-x:auto}}svg{{display:block;height:auto;min-width:460px}}pre{{background:#f4f4f4;padding:1em;overflow-x:auto}}\
         table{{border-collapse:collapse;font-size:.9em}}th,td{{padding:3px 10px;border-bottom:1px solid #ddd;text-align:left}}td.num{{text-align:right}}\
         </style></head><body><h1>{t}</h1>\n",
        t = escape(title)
    );
    for p in parts {
        out.push_str(p);
    }
    out.push_str("</body></html>\n");
    out
}

/// A table: a header row and data rows (each row a `mark`, so a check finds its data), numbers
/// right-aligned. Cells are text, escaped here.
pub fn table(id: &str, title: &str, note: &str, header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure class=\"chart table\" id=\"{id}\"><figcaption><h2>{t}</h2><p class=\"unit\">{n}</p></figcaption><table><thead><tr>",
        id = escape(id),
        t = escape(title),
        n = escape(note),
    );
    for h in header {
        let _ = write!(out, "<th>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr class=\"mark\">");
        for cell in row {
            let numeric = cell.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '+');
            let _ = write!(out, "<td{}>{}</td>", if numeric { " class=\"num\"" } else { "" }, escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></figure>\n");
    out
}
