//! Delivery promises learnt from the shop's own history.
//!
//! - [`BusinessCalendar`]: the shop's working days, holidays and daily cut-off in its time zone;
//!   every duration here is counted in its business days.
//! - [`PromiseModel::fit`]: from past shipments (ordered, handed to the carrier, delivered, or
//!   still travelling), per [`Lane`] (carrier × service × origin region × destination region),
//!   the distribution of the days from order to handover and from handover to delivery. A parcel
//!   still travelling is right-censored (Kaplan–Meier), not dropped and not counted as delivered.
//!   The model keeps per-day counts, so two models of one calendar [`merge`](PromiseModel::merge)
//!   into the model of both histories exactly (a nightly job can fit partitions).
//! - [`PromiseModel::promise`]: the dates at checkout for a chosen percentile, with a
//!   [`Confidence`] and its reasons; sparse lanes borrow from their carrier's service, carrier and
//!   the whole shop by shrinkage, and no date is given when nothing supports one.
//! - [`PromiseModel::in_transit`]: after handover, the remaining window given the days already
//!   spent, and the risk of missing a promised date.
//! - [`PromiseModel::accuracy`]: on parcels it did not learn from, how good its dates were beside
//!   a fixed promise, and how well its late-risk warning caught the late parcels.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use postpurchase::promise::{BusinessCalendar, Lane, PromiseModel, Shipped};
//!
//! let calendar = BusinessCalendar::weekdays("Europe/Berlin", "14:00")?;
//! let lane = Lane::new("dhl", "paket", "DE-1", "DE-8");
//! let day = |d: u32, h: u32| Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap();
//! // forty parcels ordered on Monday morning, handed over that day, delivered on Wednesday
//! let history: Vec<Shipped> = (0..40)
//!     .map(|_| Shipped::new(lane.clone(), day(2, 8)).handed_over(day(2, 12)).delivered(day(4, 15)))
//!     .collect();
//! let model = PromiseModel::fit(&calendar, &history, day(20, 0))?;
//! let promise = model.promise(&lane, day(9, 9), 0.9)?;
//! assert_eq!(promise.likely.unwrap().to_string(), "2026-03-11"); // Monday 9 March + 2 business days
//! # Ok::<(), postpurchase::Error>(())
//! ```
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

mod accuracy;
mod calendar;
mod columns;
mod lane;
mod model;
mod survival;

pub use accuracy::{
    AccuracyOptions, AccuracyReport, LateWarnings, PromiseAccuracy, ReliabilityBin, TestParcel, Unmeasured,
};
pub use calendar::BusinessCalendar;
pub use columns::{InTransitColumns, MISSING, PromiseColumns, ShipmentColumns};
pub use lane::Lane;
pub use model::{
    Confidence, ConfidenceCode, Exclusions, InTransit, MODEL_VERSION, Promise, PromiseModel, Promiser, Reason, Shipped,
};
pub use survival::MAX_DAYS;
