//! The documents Kotlin and Swift hold as typed values (orders, commands, events, ledger
//! entries), generated from the core's types by core/gen: do not edit.
//! serde gives each the core's JSON shape; `crate::wire` converts them to and from the core.
#![allow(missing_docs, clippy::large_enum_variant)]

use std::collections::HashMap;
use std::time::SystemTime;

use crate::Amount;

#[doc = "Something the customer can do."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ActionKind {
    #[doc = "Return a line for a refund."]
    #[serde(rename = "return")]
    Return,
    #[doc = "Exchange a line for another item."]
    #[serde(rename = "exchange")]
    Exchange,
    #[doc = "Report a late or stalled parcel."]
    #[serde(rename = "report_problem")]
    ReportProblem,
    #[doc = "Claim a parcel the delay rules presume lost."]
    #[serde(rename = "claim_lost")]
    ClaimLost,
}

#[doc = "What an approval decided for one line of a case: the units approved, the units now reserved on the order line, and by how much the order line's reservation changed."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ApprovedLine {
    #[doc = "Position of the line in the case."]
    pub position: i64,
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Units approved."]
    pub approved: i64,
    #[doc = "Units reserved after the approval (always the approved units)."]
    pub reserved: i64,
    #[doc = "Change of the order line's `return_requested` (more when an override approves denied units, less when reserved units were not approved)."]
    pub reservation_change: i64,
}

#[doc = "An event award."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum Award {
    #[doc = "Signing up (once)."]
    #[serde(rename = "signup")]
    Signup,
    #[doc = "Birthday (once per local calendar year)."]
    #[serde(rename = "birthday")]
    Birthday,
    #[doc = "A product review."]
    #[serde(rename = "review")]
    Review,
    #[doc = "A referral: this member referred `referred`, whose first paid order just happened."]
    #[serde(rename = "referrer")]
    Referrer {
        #[doc = "The referred customer."]
        referred: String,
    },
    #[doc = "This member was referred and made a first paid order."]
    #[serde(rename = "referred")]
    Referred,
}

#[doc = "Fitted parameters of a (modified) BG/NBD model."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct BetaGeo {
    #[doc = "Shape of the gamma distribution of purchase rates."]
    pub r: f64,
    #[doc = "Scale of the gamma distribution of purchase rates."]
    pub alpha: f64,
    #[doc = "Beta distribution of the drop-out probability, first shape."]
    pub a: f64,
    #[doc = "Beta distribution of the drop-out probability, second shape."]
    pub b: f64,
    #[doc = "Which variant (BG/NBD when left out)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub variant: Option<Variant>,
}

#[doc = "Units of one line cancelled, with the amount taken out of the line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CancelledUnits {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units cancelled."]
    pub quantity: i64,
    #[doc = "Amount released."]
    pub amount: Money,
    #[doc = "The tax part of `amount`."]
    pub tax: Money,
}

#[doc = "One scan reported by a carrier."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CarrierEvent {
    #[doc = "When it happened, by the carrier's clock (not when we received it)."]
    #[serde(with = "crate::wire::time")]
    pub occurred_at: SystemTime,
    #[doc = "The normalised status."]
    pub status: TrackingStatus,
    #[doc = "Whether the carrier flagged a delay."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub delayed: Option<bool>,
    #[doc = "The carrier's delivery estimate given with this scan, if any (a delayed parcel's new date). Absent from events written before it existed, and left out when unset."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_time")]
    pub estimated_delivery: Option<SystemTime>,
    #[doc = "Where it happened, if the carrier says."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub location: Option<String>,
    #[doc = "The raw code, kept for audit."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub raw_code: Option<String>,
}

#[doc = "Where a raw carrier status code comes from: `aftership`, `easypost`, `shippo` or `shopify` (the names `CarrierSource::parse` takes; `after_ship` and `easy_post` are read too)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum CarrierSource {
    #[doc = "AfterShip tags (`InTransit`) and subtags (`Exception_011`)."]
    #[serde(rename = "aftership")]
    Aftership,
    #[doc = "EasyPost tracker statuses (`out_for_delivery`)."]
    #[serde(rename = "easypost")]
    Easypost,
    #[doc = "Shippo tracking statuses (`TRANSIT`) and substatus codes (`package_lost`)."]
    #[serde(rename = "shippo")]
    Shippo,
    #[doc = "Shopify fulfilment event statuses (`ready_for_pickup`)."]
    #[serde(rename = "shopify")]
    Shopify,
}

#[doc = "A CES result."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct CesResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Mean answer (1–7)."]
    pub mean: f64,
    #[doc = "Share answering 5, 6 or 7, 0–1 (0.6 is 60 %)."]
    pub easy_share: f64,
}

#[doc = "A delivery channel."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Channel {
    #[doc = "E-mail."]
    #[serde(rename = "email")]
    Email,
    #[doc = "Text message (needs its own opt-in)."]
    #[serde(rename = "sms")]
    Sms,
    #[doc = "Push notification."]
    #[serde(rename = "push")]
    Push,
}

#[doc = "What to do about goods lost or damaged in transit."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ClaimResolution {
    #[doc = "Refund the units."]
    #[serde(rename = "refund")]
    Refund,
    #[doc = "Send a replacement (the host creates the replacement order)."]
    #[serde(rename = "replacement")]
    Replacement,
}

#[doc = "A CSAT with its Wilson interval."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct CsatResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Satisfied answers."]
    pub satisfied: i64,
    #[doc = "Satisfied share, 0–1 (0.85 is 85 %); the interval is in shares too."]
    pub score: f64,
    #[doc = "Mean answer."]
    pub mean: f64,
    #[doc = "Wilson interval of the share."]
    pub interval: Interval,
}

#[doc = "An action with whether it is open now, its deadline and the engine's reason."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerAction {
    #[doc = "What."]
    pub action: ActionKind,
    #[doc = "On what: a line id (returns, exchanges) or a shipment id."]
    pub subject: String,
    #[doc = "Open now (an action sent to review is open: the shop checks it first)."]
    pub available: bool,
    #[doc = "Needs a person to approve it."]
    pub needs_review: bool,
    #[doc = "Units it covers (returns and exchanges)."]
    pub units: i64,
    #[doc = "Until when."]
    #[serde(with = "crate::wire::optional_time")]
    pub deadline: Option<SystemTime>,
    #[doc = "Whole days left."]
    pub days_left: Option<i64>,
    #[doc = "The engine's deciding code (`return.window_open`, `return.final_sale`, `delay.late`…)."]
    pub code: String,
    #[doc = "What a return would refund now, if everything comes back resellable."]
    pub refund: Option<Money>,
    #[doc = "The fees that refund already takes off (restocking plus return shipping)."]
    pub fees: Option<Money>,
    #[doc = "The refund method after policy (`store_credit` after a fallback)."]
    pub method: Option<RefundMethod>,
    #[doc = "The sentence."]
    pub statement: Statement,
}

#[doc = "An answer: the question, the text, and the statements it is made of."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerAnswer {
    #[doc = "The question's name."]
    pub question: String,
    #[doc = "The answer as one short paragraph."]
    pub text: String,
    #[doc = "Its sentences, each with its facts."]
    pub statements: Vec<Statement>,
}

#[doc = "A message ready to send: its payload and the rendered text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerMessage {
    #[doc = "The locale of the text."]
    pub locale: String,
    #[doc = "The variables."]
    pub payload: MessagePayload,
    #[doc = "The subject line (email) or title (push): plain text, escape it for HTML."]
    pub subject: String,
    #[doc = "The short body: plain text with values from outside as given (a title may hold `<`, `&` or quotes); escape it before putting it in an HTML email or page."]
    pub body: String,
}

#[doc = "One customer's purchases, by the customer's id."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerPurchases {
    #[doc = "The customer's id."]
    pub id: String,
    #[doc = "Purchase times."]
    #[serde(with = "crate::wire::times")]
    pub purchases: Vec<SystemTime>,
}

#[doc = "One customer's stage at each date (`None`: not a customer yet)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerStages {
    #[doc = "The customer's id."]
    pub id: String,
    #[doc = "The stage at each date."]
    pub stages: Vec<Option<Stage>>,
}

#[doc = "A reason code of a return decision (returns::DECISION_CODES)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum DecisionCode {
    #[serde(rename = "return.allowed")]
    ReturnAllowed,
    #[serde(rename = "return.window_open")]
    ReturnWindowOpen,
    #[serde(rename = "return.window_unlimited")]
    ReturnWindowUnlimited,
    #[serde(rename = "return.window_closed")]
    ReturnWindowClosed,
    #[serde(rename = "return.window_not_started")]
    ReturnWindowNotStarted,
    #[serde(rename = "return.quantity_ok")]
    ReturnQuantityOk,
    #[serde(rename = "return.quantity_exceeds_returnable")]
    ReturnQuantityExceedsReturnable,
    #[serde(rename = "return.already_returned")]
    ReturnAlreadyReturned,
    #[serde(rename = "return.already_claimed")]
    ReturnAlreadyClaimed,
    #[serde(rename = "return.parcel_lost")]
    ReturnParcelLost,
    #[serde(rename = "return.returnable_item")]
    ReturnReturnableItem,
    #[serde(rename = "return.final_sale")]
    ReturnFinalSale,
    #[serde(rename = "return.digital")]
    ReturnDigital,
    #[serde(rename = "return.perishable")]
    ReturnPerishable,
    #[serde(rename = "return.personalised")]
    ReturnPersonalised,
    #[serde(rename = "return.hygiene")]
    ReturnHygiene,
    #[serde(rename = "return.shipping_requirement_met")]
    ReturnShippingRequirementMet,
    #[serde(rename = "return.not_shipped")]
    ReturnNotShipped,
    #[serde(rename = "return.not_delivered")]
    ReturnNotDelivered,
    #[serde(rename = "return.frequency_ok")]
    ReturnFrequencyOk,
    #[serde(rename = "return.review_frequent_returner")]
    ReturnReviewFrequentReturner,
    #[serde(rename = "return.value_ok")]
    ReturnValueOk,
    #[serde(rename = "return.review_high_value")]
    ReturnReviewHighValue,
    #[serde(rename = "return.refund_method_fallback")]
    ReturnRefundMethodFallback,
}

