//! The return policy as data: window, overrides, non-returnable items, review limits, fees and
//! refund options. Load it with [`ReturnPolicy::from_json`] or [`ReturnPolicy::from_toml`].

use chrono::NaiveDate;
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::config::{Problems, Validate};
use std::collections::HashMap;

use crate::error::{Problem, Result};
use crate::line::LineFlags;

/// Why a customer returns an item.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReturnReason {
    /// No longer wanted.
    ChangedMind,
    /// Wrong size or fit.
    DoesNotFit,
    /// Faulty.
    Defective,
    /// Not what was ordered.
    WrongItem,
    /// Not as described on the site.
    NotAsDescribed,
    /// Damaged on the way.
    DamagedInTransit,
    /// Arrived too late to be useful.
    ArrivedLate,
    /// Anything else.
    Other,
}

/// Where the return window starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum WindowStart {
    /// When the order was placed.
    OrderPlaced,
    /// When the item's shipment was delivered.
    #[default]
    ItemDelivered,
    /// When the order's last shipment was delivered.
    LastItemDelivered,
}

/// What must have happened to an item before it can be returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShippingRequirement {
    /// Nothing (returns of unshipped items are cancellations, but the policy may allow requests).
    None,
    /// The item has shipped.
    Shipped,
    /// The item has been delivered.
    #[default]
    Delivered,
}

/// A kind of item that cannot be returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NonReturnable {
    /// Final-sale items.
    FinalSale,
    /// Digital goods.
    Digital,
    /// Perishables.
    Perishable,
    /// Personalised items.
    Personalised,
    /// Hygiene items.
    Hygiene,
}

impl NonReturnable {
    /// Whether a line's flags put it in this class.
    pub fn applies_to(self, flags: &LineFlags) -> bool {
        match self {
            NonReturnable::FinalSale => flags.final_sale,
            NonReturnable::Digital => flags.digital,
            NonReturnable::Perishable => flags.perishable,
            NonReturnable::Personalised => flags.personalised,
            NonReturnable::Hygiene => flags.hygiene,
        }
    }

    /// The reason code when this class denies a return.
    pub fn code(self) -> &'static str {
        match self {
            NonReturnable::FinalSale => "return.final_sale",
            NonReturnable::Digital => "return.digital",
            NonReturnable::Perishable => "return.perishable",
            NonReturnable::Personalised => "return.personalised",
            NonReturnable::Hygiene => "return.hygiene",
        }
    }
}

/// The return window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WindowRule {
    /// Days allowed; `None` means unlimited.
    #[serde(default)]
    pub days: Option<u32>,
    /// Where the window starts.
    #[serde(default)]
    pub starts: WindowStart,
    /// Whether the window closes at the end of the local day in the shop's time zone.
    #[serde(default)]
    pub end_of_local_day: bool,
}

impl Default for WindowRule {
    fn default() -> Self {
        WindowRule { days: Some(30), starts: WindowStart::ItemDelivered, end_of_local_day: true }
    }
}

/// A window override for a SKU, category or tag (exactly one of them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WindowOverride {
    /// Applies to this SKU.
    #[serde(default)]
    pub sku: Option<String>,
    /// Applies to this category.
    #[serde(default)]
    pub category: Option<String>,
    /// Applies to items with this tag.
    #[serde(default)]
    pub tag: Option<String>,
    /// Days allowed instead of the default.
    pub days: u32,
}

/// Orders placed between two dates may be returned until a fixed date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HolidayExtension {
    /// First local date of placement that qualifies.
    pub placed_from: NaiveDate,
    /// Last local date of placement that qualifies.
    pub placed_to: NaiveDate,
    /// Returnable until the end of this local date.
    pub returnable_until: NaiveDate,
}

/// Limits that send a request to manual review instead of denying it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReviewLimits {
    /// Review when the customer has made more than this many returns…
    #[serde(default)]
    pub max_returns: Option<u32>,
    /// …within this many days.
    #[serde(default)]
    pub within_days: Option<u32>,
    /// Review when the value of the request is above this amount (order currency).
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::option::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::money::DecimalString>"))]
    pub value_above: Option<Decimal>,
}

/// A fee as a percentage of the merchandise refunded or a fixed amount per return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Fee {
    /// Percent of the merchandise value refunded (e.g. 15 for 15 %).
    Percent(#[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))] Decimal),
    /// A fixed amount in the order's currency.
    Fixed(#[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))] Decimal),
}

/// Restocking fee rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RestockingFee {
    /// The fee unless a reason has its own.
    #[serde(default)]
    pub default: Option<Fee>,
    /// Fees per reason.
    #[serde(default)]
    pub per_reason: std::collections::BTreeMap<ReturnReason, Fee>,
    /// Reasons for which no fee is charged.
    #[serde(default)]
    pub waived_for: Vec<ReturnReason>,
}

