//! How good a model's promises were on parcels whose outcome is known, side by side with a
//! fixed promise ("delivered in N business days"): the error of the likely date, the share
//! delivered by the promised date, pinball losses, and how well the late-risk warning separated
//! the late parcels from the on-time ones before the promised day.
//!
//! Every figure is counted in the model's business days. A test parcel counts once it was
//! delivered with a recorded handover; one still travelling, or with a bad record (delivered
//! before it was handed over, times out of order), is counted by reason and left out.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use postpurchase_kernel::error::Result;
use serde::{Deserialize, Serialize};

use crate::lane::Lane;
use crate::model::{PromiseModel, Shipped};

/// What to compare and when to warn (a field left out of a document takes its default).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccuracyOptions {
    /// The percentile of the model's promised (latest) date: 0.9 for P90.
    pub percentile: f64,
    /// The fixed promise to compare with, in business days from the order (`None`: none).
    pub fixed_days: Option<u32>,
    /// The late risk at which a warning goes out (0.5: warn when late is more likely than not).
    pub warn_at: f64,
}

impl Default for AccuracyOptions {
    fn default() -> Self {
        AccuracyOptions { percentile: 0.9, fixed_days: None, warn_at: 0.5 }
    }
}

/// One way of promising, measured.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PromiseAccuracy {
    /// Mean absolute error of the likely date, in business days (the fixed promise's only date
    /// stands for its likely one).
    pub mae_days: f64,
    /// Share delivered on or before the promised date (for the model: the coverage of its
    /// percentile, whose target is the percentile itself).
    pub on_or_before_promise: f64,
    /// Share delivered within one business day of the likely date.
    pub within_one_day: f64,
    /// Mean pinball loss of the likely date at 0.5.
    pub pinball_50: f64,
    /// Mean pinball loss of the promised date at the percentile.
    pub pinball_at_percentile: f64,
}

/// Parcels whose predicted late risk fell in `[from, to)`, and how many of them were late.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ReliabilityBin {
    /// Lower bound of the risk.
    pub from: f64,
    /// Upper bound (exclusive; the last bin includes 1).
    pub to: f64,
    /// Parcels in the bin.
    pub parcels: u64,
    /// Their mean predicted risk.
    pub mean_risk: f64,
    /// The share that was late.
    pub late_share: f64,
}

/// The warning sent the evening before the promised day (18:00 local) to parcels not yet
/// delivered whose late risk reached [`AccuracyOptions::warn_at`].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct LateWarnings {
    /// Parcels delivered after the promised date.
    pub late: u64,
    /// Of those, warned the evening before.
    pub warned_late: u64,
    /// Of those, whose carrier had flagged a delay by then (as given to
    /// [`PromiseModel::accuracy`]).
    pub carrier_flagged_late: u64,
    /// Late parcels warned by us and not flagged by their carrier.
    pub warned_only_by_us: u64,
    /// Parcels delivered by the promised date.
    pub on_time: u64,
    /// Of those, warned anyway (false alarms).
    pub false_alarms: u64,
}

/// Why test parcels were not measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Unmeasured {
    /// Not delivered yet.
    pub not_delivered: u64,
    /// Delivered with no handover, delivered before the handover, or handed over before the
    /// order.
    pub bad_record: u64,
    /// The model had no date for the lane.
    pub no_date: u64,
}

/// The accuracy of a model on a test set, beside a fixed promise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccuracyReport {
    /// The options it was measured with.
    pub options: AccuracyOptions,
    /// Parcels measured.
    pub parcels: u64,
    /// Parcels left out, by reason.
    pub unmeasured: Unmeasured,
    /// The model's promises.
    pub model: PromiseAccuracy,
    /// The fixed promise (each parcel's own `promised_by`, else `fixed_days`) on the parcels that
    /// had one.
    pub fixed: Option<PromiseAccuracy>,
    /// The late-risk warning (late against the parcel's fixed promise when it had one, else
    /// against the model's promised date).
    pub warnings: LateWarnings,
    /// Predicted late risk against what happened, in ten bins.
    pub reliability: Vec<ReliabilityBin>,
}

/// A test parcel, the promise its customer was given, and whether its carrier had flagged it
/// late before the check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestParcel {
    /// The parcel.
    pub shipped: Shipped,
    /// When its carrier first said it would be late (a delay scan), if it did.
    #[serde(default)]
    pub carrier_flagged_at: Option<DateTime<Utc>>,
    /// The delivery time the shop promised this parcel, when it promised one of its own (per
    /// destination, per service): the fixed promise it is measured against, instead of
    /// [`AccuracyOptions::fixed_days`].
    #[serde(default)]
    pub promised_by: Option<DateTime<Utc>>,
}

