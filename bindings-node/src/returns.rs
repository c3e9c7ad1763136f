//! Return policies, decisions with reasons, refund previews and breakdowns.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;
use pp::returns as r;

use std::borrow::Cow;

use crate::args::{config, contract_doc, dump, js, opt_contract_doc, time};
use crate::configs::{ConfigArg, ReturnPolicy, configured};
use crate::enums::{Outcome, RefundMethod, ReturnReason};
use crate::money::Money;
use crate::order::Order;

/// One rule's verdict on one line.
#[napi(object)]
pub struct RuleVerdict {
    /// The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`).
    pub rule: String,
    /// What it concluded.
    pub outcome: Outcome,
    /// Stable reason code.
    #[napi(ts_type = "DecisionCode")]
    pub code: String,
    /// The deciding facts (`window_end`, `days_left`, `returnable`…).
    pub facts: HashMap<String, String>,
}

/// The decision on one requested line.
#[napi(object)]
pub struct LineDecision {
    /// The order line.
    pub line: String,
    /// Units requested.
    pub quantity: u32,
    /// Why.
    pub reason: ReturnReason,
    /// Allowed, denied or review.
    pub outcome: Outcome,
    /// The deciding reason code.
    #[napi(ts_type = "DecisionCode")]
    pub code: String,
    /// Every rule's verdict.
    pub verdicts: Vec<RuleVerdict>,
    /// When the window closes.
    pub window_end: Option<DateTime<Utc>>,
    /// Whole days left in the window.
    pub days_left: Option<i64>,
}

/// The decision on a whole return request.
#[napi(object)]
pub struct EligibilityReport {
    /// Return id.
    pub return_id: String,
    /// Denied if every line is denied; review if any needs review; allowed otherwise.
    pub outcome: Outcome,
    /// Per line.
    pub lines: Vec<LineDecision>,
    /// The refund method after policy (may fall back to store credit).
    pub method: RefundMethod,
    /// Why the method fell back.
    #[napi(ts_type = "DecisionCode")]
    pub method_note: Option<String>,
}

impl From<r::EligibilityReport> for EligibilityReport {
    fn from(x: r::EligibilityReport) -> Self {
        EligibilityReport {
            return_id: x.return_id.to_string(),
            outcome: x.outcome.into(),
            lines: x
                .lines
                .into_iter()
                .map(|d| LineDecision {
                    line: d.line.to_string(),
                    quantity: d.quantity,
                    reason: d.reason.into(),
                    outcome: d.outcome.into(),
                    code: d.code.into_owned(),
                    verdicts: d
                        .verdicts
                        .into_iter()
                        .map(|v| RuleVerdict {
                            rule: v.rule.into_owned(),
                            outcome: v.outcome.into(),
                            code: v.code.into_owned(),
                            facts: v.facts.into_iter().collect(),
                        })
                        .collect(),
                    window_end: d.window_end,
                    days_left: d.days_left,
                })
                .collect(),
            method: x.method.into(),
            method_note: x.method_note,
        }
    }
}

/// The refund for the units of one line.
#[napi(object)]
pub struct RefundLine {
    /// The line.
    pub line: String,
    /// Units refunded.
    pub units: u32,
    /// Merchandise after discounts, without tax.
    pub merchandise: Money,
    /// Tax.
    pub tax: Money,
    /// Merchandise + tax.
    pub total: Money,
}

/// Money going to one destination: a payment (`payment` set) or store credit.
#[napi(object)]
pub struct RefundPayout {
    /// `payment` or `store_credit`.
    #[napi(ts_type = "'payment' | 'store_credit'")]
    pub destination: String,
    /// The payment id, for `payment`.
    pub payment: Option<String>,
    /// How much.
    pub amount: Money,
}

/// What an exchange settled: each term, and who owes whom.
#[napi(object)]
pub struct ExchangeSettlement {
    /// What came back is worth, less the fees: the credit towards the replacement.
    pub credit: Money,
    /// The replacement's price.
    pub replacement_price: Money,
    /// The balance: positive means the customer pays, negative means the shop refunds.
    pub difference: Money,
    /// The value of what came back (lines and any shipping refunded), before fees.
    pub returned_value: Option<Money>,
    /// The replacement's outbound shipping.
    pub replacement_shipping: Option<Money>,
    /// The return-shipping fee charged.
    pub return_shipping_fee: Option<Money>,
    /// The restocking fee charged.
    pub restocking_fee: Option<Money>,
}

impl From<r::ExchangeSettlement> for ExchangeSettlement {
    fn from(x: r::ExchangeSettlement) -> Self {
        ExchangeSettlement {
            credit: x.credit.into(),
            replacement_price: x.replacement_price.into(),
            difference: x.difference.into(),
            returned_value: x.returned_value.map(Into::into),
            replacement_shipping: x.replacement_shipping.map(Into::into),
            return_shipping_fee: x.return_shipping_fee.map(Into::into),
            restocking_fee: x.restocking_fee.map(Into::into),
        }
    }
}