/// Return shipping fee rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnShippingFee {
    /// The fee (order currency); zero or absent means free.
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::option::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::money::DecimalString>"))]
    pub amount: Option<Decimal>,
    /// Reasons for which it is waived.
    #[serde(default)]
    pub waived_for: Vec<ReturnReason>,
}

/// When the original shipping charge is refunded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ShippingRefund {
    /// When the whole order comes back.
    #[serde(default = "yes")]
    pub when_whole_order_returned: bool,
    /// Whenever the reason is one of these.
    #[serde(default)]
    pub for_reasons: Vec<ReturnReason>,
}

fn yes() -> bool {
    true
}

impl Default for ShippingRefund {
    fn default() -> Self {
        ShippingRefund {
            when_whole_order_returned: true,
            for_reasons: vec![ReturnReason::Defective, ReturnReason::WrongItem],
        }
    }
}

/// How a refund is paid out.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundMethod {
    /// Back to the payments the customer used.
    OriginalPayment,
    /// Store credit (possibly with a bonus).
    StoreCredit,
    /// An exchange for another item.
    Exchange,
}

/// Refund options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefundOptions {
    /// Methods a customer may choose.
    #[serde(default = "all_methods")]
    pub allowed: Vec<RefundMethod>,
    /// Bonus on store credit, in percent.
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub store_credit_bonus_percent: Decimal,
    /// After this many days on a returned item's clock (see `store_credit_clock`), refunds to
    /// the original payment fall back to store credit.
    #[serde(default)]
    pub store_credit_only_after_days: Option<u32>,
    /// Where that clock starts, per item: so a split shipment's later parcel has its own clock.
    #[serde(default)]
    pub store_credit_clock: RefundClockStart,
}

/// How an exchange is priced: whether it charges the return-shipping fee, and what shipping the
/// replacement costs. The restocking fee applies as for any return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExchangePricing {
    /// Charge the return-shipping fee on every exchange (default: waived).
    #[serde(default)]
    pub charge_return_shipping: bool,
    /// Charge it on exchanges for these reasons only.
    #[serde(default)]
    pub charge_return_shipping_for: Vec<ReturnReason>,
    /// What shipping the replacement costs.
    #[serde(default)]
    pub replacement_shipping: ReplacementShipping,
}

/// What shipping an exchange's replacement costs the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ReplacementShipping {
    /// Nothing (the default).
    #[default]
    Free,
    /// A flat amount in the order's currency.
    Flat {
        /// The amount.
        #[serde(deserialize_with = "crate::money::exact::deserialize")]
        #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
        amount: Decimal,
    },
    /// The amount the host passes with the request (`exchange.shipping`).
    Host,
}

/// Where the store-credit fallback clock starts for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundClockStart {
    /// When the order was placed.
    OrderPlaced,
    /// When the item's (latest) shipment was created.
    ItemShipped,
    /// When the item's (latest) shipment was delivered; an item not delivered yet has no clock.
    #[default]
    ItemDelivered,
}

fn all_methods() -> Vec<RefundMethod> {
    vec![RefundMethod::OriginalPayment, RefundMethod::StoreCredit, RefundMethod::Exchange]
}

impl Default for RefundOptions {
    fn default() -> Self {
        RefundOptions {
            allowed: all_methods(),
            store_credit_bonus_percent: Decimal::ZERO,
            store_credit_only_after_days: None,
            store_credit_clock: RefundClockStart::default(),
        }
    }
}

