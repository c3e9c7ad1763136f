//! Stored shapes and their versions. Events and ledger entries are kept for years, so each
//! carries a `schema_version`, and what an earlier version wrote is brought to today's shape when
//! read ("upcast"). An upcaster only reshapes: it never decides anything.
//!
//! | stored | version | shape |
//! |---|---|---|
//! | order events | 1 (no field) | `requested` returns embedded the whole new case; approvals, return scans and refunds left their outcome to replay |
//! | order events | 2 | `requested` records the decision ([`crate::returns::RequestedReturn`]); `approved` records each line's approval and reservation ([`crate::returns::ApprovedLine`]); a return scan records the status it leads to; `refunded` records `credited` or `refunded`; a claim opens at its event's time (v1 replay opened claims at the earliest representable time) |
//! | loyalty entries | 1 (no field) | `earn` entries embedded the whole new lot |
//! | loyalty entries | 2 | `earn` records the decision (`postpurchase_loyalty::EarnedLot`) |
//! | loyalty entries | 3 | `rule` is a `postpurchase_loyalty::Rule` code; an adjustment's `reason` and a referral's `referred` customer are fields of their own (v2 wrote `adjust: <reason>` and `award.referrer:<id>`); a redemption records its `currency` (absent when upcast) |
//!
//! A v1 approval or return scan carries no decision, so it replays by the rule of its time, kept
//! in this module (`v1_approval`, `v1_status_after_scan`). If the current rules change, copy the
//! old ones here first: stored history must replay as it did.

use serde_json::{Map, Value, json};

use postpurchase_kernel::schema::version_of;

/// The schema version of order events written now (re-exported as
/// `order::ORDER_EVENT_SCHEMA_VERSION`).
pub const ORDER_EVENT_SCHEMA_VERSION: u32 = 2;

/// Brings a stored order event of any known version to the current shape.
///
/// # Errors
/// A message for a malformed or too-new event.
pub(crate) fn upcast_order_event(mut v: Value) -> Result<Value, String> {
    if version_of(&v, "order event", ORDER_EVENT_SCHEMA_VERSION)? < 2 {
        let obj = v.as_object_mut().ok_or("an order event is a JSON object")?;
        if let Some(Value::Object(change)) = obj.get_mut("change") {
            if let Some(Value::Object(ret)) = change.get_mut("change") {
                match ret.get("kind").and_then(Value::as_str) {
                    Some("requested") => {
                        let case = ret.remove("case").unwrap_or(Value::Null);
                        ret.insert("request".into(), requested_from_v1_case(&case));
                    }
                    Some("refunded") => {
                        let status = v1_refund_status(ret.get("breakdown").unwrap_or(&Value::Null));
                        ret.insert("status".into(), json!(status));
                    }
                    _ => {}
                }
            }
        }
        obj.insert("schema_version".into(), json!(2));
    }
    Ok(v)
}

/// The status v1 derived when a refund was applied: `credited` when every payout went to
/// store credit. (Version 2 records it in the event.)
fn v1_refund_status(breakdown: &Value) -> &'static str {
    let payouts = breakdown.get("payouts").and_then(Value::as_array);
    let all_credit = payouts.is_some_and(|ps| !ps.is_empty() && ps.iter().all(|p| p["destination"] == "store_credit"));
    if all_credit { "credited" } else { "refunded" }
}

/// A v1 `requested` case (the whole new case) as the v2 decision. At request time a case had
/// nothing approved, received, labelled, tracked or paid, and `requested_at` was the event's time.
fn requested_from_v1_case(case: &Value) -> Value {
    let field = |k: &str| case.get(k).cloned().unwrap_or(Value::Null);
    let keep = |from: &Value, keys: &[&str]| -> Value {
        let mut out = Map::new();
        for k in keys {
            out.insert((*k).to_string(), from.get(*k).cloned().unwrap_or(Value::Null));
        }
        Value::Object(out)
    };
    let lines: Vec<Value> = case
        .get("lines")
        .and_then(Value::as_array)
        .map(|ls| {
            ls.iter()
                .map(|l| keep(l, &["line", "requested", "reason", "outcome", "reserved", "restocking_fee"]))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "id": field("id"),
        "customer": field("customer"),
        "status": field("status"),
        "lines": lines,
        "terms": field("terms"),
        "decline_reason": field("decline_reason"),
        "report": field("report"),
    })
}

/// How v1 replayed an approval that did not record its reservations: each approved quantity
/// takes the first case line with that id that had nothing approved; every line ends reserving
/// exactly what it approved. A frozen copy: today's rule (`returns::plan_approval`) may change,
/// this one may not.
pub(crate) fn v1_approval(
    case: &crate::returns::ReturnCase,
    lines: &[crate::line::LineQuantity],
) -> Vec<crate::returns::ApprovedLine> {
    let mut plan: Vec<crate::returns::ApprovedLine> = case
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| crate::returns::ApprovedLine {
            position: u32::try_from(i).unwrap_or(u32::MAX),
            line: l.line.clone(),
            approved: l.approved,
            reserved: l.reserved,
            reservation_change: 0,
        })
        .collect();
    let mut taken = vec![false; plan.len()];
    for lq in lines {
        let open = case.lines.iter().zip(&taken).position(|(l, t)| !*t && l.approved == 0 && l.line == lq.line);
        if let Some(i) = open {
            if let (Some(p), Some(t)) = (plan.get_mut(i), taken.get_mut(i)) {
                p.approved = lq.quantity;
                *t = true;
            }
        }
    }
    for p in &mut plan {
        p.reservation_change = i64::from(p.approved).saturating_sub(i64::from(p.reserved));
        p.reserved = p.approved;
    }
    plan
}

/// How v1 replayed a return scan that did not record the status it led to: an approved or
/// labelled return is in transit once its parcel's status (by v1's milestone rule) has moved past
/// `pending` and `info_received`. A frozen copy of the rule and of its milestone table.
pub(crate) fn v1_status_after_scan(
    case: &crate::returns::ReturnCase,
    scan: &crate::tracking::CarrierEvent,
) -> crate::returns::ReturnStatus {
    use crate::returns::ReturnStatus;
    use crate::tracking::TrackingStatus as S;
    // v1's milestones: a status never moves back to a lower one; exceptions and expiry are side
    // statuses; delivered, returned to sender and cancelled end the parcel's story
    let milestone = |s: S| match s {
        S::Pending => Some(0u8),
        S::InfoReceived => Some(1),
        S::InTransit => Some(2),
        S::OutForDelivery | S::AvailableForPickup | S::AttemptFailed => Some(3),
        S::ReturningToSender | S::Lost => Some(4),
        S::Delivered | S::ReturnedToSender | S::Cancelled => Some(5),
        S::Exception | S::Expired => None,
    };
    let mut scans: Vec<&crate::tracking::CarrierEvent> = case.tracking.iter().chain(std::iter::once(scan)).collect();
    scans.sort_by_key(|e| e.occurred_at);
    let (mut status, mut reached) = (S::Pending, 0u8);
    for e in scans {
        if matches!(status, S::Delivered | S::ReturnedToSender | S::Cancelled) {
            break;
        }
        match milestone(e.status) {
            None => status = e.status,
            Some(m) if m >= reached => (status, reached) = (e.status, m),
            Some(_) => {}
        }
    }
    let moving = !matches!(status, S::Pending | S::InfoReceived);
    if moving && matches!(case.status, ReturnStatus::Approved | ReturnStatus::LabelIssued) {
        ReturnStatus::InTransit
    } else {
        case.status
    }
}