#[derive(Default)]
struct Sums {
    n: u64,
    abs: f64,
    by_promise: u64,
    within_one: u64,
    pinball_50: f64,
    pinball_p: f64,
}

impl Sums {
    fn add(&mut self, actual: u32, likely: u32, promised: u32, percentile: f64) {
        let (a, l, p) = (f64::from(actual), f64::from(likely), f64::from(promised));
        self.n = self.n.saturating_add(1);
        self.abs += (a - l).abs();
        self.by_promise = self.by_promise.saturating_add(u64::from(actual <= promised));
        self.within_one = self.within_one.saturating_add(u64::from(actual.abs_diff(likely) <= 1));
        self.pinball_50 += pinball(a, l, 0.5);
        self.pinball_p += pinball(a, p, percentile);
    }

    fn result(&self) -> PromiseAccuracy {
        let n = self.n.max(1) as f64;
        PromiseAccuracy {
            mae_days: self.abs / n,
            on_or_before_promise: self.by_promise as f64 / n,
            within_one_day: self.within_one as f64 / n,
            pinball_50: self.pinball_50 / n,
            pinball_at_percentile: self.pinball_p / n,
        }
    }
}

/// The pinball (quantile) loss of predicting `predicted` for the `q` quantile when `actual` came.
fn pinball(actual: f64, predicted: f64, q: f64) -> f64 {
    let d = actual - predicted;
    if d >= 0.0 { q * d } else { (q - 1.0) * d }
}

/// The check moment: 18:00 local on the day before `promised`.
fn evening_before(model: &PromiseModel, promised: NaiveDate) -> Option<DateTime<Utc>> {
    let day = promised.pred_opt()?;
    let local = day.and_time(NaiveTime::from_hms_opt(18, 0, 0)?);
    model.calendar.time_zone.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc))
}

impl PromiseModel {
    /// Measures the model's promises on `test` (parcels it did not learn from: a later period),
    /// beside the fixed promise of `options`.
    ///
    /// # Errors
    /// [`crate::ErrorKind::InvalidInput`] for a percentile outside `[0.5, 1)` or a warning
    /// threshold outside `[0, 1]`.
    pub fn accuracy(&self, test: &[TestParcel], options: AccuracyOptions) -> Result<AccuracyReport> {
        PromiseModel::check_percentile(options.percentile)?;
        if !(0.0..=1.0).contains(&options.warn_at) {
            return Err(crate::model::error("the warning threshold is a probability in [0, 1]"));
        }
        let mut lanes: HashMap<&Lane, Option<(u32, u32)>> = HashMap::new();
        let (mut model, mut fixed) = (Sums::default(), Sums::default());
        let mut unmeasured = Unmeasured::default();
        let mut warnings = LateWarnings::default();
        let mut bins: Vec<(u64, f64, u64)> = vec![(0, 0.0, 0); 10];
        for t in test {
            let s = &t.shipped;
            let (Some(handed), Some(delivered)) = (s.handed_over_at, s.delivered_at) else {
                if s.delivered_at.is_some() {
                    unmeasured.bad_record = unmeasured.bad_record.saturating_add(1);
                } else {
                    unmeasured.not_delivered = unmeasured.not_delivered.saturating_add(1);
                }
                continue;
            };
            if handed < s.ordered_at || delivered < handed {
                unmeasured.bad_record = unmeasured.bad_record.saturating_add(1);
                continue;
            }
            let days = *lanes.entry(&s.lane).or_insert_with(|| self.likely_and_latest(&s.lane, options.percentile));
            let (Some((likely, latest)), Some(actual)) = (days, self.calendar.business_days(s.ordered_at, delivered))
            else {
                unmeasured.no_date = unmeasured.no_date.saturating_add(1);
                continue;
            };
            model.add(actual, likely, latest, options.percentile);
            let given = match t.promised_by {
                Some(p) => self.calendar.business_days(s.ordered_at, p),
                None => options.fixed_days,
            };
            if let Some(f) = given {
                fixed.add(actual, f, f, options.percentile);
            }
            // the warning, against the promise the customer was given
            let promise_days = given.unwrap_or(latest);
            let Some(promised) = self.calendar.add_business_days(s.ordered_at, promise_days) else { continue };
            let late = actual > promise_days;
            let check = evening_before(self, promised);
            let risk = match check {
                Some(check) if delivered > check => {
                    let from = if handed <= check { handed } else { check };
                    self.in_transit(&s.lane, from, check, options.percentile, Some(promised))?.late_risk
                }
                _ => None,
            };
            let warned = risk.is_some_and(|r| r >= options.warn_at);
            let carrier = t.carrier_flagged_at.zip(check).is_some_and(|(f, c)| f <= c);
            if late {
                warnings.late = warnings.late.saturating_add(1);
                warnings.warned_late = warnings.warned_late.saturating_add(u64::from(warned));
                warnings.carrier_flagged_late = warnings.carrier_flagged_late.saturating_add(u64::from(carrier));
                warnings.warned_only_by_us = warnings.warned_only_by_us.saturating_add(u64::from(warned && !carrier));
            } else {
                warnings.on_time = warnings.on_time.saturating_add(1);
                warnings.false_alarms = warnings.false_alarms.saturating_add(u64::from(warned));
            }
            if let Some(r) = risk {
                let i = (1..10_u32).filter(|k| r >= f64::from(*k) / 10.0).count();
                if let Some(b) = bins.get_mut(i) {
                    *b = (b.0.saturating_add(1), b.1 + r, b.2.saturating_add(u64::from(late)));
                }
            }
        }
        let reliability = bins
            .iter()
            .enumerate()
            .map(|(i, (n, sum, late))| {
                let from = i as f64 / 10.0;
                let denominator = (*n).max(1) as f64;
                ReliabilityBin {
                    from,
                    to: from + 0.1,
                    parcels: *n,
                    mean_risk: sum / denominator,
                    late_share: *late as f64 / denominator,
                }
            })
            .collect();
        Ok(AccuracyReport {
            options,
            parcels: model.n,
            unmeasured,
            model: model.result(),
            fixed: (fixed.n > 0).then(|| fixed.result()),
            warnings,
            reliability,
        })
    }
}