/// A shop's return policy. Every field has a sensible default.
///
/// ```
/// use postpurchase::returns::ReturnPolicy;
/// let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}, "time_zone": "Europe/Berlin"}"#)?;
/// assert_eq!(policy.window.days, Some(30));
/// let err = ReturnPolicy::from_json(r#"{"windw": {}, "time_zone": "Mars/Olympus"}"#).unwrap_err();
/// assert_eq!(err.problems().len(), 2); // every problem at once
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "ReturnPolicyConfig"))]
pub struct ReturnPolicy {
    /// The shop's IANA time zone, for local-day windows and holiday dates.
    #[serde(default = "utc")]
    pub time_zone: String,
    /// The default window.
    #[serde(default)]
    pub window: WindowRule,
    /// Per SKU / category / tag windows; the first match wins, SKU before tag before category.
    #[serde(default)]
    pub overrides: Vec<WindowOverride>,
    /// Classes of items that cannot be returned.
    #[serde(default = "default_non_returnable")]
    pub non_returnable: Vec<NonReturnable>,
    /// What must have happened before a return.
    #[serde(default)]
    pub require: ShippingRequirement,
    /// A holiday extension.
    #[serde(default)]
    pub holiday_extension: Option<HolidayExtension>,
    /// Limits that send requests to review.
    #[serde(default)]
    pub review: ReviewLimits,
    /// Restocking fees.
    #[serde(default)]
    pub restocking_fee: RestockingFee,
    /// Return shipping fee.
    #[serde(default)]
    pub return_shipping_fee: ReturnShippingFee,
    /// When original shipping is refunded.
    #[serde(default)]
    pub shipping_refund: ShippingRefund,
    /// Refund options.
    #[serde(default)]
    pub refunds: RefundOptions,
    /// Approve requests automatically when every line is allowed.
    #[serde(default = "yes")]
    pub auto_approve: bool,
    /// How exchanges are priced.
    #[serde(default)]
    pub exchanges: ExchangePricing,
    /// Where each SKU, tag and category first appears in `overrides`, built on load.
    #[serde(skip)]
    index: OverrideIndex,
    /// `time_zone` resolved on load (with the name it was resolved from), so deciding does not
    /// look the zone up again; derived data, so it takes no part in equality.
    #[serde(skip)]
    zone: LoadedZone,
}

/// A time zone resolved when a policy is loaded, with the name it came from (a policy whose
/// `time_zone` changed after loading is resolved again).
#[derive(Debug, Clone, Default)]
struct LoadedZone(Option<(String, Tz)>);

impl PartialEq for LoadedZone {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LoadedZone {}

/// Positions of the first override per SKU, tag and category, so a lookup costs the same with
/// three overrides or three hundred thousand. Built when a policy is loaded; derived data, so it
/// takes no part in equality. A policy whose `overrides` changed length after loading is looked
/// up by scanning.
#[derive(Debug, Clone, Default)]
struct OverrideIndex {
    len: usize,
    sku: HashMap<String, usize>,
    tag: HashMap<String, usize>,
    category: HashMap<String, usize>,
}

impl PartialEq for OverrideIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for OverrideIndex {}

impl OverrideIndex {
    fn build(overrides: &[WindowOverride]) -> OverrideIndex {
        let mut index = OverrideIndex { len: overrides.len(), ..OverrideIndex::default() };
        for (i, o) in overrides.iter().enumerate() {
            for (key, map) in [(&o.sku, &mut index.sku), (&o.tag, &mut index.tag), (&o.category, &mut index.category)] {
                if let Some(k) = key {
                    map.entry(k.clone()).or_insert(i);
                }
            }
        }
        index
    }
}

impl ReturnPolicy {
    /// The override window for an item: the first override for its SKU, else the first for any of
    /// its tags, else the first for its category.
    pub fn override_days(&self, sku: &str, tags: &[String], category: Option<&str>) -> Option<u32> {
        let o = &self.overrides;
        if self.index.len != o.len() {
            return o
                .iter()
                .find(|x| x.sku.as_deref() == Some(sku))
                .or_else(|| o.iter().find(|x| x.tag.as_ref().is_some_and(|t| tags.contains(t))))
                .or_else(|| o.iter().find(|x| x.category.is_some() && x.category.as_deref() == category))
                .map(|x| x.days);
        }
        let at = |i: Option<&usize>| i.and_then(|i| o.get(*i));
        at(self.index.sku.get(sku))
            .or_else(|| tags.iter().filter_map(|t| self.index.tag.get(t)).min().and_then(|i| o.get(*i)))
            .or_else(|| at(category.and_then(|c| self.index.category.get(c))))
            .map(|x| x.days)
    }
}

fn utc() -> String {
    "UTC".to_string()
}

fn default_non_returnable() -> Vec<NonReturnable> {
    vec![
        NonReturnable::FinalSale,
        NonReturnable::Digital,
        NonReturnable::Perishable,
        NonReturnable::Personalised,
        NonReturnable::Hygiene,
    ]
}

impl Default for ReturnPolicy {
    fn default() -> Self {
        ReturnPolicy {
            time_zone: utc(),
            window: WindowRule::default(),
            overrides: Vec::new(),
            non_returnable: default_non_returnable(),
            require: ShippingRequirement::Delivered,
            holiday_extension: None,
            review: ReviewLimits::default(),
            restocking_fee: RestockingFee::default(),
            return_shipping_fee: ReturnShippingFee::default(),
            shipping_refund: ShippingRefund::default(),
            refunds: RefundOptions::default(),
            auto_approve: true,
            exchanges: ExchangePricing::default(),
            index: OverrideIndex::default(),
            zone: LoadedZone::default(),
        }
    }
}

impl ReturnPolicy {
    /// Loads a policy from JSON.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_json(text: &str) -> Result<ReturnPolicy> {
        crate::config::from_json(text)
    }