#[doc = "What delay detection concluded about one shipment at `now`."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct DelayAssessment {
    #[doc = "The merchant status at `now`."]
    pub status: TrackingStatus,
    #[doc = "Past the promised (or estimated) delivery and not delivered."]
    pub late: bool,
    #[doc = "No scan for `stalled_after_days`."]
    pub stalled: bool,
    #[doc = "No update for the lost threshold, or no scan since `promise + lost_after_promise_hours`."]
    pub presumed_lost: bool,
    #[doc = "The carrier flagged a delay on the latest scan."]
    pub carrier_delayed: bool,
    #[doc = "When the latest scan happened, if any."]
    #[serde(with = "crate::wire::optional_time")]
    pub last_scan_at: Option<SystemTime>,
}

#[doc = "Thresholds for delay detection. All durations are configurable; the defaults follow common carrier practice."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct DelayThresholds {
    #[doc = "No update for this many days on a domestic shipment: presumed lost (default 7)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_days_domestic: Option<i64>,
    #[doc = "No update for this many days on an international shipment: presumed lost (default 20)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_days_international: Option<i64>,
    #[doc = "Hours past the promised date with no scan since the promise: presumed lost (default 48)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_promise_hours: Option<i64>,
    #[doc = "No scan for this many days counts as stalled (default 3)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub stalled_after_days: Option<i64>,
}

#[doc = "An order-level discount (a coupon), as a positive amount."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Discount {
    #[doc = "The code or title."]
    pub code: String,
    #[doc = "The amount, in whole minor units."]
    pub amount: Money,
}

#[doc = "Points taken from one lot."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Draw {
    #[doc = "The lot."]
    pub lot: i64,
    #[doc = "Points taken."]
    pub points: i64,
}

#[doc = "A line of an order that earns points."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EarnLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Net merchandise spend of the line (after discounts), in the programme's currency."]
    pub spend: Money,
    #[doc = "Tax on the line (counts only if the programme says so)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tax: Option<Money>,
}

#[doc = "What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it is earned at the entry's `at`, and nothing has been spent or clawed back from it yet."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EarnedLot {
    #[doc = "Points earned."]
    pub points: i64,
    #[doc = "Pending (not spendable until released)."]
    pub pending: bool,
    #[doc = "When it becomes available (an award: at once; an order: when known)."]
    #[serde(with = "crate::wire::optional_time")]
    pub available_at: Option<SystemTime>,
    #[doc = "When it expires (fixed on release for pending lots)."]
    #[serde(with = "crate::wire::optional_time")]
    pub expires_at: Option<SystemTime>,
    #[doc = "The order that earned it."]
    pub order: Option<String>,
    #[doc = "The order line that earned it."]
    pub line: Option<String>,
    #[doc = "Spend that earned it (for tiers and clawbacks)."]
    pub spend: Amount,
    #[doc = "Points per currency unit it was earned at, multiplier included."]
    pub rate: Amount,
}

#[doc = "Facts about the customer the host knows and the order does not."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EligibilityContext {
    #[doc = "When a silent parcel counts as lost (its units are then claimable, never returnable); absent: [`DelayThresholds::default`]. A carrier-declared loss counts whatever these say."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub delay_thresholds: Option<DelayThresholds>,
    #[doc = "When the customer's earlier returns (on any order) were requested."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_times")]
    pub recent_returns: Option<Vec<SystemTime>>,
    #[doc = "The customer's tier benefits."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tier: Option<TierBenefits>,
}

#[doc = "The decision on a whole request."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EligibilityReport {
    #[doc = "The return."]
    pub return_id: String,
    #[doc = "Denied if every line is denied; review if any line needs review; allowed otherwise."]
    pub outcome: Outcome,
    #[doc = "Per line."]
    pub lines: Vec<LineDecision>,
    #[doc = "The refund method after policy (may fall back to store credit)."]
    pub method: RefundMethod,
    #[doc = "Set when the method fell back to store credit, with its reason code."]
    pub method_note: Option<DecisionCode>,
}

#[doc = "What an entry records."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum EntryKind {
    #[doc = "Points earned into a new lot (pending or available)."]
    #[serde(rename = "earn")]
    Earn {
        #[doc = "The lot, as decided."]
        lot: EarnedLot,
    },
    #[doc = "A pending lot became available."]
    #[serde(rename = "release")]
    Release {
        #[doc = "The lot."]
        lot: i64,
        #[doc = "Its expiry, fixed now that it is available."]
        #[serde(with = "crate::wire::optional_time")]
        expires_at: Option<SystemTime>,
    },
    #[doc = "A pending lot's release time was set."]
    #[serde(rename = "scheduled")]
    Scheduled {
        #[doc = "The lots."]
        lots: Vec<i64>,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        available_at: SystemTime,
    },
    #[doc = "Points spent."]
    #[serde(rename = "redeem")]
    Redeem {
        #[doc = "Redemption id."]
        redemption: String,
        #[doc = "Order."]
        order: String,
        #[doc = "Money value, in the order's currency (rounded to its minor unit)."]
        value: Amount,
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
        #[doc = "The order's currency (absent on entries written before schema version 3)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        currency: Option<String>,
    },
    #[doc = "A redemption given back."]
    #[serde(rename = "reverse_redemption")]
    ReverseRedemption {
        #[doc = "Redemption id."]
        redemption: String,
        #[doc = "Lots restored."]
        draws: Vec<Draw>,
    },
    #[doc = "Points expired."]
    #[serde(rename = "expire")]
    Expire {
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
    },
    #[doc = "Points clawed back after a refund."]
    #[serde(rename = "clawback")]
    Clawback {
        #[doc = "Order."]
        order: String,
        #[doc = "Taken from available lots."]
        draws: Vec<Draw>,
        #[doc = "Pending points cancelled per lot."]
        cancelled: Vec<Draw>,
        #[doc = "Debt recorded (points that were already spent)."]
        debt: i64,
    },
    #[doc = "A manual adjustment that takes points (the reason is the entry's `reason`)."]
    #[serde(rename = "adjust")]
    Adjust {
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
    },
    #[doc = "Debt paid from new earnings."]
    #[serde(rename = "debt_paid")]
    DebtPaid {
        #[doc = "Points."]
        points: i64,
        #[doc = "Lot that paid."]
        lot: i64,
    },
    #[doc = "Tier changed."]
    #[serde(rename = "tier_changed")]
    TierChanged {
        #[doc = "From."]
        from: Option<String>,
        #[doc = "To."]
        to: Option<String>,
    },
    #[doc = "The command was accepted and changed nothing (nothing to release, expire, earn or re-tier); the entry binds its idempotency key, so the key cannot later be reused for a different command."]
    #[serde(rename = "no_change")]
    NoChange,
}

#[doc = "An item the customer wants in exchange."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ExchangeRequest {
    #[doc = "The replacement's SKU (another variant or another product)."]
    pub sku: String,
    #[doc = "Its price, in the order's currency."]
    pub price: Money,
    #[doc = "Ship the replacement before the return arrives."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub advance: Option<bool>,
    #[doc = "The replacement's outbound shipping, when the policy lets the host price it (`exchanges.replacement_shipping: host`)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub shipping: Option<Money>,
}

#[doc = "Who owes whom after an exchange, term by term: `difference` = replacement price + its shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of what came back. Positive: the customer pays; negative: the shop refunds."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ExchangeSettlement {
    #[doc = "What came back is worth, less the fees: the credit towards the replacement."]
    pub credit: Money,
    #[doc = "The replacement's price."]
    pub replacement_price: Money,
    #[doc = "The balance: positive means the customer pays, negative means the shop refunds."]
    pub difference: Money,
    #[doc = "The replacement's outbound shipping."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub replacement_shipping: Option<Money>,
    #[doc = "The restocking fee charged."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub restocking_fee: Option<Money>,
    #[doc = "The return-shipping fee charged (zero when waived)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub return_shipping_fee: Option<Money>,
    #[doc = "The value of what came back (lines and any shipping refunded), before fees."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub returned_value: Option<Money>,
}

#[doc = "A fee as a percentage of the merchandise refunded or a fixed amount per return."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
pub enum Fee {
    #[doc = "Percent of the merchandise value refunded (e.g. 15 for 15 %)."]
    #[serde(rename = "percent")]
    Percent(Amount),
    #[doc = "A fixed amount in the order's currency."]
    #[serde(rename = "fixed")]
    Fixed(Amount),
}

#[doc = "Derived fulfilment status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum FulfilmentStatus {
    #[doc = "Nothing shipped."]
    #[serde(rename = "unfulfilled")]
    Unfulfilled,
    #[doc = "Some units in shipments."]
    #[serde(rename = "partially_fulfilled")]
    PartiallyFulfilled,
    #[doc = "Every active unit in a shipment."]
    #[serde(rename = "fulfilled")]
    Fulfilled,
    #[doc = "Some units delivered."]
    #[serde(rename = "partially_delivered")]
    PartiallyDelivered,
    #[doc = "Every active unit delivered."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Some units returned."]
    #[serde(rename = "partially_returned")]
    PartiallyReturned,
    #[doc = "Every active unit returned."]
    #[serde(rename = "returned")]
    Returned,
    #[doc = "Every unit cancelled."]
    #[serde(rename = "cancelled")]
    Cancelled,
}

