//! The eligibility engine: a return request against the order, its policy and the customer's
//! context, decided line by line with the rule, code and facts behind every verdict.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use compact_str::{CompactString, ToCompactString};

use crate::calendar::end_of_local_day;
use crate::error::{Error, ErrorKind, Result};
use crate::ids::LineId;
use crate::money::Money;
use crate::order::{Line, Order};
use crate::returns::*;
use crate::tracking::TrackingStatus;

/// A verdict; rule names, codes and fact names are static text, so copying a verdict copies
/// only its fact values.
fn verdict<const N: usize>(
    rule: &'static str,
    outcome: Outcome,
    code: &'static str,
    facts: [(&'static str, CompactString); N],
) -> RuleVerdict {
    // the call sites name their facts in order (checked in debug builds, which the tests run)
    debug_assert!(facts.is_sorted_by(|a, b| a.0 < b.0), "facts named out of order");
    let facts = Facts(facts.into_iter().map(|(k, v)| (Cow::Borrowed(k), v)).collect());
    RuleVerdict { rule: Cow::Borrowed(rule), outcome, code: Cow::Borrowed(code), facts }
}

/// Latest delivery time of the shipments that carry `line` (None until one is delivered).
/// When each line was last delivered, and when the whole order was (if it was): computed once
/// per evaluation, so deciding a request costs the size of the order once, not once per line.
struct Deliveries<'a> {
    /// The order, whose shipped lines are scanned for a line when they are few (at most
    /// [`SCANNED_SHIPMENT_LINES`] over all its shipments; more get `per_line` instead).
    order: &'a Order,
    /// The latest delivery per line, sorted by line id (no hashing: a sorted list is searched in
    /// O(log n)); built only for an order with many shipments.
    per_line: Option<Vec<(&'a LineId, DateTime<Utc>)>>,
    last: Option<DateTime<Utc>>,
}

/// The most shipment lines (over all of an order's shipments) an evaluation scans for a line's
/// delivery rather than sorting them once: a scan per requested line must stay short.
const SCANNED_SHIPMENT_LINES: usize = 32;

impl<'a> Deliveries<'a> {
    fn of(order: &'a Order) -> Self {
        let all_delivered = order.lines.iter().all(|l| l.counts.delivered >= l.counts.active() || l.spec.flags.digital);
        let last = if all_delivered { order.shipments.values().filter_map(|s| s.delivered_at).max() } else { None };
        let shipped_lines = order.shipments.values().map(|s| s.spec.lines.len()).fold(0usize, usize::saturating_add);
        if shipped_lines <= SCANNED_SHIPMENT_LINES {
            return Deliveries { order, per_line: None, last };
        }
        let mut per_line: Vec<(&LineId, DateTime<Utc>)> = order
            .shipments
            .values()
            .filter_map(|s| s.delivered_at.map(|at| s.spec.lines.iter().map(move |lq| (&lq.line, at))))
            .flatten()
            .collect();
        // latest first within a line, then keep the first of each line
        per_line.sort_unstable_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
        per_line.dedup_by(|later, kept| later.0 == kept.0);
        Deliveries { order, per_line: Some(per_line), last }
    }

    /// When `line` was last delivered.
    fn of_line(&self, line: &LineId) -> Option<DateTime<Utc>> {
        match &self.per_line {
            Some(per_line) => {
                let i = per_line.binary_search_by(|(l, _)| (*l).cmp(line)).ok()?;
                per_line.get(i).map(|(_, at)| *at)
            }
            None => (self.order.shipments.values())
                .filter(|s| s.spec.lines.iter().any(|lq| &lq.line == line))
                .filter_map(|s| s.delivered_at)
                .max(),
        }
    }
}

/// When the return window of `line` closes (`Ok(None)` when unlimited, `Err(())` when it has not started).
fn window_end(
    order: &Order,
    deliveries: &Deliveries<'_>,
    line: &Line,
    policy: &ReturnPolicy,
    tz: Tz,
    ctx: &EligibilityContext,
) -> std::result::Result<Option<DateTime<Utc>>, ()> {
    let spec = &line.spec;
    let overridden = policy.override_days(spec.sku.as_str(), &spec.tags, spec.category.as_deref());
    let Some(days) = overridden.or(policy.window.days) else { return Ok(None) };
    let extra = ctx.tier.as_ref().map_or(0, |t| t.extra_return_days);
    let start = match policy.window.starts {
        WindowStart::OrderPlaced => Some(order.placed_at),
        WindowStart::ItemDelivered => deliveries.of_line(&spec.id),
        WindowStart::LastItemDelivered => deliveries.last,
    }
    .ok_or(())?;
    // a window that ends beyond the representable time range never closes
    let Some(raw_end) =
        Duration::try_days(i64::from(days).saturating_add(i64::from(extra))).and_then(|d| start.checked_add_signed(d))
    else {
        return Ok(None);
    };
    let mut end = if policy.window.end_of_local_day {
        end_of_local_day(raw_end.with_timezone(&tz).date_naive(), tz)
    } else {
        raw_end
    };
    if let Some(h) = &policy.holiday_extension {
        let placed_local = order.placed_at.with_timezone(&tz).date_naive();
        if placed_local >= h.placed_from && placed_local <= h.placed_to {
            end = end.max(end_of_local_day(h.returnable_until, tz));
        }
    }
    Ok(Some(end))
}

/// The window rule's verdict, with the window's end and the whole days left.
fn window_verdict(
    end: std::result::Result<Option<DateTime<Utc>>, ()>,
    now: DateTime<Utc>,
) -> (RuleVerdict, Option<DateTime<Utc>>, Option<i64>) {
    match end {
        Ok(None) => (verdict("window", Outcome::Allowed, "return.window_unlimited", []), None, None),
        Err(()) => (verdict("window", Outcome::Allowed, "return.window_not_started", []), None, None),
        Ok(Some(end)) => {
            let left = end.signed_duration_since(now).num_days().max(0);
            let facts = [("days_left", left.to_compact_string()), ("window_end", end.to_rfc3339().into())];
            let v = if now < end {
                verdict("window", Outcome::Allowed, "return.window_open", facts)
            } else {
                verdict("window", Outcome::Denied, "return.window_closed", facts)
            };
            (v, Some(end), Some(left))
        }
    }
}

/// The frequent-returner rule's verdict (the same for every line of a request), when the policy
/// has the rule.
fn frequency_verdict(policy: &ReturnPolicy, ctx: &EligibilityContext, now: DateTime<Utc>) -> Option<RuleVerdict> {
    let (Some(max), Some(days)) = (policy.review.max_returns, policy.review.within_days) else { return None };
    // a look-back reaching before the earliest time counts everything up to now
    let since = Duration::try_days(i64::from(days)).and_then(|d| now.checked_sub_signed(d));
    let n = ctx.recent_returns.iter().filter(|t| since.is_none_or(|s| **t >= s) && **t <= now).count();
    let facts = [
        ("max_returns", max.to_compact_string()),
        ("recent_returns", n.to_compact_string()),
        ("within_days", days.to_compact_string()),
    ];
    Some(if n > max as usize {
        verdict("review_frequency", Outcome::NeedsReview, "return.review_frequent_returner", facts)
    } else {
        verdict("review_frequency", Outcome::Allowed, "return.frequency_ok", facts)
    })
}

/// Refuses a request that cannot be evaluated at all: another customer's order, no lines, a
/// refund method the policy does not offer, or an exchange without a valid replacement.
fn check_request(order: &Order, request: &ReturnRequest, policy: &ReturnPolicy) -> Result<()> {
    if request.customer != order.customer {
        return Err(Error::new(ErrorKind::ReturnWrongCustomer, "the order belongs to another customer")
            .with("order", &order.id));
    }
    if request.lines.is_empty() {
        return Err(Error::new(ErrorKind::InvalidQuantity, "a return needs at least one line"));
    }
    if !policy.refunds.allowed.contains(&request.method) {
        return Err(Error::new(ErrorKind::RefundMethodNotAllowed, "the policy does not offer this refund method"));
    }
    if request.method == RefundMethod::Exchange && request.exchange.is_none() {
        return Err(Error::new(ErrorKind::RefundMethodNotAllowed, "an exchange needs the replacement item"));
    }
    if let Some(x) = &request.exchange {
        if x.price.currency() != order.currency || x.price.is_negative() {
            return Err(Error::new(
                ErrorKind::InvalidAmount,
                "exchange price must be a non-negative amount in the order currency",
            ));
        }
    }
    Ok(())
}

/// The quantity rule: units shipped (or delivered, per the policy), not already asked for, and
/// not refunded or replaced by a transit claim.
fn quantity_verdict(
    policy: &ReturnPolicy,
    c: &crate::order::UnitCounts,
    claimed: u32,
    lost: u32,
    before: u32,
    quantity: u32,
) -> RuleVerdict {
    let base = match policy.require {
        ShippingRequirement::Delivered => c.delivered,
        ShippingRequirement::Shipped => c.shipped,
        ShippingRequirement::None => c.shipped,
    };
    let unclaimed = base.saturating_sub(c.return_requested).saturating_sub(before);
    // lost units were never delivered; a claim is usually on a lost parcel, so under "delivered"
    // only claimed units beyond the lost ones (damaged on arrival) come out of the base, and under
    // "shipped" the larger of the two
    let settled = match policy.require {
        ShippingRequirement::Delivered => claimed.saturating_sub(lost),
        ShippingRequirement::Shipped | ShippingRequirement::None => claimed.max(lost),
    };
    let returnable = unclaimed.saturating_sub(settled);
    let facts = [("requested", quantity.to_compact_string()), ("returnable", returnable.to_compact_string())];
    // units that shipped but were lost or settled by a claim say so, whatever the requirement
    let shipped_open = c.shipped.saturating_sub(c.return_requested).saturating_sub(before);
    if quantity <= returnable {
        verdict("quantity", Outcome::Allowed, "return.quantity_ok", facts)
    } else if quantity <= shipped_open && lost > claimed {
        verdict("quantity", Outcome::Denied, "return.parcel_lost", facts)
    } else if quantity <= shipped_open && claimed > 0 {
        verdict("quantity", Outcome::Denied, "return.already_claimed", facts)
    } else if returnable == 0 && c.return_requested > 0 && c.return_requested >= base {
        verdict("quantity", Outcome::Denied, "return.already_returned", facts)
    } else {
        verdict("quantity", Outcome::Denied, "return.quantity_exceeds_returnable", facts)
    }
}

/// The item rules: non-returnable classes and the shipping requirement.
fn item_verdicts(policy: &ReturnPolicy, line: &crate::order::Line, verdicts: &mut Vec<RuleVerdict>) {
    let c = &line.counts;
    let classes: Vec<_> = policy.non_returnable.iter().filter(|n| n.applies_to(&line.spec.flags)).collect();
    if classes.is_empty() {
        verdicts.push(verdict("non_returnable", Outcome::Allowed, "return.returnable_item", []));
    }
    for class in classes {
        verdicts.push(verdict("non_returnable", Outcome::Denied, class.code(), []));
    }
    // shipping requirement
    let (ok, code) = match policy.require {
        ShippingRequirement::Delivered => (c.delivered > 0, "return.not_delivered"),
        ShippingRequirement::Shipped => (c.shipped > 0, "return.not_shipped"),
        ShippingRequirement::None => (true, ""),
    };
    if ok {
        verdicts.push(verdict("shipping", Outcome::Allowed, "return.shipping_requirement_met", []));
    } else {
        verdicts.push(verdict("shipping", Outcome::Denied, code, []));
    }
}

/// Units per line in parcels that are lost at `now`: declared lost by the carrier, or presumed
/// lost under the context's thresholds, and not delivered.
fn lost_units<'a>(order: &'a Order, ctx: &EligibilityContext, now: DateTime<Utc>) -> BTreeMap<&'a LineId, u32> {
    let thresholds = ctx.delay_thresholds.unwrap_or_default();
    let mut out: BTreeMap<&LineId, u32> = BTreeMap::new();
    for s in order.shipments.values().filter(|s| !s.cancelled && s.delivered_at.is_none_or(|d| d > now)) {
        let a = s.assess_delay(now, &thresholds);
        if a.status != TrackingStatus::Lost && !a.presumed_lost {
            continue;
        }
        for lq in &s.spec.lines {
            let n = out.entry(&lq.line).or_insert(0);
            *n = n.saturating_add(lq.quantity);
        }
    }
    out
}