fn weighted(a: f64, n: u64, b: f64, m: u64) -> f64 {
    let total = n.saturating_add(m);
    if total == 0 { 0.0 } else { (a * n as f64 + b * m as f64) / total as f64 }
}

impl PromiseAccuracy {
    fn merged(&self, n: u64, other: &PromiseAccuracy, m: u64) -> PromiseAccuracy {
        PromiseAccuracy {
            mae_days: weighted(self.mae_days, n, other.mae_days, m),
            on_or_before_promise: weighted(self.on_or_before_promise, n, other.on_or_before_promise, m),
            within_one_day: weighted(self.within_one_day, n, other.within_one_day, m),
            pinball_50: weighted(self.pinball_50, n, other.pinball_50, m),
            pinball_at_percentile: weighted(self.pinball_at_percentile, n, other.pinball_at_percentile, m),
        }
    }
}

impl AccuracyReport {
    /// Adds the report of other test parcels measured with the same options (another period of a
    /// rolling refit, another partition): the result is the report of all of them.
    ///
    /// # Errors
    /// [`crate::ErrorKind::InvalidInput`] for reports measured with other options.
    pub fn merge(&mut self, other: &AccuracyReport) -> Result<()> {
        if self.options != other.options || self.reliability.len() != other.reliability.len() {
            return Err(crate::model::error("only reports measured with the same options merge"));
        }
        let (n, m) = (self.parcels, other.parcels);
        self.model = self.model.merged(n, &other.model, m);
        self.fixed = match (self.fixed, other.fixed) {
            (Some(a), Some(b)) => Some(a.merged(n, &b, m)),
            (a, b) => a.or(b),
        };
        self.parcels = n.saturating_add(m);
        let (u, o) = (&mut self.unmeasured, &other.unmeasured);
        u.not_delivered = u.not_delivered.saturating_add(o.not_delivered);
        u.bad_record = u.bad_record.saturating_add(o.bad_record);
        u.no_date = u.no_date.saturating_add(o.no_date);
        let (w, o) = (&mut self.warnings, &other.warnings);
        w.late = w.late.saturating_add(o.late);
        w.warned_late = w.warned_late.saturating_add(o.warned_late);
        w.carrier_flagged_late = w.carrier_flagged_late.saturating_add(o.carrier_flagged_late);
        w.warned_only_by_us = w.warned_only_by_us.saturating_add(o.warned_only_by_us);
        w.on_time = w.on_time.saturating_add(o.on_time);
        w.false_alarms = w.false_alarms.saturating_add(o.false_alarms);
        for (a, b) in self.reliability.iter_mut().zip(&other.reliability) {
            a.mean_risk = weighted(a.mean_risk, a.parcels, b.mean_risk, b.parcels);
            a.late_share = weighted(a.late_share, a.parcels, b.late_share, b.parcels);
            a.parcels = a.parcels.saturating_add(b.parcels);
        }
        Ok(())
    }
}

/// A test parcel with no carrier flag.
impl From<Shipped> for TestParcel {
    fn from(shipped: Shipped) -> TestParcel {
        TestParcel { shipped, carrier_flagged_at: None, promised_by: None }
    }
}
