//! Refund arithmetic: each returned unit gets its share of the line after line discounts, its
//! pro-rata share of order-level discounts and its tax, taken out of what is still open on the
//! line (remaining × units ÷ remaining units, half-up; the last unit takes what is left), so any
//! sequence of partial returns refunds exactly what was paid. Fees are their own lines; the total
//! never exceeds what was captured minus what was already refunded or credited.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind, Result};
use crate::ids::{LineId, PaymentId};
use crate::money::{Money, RoundingMode};
use crate::order::{LineQuantity, Order};
use crate::returns::*;

fn percent_of(base: &Money, pct: Decimal) -> Result<Money> {
    let share = pct.checked_div(Decimal::ONE_HUNDRED).ok_or_else(crate::money::overflow)?;
    Ok(base.checked_mul(share)?.round(RoundingMode::HalfUp))
}

/// Takes `units` of every line, in line order.
fn take_lines(order: &Order, units: &BTreeMap<&LineId, u32>) -> Result<Vec<RefundLine>> {
    let mut out = Vec::with_capacity(units.len());
    for line in &order.lines {
        let Some(&k) = units.get(line.id()) else { continue };
        if k == 0 {
            continue;
        }
        let open = line.open_units();
        let total = line.open_amount.take_units(k, open)?;
        let tax = line.open_tax.take_units(k, open)?;
        out.push(RefundLine { line: line.id().clone(), units: k, merchandise: total.checked_sub(&tax)?, tax, total });
    }
    Ok(out)
}

fn shipping_left(order: &Order) -> Result<Money> {
    let cancelled_shipping =
        if order.lines.iter().all(|l| l.counts.active() == 0) { order.shipping } else { Money::zero(order.currency) };
    order.shipping.checked_sub(&order.shipping_refunded)?.checked_sub(&cancelled_shipping)
}