    /// Loads a policy from TOML.
    ///
    /// # Errors
    /// [`crate::error::ErrorKind::InvalidConfig`] with every problem.
    pub fn from_toml(text: &str) -> Result<ReturnPolicy> {
        crate::config::from_toml(text)
    }

    /// The policy's time zone (UTC if it does not parse; validation reports that).
    pub fn tz(&self) -> Tz {
        match &self.zone.0 {
            Some((name, tz)) if *name == self.time_zone => *tz,
            _ => self.time_zone.parse().unwrap_or(Tz::UTC),
        }
    }
}

fn check_fee(p: &mut Problems, fee: &Fee, path: String) {
    match fee {
        Fee::Percent(v) => p.check(*v >= Decimal::ZERO && *v <= Decimal::ONE_HUNDRED, path, "percent must be 0 to 100"),
        Fee::Fixed(v) => p.check(*v >= Decimal::ZERO, path, "amount must not be negative"),
    }
}

/// The longest return window a policy may set, in days (ten years).
pub const MAX_WINDOW_DAYS: u32 = 3650;

impl Validate for ReturnPolicy {
    fn prepare(&mut self) {
        self.index = OverrideIndex::build(&self.overrides);
        self.zone = LoadedZone(self.time_zone.parse().ok().map(|tz| (self.time_zone.clone(), tz)));
    }

    fn problems(&self) -> Vec<Problem> {
        let mut p = Problems::default();
        p.check(self.time_zone.parse::<Tz>().is_ok(), "time_zone", "not an IANA time zone");
        p.check(
            self.window.days.is_none_or(|d| (1..=MAX_WINDOW_DAYS).contains(&d)),
            "window.days",
            "must be 1 to 3650 (omit for unlimited)",
        );
        for (i, o) in self.overrides.iter().enumerate() {
            let n = [&o.sku, &o.category, &o.tag].iter().filter(|x| x.is_some()).count();
            p.check(n == 1, format!("overrides[{i}]"), "needs exactly one of sku, category, tag");
            p.check((1..=MAX_WINDOW_DAYS).contains(&o.days), format!("overrides[{i}].days"), "must be 1 to 3650");
        }
        if let Some(h) = &self.holiday_extension {
            p.check(h.placed_from <= h.placed_to, "holiday_extension.placed_to", "must not be before placed_from");
            p.check(
                h.returnable_until >= h.placed_to,
                "holiday_extension.returnable_until",
                "must not be before placed_to",
            );
            for (d, path) in [
                (h.placed_from, "holiday_extension.placed_from"),
                (h.placed_to, "holiday_extension.placed_to"),
                (h.returnable_until, "holiday_extension.returnable_until"),
            ] {
                p.check(crate::instant::check_date(d, "date").is_ok(), path, "must lie in the years 1000 to 8999");
            }
        }
        if self.review.max_returns.is_some() != self.review.within_days.is_some() {
            p.check(false, "review", "max_returns and within_days go together");
        }
        if let Some(v) = self.review.value_above {
            p.check(v >= Decimal::ZERO, "review.value_above", "must not be negative");
        }
        if let Some(f) = &self.restocking_fee.default {
            check_fee(&mut p, f, "restocking_fee.default".into());
        }
        for (reason, f) in &self.restocking_fee.per_reason {
            check_fee(
                &mut p,
                f,
                format!(
                    "restocking_fee.per_reason.{}",
                    serde_json::to_string(reason).unwrap_or_default().trim_matches('"')
                ),
            );
        }
        if let Some(a) = self.return_shipping_fee.amount {
            p.check(a >= Decimal::ZERO, "return_shipping_fee.amount", "must not be negative");
        }
        if let ReplacementShipping::Flat { amount } = self.exchanges.replacement_shipping {
            p.check(amount >= Decimal::ZERO, "exchanges.replacement_shipping.amount", "must not be negative");
        }
        p.check(!self.refunds.allowed.is_empty(), "refunds.allowed", "at least one refund method");
        p.check(
            self.refunds.store_credit_bonus_percent >= Decimal::ZERO,
            "refunds.store_credit_bonus_percent",
            "must not be negative",
        );
        p.0
    }
}