#[doc = "Hit rate at k on a holdout: the share of test customers for whom at least one suggestion was among the items they went on to buy."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct HitRate {
    #[doc = "Customers tested."]
    pub customers: i64,
    #[doc = "With at least one hit among the co-purchase suggestions."]
    pub hits: i64,
    #[doc = "With at least one hit among the most popular items (the baseline)."]
    pub popular_hits: i64,
    #[doc = "`hits / customers`."]
    pub rate: f64,
    #[doc = "`popular_hits / customers`."]
    pub popular_rate: f64,
}

#[doc = "A holdout case: what a customer had bought, and what they bought next."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct HoldoutCase {
    #[doc = "Item ids bought before."]
    pub before: Vec<String>,
    #[doc = "Item ids bought next."]
    pub next: Vec<String>,
}

#[doc = "A confidence interval."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct Interval {
    #[doc = "Lower bound."]
    pub low: f64,
    #[doc = "Upper bound."]
    pub high: f64,
}

#[doc = "The state of a returned unit on arrival."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ItemCondition {
    #[doc = "Can be sold again."]
    #[serde(rename = "resellable")]
    Resellable,
    #[doc = "Arrived damaged."]
    #[serde(rename = "damaged")]
    Damaged,
    #[doc = "Not the item that was sold."]
    #[serde(rename = "wrong_item")]
    WrongItem,
    #[doc = "Not in the parcel."]
    #[serde(rename = "missing")]
    Missing,
}

#[doc = "One ledger entry."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LedgerEntry {
    #[doc = "The shape this entry was written in ([`ENTRY_SCHEMA_VERSION`]; older ones are upcast when read)."]
    pub schema_version: i64,
    #[doc = "Position (1-based)."]
    pub seq: i64,
    #[doc = "When."]
    #[serde(with = "crate::wire::time")]
    pub at: SystemTime,
    #[doc = "Command key."]
    pub key: String,
    #[doc = "Fingerprint of the command (see [`crate::fingerprint`])."]
    pub fingerprint: String,
    #[doc = "Change to the available balance."]
    pub points: i64,
    #[doc = "Change to pending points."]
    pub pending: i64,
    #[doc = "Available balance after."]
    pub balance_after: i64,
    #[doc = "Rule that produced it."]
    pub rule: Rule,
    #[doc = "Rate applied (points per currency unit; 0 when not a rate)."]
    pub rate: Amount,
    #[doc = "What."]
    pub kind: EntryKind,
    #[doc = "Why (manual adjustments)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub reason: Option<String>,
    #[doc = "The referred customer (referral awards to the referrer)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub referred: Option<String>,
}

#[doc = "What a line costs, computed once at placement."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineAmounts {
    #[doc = "Quantity × unit price, rounded half-up to the minor unit."]
    pub gross: Money,
    #[doc = "Sum of line discounts."]
    pub line_discount: Money,
    #[doc = "This line's share of order-level discounts."]
    pub order_discount: Money,
    #[doc = "Tax on the line (included in the price or added, per the order's tax mode)."]
    pub tax: Money,
    #[doc = "What the customer pays for the line: gross − discounts (+ tax when exclusive)."]
    pub total: Money,
}

#[doc = "The decision on one requested line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineDecision {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units requested."]
    pub quantity: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
    #[doc = "Allowed, denied or review."]
    pub outcome: Outcome,
    #[doc = "The deciding code: the first denial, else the first review, else `return.allowed`."]
    pub code: DecisionCode,
    #[doc = "Every rule's verdict."]
    pub verdicts: Vec<RuleVerdict>,
    #[doc = "When the window closes, if it is limited and has started."]
    #[serde(with = "crate::wire::optional_time")]
    pub window_end: Option<SystemTime>,
    #[doc = "Whole days left in the window at decision time."]
    pub days_left: Option<i64>,
}

#[doc = "Properties of a line that return policies look at."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineFlags {
    #[doc = "A digital good: never shipped."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub digital: Option<bool>,
    #[doc = "Sold as final sale: not returnable."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub final_sale: Option<bool>,
    #[doc = "Hygiene goods (cosmetics, underwear) once unsealed."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub hygiene: Option<bool>,
    #[doc = "Perishable goods."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub perishable: Option<bool>,
    #[doc = "Made to the customer's specification."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub personalised: Option<bool>,
}

#[doc = "A quantity of one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineQuantity {
    #[doc = "The line."]
    pub line: String,
    #[doc = "How many units."]
    pub quantity: i64,
}

#[doc = "A command on a member's ledger."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum LoyaltyCommand {
    #[doc = "Earn points for an order; pending until the later of delivery + N days and the close of the return window (both unknown: pending until released with them)."]
    #[serde(rename = "earn_order")]
    EarnOrder {
        #[doc = "The order."]
        order: String,
        #[doc = "Its lines."]
        lines: Vec<EarnLine>,
        #[doc = "When it was delivered, if known."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        delivered_at: Option<SystemTime>,
        #[doc = "When its return window closes, if known."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        return_window_end: Option<SystemTime>,
        #[doc = "Shipping paid (counts only if the programme says so)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        shipping: Option<Money>,
    },
    #[doc = "An event award."]
    #[serde(rename = "award")]
    Award {
        #[doc = "Which."]
        award: Award,
    },
    #[doc = "Make pending lots whose time has come available."]
    #[serde(rename = "release_pending")]
    ReleasePending,
    #[doc = "Set when an order's pending points become available (delivery now known)."]
    #[serde(rename = "schedule_release")]
    ScheduleRelease {
        #[doc = "The order."]
        order: String,
        #[doc = "Delivered at."]
        #[serde(with = "crate::wire::time")]
        delivered_at: SystemTime,
        #[doc = "Return window end, if any."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        return_window_end: Option<SystemTime>,
    },
    #[doc = "Spend points on an order (points-to-money) or on a fixed reward."]
    #[serde(rename = "redeem")]
    Redeem {
        #[doc = "Id of this redemption."]
        redemption: String,
        #[doc = "The order it pays for."]
        order: String,
        #[doc = "The order total, in the programme's currency (a redemption is never worth more)."]
        order_total: Money,
        #[doc = "Points to spend (ignored for a reward)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        points: Option<i64>,
        #[doc = "A fixed reward instead of points-to-money."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        reward: Option<String>,
    },
    #[doc = "Give back a redemption's points (e.g. the order was fully refunded)."]
    #[serde(rename = "reverse_redemption")]
    ReverseRedemption {
        #[doc = "The redemption."]
        redemption: String,
    },
    #[doc = "Expire what is due at `now`."]
    #[serde(rename = "expire")]
    Expire,
    #[doc = "Claw back the points earned by refunded lines, at the rate they were earned."]
    #[serde(rename = "clawback")]
    Clawback {
        #[doc = "The order."]
        order: String,
        #[doc = "Refunded spend per line."]
        lines: Vec<EarnLine>,
    },
    #[doc = "A manual adjustment."]
    #[serde(rename = "adjust")]
    Adjust {
        #[doc = "Points (+ or −)."]
        points: i64,
        #[doc = "Why (required)."]
        reason: String,
    },
    #[doc = "Re-evaluate the tier."]
    #[serde(rename = "evaluate_tier")]
    EvaluateTier,
}

#[doc = "A member's balance, tier and progress at a point in time, in one value."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LoyaltyStatus {
    #[doc = "The customer."]
    pub customer: String,
    #[doc = "Available points."]
    pub balance: i64,
    #[doc = "Points waiting for delivery and the return window."]
    pub pending: i64,
    #[doc = "Points owed from clawbacks of points already spent."]
    pub debt: i64,
    #[doc = "The current tier."]
    pub tier: Option<String>,
    #[doc = "Since when."]
    #[serde(with = "crate::wire::optional_time")]
    pub tier_since: Option<SystemTime>,
    #[doc = "Progress to the next tier at the time asked."]
    pub progress: TierProgress,
    #[doc = "Entries applied (the `expected_version` for the next command)."]
    pub version: i64,
}

#[doc = "The result of mapping a raw carrier code: the normalised status if the code is known."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct MappedStatus {
    #[doc = "The code as the carrier sent it."]
    pub raw_code: String,
    #[doc = "The normalised status, or `None` when the code is not in our tables."]
    pub status: Option<TrackingStatus>,
    #[doc = "Whether the code says the shipment is delayed (a flag on top of the status)."]
    pub delayed: bool,
}

#[doc = "The variables a message template needs. Absent values are `None` or empty."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct MessagePayload {
    #[doc = "The kind of message."]
    pub kind: NotificationKind,
    #[doc = "The recipient."]
    pub customer: String,
    #[doc = "The order number."]
    pub order: Option<String>,
    #[doc = "The items it is about."]
    pub items: Vec<ViewItem>,
    #[doc = "The parcel it is about."]
    pub tracking: Option<TrackingLink>,
    #[doc = "The current delivery estimate."]
    #[serde(with = "crate::wire::optional_time")]
    pub estimate: Option<SystemTime>,
    #[doc = "Why it is late: `carrier_delayed`, `late`, `stalled`, `exception`, `attempt_failed` or `presumed_lost`."]
    pub delay_reason: Option<String>,
    #[doc = "The return it is about."]
    pub return_id: Option<String>,
    #[doc = "The soonest open return deadline on the order."]
    #[serde(with = "crate::wire::optional_time")]
    pub return_deadline: Option<SystemTime>,
    #[doc = "The refund paid."]
    pub refund: Option<Money>,
    #[doc = "Where the refund went."]
    pub refund_destination: Vec<RefundMethod>,
    #[doc = "Points (earned, pending or about to expire)."]
    pub points: Option<i64>,
    #[doc = "When points expire or become available, or when a tier ends."]
    #[serde(with = "crate::wire::optional_time")]
    pub date: Option<SystemTime>,
    #[doc = "The loyalty tier."]
    pub tier: Option<String>,
}

