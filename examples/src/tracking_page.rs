//! A branded, static tracking page for one order: the customer view (timeline per parcel,
//! promise and estimate, what happens next, the actions open now with their deadlines, points and
//! returns) and the return policy summary, in the view's language. Self-contained HTML (inline
//! CSS and logo, no script or network); every element a check needs carries `data-` attributes
//! with the view's values.

use std::fmt::Write as _;

use chrono::{DateTime, SecondsFormat, Utc};
use postpurchase::Result;
use postpurchase::customer::{ActionKind, Arg, Localizer, Message, MessageId, OrderView, Summary, msg};
use serde::Deserialize;

use crate::report_html::escape;

/// The first line of every page the storefront writes (so a rerun replaces only its own files).
pub const MARKER: &str = "<!-- postpurchase tracking page -->";

/// The shop's branding, from a small theme file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// The shop's name.
    pub shop: String,
    /// The brand colour, `#rrggbb`.
    pub colour: String,
    /// The logo as inline SVG markup: drawing elements only (see [`crate::safe_svg`]); the page
    /// writes it out again from its allowed parts, and leaves it out if it has others.
    pub logo_svg: String,
}

impl Theme {
    /// Reads a theme from JSON and checks the colour and the logo.
    ///
    /// # Errors
    /// `config.invalid` for bad JSON, an unknown key, a colour that is not `#rrggbb`, or a logo
    /// with anything but drawing markup (a script, an event handler, an external reference).
    pub fn from_json(text: &str) -> Result<Theme> {
        let t: Theme = serde_json::from_str(text)
            .map_err(|e| postpurchase::Error::new(postpurchase::ErrorKind::InvalidConfig, format!("theme: {e}")))?;
        let hex = t.colour.strip_prefix('#').unwrap_or("");
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(postpurchase::Error::new(
                postpurchase::ErrorKind::InvalidConfig,
                "theme: colour must be #rrggbb",
            ));
        }
        // only drawing markup: no script, handler, style, link or external reference
        if let Err(why) = crate::safe_svg::safe_svg(&t.logo_svg) {
            return Err(postpurchase::Error::new(
                postpurchase::ErrorKind::InvalidConfig,
                format!("theme: logo_svg: {why}"),
            ));
        }
        Ok(t)
    }
}

fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The page for a view, a policy summary and the emails sent about the order (with when they
/// went out), all in the same language.
///
/// # Errors
/// A message missing from the catalogues (never for the shipped ones).
pub fn page(
    view: &OrderView,
    policy: &Summary,
    messages: &[(DateTime<Utc>, Message)],
    theme: &Theme,
    loc: &Localizer,
) -> Result<String> {
    let tz: chrono_tz::Tz = view.time_zone.parse().unwrap_or(chrono_tz::UTC);
    let day = |t: DateTime<Utc>| escape(&loc.date(t.with_timezone(&tz).date_naive()));
    let word = |id: MessageId, args: &[(&str, Arg)]| loc.message(id, args).map(|s| escape(&s));
    let mut b = String::new();
    let title = word(msg!("page-order"), &[("order", Arg::Text(view.order.clone()))])?;
    let _ = write!(
        b,
        "{MARKER}\n<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{shop} · {title}</title><style>\
         :root{{--brand:{colour}}}\
         body{{font-family:sans-serif;margin:0;color:#222;background:#f6f6f4}}\
         header.brand{{background:var(--brand);color:#fff;display:flex;align-items:center;gap:12px;padding:12px 20px}}\
         header.brand svg{{width:40px;height:40px}}header.brand .shop{{font-size:1.3em;font-weight:bold}}\
         main{{max-width:760px;margin:0 auto;padding:8px 16px 32px}}\
         section{{background:#fff;border-radius:8px;padding:12px 16px;margin:14px 0;box-shadow:0 1px 2px #0002}}\
         h1{{font-size:1.4em}}h2{{font-size:1.1em;margin:.2em 0 .6em}}.headline{{font-size:1.15em}}\
         ol.timeline{{list-style:none;padding:0;margin:0;border-left:3px solid #ccc}}\
         ol.timeline li{{position:relative;padding:4px 0 10px 18px;color:#444}}\
         ol.timeline li::before{{content:'';position:absolute;left:-9px;top:7px;width:12px;height:12px;border-radius:50%;background:#ccc;border:2px solid #fff}}\
         ol.timeline li.done::before{{background:var(--brand)}}\
         ol.timeline li.current{{font-weight:bold;color:#000}}ol.timeline li.current::before{{background:#fff;border-color:var(--brand)}}\
         ol.timeline li.upcoming{{color:#999}}\
         dl.dates{{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0 0 10px}}dt{{color:#666}}dd{{margin:0}}\
         ul.actions{{list-style:none;padding:0}}ul.actions li{{padding:6px 0;border-bottom:1px solid #eee}}\
         ul.actions li.closed{{color:#777}}a.button{{display:inline-block;margin-left:8px;padding:3px 10px;border-radius:4px;background:var(--brand);color:#fff;text-decoration:none}}\
         .items{{color:#555;font-size:.9em}}ol.messages{{padding-left:1.2em}}ol.messages li{{margin:6px 0}}.when{{color:#777;font-size:.85em}}ul.policy li{{margin:3px 0}}footer{{text-align:center;color:#888;font-size:.8em;padding:12px}}\
         </style></head><body>\
         <header class=\"brand\"><span class=\"logo\">{logo}</span><span class=\"shop\">{shop}</span></header><main>",
        lang = escape(loc.language()),
        shop = escape(&theme.shop),
        colour = escape(&theme.colour),
        logo = crate::safe_svg::safe_svg(&theme.logo_svg).unwrap_or_default(),
    );
    let _ = write!(
        b,
        "<h1 data-order=\"{id}\">{title}</h1><p class=\"headline\" data-status=\"{status}\">{headline}</p>",
        id = escape(&view.order),
        status = escape(
            &serde_json::to_value(view.fulfilment)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        ),
        headline = escape(&view.headline.text),
    );
    let _ = write!(
        b,
        "<section class=\"next\"><h2>{h}</h2><p data-next=\"{m}\">{t}</p></section>",
        h = word(msg!("page-next"), &[])?,
        m = escape(&view.next.message),
        t = escape(&view.next.text)
    );
    for (n, s) in (1i64..).zip(&view.shipments) {
        let tracking = s.tracking_number.clone().unwrap_or_default();
        let heading = word(
            msg!("page-parcel"),
            &[
                ("n", Arg::Count(n)),
                ("carrier", Arg::Text(s.carrier.clone())),
                ("has_tracking", Arg::Text(if tracking.is_empty() { "no" } else { "yes" }.into())),
                ("tracking", Arg::Text(tracking)),
            ],
        )?;
        let _ = write!(b, "<section class=\"shipment\" data-shipment=\"{}\"><h2>{heading}</h2>", escape(&s.id));
        let items: Vec<String> = (s.items.iter())
            .map(|i| if i.quantity > 1 { format!("{} × {}", i.quantity, i.title) } else { i.title.clone() })
            .collect();
        let _ = write!(b, "<p class=\"items\">{}</p><dl class=\"dates\">", escape(&loc.and_list(&items)));
        if let Some(p) = s.promised_by {
            let _ = write!(
                b,
                "<dt>{}</dt><dd class=\"promised\" data-promised=\"{}\">{}</dd>",
                word(msg!("page-promised"), &[])?,
                instant(p),
                day(p)
            );
        }
        match (s.delivered_at, s.estimate) {
            (Some(d), _) => {
                let _ = write!(
                    b,
                    "<dt>{}</dt><dd class=\"delivered\" data-delivered=\"{}\">{}</dd>",
                    word(msg!("page-delivered"), &[])?,
                    instant(d),
                    day(d)
                );
            }
            (None, Some(e)) => {
                let _ = write!(
                    b,
                    "<dt>{}</dt><dd class=\"estimate\" data-estimate=\"{}\">{}</dd>",
                    word(msg!("page-estimate"), &[])?,
                    instant(e),
                    day(e)
                );
            }
            (None, None) => {}
        }
        b.push_str("</dl>");
        // the window the shop learnt from its own parcels, with the carrier's later date beside it
        if let Some(w) = &s.window {
            let _ = write!(
                b,
                "<p class=\"window\" data-confidence=\"{}\" data-likely=\"{}\">{}</p>",
                code(&w.confidence),
                w.likely,
                escape(&w.statement.text)
            );
            if let Some(c) = &w.carrier_later {
                let _ = write!(b, "<p class=\"carrier-later\">{}</p>", escape(&c.text));
            }
        }
        b.push_str("<ol class=\"timeline\">");
        for st in &s.timeline {
            let kind = code(&st.step);
            let state = code(&st.state);
            let at = st.at.map(|t| format!(" data-at=\"{}\"", instant(t))).unwrap_or_default();
            let _ = write!(
                b,
                "<li class=\"step {state}\" data-step=\"{kind}\" data-state=\"{state}\"{at}>{}</li>",
                escape(&st.statement.text)
            );
        }
        let _ = write!(
            b,
            "</ol><p class=\"next\" data-next=\"{}\">{}</p></section>",
            escape(&s.next.message),
            escape(&s.next.text)
        );
    }
    if !view.waiting.is_empty() {
        let items: Vec<String> = view.waiting.iter().map(|i| format!("{} × {}", i.quantity, i.title)).collect();
        let _ = write!(
            b,
            "<section class=\"waiting\"><h2>{}</h2><p class=\"items\">{}</p></section>",
            word(msg!("page-waiting"), &[])?,
            escape(&loc.and_list(&items))
        );
    }
    let _ = write!(b, "<section class=\"actions\"><h2>{}</h2><ul class=\"actions\">", word(msg!("page-actions"), &[])?);
    for a in &view.actions {
        let kind = code(&a.action);
        let deadline = a.deadline.map(|d| format!(" data-deadline=\"{}\"", instant(d))).unwrap_or_default();
        let class = if a.available { "open" } else { "closed" };
        let _ = write!(
            b,
            "<li class=\"action {class}\" data-action=\"{kind}\" data-subject=\"{subject}\" data-available=\"{available}\" data-code=\"{code}\"{deadline}><span class=\"text\">{text}</span>",
            subject = escape(&a.subject),
            available = a.available,
            code = escape(&a.code),
            text = escape(&a.statement.text),
        );
        if a.available {
            let _ = write!(
                b,
                "<a class=\"button\" href=\"#{kind}-{}\">{}</a>",
                escape(&a.subject),
                word(button(a.action), &[])?
            );
        }
        b.push_str("</li>");
    }
    if view.actions.is_empty() {
        let _ = write!(b, "<li class=\"none\">{}</li>", word(msg!("page-no-actions"), &[])?);
    }
    b.push_str("</ul></section>");
    if !view.returns.is_empty() {
        let _ = write!(b, "<section class=\"returns\"><h2>{}</h2><ul>", word(msg!("page-returns"), &[])?);
        for r in &view.returns {
            let _ = write!(
                b,
                "<li data-return=\"{}\" data-status=\"{}\">{}</li>",
                escape(&r.id),
                code(&r.status),
                escape(&r.statement.text)
            );
        }
        b.push_str("</ul></section>");
    }
    if let Some(p) = &view.points {
        let _ = write!(
            b,
            "<section class=\"points\" data-pending=\"{}\" data-balance=\"{}\"><h2>{}</h2>",
            p.pending,
            p.balance,
            word(msg!("page-points"), &[])?
        );
        for s in &p.statements {
            let _ = write!(b, "<p>{}</p>", escape(&s.text));
        }
        b.push_str("</section>");
    }
    if !messages.is_empty() {
        let _ = write!(
            b,
            "<section class=\"messages\"><h2>{}</h2><ol class=\"messages\">",
            word(msg!("page-messages"), &[])?
        );
        for (at, m) in messages {
            let _ = write!(
                b,
                "<li class=\"message\" data-kind=\"{kind}\" data-sent=\"{sent}\"><span class=\"when\">{day}</span> <b class=\"subject\">{subject}</b><br><span class=\"body\">{body}</span></li>",
                kind = code(&m.payload.kind),
                sent = instant(*at),
                day = day(*at),
                subject = escape(&m.subject),
                body = escape(&m.body),
            );
        }
        b.push_str("</ol></section>");
    }
    let _ = write!(b, "<section class=\"policy\"><h2>{}</h2><ul class=\"policy\">", escape(&policy.title));
    for s in &policy.statements {
        let _ = write!(b, "<li data-topic=\"{}\">{}</li>", escape(&s.topic), escape(&s.text));
    }
    let _ = writeln!(b, "</ul></section></main><footer>{}</footer></body></html>", escape(&theme.shop));
    Ok(b)
}

/// The snake_case name serde gives a unit enum value.
fn code<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|j| j.as_str().map(str::to_string)).unwrap_or_default()
}

/// The words on an action's button.
fn button(kind: ActionKind) -> MessageId {
    match kind {
        ActionKind::Return => msg!("page-button-return"),
        ActionKind::Exchange => msg!("page-button-exchange"),
        ActionKind::ReportProblem => msg!("page-button-report_problem"),
        ActionKind::ClaimLost => msg!("page-button-claim_lost"),
    }
}
