//! The customer journey: RFM scores and named segments, and post-purchase recommendations from
//! co-purchase statistics. Pure and explainable: every score says what it was computed from.

pub mod recommend;
pub mod rfm;

pub use recommend::{CoPurchase, CoPurchaseOptions, HitRate, Recommendation};
pub use rfm::{RfmCustomer, RfmScore, Segment, SegmentSummary, rfm_scores, segment_summary};