#[doc = "An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Money {
    #[doc = "The amount as a decimal string (`\"129.00\"`); JSON numbers are refused."]
    pub amount: Amount,
    #[doc = "The currency's ISO 4217 code."]
    pub currency: String,
}

#[doc = "A line of a new order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewLine {
    #[doc = "Line id, unique within the order."]
    pub id: String,
    #[doc = "The SKU."]
    pub sku: String,
    #[doc = "Product title."]
    pub title: String,
    #[doc = "Units ordered (at least 1)."]
    pub quantity: i64,
    #[doc = "Price of one unit (may have more digits than the currency's minor unit)."]
    pub unit_price: Money,
    #[doc = "Product category, for policy overrides."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub category: Option<String>,
    #[doc = "Line-level discounts on the whole line, as positive amounts."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub discounts: Option<Vec<Money>>,
    #[doc = "Flags that return policies read."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub flags: Option<LineFlags>,
    #[doc = "Product tags, for policy overrides."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tags: Option<Vec<String>>,
    #[doc = "Taxes on the whole line."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub taxes: Option<Vec<TaxLine>>,
}

#[doc = "Everything needed to place an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewOrder {
    #[doc = "Order id."]
    pub id: String,
    #[doc = "The customer who placed it."]
    pub customer: String,
    #[doc = "The order's currency; every amount must be in it."]
    pub currency: String,
    #[doc = "When it was placed."]
    #[serde(with = "crate::wire::time")]
    pub placed_at: SystemTime,
    #[doc = "The lines (at least one)."]
    pub lines: Vec<NewLine>,
    #[doc = "Order-level discounts, shared out over lines by their net amounts."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub discounts: Option<Vec<Discount>>,
    #[doc = "Shipping charged, if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub shipping: Option<Money>,
    #[doc = "Whether prices include tax."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tax_mode: Option<TaxMode>,
}

#[doc = "A shipment to create."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewShipment {
    #[doc = "Shipment id, unique within the order."]
    pub id: String,
    #[doc = "What goes in it."]
    pub lines: Vec<LineQuantity>,
    #[doc = "Carrier name, e.g. \"ups\"."]
    pub carrier: String,
    #[doc = "Promised or estimated delivery."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "Domestic or international."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub route: Option<Route>,
    #[doc = "Tracking number, if known."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tracking_number: Option<String>,
}

#[doc = "A customer's next-purchase timing."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct NextPurchase {
    #[doc = "P(alive) now."]
    pub p_alive: f64,
    #[doc = "P(at least one purchase within the horizon)."]
    pub p_within: f64,
    #[doc = "The median wait until the next purchase, in the model's time unit; `None` when the customer more likely than not never buys again."]
    pub median_wait: Option<f64>,
}

#[doc = "A message to send."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NotificationIntent {
    #[doc = "Kind."]
    pub kind: NotificationKind,
    #[doc = "Recipient."]
    pub customer: String,
    #[doc = "Channel."]
    pub channel: Channel,
    #[doc = "When to send."]
    #[serde(with = "crate::wire::time")]
    pub send_at: SystemTime,
    #[doc = "Stable key: the same signal always gives the same key."]
    pub dedupe_key: String,
    #[doc = "Template data."]
    pub payload: HashMap<String, String>,
    #[doc = "The recipient's language, from their preferences (see `customer::compose`)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub locale: Option<String>,
}

#[doc = "Every kind of post-purchase message."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum NotificationKind {
    #[serde(rename = "order_confirmed")]
    OrderConfirmed,
    #[serde(rename = "order_cancelled")]
    OrderCancelled,
    #[serde(rename = "fulfilment_delayed")]
    FulfilmentDelayed,
    #[serde(rename = "shipped")]
    Shipped,
    #[serde(rename = "in_transit_delayed")]
    InTransitDelayed,
    #[serde(rename = "arriving_tomorrow")]
    ArrivingTomorrow,
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[serde(rename = "available_for_pickup")]
    AvailableForPickup,
    #[serde(rename = "delivery_attempt_failed")]
    DeliveryAttemptFailed,
    #[serde(rename = "delivery_exception")]
    DeliveryException,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "all_parts_delivered")]
    AllPartsDelivered,
    #[serde(rename = "presumed_lost")]
    PresumedLost,
    #[serde(rename = "return_requested")]
    ReturnRequested,
    #[serde(rename = "return_approved")]
    ReturnApproved,
    #[serde(rename = "return_declined")]
    ReturnDeclined,
    #[serde(rename = "return_label_issued")]
    ReturnLabelIssued,
    #[serde(rename = "return_reminder_to_ship")]
    ReturnReminderToShip,
    #[serde(rename = "return_about_to_expire")]
    ReturnAboutToExpire,
    #[serde(rename = "return_received")]
    ReturnReceived,
    #[serde(rename = "return_refunded")]
    ReturnRefunded,
    #[serde(rename = "return_exchanged")]
    ReturnExchanged,
    #[serde(rename = "review_request")]
    ReviewRequest,
    #[serde(rename = "survey_request")]
    SurveyRequest,
    #[serde(rename = "replenishment_reminder")]
    ReplenishmentReminder,
    #[serde(rename = "cross_sell")]
    CrossSell,
    #[serde(rename = "points_earned")]
    PointsEarned,
    #[serde(rename = "points_about_to_expire")]
    PointsAboutToExpire,
    #[serde(rename = "tier_reached")]
    TierReached,
    #[serde(rename = "tier_about_to_drop")]
    TierAboutToDrop,
}

#[doc = "An NPS with its uncertainty. Scores and bounds are on the −100…100 scale."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct NpsResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Answers 9–10."]
    pub promoters: i64,
    #[doc = "Answers 7–8."]
    pub passives: i64,
    #[doc = "Answers 0–6."]
    pub detractors: i64,
    #[doc = "% promoters − % detractors."]
    pub score: f64,
    #[doc = "Share of promoters (0–1)."]
    pub promoter_share: f64,
    #[doc = "Share of detractors (0–1)."]
    pub detractor_share: f64,
    #[doc = "Variance of the promoter-minus-detractor difference (proportion scale)."]
    pub variance: f64,
    #[doc = "z × standard error, on the −100…100 scale."]
    pub margin_of_error: f64,
    #[doc = "Adjusted-Wald interval (¾ added to promoters and detractors, 3 to n), clamped to ±100."]
    pub interval: Interval,
}

