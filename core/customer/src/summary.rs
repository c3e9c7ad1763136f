//! Plain-language summaries of a return policy and a loyalty programme, written from the same
//! data the engines apply, so what the customer reads is what the shop does.
//!
//! ```
//! use postpurchase::customer::{Localizer, return_policy_summary};
//! use postpurchase::returns::ReturnPolicy;
//! use postpurchase::Currency;
//! let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30, "starts": "item_delivered"}}"#)?;
//! let s = return_policy_summary(&policy, None, Currency::from_code("EUR")?, &Localizer::new("en")?)?;
//! assert_eq!(s.statements[0].text, "You can return an item within 30 days of its delivery.");
//! let it = return_policy_summary(&policy, None, Currency::from_code("EUR")?, &Localizer::new("it")?)?;
//! assert_eq!(it.statements[0].text, "Puoi restituire un articolo entro 30 giorni dalla sua consegna.");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::locale::{Arg, Localizer};
use crate::error::Result;
use crate::loyalty::{Expiry, Programme, TierMetric, TierWindow};
use crate::message_id::{MessageId, of};
use crate::money::{Currency, Money};
use crate::msg;
use crate::returns::{Fee, RefundMethod, ReplacementShipping, ReturnPolicy, ReturnReason, ShippingRequirement};

/// One sentence of a summary: its topic, the message that wrote it, the facts behind it (plain
/// values, the same in every language) and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Statement {
    /// What it is about: `window`, `override`, `requires`, `non_returnable`, `holiday`,
    /// `restocking`, `return_shipping`, `shipping_refund`, `refund_methods`, `store_credit`,
    /// `exchange`, `tier`; for a programme `earn`, `pending`, `expiry`, `redeem`, `reward`,
    /// `tiers`, `tier`.
    pub topic: String,
    /// The catalogue message id.
    pub message: String,
    /// The facts, by name.
    pub facts: BTreeMap<String, String>,
    /// The sentence in the localizer's language: plain text, with values from outside (titles,
    /// places) as they were given. Escape it before putting it in HTML (`<`, `>`, `&`, quotes):
    /// a product titled `<script>` is text here, not markup.
    pub text: String,
}

/// A summary: a title and its sentences in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "PlainSummary"))]
pub struct Summary {
    /// The locale the text follows.
    pub locale: String,
    /// The heading.
    pub title: String,
    /// The sentences.
    pub statements: Vec<Statement>,
}

impl Summary {
    /// The sentences as one paragraph.
    pub fn text(&self) -> String {
        self.statements.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ")
    }
}

/// Collects statements.
struct Writer<'a> {
    loc: &'a Localizer,
    out: Vec<Statement>,
}

impl Writer<'_> {
    /// Adds a sentence: `args` go to the message, `facts` are recorded as plain values.
    fn say(&mut self, topic: &str, message: MessageId, args: &[(&str, Arg)], facts: &[(&str, String)]) -> Result<()> {
        self.out.push(statement(self.loc, topic, message, args, facts)?);
        Ok(())
    }

    /// A sentence whose argument is a list of reasons (`list`), recorded as the fact `fact`.
    fn say_reasons(&mut self, topic: &str, message: MessageId, fact: &str, reasons: &[ReturnReason]) -> Result<()> {
        let list = self.reasons(reasons)?;
        self.say(topic, message, &[("list", Arg::Text(list))], &[(fact, codes(reasons))])
    }

    /// A return reason's name in the locale's quotation marks.
    fn quoted_reason(&self, r: ReturnReason) -> Result<String> {
        let name = self.loc.message(of::reason(r), &[])?;
        self.loc.message(msg!("quoted"), &[("text", Arg::Text(name))])
    }

    fn word(&self, id: MessageId) -> Result<String> {
        self.loc.message(id, &[])
    }

    /// The localized names of return reasons, joined as an "or" list.
    fn reasons(&self, reasons: &[ReturnReason]) -> Result<String> {
        let words = reasons.iter().map(|r| self.quoted_reason(*r)).collect::<Result<Vec<_>>>()?;
        Ok(self.loc.or_list(&words))
    }
}

/// A sentence: the message `message` with `args`, in sentence case, with `facts` recorded as
/// plain values.
pub(super) fn statement(
    loc: &Localizer,
    topic: &str,
    message: MessageId,
    args: &[(&str, Arg)],
    facts: &[(&str, String)],
) -> Result<Statement> {
    Ok(Statement {
        topic: topic.to_string(),
        message: message.as_str().to_string(),
        facts: facts.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect(),
        text: sentence_case(&loc.message(message, args)?),
    })
}