/// Evaluates a return request against the policy. Pure: the order, policy, context and `now`
/// decide everything. A denial is an outcome in the report, not an error.
///
/// # Errors
/// [`ErrorKind::ReturnWrongCustomer`] when the order belongs to another customer (refused
/// outright), [`ErrorKind::UnknownLine`], [`ErrorKind::InvalidQuantity`] for a zero quantity,
/// [`ErrorKind::RefundMethodNotAllowed`] for a method the policy does not offer.
pub fn evaluate(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    now: DateTime<Utc>,
) -> Result<EligibilityReport> {
    crate::instant::check_instant(now, "now")?;
    check_request(order, request, policy)?;
    // units already asked for in this request, per line (a request may name a line twice)
    let mut asked: BTreeMap<&LineId, u32> = BTreeMap::new();
    let deliveries = Deliveries::of(order);
    let tz = policy.tz();
    // units a transit claim refunded or replaced are settled: they cannot come back as a return
    let mut claimed_units: BTreeMap<&LineId, u32> = BTreeMap::new();
    for case in order.returns.values().filter(|c| c.is_claim()) {
        for l in &case.lines {
            let n = claimed_units.entry(&l.line).or_insert(0);
            *n = n.saturating_add(l.requested);
        }
    }
    let lost_units = lost_units(order, ctx, now);
    let mut decisions = Vec::with_capacity(request.lines.len());
    let mut request_value = Money::zero(order.currency);
    for rl in &request.lines {
        let line = order.line(&rl.line)?;
        if rl.quantity == 0 {
            return Err(Error::new(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &rl.line));
        }
        let c = &line.counts;
        // quantity, item, shipping, window, frequency and value: room for each without regrowing
        let mut verdicts = Vec::with_capacity(6);
        // quantity
        let before = asked.get(&rl.line).copied().unwrap_or(0);
        // a lost parcel's units are claimable, never returnable
        let claimed = claimed_units.get(&rl.line).copied().unwrap_or(0);
        let lost = lost_units.get(&rl.line).copied().unwrap_or(0);
        verdicts.push(quantity_verdict(policy, c, claimed, lost, before, rl.quantity));
        asked.insert(&rl.line, before.saturating_add(rl.quantity));
        // non-returnable classes and the shipping requirement
        item_verdicts(policy, line, &mut verdicts);
        // window
        let (window, end_at, days_left) = window_verdict(window_end(order, &deliveries, line, policy, tz, ctx), now);
        verdicts.push(window);
        // frequent returner
        verdicts.extend(frequency_verdict(policy, ctx, now));
        let denied = verdicts.iter().any(|v| v.outcome == Outcome::Denied);
        if !denied {
            let units = rl.quantity.min(line.open_units());
            if units > 0 {
                request_value = request_value.checked_add(&line.take_amount(units)?)?;
            }
        }
        decisions.push(LineDecision {
            line: rl.line.clone(),
            quantity: rl.quantity,
            reason: rl.reason,
            outcome: Outcome::Allowed,
            code: Cow::Borrowed(""),
            verdicts,
            window_end: end_at,
            days_left,
        });
    }
    // high value: applies to every line that is not denied
    if let Some(limit) = policy.review.value_above {
        let high = request_value.amount() > limit;
        for d in &mut decisions {
            let facts = [
                ("request_value", request_value.amount().to_compact_string()),
                ("value_above", limit.to_compact_string()),
            ];
            if high {
                d.verdicts.push(verdict("review_value", Outcome::NeedsReview, "return.review_high_value", facts));
            } else {
                d.verdicts.push(verdict("review_value", Outcome::Allowed, "return.value_ok", facts));
            }
        }
    }
    for d in &mut decisions {
        let first = |o: Outcome| d.verdicts.iter().find(|v| v.outcome == o).map(|v| v.code.clone());
        (d.outcome, d.code) = if let Some(code) = first(Outcome::Denied) {
            (Outcome::Denied, code)
        } else if let Some(code) = first(Outcome::NeedsReview) {
            (Outcome::NeedsReview, code)
        } else {
            (Outcome::Allowed, Cow::Borrowed("return.allowed"))
        };
    }
    let outcome = if decisions.iter().all(|d| d.outcome == Outcome::Denied) {
        Outcome::Denied
    } else if decisions.iter().any(|d| d.outcome == Outcome::NeedsReview) {
        Outcome::NeedsReview
    } else {
        Outcome::Allowed
    };
    let (method, method_note) = fallback_method(order, request, policy, &deliveries, now);
    Ok(EligibilityReport { return_id: request.id.clone(), outcome, lines: decisions, method, method_note })
}

/// A refund to the original payment falls back to store credit when any requested item's clock
/// (from the start the policy names, per item) has run past `store_credit_only_after_days`.
fn fallback_method(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    deliveries: &Deliveries<'_>,
    now: DateTime<Utc>,
) -> (RefundMethod, Option<String>) {
    let method = request.method;
    if method != RefundMethod::OriginalPayment {
        return (method, None);
    }
    let Some(limit) = policy.refunds.store_credit_only_after_days.and_then(|d| Duration::try_days(i64::from(d))) else {
        return (method, None);
    };
    let start = |line: &LineId| match policy.refunds.store_credit_clock {
        RefundClockStart::OrderPlaced => Some(order.placed_at),
        RefundClockStart::ItemShipped => order
            .shipments
            .values()
            .filter(|s| !s.cancelled && s.spec.lines.iter().any(|lq| &lq.line == line))
            .map(|s| s.created_at)
            .max(),
        RefundClockStart::ItemDelivered => deliveries.of_line(line),
    };
    let late = request.lines.iter().any(|rl| start(&rl.line).is_some_and(|t| now.signed_duration_since(t) > limit));
    if late { (RefundMethod::StoreCredit, Some("return.refund_method_fallback".to_string())) } else { (method, None) }
}