#[doc = "What changed."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum OrderChange {
    #[doc = "The order was placed, with its computed line amounts."]
    #[serde(rename = "placed")]
    Placed {
        #[doc = "The order."]
        order: NewOrder,
        #[doc = "Amounts per line, in line order."]
        amounts: Vec<LineAmounts>,
    },
    #[doc = "Confirmed."]
    #[serde(rename = "confirmed")]
    Confirmed,
    #[doc = "Put on hold."]
    #[serde(rename = "held")]
    Held {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Hold released."]
    #[serde(rename = "released")]
    Released,
    #[doc = "Units cancelled."]
    #[serde(rename = "units_cancelled")]
    UnitsCancelled {
        #[doc = "Per line."]
        lines: Vec<CancelledUnits>,
        #[doc = "Shipping released (non-zero when the last units were cancelled)."]
        shipping: Money,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Shipment created."]
    #[serde(rename = "shipment_created")]
    ShipmentCreated {
        #[doc = "The shipment."]
        shipment: NewShipment,
    },
    #[doc = "A shipment cancelled before the carrier took it; its units are unfulfilled again."]
    #[serde(rename = "shipment_cancelled")]
    ShipmentCancelled {
        #[doc = "The shipment."]
        shipment: String,
    },
    #[doc = "Carrier scan recorded."]
    #[serde(rename = "tracking_recorded")]
    TrackingRecorded {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "The carrier took the shipment."]
    #[serde(rename = "shipment_shipped")]
    ShipmentShipped {
        #[doc = "Which shipment."]
        shipment: String,
    },
    #[doc = "Delivered."]
    #[serde(rename = "shipment_delivered")]
    ShipmentDelivered {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        at: SystemTime,
    },
    #[doc = "Payment authorised."]
    #[serde(rename = "payment_authorized")]
    PaymentAuthorized {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Payment captured."]
    #[serde(rename = "payment_captured")]
    PaymentCaptured {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Payment refunded."]
    #[serde(rename = "payment_refunded")]
    PaymentRefunded {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Authorisation voided."]
    #[serde(rename = "payment_voided")]
    PaymentVoided {
        #[doc = "Payment id."]
        payment: String,
    },
    #[doc = "Something happened to a return."]
    #[serde(rename = "return")]
    Return {
        #[doc = "What."]
        change: ReturnChange,
    },
}

#[doc = "A command sent to an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum OrderCommand {
    #[doc = "Place a new order."]
    #[serde(rename = "place")]
    Place {
        #[doc = "The order."]
        order: NewOrder,
    },
    #[doc = "Confirm the order."]
    #[serde(rename = "confirm")]
    Confirm,
    #[doc = "Put the order on hold (no new shipments)."]
    #[serde(rename = "hold")]
    Hold {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Release a hold."]
    #[serde(rename = "release")]
    Release,
    #[doc = "Cancel every unit; refused once anything is fulfilled."]
    #[serde(rename = "cancel")]
    Cancel {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Cancel some unfulfilled units."]
    #[serde(rename = "cancel_units")]
    CancelUnits {
        #[doc = "Which units."]
        lines: Vec<LineQuantity>,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Put units in a shipment."]
    #[serde(rename = "create_shipment")]
    CreateShipment {
        #[doc = "The shipment."]
        shipment: NewShipment,
    },
    #[doc = "Cancel a shipment the carrier has not taken yet (pending or label created): its units go back to unfulfilled."]
    #[serde(rename = "cancel_shipment")]
    CancelShipment {
        #[doc = "The shipment."]
        shipment: String,
    },
    #[doc = "Record a carrier scan."]
    #[serde(rename = "record_tracking")]
    RecordTracking {
        #[doc = "On which shipment."]
        shipment: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "Mark a shipment delivered (e.g. proof of delivery outside the carrier feed)."]
    #[serde(rename = "mark_delivered")]
    MarkDelivered {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        at: SystemTime,
    },
    #[doc = "A payment was authorised."]
    #[serde(rename = "authorize_payment")]
    AuthorizePayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "A payment was captured."]
    #[serde(rename = "capture_payment")]
    CapturePayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "A payment was refunded."]
    #[serde(rename = "refund_payment")]
    RefundPayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "An authorisation was voided."]
    #[serde(rename = "void_payment")]
    VoidPayment {
        #[doc = "Payment id."]
        payment: String,
    },
    #[doc = "A command on a return (open returns with [`Order::open_return`])."]
    #[serde(rename = "return")]
    Return {
        #[doc = "The return command."]
        command: ReturnCommand,
    },
}

#[doc = "An event of an order: the change, when, and the command key that caused it.  Events are stored for years, so their shape is versioned: each carries `schema_version` ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions are upcast when read (see [`crate::schema`])."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderEvent {
    #[doc = "The shape this event was written in."]
    pub schema_version: i64,
    #[doc = "Idempotency key of the command."]
    pub key: String,
    #[doc = "Fingerprint of the command, to tell a retry from a reuse of the key."]
    pub fingerprint: String,
    #[doc = "When the command was decided."]
    #[serde(with = "crate::wire::time")]
    pub at: SystemTime,
    #[doc = "What changed."]
    pub change: OrderChange,
}

#[doc = "An order's derived statuses and amounts.  ``` use chrono::{TimeZone, Utc}; use postpurchase::*;  let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap(); let new = NewOrder::builder(OrderId::new(\"o-1\")?, CustomerId::new(\"c-1\")?, Currency::from_code(\"EUR\")?, now)     .line(NewLine::new(LineId::new(\"l-1\")?, Sku::new(\"TEE\")?, \"T-shirt\", 2, Money::parse(\"20.00\", \"EUR\")?))     .build(); let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new(\"k\")?, now))?)?; let summary = order.summary(Some(now), &DelayThresholds::default())?; assert_eq!(summary.amount_due, Money::parse(\"40.00\", \"EUR\")?); assert_eq!(summary.fulfilment_status, FulfilmentStatus::Unfulfilled); # Ok::<(), postpurchase::Error>(()) ```"]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderSummary {
    #[doc = "Order id."]
    pub id: String,
    #[doc = "Customer id."]
    pub customer: String,
    #[doc = "The order's currency."]
    pub currency: String,
    #[doc = "Where the goods are."]
    pub fulfilment_status: FulfilmentStatus,
    #[doc = "Where the money is."]
    pub payment_status: PaymentStatus,
    #[doc = "Order total."]
    pub total: Money,
    #[doc = "Still to capture."]
    pub amount_due: Money,
    #[doc = "Captured so far."]
    pub captured: Money,
    #[doc = "Refunded so far."]
    pub refunded: Money,
    #[doc = "Collected beyond what is now due (paid units cancelled), owed back to the customer."]
    pub refund_due: Money,
    #[doc = "Shipments in id order."]
    pub shipments: Vec<ShipmentTracking>,
    #[doc = "Events applied (the `expected_version` for the next command)."]
    pub version: i64,
}

#[doc = "What the customer should see about an order at `now`."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderView {
    #[doc = "The locale of the text."]
    pub locale: String,
    #[doc = "Order id."]
    pub order: String,
    #[doc = "When it was placed."]
    #[serde(with = "crate::wire::time")]
    pub placed_at: SystemTime,
    #[doc = "The time zone the dates in the text follow (the return policy's)."]
    pub time_zone: String,
    #[doc = "The fulfilment status."]
    pub fulfilment: FulfilmentStatus,
    #[doc = "The order in one sentence."]
    pub headline: Statement,
    #[doc = "Items not yet in a shipment."]
    pub waiting: Vec<ViewItem>,
    #[doc = "The shipments, by id."]
    pub shipments: Vec<ShipmentView>,
    #[doc = "What happens next for the order as a whole."]
    pub next: Statement,
    #[doc = "Actions, open or not, in line then shipment order."]
    pub actions: Vec<CustomerAction>,
    #[doc = "Points, when a loyalty ledger was given."]
    pub points: Option<PointsView>,
    #[doc = "Returns on the order."]
    pub returns: Vec<ReturnView>,
}

#[doc = "What a rule (or a whole decision) concluded."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Outcome {
    #[doc = "May be returned."]
    #[serde(rename = "allowed")]
    Allowed,
    #[doc = "Needs a person to look at it."]
    #[serde(rename = "needs_review")]
    NeedsReview,
    #[doc = "May not be returned."]
    #[serde(rename = "denied")]
    Denied,
}

#[doc = "Derived payment status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum PaymentStatus {
    #[doc = "No money authorised or captured."]
    #[serde(rename = "not_paid")]
    NotPaid,
    #[doc = "Authorised, not captured."]
    #[serde(rename = "authorized")]
    Authorized,
    #[doc = "Captured less than is due."]
    #[serde(rename = "partially_paid")]
    PartiallyPaid,
    #[doc = "Captured what is due (to within one minor unit)."]
    #[serde(rename = "paid")]
    Paid,
    #[doc = "Some of the captured money refunded."]
    #[serde(rename = "partially_refunded")]
    PartiallyRefunded,
    #[doc = "All captured money refunded."]
    #[serde(rename = "refunded")]
    Refunded,
    #[doc = "Authorisation voided, nothing captured."]
    #[serde(rename = "voided")]
    Voided,
    #[doc = "More was collected than the order is now due (paid units were cancelled): see [`crate::order::Order::refund_due`]; it stays so until the difference is refunded."]
    #[serde(rename = "refund_due")]
    RefundDue,
}

#[doc = "A summary: a title and its sentences in order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct PlainSummary {
    #[doc = "The locale the text follows."]
    pub locale: String,
    #[doc = "The heading."]
    pub title: String,
    #[doc = "The sentences."]
    pub statements: Vec<Statement>,
}

#[doc = "Loyalty points this order earned."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct PointsView {
    #[doc = "Points from this order still pending."]
    pub pending: i64,
    #[doc = "When the earliest of them become available, if known."]
    #[serde(with = "crate::wire::optional_time")]
    pub available_at: Option<SystemTime>,
    #[doc = "Points from this order already available."]
    pub earned: i64,
    #[doc = "The member's spendable balance."]
    pub balance: i64,
    #[doc = "The sentences."]
    pub statements: Vec<Statement>,
}

#[doc = "Units received for one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReceivedItem {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units."]
    pub quantity: i64,
    #[doc = "Their condition."]
    pub condition: ItemCondition,
}

#[doc = "A suggested item and why."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct Recommendation {
    #[doc = "The item suggested."]
    pub item: String,
    #[doc = "The basket item it is most often bought with."]
    pub because: String,
    #[doc = "confidence(because → item)."]
    pub confidence: f64,
    #[doc = "lift(because → item)."]
    pub lift: f64,
    #[doc = "Share of all baskets holding both."]
    pub support: f64,
}

#[doc = "A refund, line by line, with fees as their own lines."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundBreakdown {
    #[doc = "Per line."]
    pub lines: Vec<RefundLine>,
    #[doc = "Original shipping refunded."]
    pub shipping: Money,
    #[doc = "Restocking fee deducted."]
    pub restocking_fee: Money,
    #[doc = "Return shipping fee deducted."]
    pub return_shipping_fee: Money,
    #[doc = "Lines + shipping − fees, limited to what is refundable."]
    pub total: Money,
    #[doc = "Set when the total was cut to what was captured and not yet refunded."]
    pub capped: bool,
    #[doc = "Bonus on store credit (on top of `total`)."]
    pub store_credit_bonus: Money,
    #[doc = "Where the money goes (empty for exchanges, which keep it as credit)."]
    pub payouts: Vec<RefundPayout>,
}

#[doc = "Where refunded money goes."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
pub enum RefundDestination {
    #[doc = "Back to a payment."]
    #[serde(rename = "payment")]
    Payment(String),
    #[doc = "Store credit."]
    #[serde(rename = "store_credit")]
    StoreCredit,
}

#[doc = "The refund for the units of one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units refunded."]
    pub units: i64,
    #[doc = "Merchandise after line and order discounts, without tax."]
    pub merchandise: Money,
    #[doc = "Tax."]
    pub tax: Money,
    #[doc = "Merchandise + tax."]
    pub total: Money,
}

#[doc = "How a refund is paid out."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum RefundMethod {
    #[doc = "Back to the payments the customer used."]
    #[serde(rename = "original_payment")]
    OriginalPayment,
    #[doc = "Store credit (possibly with a bonus)."]
    #[serde(rename = "store_credit")]
    StoreCredit,
    #[doc = "An exchange for another item."]
    #[serde(rename = "exchange")]
    Exchange,
}

#[doc = "Money going to one destination."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundPayout {
    #[doc = "Where."]
    pub destination: RefundDestination,
    #[doc = "How much."]
    pub amount: Money,
}

#[doc = "One line of a return request."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedLine {
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Units to return."]
    pub quantity: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
}

#[doc = "What a return request decided: the lines reserved, the terms and the report. The case it opens is requested at the event's time, with nothing approved, received or paid yet."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedReturn {
    #[doc = "Id."]
    pub id: String,
    #[doc = "Customer."]
    pub customer: String,
    #[doc = "`requested`, or `declined` when the policy denied every line."]
    pub status: ReturnStatus,
    #[doc = "The lines as decided."]
    pub lines: Vec<RequestedReturnLine>,
    #[doc = "Money terms."]
    pub terms: ReturnTerms,
    #[doc = "Why it was declined (when it was)."]
    pub decline_reason: Option<String>,
    #[doc = "The eligibility report (shared: copying a case or an event does not copy it)."]
    pub report: EligibilityReport,
}