/// A refund line by line, fees as their own lines.
#[napi(object)]
pub struct RefundBreakdown {
    /// Per line.
    pub lines: Vec<RefundLine>,
    /// Original shipping refunded.
    pub shipping: Money,
    /// Restocking fee deducted.
    pub restocking_fee: Money,
    /// Return shipping fee deducted.
    pub return_shipping_fee: Money,
    /// Lines + shipping − fees, limited to what is refundable.
    pub total: Money,
    /// Whether the total was cut to what was captured and not yet refunded.
    pub capped: bool,
    /// Store-credit bonus on top of the total.
    pub store_credit_bonus: Money,
    /// Where the money goes.
    pub payouts: Vec<RefundPayout>,
}

impl From<r::RefundBreakdown> for RefundBreakdown {
    fn from(b: r::RefundBreakdown) -> Self {
        RefundBreakdown {
            lines: b
                .lines
                .into_iter()
                .map(|l| RefundLine {
                    line: l.line.to_string(),
                    units: l.units,
                    merchandise: l.merchandise.into(),
                    tax: l.tax.into(),
                    total: l.total.into(),
                })
                .collect(),
            shipping: b.shipping.into(),
            restocking_fee: b.restocking_fee.into(),
            return_shipping_fee: b.return_shipping_fee.into(),
            total: b.total.into(),
            capped: b.capped,
            store_credit_bonus: b.store_credit_bonus.into(),
            payouts: b
                .payouts
                .into_iter()
                .map(|p| {
                    let (destination, payment) = match p.destination {
                        r::RefundDestination::Payment(id) => ("payment", Some(id.to_string())),
                        r::RefundDestination::StoreCredit => ("store_credit", None),
                    };
                    RefundPayout { destination: destination.to_string(), payment, amount: p.amount.into() }
                })
                .collect(),
        }
    }
}

/// "Can this still go back, and what would come back?"
#[napi(object)]
pub struct ReturnPreview {
    /// The decision.
    pub report: EligibilityReport,
    /// The refund once the lines that are not denied come back resellable; absent when all are denied.
    pub refund: Option<RefundBreakdown>,
}

/// A return opened on an order.
#[napi(object)]
pub struct OpenedReturn {
    /// The decision it was opened with.
    pub report: EligibilityReport,
    /// The new events as JSON (append them to the order's stream).
    pub events_json: String,
}

type Inputs<'a> = (r::ReturnRequest, Cow<'a, r::ReturnPolicy>, r::EligibilityContext);

fn inputs<'a>(
    env: &Env,
    request: &Unknown<'_>,
    policy: &'a ConfigArg<'a, ReturnPolicy>,
    context: Option<Unknown<'_>>,
) -> Result<Inputs<'a>, String> {
    let policy = configured(env, policy, "policy", |p| &p.inner)?;
    Ok((contract_doc(env, request, "request")?, policy, opt_contract_doc(env, context, "context")?))
}

/// Validates a return policy (JSON string or object); every problem is reported at once as
/// `config.invalid`. Returns the canonical JSON with every default filled in.
#[napi]
pub fn return_policy(
    env: Env,
    #[napi(ts_arg_type = "string | Input<ReturnPolicyConfig>")] policy: Unknown<'_>,
) -> Result<String, String> {
    crate::guard(|| dump(&config::<r::ReturnPolicy>(&env, &policy, "policy")?))
}

#[napi]
impl Order {
    /// Decides a return request (`{id, customer, lines: [{line, quantity, reason}], method}`) against a
    /// policy at `now`, with every rule's verdict. `context` carries `recent_returns` and `tier`.
    #[napi]
    pub fn evaluate_return(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<EligibilityReport, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            Ok(r::evaluate(&self.inner, &req, policy.as_ref(), &ctx, time(&now, "now")?).map_err(js)?.into())
        })
    }

    /// The decision plus the refund the return would pay; the order is not changed.
    #[napi]
    pub fn preview_return(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    ) -> Result<ReturnPreview, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            let p = r::preview(&self.inner, &req, policy.as_ref(), &ctx, time(&now, "now")?).map_err(js)?;
            Ok(ReturnPreview { report: p.report.into(), refund: p.refund.map(Into::into) })
        })
    }

    /// Opens a return on the order (auto-approved when the policy says so); the order is updated.
    #[napi]
    #[allow(
        clippy::too_many_arguments,
        reason = "the JavaScript signature: request, policy, context, key, now, version"
    )]
    pub fn open_return(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string | Input<ReturnRequest>")] request: Unknown<'_>,
        #[napi(ts_arg_type = "ReturnPolicy | Input<ReturnPolicyConfig> | string")] policy: ConfigArg<'_, ReturnPolicy>,
        #[napi(ts_arg_type = "string | Input<EligibilityContext> | null | undefined")] context: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "string")] key: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] expected_version: Option<Unknown<'_>>,
    ) -> Result<OpenedReturn, String> {
        crate::guard(|| {
            let (req, policy, ctx) = inputs(&env, &request, &policy, context)?;
            let m = crate::args::meta_expecting(&key, &now, expected_version.as_ref())?;
            let (report, events) = r::request_return(&self.inner, &req, policy.as_ref(), &ctx, &m).map_err(js)?;
            self.record(&events);
            Ok(OpenedReturn { report: report.into(), events_json: dump(&events)? })
        })
    }
}

/// Every reason code a return decision can carry.
#[napi(ts_return_type = "DecisionCode[]")]
pub fn decision_codes() -> Result<Vec<String>, String> {
    crate::guard(|| Ok(r::DECISION_CODES.iter().map(|c| (*c).to_string()).collect()))
}