/// The text with its first letter in upper case (a tier name may open a sentence).
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The snake_case name serde gives a unit enum value.
pub(super) fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|j| j.as_str().map(str::to_string)).unwrap_or_default()
}

fn codes<T: Serialize>(v: &[T]) -> String {
    v.iter().map(code).collect::<Vec<_>>().join(",")
}

/// An amount of the policy in its currency; one finer than the currency's minor unit (4.95 in
/// yen) is refused rather than shown rounded.
fn checked_money(d: Decimal, currency: Currency) -> Result<Money> {
    if d.normalize().scale() > currency.minor_units() {
        return Err(crate::error::Error::new(
            crate::error::ErrorKind::InvalidAmount,
            format!("{d} has more digits than {} allows", currency.code()),
        ));
    }
    Money::new(d, currency)
}

/// A whole number of days as a message count.
fn days(n: u32) -> Arg {
    Arg::Count(i64::from(n))
}

/// The plain-language summary of a return policy: the window and when it starts, overrides,
/// what must have happened first, what cannot be returned, the holiday extension, fees, the
/// shipping refund, refund methods and timing, exchanges, and (with a programme) tier benefits.
/// Amounts are in `currency`, the shop's order currency.
///
/// # Errors
/// [`crate::error::ErrorKind::InvalidAmount`] when a fee amount has more digits than the currency
/// allows; catalogue errors (bugs) as [`crate::error::ErrorKind::Internal`].
pub fn return_policy_summary(
    policy: &ReturnPolicy,
    programme: Option<&Programme>,
    currency: Currency,
    loc: &Localizer,
) -> Result<Summary> {
    let mut w = Writer { loc, out: Vec::new() };
    let money = |d: Decimal| checked_money(d, currency).map(|m| loc.money(&m));
    match policy.window.days {
        Some(n) => {
            let start = code(&policy.window.starts);
            w.say(
                "window",
                msg!("policy-window"),
                &[("days", days(n)), ("start", Arg::Text(start.clone()))],
                &[("days", n.to_string()), ("starts", start)],
            )?;
            if policy.window.end_of_local_day {
                w.say(
                    "window",
                    msg!("policy-window-local-day"),
                    &[("zone", Arg::Text(policy.time_zone.clone()))],
                    &[("time_zone", policy.time_zone.clone())],
                )?;
            }
        }
        None => w.say("window", msg!("policy-window-unlimited"), &[], &[])?,
    }
    for o in &policy.overrides {
        let (kind, id, name) = match (&o.sku, &o.tag, &o.category) {
            (Some(s), _, _) => ("sku", msg!("policy-override-sku"), s),
            (None, Some(t), _) => ("tag", msg!("policy-override-tag"), t),
            (None, None, Some(c)) => ("category", msg!("policy-override-category"), c),
            (None, None, None) => continue,
        };
        let what = loc.message(id, &[("name", Arg::Text(name.clone()))])?;
        w.say(
            "override",
            msg!("policy-window-override"),
            &[("what", Arg::Text(what)), ("days", days(o.days))],
            &[(kind, name.clone()), ("days", o.days.to_string())],
        )?;
    }
    let requires = match policy.require {
        ShippingRequirement::Delivered => msg!("policy-requires-delivered"),
        ShippingRequirement::Shipped => msg!("policy-requires-shipped"),
        ShippingRequirement::None => msg!("policy-requires-none"),
    };
    w.say("requires", requires, &[], &[("require", code(&policy.require))])?;
    if !policy.non_returnable.is_empty() {
        let words = policy.non_returnable.iter().map(|n| w.word(of::non_returnable(*n))).collect::<Result<Vec<_>>>()?;
        w.say(
            "non_returnable",
            msg!("policy-non-returnable"),
            &[("list", Arg::Text(loc.and_list(&words)))],
            &[("classes", codes(&policy.non_returnable))],
        )?;
    }
    if let Some(h) = &policy.holiday_extension {
        w.say(
            "holiday",
            msg!("policy-holiday"),
            &[
                ("from", Arg::Text(loc.date(h.placed_from))),
                ("to", Arg::Text(loc.date(h.placed_to))),
                ("until", Arg::Text(loc.date(h.returnable_until))),
            ],
            &[
                ("placed_from", h.placed_from.to_string()),
                ("placed_to", h.placed_to.to_string()),
                ("returnable_until", h.returnable_until.to_string()),
            ],
        )?;
    }
    let fee_text = |f: &Fee| -> Result<(String, String)> {
        match f {
            Fee::Percent(p) => {
                let t =
                    loc.message(msg!("policy-fee-percent"), &[("percent", Arg::Text(loc.number(p.normalize())))])?;
                Ok((t, format!("{}%", p.normalize())))
            }
            Fee::Fixed(a) => {
                let t = loc.message(msg!("policy-fee-fixed"), &[("amount", Arg::Text(money(*a)?))])?;
                Ok((t, a.to_string()))
            }
        }
    };
    let r = &policy.restocking_fee;
    if let Some(f) = &r.default {
        let (text, fact) = fee_text(f)?;
        w.say("restocking", msg!("policy-restocking"), &[("fee", Arg::Text(text))], &[("fee", fact)])?;
    }
    for (reason, f) in &r.per_reason {
        let (text, fact) = fee_text(f)?;
        let name = w.quoted_reason(*reason)?;
        w.say(
            "restocking",
            msg!("policy-restocking-reason"),
            &[("reason", Arg::Text(name)), ("fee", Arg::Text(text))],
            &[("reason", code(reason)), ("fee", fact)],
        )?;
    }
    if (r.default.is_some() || !r.per_reason.is_empty()) && !r.waived_for.is_empty() {
        w.say_reasons("restocking", msg!("policy-fee-waived"), "waived_for", &r.waived_for)?;
    }
    let shipping = &policy.return_shipping_fee;
    match shipping.amount.filter(|a| !a.is_zero()) {
        Some(a) => {
            w.say(
                "return_shipping",
                msg!("policy-return-shipping"),
                &[("amount", Arg::Text(money(a)?))],
                &[("amount", a.to_string())],
            )?;
            if !shipping.waived_for.is_empty() {
                w.say_reasons(
                    "return_shipping",
                    msg!("policy-return-shipping-waived"),
                    "waived_for",
                    &shipping.waived_for,
                )?;
            }
        }
        None => w.say("return_shipping", msg!("policy-return-shipping-free"), &[], &[])?,
    }
    if policy.shipping_refund.when_whole_order_returned {
        w.say("shipping_refund", msg!("policy-shipping-refund-whole"), &[], &[])?;
    }
    if !policy.shipping_refund.for_reasons.is_empty() {
        w.say_reasons(
            "shipping_refund",
            msg!("policy-shipping-refund-reasons"),
            "for_reasons",
            &policy.shipping_refund.for_reasons,
        )?;
    }
    let refunds = &policy.refunds;
    let methods = refunds.allowed.iter().map(|m| w.word(of::method(*m))).collect::<Result<Vec<_>>>()?;
    w.say(
        "refund_methods",
        msg!("policy-refund-methods"),
        &[("list", Arg::Text(loc.or_list(&methods)))],
        &[("allowed", codes(&refunds.allowed))],
    )?;
    let credit = refunds.allowed.contains(&RefundMethod::StoreCredit);
    if credit && !refunds.store_credit_bonus_percent.is_zero() {
        let p = refunds.store_credit_bonus_percent.normalize();
        w.say(
            "store_credit",
            msg!("policy-store-credit-bonus"),
            &[("percent", Arg::Text(loc.number(p)))],
            &[("bonus_percent", p.to_string())],
        )?;
    }
    if let Some(n) = refunds.store_credit_only_after_days {
        w.say(
            "store_credit",
            msg!("policy-store-credit-after"),
            &[("days", days(n))],
            &[("after_days", n.to_string())],
        )?;
    }
    if refunds.allowed.contains(&RefundMethod::Exchange) {
        let x = &policy.exchanges;
        let (kind, amount) = match x.replacement_shipping {
            ReplacementShipping::Free => ("free", None),
            ReplacementShipping::Flat { amount } => ("flat", Some(amount)),
            // the host prices it per request: the summary says "at the shop's rate" ("other")
            ReplacementShipping::Host => ("other", None),
        };
        let charged = x.charge_return_shipping || !x.charge_return_shipping_for.is_empty();
        let amount_text = amount.map(money).transpose()?.unwrap_or_default();
        w.say(
            "exchange",
            msg!("policy-exchange"),
            &[
                ("shipping", Arg::Text(kind.to_string())),
                ("amount", Arg::Text(amount_text)),
                ("return_shipping", Arg::Text(if charged { "charged" } else { "waived" }.to_string())),
            ],
            &[
                ("replacement_shipping", kind.to_string()),
                ("return_shipping", if charged { "charged" } else { "waived" }.to_string()),
            ],
        )?;
    }
    if let Some(p) = programme {
        for level in &p.tiers.levels {
            let mut benefits = Vec::new();
            if level.extra_return_days > 0 {
                benefits
                    .push(loc.message(msg!("loyalty-benefit-extra_days"), &[("days", days(level.extra_return_days))])?);
            }
            if level.free_returns {
                benefits.push(w.word(msg!("loyalty-benefit-free_returns"))?);
            }
            if benefits.is_empty() {
                continue;
            }
            w.say(
                "tier",
                msg!("policy-tier"),
                &[("tier", Arg::Text(level.name.clone())), ("benefits", Arg::Text(loc.and_list(&benefits)))],
                &[
                    ("tier", level.name.clone()),
                    ("extra_return_days", level.extra_return_days.to_string()),
                    ("free_returns", level.free_returns.to_string()),
                ],
            )?;
        }
    }
    Ok(Summary { locale: loc.locale().to_string(), title: loc.message(msg!("policy-title"), &[])?, statements: w.out })
}