#[doc = "One line of a return request as decided."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedReturnLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units requested."]
    pub requested: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
    #[doc = "The eligibility outcome."]
    pub outcome: Outcome,
    #[doc = "Units reserved on the order line."]
    pub reserved: i64,
    #[doc = "The restocking fee rule resolved at request time."]
    pub restocking_fee: Option<Fee>,
}

#[doc = "What changed on a return, recorded as [`crate::order::OrderChange::Return`]."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum ReturnChange {
    #[doc = "A return was requested and evaluated: what was decided (the case opens from it)."]
    #[serde(rename = "requested")]
    Requested {
        #[doc = "The decision."]
        request: RequestedReturn,
    },
    #[doc = "Approved."]
    #[serde(rename = "approved")]
    Approved {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Units approved per line."]
        lines: Vec<LineQuantity>,
        #[doc = "Staff override reason, if a denial was overridden."]
        override_reason: Option<String>,
        #[doc = "What the approval decided for each line of the case (absent in events written before version 2, which replay by the rule of the time: [`crate::schema`])."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        decided: Option<Vec<ApprovedLine>>,
    },
    #[doc = "Declined."]
    #[serde(rename = "declined")]
    Declined {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Label issued."]
    #[serde(rename = "label_issued")]
    LabelIssued {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Carrier."]
        carrier: String,
        #[doc = "Tracking number."]
        tracking_number: String,
    },
    #[doc = "Carrier scan recorded."]
    #[serde(rename = "tracking_recorded")]
    TrackingRecorded {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The scan."]
        event: CarrierEvent,
        #[doc = "The return's status after the scan (absent in events written before version 2)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        status: Option<ReturnStatus>,
    },
    #[doc = "Units received."]
    #[serde(rename = "received")]
    Received {
        #[doc = "The return."]
        return_id: String,
        #[doc = "What arrived."]
        items: Vec<ReceivedItem>,
    },
    #[doc = "Refunded or credited."]
    #[serde(rename = "refunded")]
    Refunded {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The breakdown."]
        breakdown: RefundBreakdown,
        #[doc = "`credited` when every payout went to store credit, else `refunded` (decided here, so replay never re-derives it)."]
        status: ReturnStatus,
    },
    #[doc = "Settled by exchange."]
    #[serde(rename = "exchanged")]
    Exchanged {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The breakdown of the credit."]
        breakdown: RefundBreakdown,
        #[doc = "Who owes whom."]
        settlement: ExchangeSettlement,
    },
    #[doc = "Cancelled."]
    #[serde(rename = "cancelled")]
    Cancelled {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Advance replacement shipped."]
    #[serde(rename = "advance_replacement_shipped")]
    AdvanceReplacementShipped {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Deadline for the return."]
        #[serde(with = "crate::wire::time")]
        deadline: SystemTime,
    },
    #[doc = "Customer charged for an unreturned advance exchange."]
    #[serde(rename = "exchange_charged")]
    ExchangeCharged {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Amount charged."]
        amount: Money,
    },
    #[doc = "A transit claim resolved."]
    #[serde(rename = "claim_resolved")]
    ClaimResolved {
        #[doc = "The claim."]
        claim_id: String,
        #[doc = "Units concerned."]
        lines: Vec<LineQuantity>,
        #[doc = "Refund or replacement."]
        resolution: ClaimResolution,
        #[doc = "The refund, for refunds."]
        breakdown: Option<RefundBreakdown>,
    },
}

#[doc = "A command on a return, sent through [`crate::order::OrderCommand::Return`]."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "action")]
pub enum ReturnCommand {
    #[doc = "Request a return: evaluated against the return policy in the decision's [`crate::order::OrderContext`] (the same decision as [`crate::order::returning::request_return`])."]
    #[serde(rename = "request")]
    Request {
        #[doc = "The request."]
        request: ReturnRequest,
    },
    #[doc = "Approve; with `override_reason`, denied lines are approved too (staff override)."]
    #[serde(rename = "approve")]
    Approve {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why staff override a denial."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        override_reason: Option<String>,
    },
    #[doc = "Decline."]
    #[serde(rename = "decline")]
    Decline {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "A return label was issued."]
    #[serde(rename = "issue_label")]
    IssueLabel {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Carrier."]
        carrier: String,
        #[doc = "Tracking number."]
        tracking_number: String,
    },
    #[doc = "A carrier scan of the parcel coming back."]
    #[serde(rename = "record_tracking")]
    RecordTracking {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "Units arrived at the warehouse."]
    #[serde(rename = "receive")]
    Receive {
        #[doc = "The return."]
        return_id: String,
        #[doc = "What arrived, per condition."]
        items: Vec<ReceivedItem>,
    },
    #[doc = "Pay the refund (or settle the exchange) for what was received."]
    #[serde(rename = "refund")]
    Refund {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Payments to refund first, in order; others follow by id."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        payment_order: Option<Vec<String>>,
    },
    #[doc = "Cancel before anything was received."]
    #[serde(rename = "cancel")]
    Cancel {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Ship the replacement of an advance exchange, due back by `deadline`."]
    #[serde(rename = "ship_advance_replacement")]
    ShipAdvanceReplacement {
        #[doc = "The return."]
        return_id: String,
        #[doc = "When the customer is charged if nothing came back."]
        #[serde(with = "crate::wire::time")]
        deadline: SystemTime,
    },
    #[doc = "Charge the customer for an advance replacement whose return never came."]
    #[serde(rename = "charge_unreturned_exchange")]
    ChargeUnreturnedExchange {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Goods lost or damaged in transit: refund or replace without a return."]
    #[serde(rename = "claim")]
    Claim {
        #[doc = "Id for the claim."]
        claim_id: String,
        #[doc = "Units concerned."]
        lines: Vec<LineQuantity>,
        #[doc = "Refund or replacement."]
        resolution: ClaimResolution,
        #[doc = "Payments to refund first."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        payment_order: Option<Vec<String>>,
    },
}

#[doc = "What a return request would lead to if it were made now: the eligibility decision and, for the lines that are not denied, the refund it would pay once everything arrives resellable."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnPreview {
    #[doc = "The decision, as [`crate::order::returning::evaluate`] gives it."]
    pub report: EligibilityReport,
    #[doc = "The refund for the lines that are not denied (pending review where a line needs it); `None` when every line is denied or nothing would be refunded."]
    pub refund: Option<RefundBreakdown>,
}

#[doc = "Why a customer returns an item."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ReturnReason {
    #[doc = "No longer wanted."]
    #[serde(rename = "changed_mind")]
    ChangedMind,
    #[doc = "Wrong size or fit."]
    #[serde(rename = "does_not_fit")]
    DoesNotFit,
    #[doc = "Faulty."]
    #[serde(rename = "defective")]
    Defective,
    #[doc = "Not what was ordered."]
    #[serde(rename = "wrong_item")]
    WrongItem,
    #[doc = "Not as described on the site."]
    #[serde(rename = "not_as_described")]
    NotAsDescribed,
    #[doc = "Damaged on the way."]
    #[serde(rename = "damaged_in_transit")]
    DamagedInTransit,
    #[doc = "Arrived too late to be useful."]
    #[serde(rename = "arrived_late")]
    ArrivedLate,
    #[doc = "Anything else."]
    #[serde(rename = "other")]
    Other,
}

#[doc = "A customer's request to return items of an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnRequest {
    #[doc = "Id of the return."]
    pub id: String,
    #[doc = "Who asks; must be the order's customer."]
    pub customer: String,
    #[doc = "What."]
    pub lines: Vec<RequestedLine>,
    #[doc = "How the customer wants the money back."]
    pub method: RefundMethod,
    #[doc = "The replacement, when `method` is exchange."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub exchange: Option<ExchangeRequest>,
}

#[doc = "Where a return stands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ReturnStatus {
    #[doc = "Waiting for staff (some line needs review or was denied)."]
    #[serde(rename = "requested")]
    Requested,
    #[doc = "Approved; waiting for a label or the parcel."]
    #[serde(rename = "approved")]
    Approved,
    #[doc = "Declined."]
    #[serde(rename = "declined")]
    Declined,
    #[doc = "A return label was issued."]
    #[serde(rename = "label_issued")]
    LabelIssued,
    #[doc = "The parcel is on its way back."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "Something was received."]
    #[serde(rename = "received")]
    Received,
    #[doc = "Refunded to the original payments."]
    #[serde(rename = "refunded")]
    Refunded,
    #[doc = "Refunded as store credit."]
    #[serde(rename = "credited")]
    Credited,
    #[doc = "Settled by an exchange."]
    #[serde(rename = "exchanged")]
    Exchanged,
    #[doc = "An advance exchange whose return never came: the customer was charged."]
    #[serde(rename = "charged")]
    Charged,
    #[doc = "Cancelled before anything was received."]
    #[serde(rename = "cancelled")]
    Cancelled,
}

#[doc = "One return of an order: where it stands and, once settled, what it paid."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnSummary {
    #[doc = "Return id."]
    pub id: String,
    #[doc = "Where it stands."]
    pub status: ReturnStatus,
    #[doc = "When it was requested."]
    #[serde(with = "crate::wire::time")]
    pub requested_at: SystemTime,
    #[doc = "The refund, once paid."]
    pub refund: Option<RefundBreakdown>,
    #[doc = "The exchange settlement, once made."]
    pub exchange: Option<ExchangeSettlement>,
}

