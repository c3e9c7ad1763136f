//! A return case and what it is made of: statuses, lines, terms, and what a request and an
//! approval decided.

use super::*;

/// Where a return stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReturnStatus {
    /// Waiting for staff (some line needs review or was denied).
    Requested,
    /// Approved; waiting for a label or the parcel.
    Approved,
    /// Declined.
    Declined,
    /// A return label was issued.
    LabelIssued,
    /// The parcel is on its way back.
    InTransit,
    /// Something was received.
    Received,
    /// Refunded to the original payments.
    Refunded,
    /// Refunded as store credit.
    Credited,
    /// Settled by an exchange.
    Exchanged,
    /// An advance exchange whose return never came: the customer was charged.
    Charged,
    /// Cancelled before anything was received.
    Cancelled,
}

impl ReturnStatus {
    /// Whether the return is over.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            ReturnStatus::Declined
                | ReturnStatus::Refunded
                | ReturnStatus::Credited
                | ReturnStatus::Exchanged
                | ReturnStatus::Charged
                | ReturnStatus::Cancelled
        )
    }
}

/// The state of a returned unit on arrival.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemCondition {
    /// Can be sold again.
    Resellable,
    /// Arrived damaged.
    Damaged,
    /// Not the item that was sold.
    WrongItem,
    /// Not in the parcel.
    Missing,
}

/// Units received for one line.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceivedItem {
    /// The line.
    pub line: LineId,
    /// Units.
    pub quantity: u32,
    /// Their condition.
    pub condition: ItemCondition,
}

/// One line of a return case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnLine {
    /// The line.
    pub line: LineId,
    /// Units requested.
    pub requested: u32,
    /// Why.
    pub reason: ReturnReason,
    /// The eligibility outcome.
    pub outcome: Outcome,
    /// Units reserved on the order line (counted in its `return_requested`).
    pub reserved: u32,
    /// Units approved.
    pub approved: u32,
    /// Units received per condition.
    pub received: BTreeMap<ItemCondition, u32>,
    /// The restocking fee rule resolved at request time.
    pub restocking_fee: Option<Fee>,
}

impl ReturnLine {
    /// Units received in any condition, missing included.
    pub fn received_total(&self) -> u32 {
        self.received.values().sum()
    }

    /// Units received and not missing: what will be refunded.
    pub fn refundable(&self) -> u32 {
        self.received.iter().filter(|(c, _)| **c != ItemCondition::Missing).map(|(_, n)| *n).sum()
    }
}

/// The money terms fixed when the return was requested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnTerms {
    /// How the refund is paid.
    pub method: RefundMethod,
    /// Store-credit bonus in percent.
    #[serde(deserialize_with = "crate::money::exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::money::DecimalString"))]
    pub store_credit_bonus_percent: rust_decimal::Decimal,
    /// Return shipping fee charged (zero when waived).
    pub return_shipping_fee: Money,
    /// Refund the original shipping when the whole order has come back.
    pub refund_shipping_when_whole: bool,
    /// Refund the original shipping because of the reason.
    pub refund_shipping_for_reason: bool,
    /// The replacement, for exchanges.
    pub exchange: Option<ExchangeRequest>,
    /// The replacement's outbound shipping, for exchanges (absent in returns requested before
    /// exchanges were priced).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_shipping: Option<Money>,
}

/// What a return request decided: the lines reserved, the terms and the report. The case it
/// opens is requested at the event's time, with nothing approved, received or paid yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RequestedReturn {
    /// Id.
    pub id: ReturnId,
    /// Customer.
    pub customer: CustomerId,
    /// `requested`, or `declined` when the policy denied every line.
    pub status: ReturnStatus,
    /// The lines as decided.
    pub lines: Vec<RequestedReturnLine>,
    /// Money terms.
    pub terms: ReturnTerms,
    /// Why it was declined (when it was).
    pub decline_reason: Option<String>,
    /// The eligibility report (shared: copying a case or an event does not copy it).
    pub report: std::sync::Arc<EligibilityReport>,
}

/// One line of a return request as decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RequestedReturnLine {
    /// The line.
    pub line: LineId,
    /// Units requested.
    pub requested: u32,
    /// Why.
    pub reason: ReturnReason,
    /// The eligibility outcome.
    pub outcome: Outcome,
    /// Units reserved on the order line.
    pub reserved: u32,
    /// The restocking fee rule resolved at request time.
    pub restocking_fee: Option<Fee>,
}

