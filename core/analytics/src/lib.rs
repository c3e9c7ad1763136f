//! Analytics: customer metrics (repeat rate, retention, cohorts, historic CLV), feedback scores
//! (NPS, CSAT, CES), predictive CLV (BG/NBD, Pareto/NBD, Gamma-Gamma) and journey models
//! (lifecycle, RFM, next purchase, co-purchase recommendations).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

use postpurchase_kernel::{error, ids, money};
use postpurchase_notify as notify;

pub mod clv;
pub mod feedback;
pub mod journey;
pub mod metrics;