#[doc = "The money terms fixed when the return was requested."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnTerms {
    #[doc = "How the refund is paid."]
    pub method: RefundMethod,
    #[doc = "Store-credit bonus in percent."]
    pub store_credit_bonus_percent: Amount,
    #[doc = "Return shipping fee charged (zero when waived)."]
    pub return_shipping_fee: Money,
    #[doc = "Refund the original shipping when the whole order has come back."]
    pub refund_shipping_when_whole: bool,
    #[doc = "Refund the original shipping because of the reason."]
    pub refund_shipping_for_reason: bool,
    #[doc = "The replacement, for exchanges."]
    pub exchange: Option<ExchangeRequest>,
    #[doc = "The replacement's outbound shipping, for exchanges (absent in returns requested before exchanges were priced)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub replacement_shipping: Option<Money>,
}

#[doc = "A return or a transit claim on the order, as the customer sees it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnView {
    #[doc = "Return id."]
    pub id: String,
    #[doc = "Its status."]
    pub status: ReturnStatus,
    #[doc = "The refund paid, if any."]
    pub refunded: Option<Money>,
    #[doc = "How the customer asked to be paid back (`exchange` for an exchange)."]
    pub method: RefundMethod,
    #[doc = "Where it went: `original_payment` and/or `store_credit`."]
    pub destinations: Vec<RefundMethod>,
    #[doc = "A transit claim for a lost or damaged parcel rather than a customer's return."]
    pub claim: bool,
    #[doc = "The sentence."]
    pub statement: Statement,
}

#[doc = "One customer's RFM measures, without an id: what [`rfm_scores_of_measures`] scores by position."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct RfmMeasures {
    #[doc = "Days since the last purchase."]
    pub recency_days: f64,
    #[doc = "Number of purchases."]
    pub frequency: f64,
    #[doc = "Spend."]
    pub monetary: f64,
}

#[doc = "A customer's scores and segment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RfmScore {
    #[doc = "The customer's key."]
    pub customer: i64,
    #[doc = "Recency score, 5 for the most recent."]
    pub r: i64,
    #[doc = "Frequency score, 5 for the most frequent."]
    pub f: i64,
    #[doc = "Monetary score, 5 for the biggest spenders."]
    pub m: i64,
    #[doc = "The named segment."]
    pub segment: Segment,
}

#[doc = "Whether a shipment is international (lost thresholds differ)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Route {
    #[doc = "Same country."]
    #[serde(rename = "domestic")]
    Domestic,
    #[doc = "Crosses a border."]
    #[serde(rename = "international")]
    International,
}

#[doc = "The rule that produced an entry: a stable code."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Rule {
    #[doc = "Points for an order line's spend (and the per-order points on its first line)."]
    #[serde(rename = "earn.spend")]
    EarnSpend,
    #[doc = "Sign-up award."]
    #[serde(rename = "award.signup")]
    AwardSignup,
    #[doc = "Birthday award."]
    #[serde(rename = "award.birthday")]
    AwardBirthday,
    #[doc = "Review award."]
    #[serde(rename = "award.review")]
    AwardReview,
    #[doc = "Referral award to the referrer (the entry's `referred` names the referred customer)."]
    #[serde(rename = "award.referrer")]
    AwardReferrer,
    #[doc = "Referral award to the referred customer."]
    #[serde(rename = "award.referred")]
    AwardReferred,
    #[doc = "A pending lot's release time was set."]
    #[serde(rename = "pending.schedule")]
    PendingSchedule,
    #[doc = "A pending lot became available."]
    #[serde(rename = "pending.release")]
    PendingRelease,
    #[doc = "Points spent on an order."]
    #[serde(rename = "redeem")]
    Redeem,
    #[doc = "A redemption given back."]
    #[serde(rename = "redeem.reverse")]
    RedeemReverse,
    #[doc = "Points expired."]
    #[serde(rename = "expire")]
    Expire,
    #[doc = "Points clawed back after a refund."]
    #[serde(rename = "clawback")]
    Clawback,
    #[doc = "A manual adjustment (the entry's `reason` says why)."]
    #[serde(rename = "adjust")]
    Adjust,
    #[doc = "Debt repaid from new points."]
    #[serde(rename = "debt.repay")]
    DebtRepay,
    #[doc = "The tier changed."]
    #[serde(rename = "tier")]
    Tier,
    #[doc = "An accepted command that changed nothing."]
    #[serde(rename = "command.no_change")]
    CommandNoChange,
}

#[doc = "One rule's verdict on one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RuleVerdict {
    #[doc = "The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`)."]
    pub rule: String,
    #[doc = "What it concluded."]
    pub outcome: Outcome,
    #[doc = "Stable reason code, e.g. `return.window_closed` or `return.window_open`."]
    pub code: DecisionCode,
    #[doc = "The facts that decided it (window end, days left, returnable units…)."]
    pub facts: HashMap<String, String>,
}

#[doc = "A named RFM segment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Segment {
    #[doc = "Bought recently, buy often and spend the most."]
    #[serde(rename = "champions")]
    Champions,
    #[doc = "Buy often and spend a lot, less recently."]
    #[serde(rename = "loyal")]
    Loyal,
    #[doc = "Recent customers with average frequency and spend."]
    #[serde(rename = "potential_loyalists")]
    PotentialLoyalists,
    #[doc = "Bought most recently, once or little."]
    #[serde(rename = "new")]
    New,
    #[doc = "Recent, with little frequency or spend so far."]
    #[serde(rename = "promising")]
    Promising,
    #[doc = "Average recency, frequency and spend."]
    #[serde(rename = "need_attention")]
    NeedAttention,
    #[doc = "Average recency, low frequency and spend."]
    #[serde(rename = "about_to_sleep")]
    AboutToSleep,
    #[doc = "Bought often and spent a lot, but not for a while."]
    #[serde(rename = "at_risk")]
    AtRisk,
    #[doc = "Were among the best, and have not bought for the longest."]
    #[serde(rename = "cannot_lose")]
    CannotLose,
    #[doc = "Long since the last purchase, low frequency and spend."]
    #[serde(rename = "hibernating")]
    Hibernating,
    #[doc = "The longest since the last purchase, low frequency and spend."]
    #[serde(rename = "lost")]
    Lost,
}

#[doc = "One shipment of an order: where it is and, when asked at a time, whether it is late."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ShipmentTracking {
    #[doc = "Shipment id."]
    pub id: String,
    #[doc = "Carrier name."]
    pub carrier: String,
    #[doc = "Tracking number, if known."]
    pub tracking_number: Option<String>,
    #[doc = "Merchant status (delivered once marked delivered)."]
    pub status: TrackingStatus,
    #[doc = "Promised delivery."]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "When it was delivered."]
    #[serde(with = "crate::wire::optional_time")]
    pub delivered_at: Option<SystemTime>,
    #[doc = "Late / stalled / presumed lost at the time the summary was asked for (none without one)."]
    pub delay: Option<DelayAssessment>,
}

#[doc = "What the customer sees of one shipment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ShipmentView {
    #[doc = "Shipment id."]
    pub id: String,
    #[doc = "Carrier name."]
    pub carrier: String,
    #[doc = "Tracking number, if known."]
    pub tracking_number: Option<String>,
    #[doc = "What is in it."]
    pub items: Vec<ViewItem>,
    #[doc = "The merchant status at `now`."]
    pub status: TrackingStatus,
    #[doc = "What delay detection says at `now`."]
    pub delay: DelayAssessment,
    #[doc = "The promised delivery time."]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "The current estimate: the carrier's latest, else the promise; `None` once it has passed without a delivery (late, no new date)."]
    #[serde(with = "crate::wire::optional_time")]
    pub estimate: Option<SystemTime>,
    #[doc = "When it was delivered."]
    #[serde(with = "crate::wire::optional_time")]
    pub delivered_at: Option<SystemTime>,
    #[doc = "The transit claim already made for it, if any."]
    pub claim: Option<String>,
    #[doc = "The steps, done ones in time order, then the upcoming ones."]
    pub timeline: Vec<TimelineStep>,
    #[doc = "What happens next."]
    pub next: Statement,
}

#[doc = "Something that may call for a message."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Signal {
    #[doc = "Kind of message."]
    pub kind: NotificationKind,
    #[doc = "Recipient."]
    pub customer: String,
    #[doc = "When it happened."]
    #[serde(with = "crate::wire::time")]
    pub occurred_at: SystemTime,
    #[doc = "What it is about (order, `order/shipment`, `order:line`, return…)."]
    pub subject: String,
    #[doc = "Data for the template."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub payload: Option<HashMap<String, String>>,
}

#[doc = "A lifecycle stage."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Stage {
    #[doc = "First purchase within `new_days`."]
    #[serde(rename = "new")]
    New,
    #[doc = "Buying in their rhythm."]
    #[serde(rename = "active")]
    Active,
    #[doc = "Overdue by their own rhythm (or P(alive))."]
    #[serde(rename = "at_risk")]
    AtRisk,
    #[doc = "Long overdue."]
    #[serde(rename = "lapsed")]
    Lapsed,
    #[doc = "Bought again after a lapse."]
    #[serde(rename = "reactivated")]
    Reactivated,
    #[doc = "Active and a promoter or a referrer."]
    #[serde(rename = "advocate")]
    Advocate,
}

#[doc = "A customer's stage with what decided it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageAssignment {
    #[doc = "The stage."]
    pub stage: Stage,
    #[doc = "The rule that decided (see the module's table)."]
    pub rule: String,
    #[doc = "Purchases up to the date."]
    pub purchases: i64,
    #[doc = "Days since the last purchase."]
    pub days_since_last: f64,
    #[doc = "The median gap between purchases, in days (with two purchases or more)."]
    pub typical_gap_days: Option<f64>,
    #[doc = "The P(alive) used, if any."]
    pub p_alive: Option<f64>,
}