impl RequestedReturn {
    /// The case this opens when recorded at `at`.
    pub fn open(&self, at: DateTime<Utc>) -> ReturnCase {
        self.clone().into_case(at)
    }

    /// The case this request opens at `at`, taking the request apart (no copies).
    pub fn into_case(self, at: DateTime<Utc>) -> ReturnCase {
        ReturnCase {
            id: self.id,
            customer: self.customer,
            status: self.status,
            requested_at: at,
            lines: self
                .lines
                .into_iter()
                .map(|l| ReturnLine {
                    line: l.line,
                    requested: l.requested,
                    reason: l.reason,
                    outcome: l.outcome,
                    reserved: l.reserved,
                    approved: 0,
                    received: BTreeMap::new(),
                    restocking_fee: l.restocking_fee,
                })
                .collect(),
            terms: self.terms,
            override_reason: None,
            decline_reason: self.decline_reason,
            label: None,
            tracking: Vec::new(),
            refund: None,
            exchange: None,
            advance_deadline: None,
            report: self.report,
        }
    }
}

/// What an approval decided for one line of a case: the units approved, the units now reserved
/// on the order line, and by how much the order line's reservation changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ApprovedLine {
    /// Position of the line in the case.
    pub position: u32,
    /// The order line.
    pub line: LineId,
    /// Units approved.
    pub approved: u32,
    /// Units reserved after the approval (always the approved units).
    pub reserved: u32,
    /// Change of the order line's `return_requested` (more when an override approves denied
    /// units, less when reserved units were not approved).
    pub reservation_change: i64,
}

/// A return (or a claim) on an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnCase {
    /// Id.
    pub id: ReturnId,
    /// Customer.
    pub customer: CustomerId,
    /// Status.
    pub status: ReturnStatus,
    /// When requested.
    pub requested_at: DateTime<Utc>,
    /// Lines.
    pub lines: Vec<ReturnLine>,
    /// Money terms.
    pub terms: ReturnTerms,
    /// Staff override of a denial, with its reason.
    pub override_reason: Option<String>,
    /// Why it was declined.
    pub decline_reason: Option<String>,
    /// Return label carrier and tracking number.
    pub label: Option<(String, String)>,
    /// Carrier scans of the parcel coming back.
    pub tracking: Vec<CarrierEvent>,
    /// The refund, once paid.
    pub refund: Option<RefundBreakdown>,
    /// The exchange settlement, once made.
    pub exchange: Option<ExchangeSettlement>,
    /// Deadline of an advance exchange whose replacement has shipped.
    pub advance_deadline: Option<DateTime<Utc>>,
    /// The eligibility report the return was opened with (shared with the event that opened it).
    pub report: std::sync::Arc<EligibilityReport>,
}

impl ReturnCase {
    /// Whether this is a transit claim (opened by `ReturnCommand::Claim`, with no eligibility
    /// lines) rather than a customer's return.
    pub fn is_claim(&self) -> bool {
        self.report.lines.is_empty()
    }

    /// Where each line id first appears in `lines`: built once per command, so touching every
    /// line of a large return costs the size of the return, not its square.
    pub(crate) fn first_positions(&self) -> FirstPositions {
        if self.lines.len() <= SCANNED_CASE_LINES {
            return FirstPositions(None);
        }
        let mut out = std::collections::HashMap::with_capacity_and_hasher(self.lines.len(), Default::default());
        for (i, l) in self.lines.iter().enumerate() {
            out.entry(l.line.clone()).or_insert(i);
        }
        FirstPositions(Some(out))
    }
}

/// The most lines a case looks through by scanning rather than through a map.
pub(crate) const SCANNED_CASE_LINES: usize = 16;

/// Where each line id first appears in a case's lines: found by scanning a short case, through a
/// map built once for a long one.
pub(crate) struct FirstPositions(Option<std::collections::HashMap<LineId, usize, foldhash::fast::RandomState>>);

impl FirstPositions {
    /// The first position of `line` in `lines` (the lines these positions were taken from).
    pub(crate) fn get(&self, lines: &[ReturnLine], line: &LineId) -> Option<usize> {
        match &self.0 {
            None => lines.iter().position(|l| &l.line == line),
            Some(map) => map.get(line).copied(),
        }
    }
}

/// What to do about goods lost or damaged in transit.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimResolution {
    /// Refund the units.
    Refund,
    /// Send a replacement (the host creates the replacement order).
    Replacement,
}
