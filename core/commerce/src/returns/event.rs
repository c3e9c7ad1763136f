//! What a return records.

use super::*;

/// What changed on a return, recorded as [`crate::order::OrderChange::Return`].
#[allow(clippy::large_enum_variant)] // events are plain data, stored once and rarely moved
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReturnChange {
    /// A return was requested and evaluated: what was decided (the case opens from it).
    Requested {
        /// The decision.
        request: RequestedReturn,
    },
    /// Approved.
    Approved {
        /// The return.
        return_id: ReturnId,
        /// Units approved per line.
        lines: Vec<LineQuantity>,
        /// Staff override reason, if a denial was overridden.
        override_reason: Option<String>,
        /// What the approval decided for each line of the case (absent in events written
        /// before version 2, which replay by the rule of the time: [`crate::schema`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decided: Option<Vec<ApprovedLine>>,
    },
    /// Declined.
    Declined {
        /// The return.
        return_id: ReturnId,
        /// Why.
        reason: String,
    },
    /// Label issued.
    LabelIssued {
        /// The return.
        return_id: ReturnId,
        /// Carrier.
        carrier: String,
        /// Tracking number.
        tracking_number: String,
    },
    /// Carrier scan recorded.
    TrackingRecorded {
        /// The return.
        return_id: ReturnId,
        /// The scan.
        event: CarrierEvent,
        /// The return's status after the scan (absent in events written before version 2).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<ReturnStatus>,
    },
    /// Units received.
    Received {
        /// The return.
        return_id: ReturnId,
        /// What arrived.
        items: Vec<ReceivedItem>,
    },
    /// Refunded or credited.
    Refunded {
        /// The return.
        return_id: ReturnId,
        /// The breakdown.
        breakdown: RefundBreakdown,
        /// `credited` when every payout went to store credit, else `refunded` (decided here, so
        /// replay never re-derives it).
        status: ReturnStatus,
    },
    /// Settled by exchange.
    Exchanged {
        /// The return.
        return_id: ReturnId,
        /// The breakdown of the credit.
        breakdown: RefundBreakdown,
        /// Who owes whom.
        settlement: ExchangeSettlement,
    },
    /// Cancelled.
    Cancelled {
        /// The return.
        return_id: ReturnId,
    },
    /// Advance replacement shipped.
    AdvanceReplacementShipped {
        /// The return.
        return_id: ReturnId,
        /// Deadline for the return.
        deadline: DateTime<Utc>,
    },
    /// Customer charged for an unreturned advance exchange.
    ExchangeCharged {
        /// The return.
        return_id: ReturnId,
        /// Amount charged.
        amount: Money,
    },
    /// A transit claim resolved.
    ClaimResolved {
        /// The claim.
        claim_id: ReturnId,
        /// Units concerned.
        lines: Vec<LineQuantity>,
        /// Refund or replacement.
        resolution: ClaimResolution,
        /// The refund, for refunds.
        breakdown: Option<RefundBreakdown>,
    },
}