#[doc = "What a stage is judged on besides the purchases: a [`CustomerHistory`] without them."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageFacts {
    #[doc = "The latest NPS answer (0–10), if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub latest_nps: Option<i64>,
    #[doc = "P(alive) at the date from a fitted model, if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub p_alive: Option<f64>,
    #[doc = "Customers this one referred who went on to buy."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub referrals: Option<i64>,
}

#[doc = "The thresholds of the stage rules (data: load them with serde; every field has a default)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageRules {
    #[doc = "Days since the last purchase over the typical gap at which a customer is at risk (default 1.5)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub at_risk_gap_multiple: Option<f64>,
    #[doc = "P(alive) below this is at risk (default 0.5)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub at_risk_p_alive: Option<f64>,
    #[doc = "… and lapsed (default 3)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lapsed_gap_multiple: Option<f64>,
    #[doc = "P(alive) below this is lapsed (default 0.2)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lapsed_p_alive: Option<f64>,
    #[doc = "A customer is new while their first purchase is at most this many days old (default 30)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub new_days: Option<i64>,
    #[doc = "With a single purchase: days after which the customer is at risk (default 90)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub single_at_risk_days: Option<i64>,
    #[doc = "… and lapsed (default 180)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub single_lapsed_days: Option<i64>,
}

#[doc = "Every customer's stages at every date and the moves between consecutive dates, as one value."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct StageTransitions {
    #[doc = "Per customer, in the input's order."]
    pub stages: Vec<CustomerStages>,
    #[doc = "The transition matrix as rows (step, from, to, customers)."]
    pub moves: Vec<TransitionRow>,
}

#[doc = "One sentence of a summary: its topic, the message that wrote it, the facts behind it (plain values, the same in every language) and the text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Statement {
    #[doc = "What it is about: `window`, `override`, `requires`, `non_returnable`, `holiday`, `restocking`, `return_shipping`, `shipping_refund`, `refund_methods`, `store_credit`, `exchange`, `tier`; for a programme `earn`, `pending`, `expiry`, `redeem`, `reward`, `tiers`, `tier`."]
    pub topic: String,
    #[doc = "The catalogue message id."]
    pub message: String,
    #[doc = "The facts, by name."]
    pub facts: HashMap<String, String>,
    #[doc = "The sentence in the localizer's language: plain text, with values from outside (titles, places) as they were given. Escape it before putting it in HTML (`<`, `>`, `&`, quotes): a product titled `<script>` is text here, not markup."]
    pub text: String,
}

#[doc = "A step of a shipment's timeline."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum StepKind {
    #[doc = "The order was placed."]
    #[serde(rename = "ordered")]
    Ordered,
    #[doc = "The shipment was packed (created)."]
    #[serde(rename = "packed")]
    Packed,
    #[doc = "The carrier took the parcel."]
    #[serde(rename = "handed_to_carrier")]
    HandedToCarrier,
    #[doc = "The parcel is moving through the carrier's network (the latest such scan)."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "With the courier for delivery."]
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[doc = "Delivered."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Running late: the carrier flagged a delay, or the promised date has passed."]
    #[serde(rename = "delayed")]
    Delayed,
    #[doc = "The carrier reported a problem."]
    #[serde(rename = "exception")]
    Exception,
    #[doc = "A delivery attempt failed."]
    #[serde(rename = "attempt_failed")]
    AttemptFailed,
    #[doc = "Waiting at a pickup point."]
    #[serde(rename = "ready_for_pickup")]
    ReadyForPickup,
    #[doc = "On its way back to the shop."]
    #[serde(rename = "returning_to_sender")]
    ReturningToSender,
    #[doc = "Back with the shop."]
    #[serde(rename = "returned_to_sender")]
    ReturnedToSender,
    #[doc = "Declared lost by the carrier, or presumed lost by the delay rules."]
    #[serde(rename = "lost")]
    Lost,
    #[doc = "The shipment was cancelled before the carrier took it."]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[doc = "The carrier stopped tracking it."]
    #[serde(rename = "tracking_stopped")]
    TrackingStopped,
}

#[doc = "Where a step stands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum StepState {
    #[doc = "It happened."]
    #[serde(rename = "done")]
    Done,
    #[doc = "It is where the shipment is now."]
    #[serde(rename = "current")]
    Current,
    #[doc = "Still to come."]
    #[serde(rename = "upcoming")]
    Upcoming,
}

#[doc = "A tax charged on a line, as the shop computed it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TaxLine {
    #[doc = "Name of the tax, e.g. \"VAT\"."]
    pub title: String,
    #[doc = "The rate, e.g. 0.2 for 20 %."]
    pub rate: Amount,
    #[doc = "The tax amount on the whole line (all units), in whole minor units."]
    pub amount: Money,
}

#[doc = "Whether line prices include tax or tax is added on top."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TaxMode {
    #[doc = "Tax is added on top of prices (US style)."]
    #[serde(rename = "exclusive")]
    Exclusive,
    #[doc = "Prices include tax (EU style); tax lines say how much of the price is tax."]
    #[serde(rename = "inclusive")]
    Inclusive,
}

#[doc = "Loyalty-tier benefits the host passes in."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TierBenefits {
    #[doc = "Extra days on the return window."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub extra_return_days: Option<i64>,
    #[doc = "No return shipping fee."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub free_return_shipping: Option<bool>,
    #[doc = "Tier name, for the record."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tier: Option<String>,
}

#[doc = "What qualifies a member for a tier. Only points that are available count (pending points do not), and only those earned inside the tier window."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TierMetric {
    #[doc = "Net merchandise spend (in the programme's currency) of orders whose points are available, less what refunds clawed back. Redemptions, tax and shipping never count."]
    #[serde(rename = "net_spend")]
    NetSpend,
    #[doc = "Points earned on orders, net of clawbacks; not the balance, so spending and expiry do not lower it. Event awards count only with [`TierRules::count_awards`]; manual adjustments never count."]
    #[serde(rename = "points_earned")]
    PointsEarned,
    #[doc = "Orders with points still standing (not fully clawed back)."]
    #[serde(rename = "orders")]
    Orders,
}

#[doc = "Where a member stands against the tier ladder: what the current window counts and what the next tier still needs. Read-only; the tier itself changes only through commands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TierProgress {
    #[doc = "The member's current tier (as last evaluated by a command)."]
    pub tier: Option<String>,
    #[doc = "What qualifies."]
    pub metric: TierMetric,
    #[doc = "The metric counted in the window that contains `now`."]
    pub value: Amount,
    #[doc = "Where that window starts (`None` for lifetime)."]
    #[serde(with = "crate::wire::optional_time")]
    pub window_start: Option<SystemTime>,
    #[doc = "The next tier above the current one, if any."]
    pub next_tier: Option<String>,
    #[doc = "Its threshold."]
    pub next_threshold: Option<Amount>,
    #[doc = "How much more of the metric the next tier needs (never negative)."]
    pub remaining: Option<Amount>,
}

#[doc = "One step of a timeline with its text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TimelineStep {
    #[doc = "Which step."]
    pub step: StepKind,
    #[doc = "Done, current or upcoming."]
    pub state: StepState,
    #[doc = "When it happened, if known."]
    #[serde(with = "crate::wire::optional_time")]
    pub at: Option<SystemTime>,
    #[doc = "The sentence."]
    pub statement: Statement,
}

#[doc = "Where to follow a parcel."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TrackingLink {
    #[doc = "The shipment id."]
    pub shipment: String,
    #[doc = "The carrier."]
    pub carrier: String,
    #[doc = "The tracking number, if known."]
    pub number: Option<String>,
}

#[doc = "The normalised status of a shipment. \"Delayed\" is a flag ([`MappedStatus::delayed`]), not a status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TrackingStatus {
    #[doc = "Created, nothing known from the carrier yet."]
    #[serde(rename = "pending")]
    Pending,
    #[doc = "The carrier has the shipment's data (label created) but not the parcel."]
    #[serde(rename = "info_received")]
    InfoReceived,
    #[doc = "Moving through the carrier's network."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "With the courier for delivery today."]
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[doc = "Waiting at a pickup point."]
    #[serde(rename = "available_for_pickup")]
    AvailableForPickup,
    #[doc = "A delivery attempt failed; the carrier will retry or hold it."]
    #[serde(rename = "attempt_failed")]
    AttemptFailed,
    #[doc = "Delivered to the customer."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Something went wrong (customs, damage, address); may recover."]
    #[serde(rename = "exception")]
    Exception,
    #[doc = "On its way back to the sender."]
    #[serde(rename = "returning_to_sender")]
    ReturningToSender,
    #[doc = "Back with the sender."]
    #[serde(rename = "returned_to_sender")]
    ReturnedToSender,
    #[doc = "Declared lost by the carrier."]
    #[serde(rename = "lost")]
    Lost,
    #[doc = "The shipment was cancelled before the carrier took it."]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[doc = "Tracking stopped without a final result."]
    #[serde(rename = "expired")]
    Expired,
}

#[doc = "One cell of a transition matrix."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TransitionRow {
    #[doc = "The index of the first of the two dates."]
    pub step: i64,
    #[doc = "The stage at the first date."]
    pub from: Option<Stage>,
    #[doc = "The stage at the second."]
    pub to: Option<Stage>,
    #[doc = "Customers who moved so."]
    pub customers: i64,
}

#[doc = "Which variant of the beta-geometric model."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Variant {
    #[doc = "BG/NBD: drop-out only after a repeat purchase."]
    #[serde(rename = "bg_nbd")]
    BgNbd,
    #[doc = "Modified BG/NBD: drop-out possible at time zero as well."]
    #[serde(rename = "modified")]
    Modified,
}

#[doc = "An item (a quantity of an order line)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ViewItem {
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Its product title."]
    pub title: String,
    #[doc = "Units."]
    pub quantity: i64,
}

