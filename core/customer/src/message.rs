//! Message content for notification intents: a typed payload with the variables a template
//! needs, and a subject and short body in the recipient's language that a host can send as they
//! are or replace with its own templates.
//!
//! The payload is filled from the intent and, for messages about an order, from the customer's
//! [`OrderView`]: the estimate, the delay, the return deadline, the refund and the points are the
//! values the tracking page shows.
//!
//! ```
//! use postpurchase::customer::{compose, recipient_localizer};
//! use postpurchase::notify::{Channel, Intent, NotificationKind};
//! let intent = Intent {
//!     kind: NotificationKind::PointsAboutToExpire,
//!     customer: postpurchase::CustomerId::new("c-1")?,
//!     channel: Channel::Email,
//!     send_at: "2026-03-01T09:00:00Z".parse().unwrap(),
//!     dedupe_key: "k".into(),
//!     payload: [("points".to_string(), "250".to_string()), ("expires_at".to_string(), "2026-03-31T23:00:00Z".to_string())].into(),
//!     locale: Some("en-GB".into()),
//! };
//! let m = compose(&intent, None, &recipient_localizer(&intent)?)?;
//! assert_eq!(m.subject, "Your points expire soon");
//! assert_eq!(m.body, "250 points expire on 31 March 2026. Use them on your next order.");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::locale::{Arg, Localizer};
use super::view::{ActionKind, Dates, Item, OrderView, StepKind};
use crate::error::{Error, ErrorKind, Result};
use crate::message_id::of;
use crate::money::Money;
use crate::notify::{Intent, NotificationKind};
use crate::returns::RefundMethod;

/// Where to follow a parcel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TrackingLink {
    /// The shipment id.
    pub shipment: String,
    /// The carrier.
    pub carrier: String,
    /// The tracking number, if known.
    pub number: Option<String>,
}

/// The variables a message template needs. Absent values are `None` or empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MessagePayload {
    /// The kind of message.
    pub kind: NotificationKind,
    /// The recipient.
    pub customer: String,
    /// The order number.
    pub order: Option<String>,
    /// The items it is about.
    pub items: Vec<Item>,
    /// The parcel it is about.
    pub tracking: Option<TrackingLink>,
    /// The current delivery estimate.
    pub estimate: Option<DateTime<Utc>>,
    /// Why it is late: `carrier_delayed`, `late`, `stalled`, `exception`, `attempt_failed` or
    /// `presumed_lost`.
    pub delay_reason: Option<String>,
    /// The return it is about.
    pub return_id: Option<String>,
    /// The soonest open return deadline on the order.
    pub return_deadline: Option<DateTime<Utc>>,
    /// The refund paid.
    pub refund: Option<Money>,
    /// Where the refund went.
    pub refund_destination: Vec<RefundMethod>,
    /// Points (earned, pending or about to expire).
    pub points: Option<i64>,
    /// When points expire or become available, or when a tier ends.
    pub date: Option<DateTime<Utc>>,
    /// The loyalty tier.
    pub tier: Option<String>,
}

/// A message ready to send: its payload and the rendered text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "CustomerMessage"))]
pub struct Message {
    /// The locale of the text.
    pub locale: String,
    /// The variables.
    pub payload: MessagePayload,
    /// The subject line (email) or title (push): plain text, escape it for HTML.
    pub subject: String,
    /// The short body: plain text with values from outside as given (a title may hold `<`,
    /// `&` or quotes); escape it before putting it in an HTML email or page.
    pub body: String,
}

/// The localizer for an intent's recipient: their language from their preferences
/// ([`Intent::locale`]), English when they gave none.
///
/// # Errors
/// `input.invalid` for a locale that is not BCP 47.
pub fn recipient_localizer(intent: &Intent) -> Result<Localizer> {
    Localizer::new(intent.locale.as_deref().unwrap_or("en"))
}

/// Whether a kind is about an order (and so needs its view).
fn needs_order(kind: NotificationKind) -> bool {
    use NotificationKind as K;
    !matches!(
        kind,
        K::PointsAboutToExpire | K::TierReached | K::TierAboutToDrop | K::ReplenishmentReminder | K::CrossSell
    )
}

fn parse_time(intent: &Intent, key: &str) -> Result<Option<DateTime<Utc>>> {
    match intent.payload.get(key) {
        None => Ok(None),
        Some(v) => {
            let parsed = v.parse::<DateTime<Utc>>().ok().or_else(|| {
                // a plain date (a replenishment's expected date) is that day's noon in UTC
                v.parse::<chrono::NaiveDate>().ok().and_then(|d| d.and_hms_opt(12, 0, 0)).map(|t| t.and_utc())
            });
            parsed
                .map(Some)
                .ok_or_else(|| Error::new(ErrorKind::InvalidInput, format!("payload {key}: {v:?} is not a time")))
        }
    }
}