/// Splits `total` over the payments: the ones in `preference` first, then the rest by id.
fn split_over_payments(order: &Order, total: Money, preference: &[PaymentId]) -> Result<Vec<RefundPayout>> {
    let mut ids: Vec<&PaymentId> = preference.iter().filter(|p| order.payments.contains_key(*p)).collect();
    for id in order.payments.keys() {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut left = total;
    let mut out = Vec::new();
    for id in ids {
        if left.is_zero() {
            break;
        }
        let Some(p) = order.payments.get(id) else { continue };
        let room = p.captured.checked_sub(&p.refunded)?;
        if room.is_zero() || room.is_negative() {
            continue;
        }
        let amount = left.try_min(&room)?;
        left = left.checked_sub(&amount)?;
        out.push(RefundPayout { destination: RefundDestination::Payment(id.clone()), amount });
    }
    Ok(out)
}

/// Cuts lines and shipping down to `paid` (what the capped refund pays before fees): shipping
/// keeps what it can, the lines share the rest in proportion to their totals (largest remainder,
/// to the cent), and each line's tax shrinks in the same proportion. The lines then add up to
/// what is paid, so no line's open amount goes down by more than was paid on it.
fn cap_lines(lines: Vec<RefundLine>, shipping: Money, paid: Money) -> Result<(Vec<RefundLine>, Money)> {
    let cur = paid.currency();
    let shipping = shipping.try_min(&paid)?;
    let for_lines = paid.checked_sub(&shipping)?;
    let weights: Vec<Decimal> = lines.iter().map(|l| l.total.amount()).collect();
    let shares = if weights.iter().all(Decimal::is_zero) {
        vec![Money::zero(cur); lines.len()]
    } else {
        for_lines.allocate(&weights)?
    };
    let mut out = Vec::with_capacity(lines.len());
    for (l, share) in lines.into_iter().zip(shares) {
        let tax = if l.total.is_zero() {
            Money::zero(cur)
        } else {
            let ratio = share.amount().checked_div(l.total.amount()).ok_or_else(crate::money::overflow)?;
            l.tax.checked_mul(ratio)?.round(RoundingMode::HalfUp).try_min(&share)?
        };
        out.push(RefundLine { merchandise: share.checked_sub(&tax)?, tax, total: share, ..l });
    }
    Ok((out, shipping))
}

/// The non-line parts of a refund.
struct Extras {
    shipping: Money,
    restocking_fee: Money,
    return_shipping_fee: Money,
    method: RefundMethod,
    bonus_pct: Decimal,
}

fn finish(
    order: &Order,
    lines: Vec<RefundLine>,
    extras: Extras,
    payment_order: &[PaymentId],
) -> Result<RefundBreakdown> {
    let Extras { shipping, restocking_fee, return_shipping_fee, method, bonus_pct } = extras;
    let cur = order.currency;
    let gross = Money::sum(cur, lines.iter().map(|l| &l.total))?.checked_add(&shipping)?;
    let fees = restocking_fee.checked_add(&return_shipping_fee)?.try_min(&gross)?;
    let mut total = gross.checked_sub(&fees)?;
    // fees shown as charged: cut the return shipping fee first if they exceeded the refund
    let return_shipping_fee = return_shipping_fee.try_min(&fees)?;
    let restocking_fee = fees.checked_sub(&return_shipping_fee)?;
    let left = order.refundable()?;
    let capped = total.try_cmp(&left)? == std::cmp::Ordering::Greater;
    let (mut lines, mut shipping) = (lines, shipping);
    if capped {
        total = left;
        (lines, shipping) = cap_lines(lines, shipping, total.checked_add(&fees)?)?;
    }
    let (payouts, store_credit_bonus) = match method {
        RefundMethod::OriginalPayment => (split_over_payments(order, total, payment_order)?, Money::zero(cur)),
        RefundMethod::StoreCredit => (
            vec![RefundPayout { destination: RefundDestination::StoreCredit, amount: total }],
            percent_of(&total, bonus_pct)?,
        ),
        RefundMethod::Exchange => (Vec::new(), Money::zero(cur)),
    };
    Ok(RefundBreakdown {
        lines,
        shipping,
        restocking_fee,
        return_shipping_fee,
        total,
        capped,
        store_credit_bonus,
        payouts,
    })
}

/// The refund for what a return has received.
pub(super) fn compute(order: &Order, case: &ReturnCase, payment_order: &[PaymentId]) -> Result<RefundBreakdown> {
    let cur = order.currency;
    let mut units: BTreeMap<&LineId, u32> = BTreeMap::new();
    let mut fee_rule: BTreeMap<&LineId, Fee> = BTreeMap::new();
    for rl in &case.lines {
        let k = rl.refundable();
        if k > 0 {
            let u = units.entry(&rl.line).or_insert(0);
            *u = u.saturating_add(k);
            if let Some(f) = rl.restocking_fee {
                fee_rule.entry(&rl.line).or_insert(f);
            }
        }
    }
    if units.is_empty() {
        return Err(Error::new(ErrorKind::ReturnNothingToRefund, "nothing received that can be refunded"));
    }
    let lines = take_lines(order, &units)?;
    // restocking: percentages per line, a fixed fee once per return (the largest)
    let mut restocking = Money::zero(cur);
    let mut fixed = Decimal::ZERO;
    for l in &lines {
        match fee_rule.get(&l.line) {
            Some(Fee::Percent(p)) => restocking = restocking.checked_add(&percent_of(&l.merchandise, *p)?)?,
            Some(Fee::Fixed(a)) => fixed = fixed.max(*a),
            None => {}
        }
    }
    restocking = restocking.checked_add(&Money::unrounded(fixed, cur).round(RoundingMode::HalfUp))?;
    let whole_order_back = order.lines.iter().all(|l| {
        let k = units.get(l.id()).copied().unwrap_or(0);
        l.counts.refunded.saturating_add(k) >= l.counts.active()
    });
    let terms = &case.terms;
    // shipping is refunded once: an earlier open return that will refund it for its reason takes
    // it, so this one's quote does not show it
    let earlier_takes_shipping = order.returns.values().any(|other| {
        other.id != case.id
            && !other.is_claim()
            && !other.status.is_closed()
            && other.terms.refund_shipping_for_reason
            && (other.requested_at, &other.id) < (case.requested_at, &case.id)
    });
    let qualifies = terms.refund_shipping_for_reason || (terms.refund_shipping_when_whole && whole_order_back);
    let shipping = if qualifies && !earlier_takes_shipping { shipping_left(order)? } else { Money::zero(cur) };
    let extras = Extras {
        shipping,
        restocking_fee: restocking,
        return_shipping_fee: terms.return_shipping_fee,
        method: terms.method,
        bonus_pct: terms.store_credit_bonus_percent,
    };
    let b = finish(order, lines, extras, payment_order)?;
    if b.total.is_zero() && terms.method != RefundMethod::Exchange {
        return Err(Error::new(
            ErrorKind::ReturnNothingToRefund,
            "the refund would pay 0.00 (the fees take it all, or nothing captured is left); cancel the return instead",
        ));
    }
    Ok(b)
}

/// The refund for a transit claim: the units' value, no fees, to the original payments.
pub(super) fn compute_claim(
    order: &Order,
    lines: &[LineQuantity],
    payment_order: &[PaymentId],
) -> Result<RefundBreakdown> {
    let mut units: BTreeMap<&LineId, u32> = BTreeMap::new();
    for lq in lines {
        // a total beyond any line's quantity is refused when the units are taken
        let u = units.entry(&lq.line).or_insert(0);
        *u = u.saturating_add(lq.quantity);
    }
    let taken = take_lines(order, &units)?;
    let zero = Money::zero(order.currency);
    let extras = Extras {
        shipping: zero,
        restocking_fee: zero,
        return_shipping_fee: zero,
        method: RefundMethod::OriginalPayment,
        bonus_pct: Decimal::ZERO,
    };
    finish(order, taken, extras, payment_order)
}

/// Who owes whom when the credit of a return pays for a replacement.
pub(super) fn settle_exchange(b: &RefundBreakdown, case: &ReturnCase) -> Result<ExchangeSettlement> {
    let price = case
        .terms
        .exchange
        .as_ref()
        .map(|x| x.price)
        .ok_or_else(|| Error::new(ErrorKind::RefundMethodNotAllowed, "an exchange needs the replacement item"))?;
    let shipping = case.terms.replacement_shipping.unwrap_or_else(|| Money::zero(price.currency()));
    let returned_value = b.total.checked_add(&b.restocking_fee)?.checked_add(&b.return_shipping_fee)?;
    let owed = price.checked_add(&shipping)?.checked_add(&b.return_shipping_fee)?.checked_add(&b.restocking_fee)?;
    Ok(ExchangeSettlement {
        credit: b.total,
        replacement_price: price,
        difference: owed.checked_sub(&returned_value)?,
        returned_value: Some(returned_value),
        replacement_shipping: Some(shipping),
        return_shipping_fee: Some(b.return_shipping_fee),
        restocking_fee: Some(b.restocking_fee),
    })
}

/// Fits a refund quote to what was paid outside the library (`payouts`): less than the quote
/// shows the difference as a restocking fee; more waives the return-shipping fee, then the
/// restocking fee, then refunds the original shipping still left; beyond that, refused. Each
/// payout must fit what is left on its payment, and all of them what is left on the order.
pub(super) fn record_paid(order: &Order, quote: RefundBreakdown, payouts: &[RefundPayout]) -> Result<RefundBreakdown> {
    let cur = order.currency;
    if payouts.is_empty() {
        return Err(Error::new(ErrorKind::InvalidInput, "a recorded refund needs at least one payout"));
    }
    let mut per_payment: BTreeMap<&PaymentId, Money> = BTreeMap::new();
    for p in payouts {
        if p.amount.is_zero() || p.amount.is_negative() || !p.amount.is_whole_minor_units() {
            return Err(Error::new(ErrorKind::InvalidInput, "a payout must be positive, in whole minor units")
                .with("amount", p.amount));
        }
        if let RefundDestination::Payment(id) = &p.destination {
            let sum = per_payment.entry(id).or_insert_with(|| Money::zero(cur));
            *sum = sum.checked_add(&p.amount)?;
        }
    }
    for (id, amount) in &per_payment {
        let Some(payment) = order.payments.get(*id) else {
            return Err(Error::new(ErrorKind::UnknownPayment, "the refund names a payment the order does not have")
                .with("payment", id));
        };
        let room = payment.captured.checked_sub(&payment.refunded)?;
        if amount.try_cmp(&room)?.is_gt() {
            return Err(Error::new(
                ErrorKind::PaymentAmountExceedsAvailable,
                "more refunded than is left on the payment",
            )
            .with("payment", id)
            .with("available", room));
        }
    }
    let paid = Money::sum(cur, payouts.iter().map(|p| &p.amount))?;
    let left = order.refundable()?;
    if paid.try_cmp(&left)?.is_gt() {
        return Err(Error::new(ErrorKind::PaymentAmountExceedsAvailable, "more refunded than is left on the order")
            .with("available", left));
    }
    let mut b = quote;
    if paid.try_cmp(&b.total)?.is_lt() {
        b.restocking_fee = b.restocking_fee.checked_add(&b.total.checked_sub(&paid)?)?;
    } else {
        let mut extra = paid.checked_sub(&b.total)?;
        for fee in [&mut b.return_shipping_fee, &mut b.restocking_fee] {
            let waived = extra.try_min(fee)?;
            *fee = fee.checked_sub(&waived)?;
            extra = extra.checked_sub(&waived)?;
        }
        if !extra.is_zero() {
            let shipping_room = shipping_left(order)?.checked_sub(&b.shipping)?;
            let more = extra.try_min(&shipping_room)?;
            b.shipping = b.shipping.checked_add(&more)?;
            extra = extra.checked_sub(&more)?;
        }
        if !extra.is_zero() {
            let worth = paid.checked_sub(&extra)?;
            return Err(Error::new(
                ErrorKind::PaymentAmountExceedsAvailable,
                "more refunded than the received units and the shipping left are worth",
            )
            .with("available", worth));
        }
    }
    b.total = paid;
    b.capped = false;
    b.store_credit_bonus = Money::zero(cur);
    b.payouts = payouts.to_vec();
    Ok(b)
}