/// The plain-language summary of a loyalty programme: how points are earned, when they become
/// available and expire, how to redeem them, and the tiers with their benefits.
///
/// # Errors
/// Catalogue errors (bugs) as [`crate::error::ErrorKind::Internal`].
pub fn loyalty_summary(p: &Programme, loc: &Localizer) -> Result<Summary> {
    let mut w = Writer { loc, out: Vec::new() };
    let money = |d: Decimal| checked_money(d, p.currency).map(|m| loc.money(&m));
    let e = &p.earning;
    if !e.points_per_currency_unit.is_zero() {
        let points = e.points_per_currency_unit.normalize();
        // plural selection needs a whole number; fractional rates read as "other"
        let count = i64::try_from(points.trunc().mantissa()).ok().filter(|_| points.fract().is_zero());
        let unit = money(Decimal::ONE)?;
        w.say(
            "earn",
            msg!("loyalty-earn-spend"),
            &[
                ("points", count.map_or_else(|| Arg::Text(loc.number(points)), Arg::Count)),
                ("unit", Arg::Text(unit)),
                ("tax", Arg::Text(if e.include_tax { "yes" } else { "no" }.into())),
                ("shipping", Arg::Text(if e.include_shipping { "yes" } else { "no" }.into())),
            ],
            &[
                ("points_per_currency_unit", points.to_string()),
                ("include_tax", e.include_tax.to_string()),
                ("include_shipping", e.include_shipping.to_string()),
            ],
        )?;
    }
    if e.per_order > 0 {
        w.say(
            "earn",
            msg!("loyalty-earn-order"),
            &[("points", Arg::Count(e.per_order))],
            &[("per_order", e.per_order.to_string())],
        )?;
    }
    let referral = e.referral.as_ref().map_or(0, |r| r.referrer);
    let events = [
        ("signup", msg!("loyalty-event-signup"), e.signup),
        ("birthday", msg!("loyalty-event-birthday"), e.birthday),
        ("review", msg!("loyalty-event-review"), e.review),
        ("referral", msg!("loyalty-event-referral"), referral),
    ];
    let mut parts = Vec::new();
    let mut facts = Vec::new();
    for (name, id, points) in events.iter().filter(|(_, _, n)| *n > 0) {
        parts.push(loc.message(*id, &[("points", Arg::Count(*points))])?);
        facts.push((*name, points.to_string()));
    }
    if !parts.is_empty() {
        w.say("earn", msg!("loyalty-earn-events"), &[("list", Arg::Text(loc.and_list(&parts)))], &facts)?;
    }
    let pending = p.pending.days_after_delivery;
    w.say(
        "pending",
        msg!("loyalty-pending"),
        &[("days", days(pending))],
        &[("days_after_delivery", pending.to_string())],
    )?;
    match p.expiry {
        Expiry::Never => w.say("expiry", msg!("loyalty-expiry-never"), &[], &[])?,
        Expiry::DaysAfterAvailable { days: n } => {
            w.say(
                "expiry",
                msg!("loyalty-expiry-days"),
                &[("days", days(n))],
                &[("days_after_available", n.to_string())],
            )?;
        }
        Expiry::EndOfMonth => w.say("expiry", msg!("loyalty-expiry-month"), &[], &[])?,
        Expiry::EndOfYear => w.say("expiry", msg!("loyalty-expiry-year"), &[], &[])?,
        Expiry::Inactivity { days: n } => {
            w.say(
                "expiry",
                msg!("loyalty-expiry-inactivity"),
                &[("days", days(n))],
                &[("inactivity_days", n.to_string())],
            )?;
        }
    }
    let r = &p.redemption;
    if !r.points_per_currency_unit.is_zero() {
        let per = r.points_per_currency_unit.normalize();
        w.say(
            "redeem",
            msg!("loyalty-redeem"),
            &[("points", Arg::Text(loc.number(per))), ("value", Arg::Text(money(Decimal::ONE)?))],
            &[("points_per_currency_unit", per.to_string())],
        )?;
    }
    if r.min_points > 0 {
        w.say(
            "redeem",
            msg!("loyalty-redeem-min"),
            &[("points", Arg::Text(loc.number(r.min_points.into())))],
            &[("min_points", r.min_points.to_string())],
        )?;
    }
    if let Some(max) = r.max_points_per_order {
        w.say(
            "redeem",
            msg!("loyalty-redeem-max"),
            &[("points", Arg::Text(loc.number(max.into())))],
            &[("max_points_per_order", max.to_string())],
        )?;
    }
    for reward in &r.rewards {
        w.say(
            "reward",
            msg!("loyalty-reward"),
            &[("points", Arg::Text(loc.number(reward.points.into()))), ("value", Arg::Text(loc.money(&reward.value)))],
            &[
                ("reward", reward.id.clone()),
                ("points", reward.points.to_string()),
                ("value", reward.value.amount().to_string()),
            ],
        )?;
    }
    let t = &p.tiers;
    if !t.levels.is_empty() {
        let (window, id) = match t.window {
            TierWindow::Lifetime => ("lifetime", msg!("loyalty-tier-window-lifetime")),
            TierWindow::CalendarYear => ("calendar_year", msg!("loyalty-tier-window-calendar_year")),
            TierWindow::Rolling12Months => ("rolling_12_months", msg!("loyalty-tier-window-rolling_12_months")),
            TierWindow::Anchored => ("anchored", msg!("loyalty-tier-window-anchored")),
        };
        w.say("tiers", id, &[], &[("window", window.to_string())])?;
        for level in &t.levels {
            let threshold = match t.metric {
                TierMetric::NetSpend => loc.message(
                    msg!("loyalty-tier-metric-net_spend"),
                    &[("amount", Arg::Text(money(level.threshold)?))],
                )?,
                TierMetric::PointsEarned => loc.message(
                    msg!("loyalty-tier-metric-points_earned"),
                    &[("points", Arg::Text(loc.number(level.threshold.normalize())))],
                )?,
                TierMetric::Orders => loc.message(
                    msg!("loyalty-tier-metric-orders"),
                    &[("orders", Arg::Text(loc.number(level.threshold.normalize())))],
                )?,
            };
            let mut benefits = Vec::new();
            if level.free_shipping {
                benefits.push(w.word(msg!("loyalty-benefit-free_shipping"))?);
            }
            if level.free_returns {
                benefits.push(w.word(msg!("loyalty-benefit-free_returns"))?);
            }
            if level.extra_return_days > 0 {
                benefits
                    .push(loc.message(msg!("loyalty-benefit-extra_days"), &[("days", days(level.extra_return_days))])?);
            }
            let multiplier = level.multiplier.normalize();
            w.say(
                "tier",
                msg!("loyalty-tier"),
                &[
                    ("tier", Arg::Text(level.name.clone())),
                    ("threshold", Arg::Text(threshold)),
                    (
                        "multiplier",
                        Arg::Text(if multiplier == Decimal::ONE { "1".into() } else { loc.number(multiplier) }),
                    ),
                    ("benefits", Arg::Text(if benefits.is_empty() { "none".into() } else { loc.and_list(&benefits) })),
                ],
                &[
                    ("tier", level.name.clone()),
                    ("threshold", level.threshold.normalize().to_string()),
                    ("multiplier", multiplier.to_string()),
                ],
            )?;
        }
    }
    Ok(Summary { locale: loc.locale().to_string(), title: loc.message(msg!("loyalty-title"), &[])?, statements: w.out })
}