/// The payload and text for an intent. `view` is the customer's view of the order the intent is
/// about (its `order` payload), and its time zone dates the text; loyalty and marketing messages
/// read `points`, `expires_at`, `available_at`, `tier`, `ends_at`, `expected_date`, `items`
/// (comma-separated titles) and `time_zone` from the intent's payload; a `line` narrows the
/// items to that order line (a review request).
///
/// # Errors
/// [`ErrorKind::InvalidInput`] when an order message comes without the view of its order, the
/// view is of another order or in another language than `loc`, or a payload value is malformed.
pub fn compose(intent: &Intent, view: Option<&OrderView>, loc: &Localizer) -> Result<Message> {
    let kind = intent.kind;
    let order_id = intent.payload.get("order").cloned();
    if let Some(v) = view {
        if order_id.as_deref().is_some_and(|o| o != v.order) {
            return Err(Error::new(ErrorKind::InvalidInput, "the view is of another order than the message"));
        }
        if v.locale != loc.locale() {
            return Err(Error::new(ErrorKind::InvalidInput, "the view is in another language than the message"));
        }
    } else if needs_order(kind) {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!("a {} message needs the view of its order", kind.as_str()),
        ));
    }
    let payload = payload(intent, view)?;
    let tz = match view {
        Some(v) => v.time_zone.parse().unwrap_or(Tz::UTC),
        None => tz_of(intent)?,
    };
    let dates = Dates { loc, tz };
    let args = arguments(&payload, &dates)?;
    // an exchange that has arrived is followed by its replacement, not a refund
    let exchange = kind == NotificationKind::ReturnReceived
        && view
            .and_then(|v| intent.payload.get("return").and_then(|r| v.returns.iter().find(|c| &c.id == r)))
            .is_some_and(|c| c.method == RefundMethod::Exchange);
    let (subject_id, body_id) = of::mail(kind, exchange);
    let subject = loc.message(subject_id, &args)?;
    let body = loc.message(body_id, &args)?;
    Ok(Message { locale: loc.locale().to_string(), payload, subject, body })
}

fn tz_of(intent: &Intent) -> Result<Tz> {
    match intent.payload.get("time_zone") {
        None => Ok(Tz::UTC),
        Some(z) => z
            .parse()
            .map_err(|_| Error::new(ErrorKind::InvalidInput, format!("payload time_zone: {z:?} is not a time zone"))),
    }
}

