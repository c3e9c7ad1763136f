//! A preview of a return as data (computed by [`crate::order::returning::preview`]).

use serde::{Deserialize, Serialize};

use super::{EligibilityReport, RefundBreakdown};

/// What a return request would lead to if it were made now: the eligibility decision and, for
/// the lines that are not denied, the refund it would pay once everything arrives resellable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnPreview {
    /// The decision, as [`crate::order::returning::evaluate`] gives it.
    pub report: EligibilityReport,
    /// The refund for the lines that are not denied (pending review where a line needs it);
    /// `None` when every line is denied or nothing would be refunded.
    pub refund: Option<RefundBreakdown>,
}
