//! The customer journey: lifecycle stages and the moves between them, RFM scores and named
//! segments, and post-purchase recommendations from co-purchase statistics. Pure and explainable: every score says what it was computed from.

pub mod lifecycle;
pub mod next_purchase;
pub mod recommend;
pub mod rfm;

pub use lifecycle::{
    CustomerHistory, CustomerPurchases, CustomerStages, Move, Stage, StageAssignment, StageFacts, StageRules,
    StageTransitions, StagesByDate, TransitionRow, Transitions, stage_at, stage_transitions, transitions,
};
pub use next_purchase::{NextPurchase, next_purchase, replenishment_signal};
pub use recommend::{CoPurchase, CoPurchaseOptions, HitRate, HoldoutCase, Recommendation};
pub use rfm::{
    RfmCustomer, RfmMeasures, RfmScore, Segment, SegmentSummary, rfm_scores, rfm_scores_of_measures, segment_summary,
};
