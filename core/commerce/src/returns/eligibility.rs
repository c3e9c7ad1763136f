//! Eligibility decisions as data: for each requested line, allowed, denied or sent to review,
//! with the verdict of every rule, a stable reason code and the facts that decided it. The engine
//! that decides them reads the order: [`crate::order::returning::evaluate`].

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::policy::{RefundMethod, ReturnReason};
use crate::ids::{CustomerId, LineId, ReturnId, Sku};
use crate::money::Money;
use crate::tracking::DelayThresholds;

/// Every reason code a return decision can carry: a line's deciding `code`, each
/// [`RuleVerdict::code`], and [`EligibilityReport::method_note`]. Stable across versions, like
/// error codes; the bindings export them as a closed set.
pub const DECISION_CODES: &[&str] = &[
    "return.allowed",
    "return.window_open",
    "return.window_unlimited",
    "return.window_closed",
    "return.window_not_started",
    "return.quantity_ok",
    "return.quantity_exceeds_returnable",
    "return.already_returned",
    "return.already_claimed",
    "return.parcel_lost",
    "return.returnable_item",
    "return.final_sale",
    "return.digital",
    "return.perishable",
    "return.personalised",
    "return.hygiene",
    "return.shipping_requirement_met",
    "return.not_shipped",
    "return.not_delivered",
    "return.frequency_ok",
    "return.review_frequent_returner",
    "return.value_ok",
    "return.review_high_value",
    "return.refund_method_fallback",
];

/// The schema of a decision code: one of [`DECISION_CODES`] (typed as a closed union in every
/// binding's generated types).
#[cfg(feature = "schema")]
pub struct DecisionCode;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DecisionCode {
    fn schema_name() -> Cow<'static, str> {
        "DecisionCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A reason code of a return decision (returns::DECISION_CODES).",
            "type": "string",
            "enum": DECISION_CODES,
        })
    }
}

/// An item the customer wants in exchange.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExchangeRequest {
    /// The replacement's SKU (another variant or another product).
    pub sku: Sku,
    /// Its price, in the order's currency.
    pub price: Money,
    /// Ship the replacement before the return arrives.
    #[serde(default)]
    pub advance: bool,
    /// The replacement's outbound shipping, when the policy lets the host price it
    /// (`exchanges.replacement_shipping: host`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<Money>,
}

/// One line of a return request.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestedLine {
    /// The order line.
    pub line: LineId,
    /// Units to return.
    pub quantity: u32,
    /// Why.
    pub reason: ReturnReason,
}

/// A customer's request to return items of an order.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnRequest {
    /// Id of the return.
    pub id: ReturnId,
    /// Who asks; must be the order's customer.
    pub customer: CustomerId,
    /// What.
    pub lines: Vec<RequestedLine>,
    /// How the customer wants the money back.
    pub method: RefundMethod,
    /// The replacement, when `method` is exchange.
    #[serde(default)]
    pub exchange: Option<ExchangeRequest>,
}

/// Loyalty-tier benefits the host passes in.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct TierBenefits {
    /// Tier name, for the record.
    #[serde(default)]
    pub tier: String,
    /// Extra days on the return window.
    #[serde(default)]
    pub extra_return_days: u32,
    /// No return shipping fee.
    #[serde(default)]
    pub free_return_shipping: bool,
}

/// Facts about the customer the host knows and the order does not.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct EligibilityContext {
    /// When the customer's earlier returns (on any order) were requested.
    #[serde(default)]
    pub recent_returns: Vec<DateTime<Utc>>,
    /// The customer's tier benefits.
    #[serde(default)]
    pub tier: Option<TierBenefits>,
    /// When a silent parcel counts as lost (its units are then claimable, never returnable);
    /// absent: [`DelayThresholds::default`]. A carrier-declared loss counts whatever these say.
    #[serde(default)]
    pub delay_thresholds: Option<DelayThresholds>,
}

/// What a rule (or a whole decision) concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// May be returned.
    Allowed,
    /// Needs a person to look at it.
    NeedsReview,
    /// May not be returned.
    Denied,
}

/// One rule's verdict on one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RuleVerdict {
    /// The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`).
    pub rule: Cow<'static, str>,
    /// What it concluded.
    pub outcome: Outcome,
    /// Stable reason code, e.g. `return.window_closed` or `return.window_open`.
    #[cfg_attr(feature = "schema", schemars(with = "DecisionCode"))]
    pub code: Cow<'static, str>,
    /// The facts that decided it (window end, days left, returnable units…).
    pub facts: Facts,
}

/// The facts behind a verdict: a few named values, sorted by name; a JSON object on the wire.
/// A value of up to 24 bytes (a count, an amount, a day) is kept inline, without an allocation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts(pub(crate) Vec<(Cow<'static, str>, CompactString)>);

impl Facts {
    /// The value of a fact.
    pub fn get(&self, name: &str) -> Option<&str> {
        let i = self.0.binary_search_by(|(k, _)| k.as_ref().cmp(name)).ok()?;
        self.0.get(i).map(|(_, v)| v.as_str())
    }

    /// Every fact, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v.as_str()))
    }

    /// How many facts there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Facts {
    type Item = (String, String);
    type IntoIter = std::iter::Map<
        std::vec::IntoIter<(Cow<'static, str>, CompactString)>,
        fn((Cow<'static, str>, CompactString)) -> (String, String),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter().map(|(k, v)| (k.into_owned(), v.into_string()))
    }
}

impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k.as_ref(), v)))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Facts {
    fn schema_name() -> Cow<'static, str> {
        "Facts".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // written and read as a map of names to values
        <BTreeMap<String, String> as schemars::JsonSchema>::json_schema(generator)
    }
}

impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Facts, D::Error> {
        let map = BTreeMap::<String, String>::deserialize(d)?;
        Ok(Facts(map.into_iter().map(|(k, v)| (Cow::Owned(k), CompactString::from(v))).collect()))
    }
}

/// The decision on one requested line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineDecision {
    /// The line.
    pub line: LineId,
    /// Units requested.
    pub quantity: u32,
    /// Why.
    pub reason: ReturnReason,
    /// Allowed, denied or review.
    pub outcome: Outcome,
    /// The deciding code: the first denial, else the first review, else `return.allowed`.
    #[cfg_attr(feature = "schema", schemars(with = "DecisionCode"))]
    pub code: Cow<'static, str>,
    /// Every rule's verdict.
    pub verdicts: Vec<RuleVerdict>,
    /// When the window closes, if it is limited and has started.
    pub window_end: Option<DateTime<Utc>>,
    /// Whole days left in the window at decision time.
    pub days_left: Option<i64>,
}

/// The decision on a whole request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EligibilityReport {
    /// The return.
    pub return_id: ReturnId,
    /// Denied if every line is denied; review if any line needs review; allowed otherwise.
    pub outcome: Outcome,
    /// Per line.
    pub lines: Vec<LineDecision>,
    /// The refund method after policy (may fall back to store credit).
    pub method: RefundMethod,
    /// Set when the method fell back to store credit, with its reason code.
    #[cfg_attr(feature = "schema", schemars(with = "Option<DecisionCode>"))]
    pub method_note: Option<String>,
}