fn payload(intent: &Intent, view: Option<&OrderView>) -> Result<MessagePayload> {
    let kind = intent.kind;
    let p = &intent.payload;
    let shipment_id = p.get("shipment");
    let shipment = view.and_then(|v| match shipment_id {
        Some(id) => v.shipments.iter().find(|s| &s.id == id),
        None => v.shipments.iter().find(|s| s.delivered_at.is_none()).or_else(|| v.shipments.last()),
    });
    let return_case = view.and_then(|v| p.get("return").and_then(|r| v.returns.iter().find(|c| &c.id == r)));
    let mut items: Vec<Item> = match (shipment, view) {
        (Some(s), _) if shipment_id.is_some() => s.items.clone(),
        (_, Some(v)) => {
            let mut all: Vec<Item> = v.shipments.iter().flat_map(|s| s.items.iter().cloned()).collect();
            all.extend(v.waiting.iter().cloned());
            all
        }
        _ => Vec::new(),
    };
    // a message about one line (a review request) names that line only
    if let Some(line) = p.get("line") {
        items.retain(|i| &i.line == line);
        items.dedup_by(|a, b| a.line == b.line);
    }
    if let Some(titles) = p.get("items") {
        items = (titles.split(',').map(str::trim).filter(|t| !t.is_empty()))
            .map(|t| Item { line: String::new(), title: t.to_string(), quantity: 1 })
            .collect();
    }
    let delay_reason = shipment.and_then(|s| {
        let d = &s.delay;
        let flagged = s.timeline.iter().any(|x| x.step == StepKind::Delayed);
        Some(
            match s.status {
                _ if d.presumed_lost => "presumed_lost",
                crate::tracking::TrackingStatus::Exception => "exception",
                crate::tracking::TrackingStatus::AttemptFailed => "attempt_failed",
                _ if d.stalled => "stalled",
                _ if d.carrier_delayed || (flagged && !d.late) => "carrier_delayed",
                _ if d.late => "late",
                _ => return None,
            }
            .to_string(),
        )
    });
    let return_deadline = view.and_then(|v| {
        (v.actions.iter()).filter(|a| a.action == ActionKind::Return && a.available).filter_map(|a| a.deadline).min()
    });
    let points = match p.get("points") {
        Some(n) => Some(n.parse::<i64>().map_err(|_| {
            Error::new(ErrorKind::InvalidInput, format!("payload points: {n:?} is not a whole number"))
        })?),
        None => view.and_then(|v| v.points.as_ref()).map(|pv| pv.pending.saturating_add(pv.earned)),
    };
    let date = match kind {
        NotificationKind::PointsAboutToExpire => parse_time(intent, "expires_at")?,
        NotificationKind::TierAboutToDrop => parse_time(intent, "ends_at")?,
        NotificationKind::ReplenishmentReminder => parse_time(intent, "expected_date")?,
        NotificationKind::PointsEarned => match parse_time(intent, "available_at")? {
            Some(t) => Some(t),
            None => view.and_then(|v| v.points.as_ref()).and_then(|p| p.available_at),
        },
        _ => None,
    };
    let refund = return_case.and_then(|c| c.refunded);
    Ok(MessagePayload {
        kind,
        customer: intent.customer.to_string(),
        order: view.map(|v| v.order.clone()).or_else(|| p.get("order").cloned()),
        items,
        tracking: shipment.map(|s| TrackingLink {
            shipment: s.id.clone(),
            carrier: s.carrier.clone(),
            number: s.tracking_number.clone(),
        }),
        estimate: shipment.and_then(|s| s.estimate).filter(|_| shipment.is_some_and(|s| s.delivered_at.is_none())),
        delay_reason,
        return_id: p.get("return").cloned(),
        return_deadline,
        refund,
        refund_destination: return_case.map(|c| c.destinations.clone()).unwrap_or_default(),
        points,
        date,
        tier: p.get("tier").cloned(),
    })
}

fn yes_no(b: bool) -> Arg {
    Arg::Text(if b { "yes" } else { "no" }.to_string())
}

/// Every variable as a message argument (absent ones empty, with a `has_…` switch).
fn arguments(p: &MessagePayload, dates: &Dates<'_>) -> Result<Vec<(&'static str, Arg)>> {
    let loc = dates.loc;
    let items: Vec<String> = (p.items.iter())
        .map(|i| if i.quantity > 1 { format!("{} × {}", i.quantity, i.title) } else { i.title.clone() })
        .collect();
    let text = |s: Option<String>| Arg::Text(s.unwrap_or_default());
    let reason = match &p.delay_reason {
        Some(r) => loc.message(
            of::delay_reason(r).ok_or_else(|| {
                Error::new(ErrorKind::InvalidInput, format!("delay_reason: {r:?} is not a delay reason"))
            })?,
            &[],
        )?,
        None => String::new(),
    };
    let destinations = (p.refund_destination.iter())
        .filter_map(|m| of::destination(*m))
        .map(|id| loc.message(id, &[]))
        .collect::<Result<Vec<_>>>()?;
    let tracking = p.tracking.as_ref();
    Ok(vec![
        ("order", text(p.order.clone())),
        ("items", Arg::Text(loc.and_list(&items))),
        ("carrier", text(tracking.map(|t| t.carrier.clone()))),
        ("has_tracking", yes_no(tracking.is_some_and(|t| t.number.is_some()))),
        ("tracking", text(tracking.and_then(|t| t.number.clone()))),
        ("has_estimate", yes_no(p.estimate.is_some())),
        ("estimate", text(p.estimate.map(|e| dates.day(e)))),
        ("has_reason", yes_no(p.delay_reason.is_some())),
        ("reason", Arg::Text(reason)),
        ("return", text(p.return_id.clone())),
        ("has_deadline", yes_no(p.return_deadline.is_some())),
        ("deadline", p.return_deadline.map_or(Arg::Text(String::new()), |d| dates.last_day(d))),
        ("has_refund", yes_no(p.refund.is_some())),
        ("refund", text(p.refund.map(|m| loc.money(&m)))),
        ("has_destination", yes_no(!destinations.is_empty())),
        ("destination", Arg::Text(loc.and_list(&destinations))),
        ("points", Arg::Count(p.points.unwrap_or(0))),
        ("has_date", yes_no(p.date.is_some())),
        ("date", text(p.date.map(|d| dates.day(d)))),
        ("tier", text(p.tier.clone())),
    ])
}
