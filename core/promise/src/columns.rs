//! The model over columns, as data teams hold shipments: lanes as codes into a list of distinct
//! lanes (what `pandas.factorize` gives), times as nanoseconds since the Unix epoch with
//! `i64::MIN` for a missing one (numpy's `NaT`), dates as days since the epoch (numpy's
//! `datetime64[D]`, `NaT` again for none). Python, Spark and Node hand their columns here, so
//! every language fits and predicts the same way.

use chrono::{DateTime, NaiveDate, Utc};
use postpurchase_kernel::error::{Error, ErrorKind, Result};

use crate::accuracy::{AccuracyOptions, AccuracyReport, TestParcel};
use crate::calendar::BusinessCalendar;
use crate::lane::Lane;
use crate::model::{ConfidenceCode, LaneDays, PromiseModel, Reason, Row, Shipped, count_rows};

/// The missing-value marker of time and date columns (numpy's `NaT`).
pub const MISSING: i64 = i64::MIN;

/// Shipments as columns; every column has one value per shipment.
#[derive(Debug, Clone, Copy)]
pub struct ShipmentColumns<'a> {
    /// The distinct lanes.
    pub lanes: &'a [Lane],
    /// Each shipment's lane, as an index into `lanes`.
    pub lane: &'a [i64],
    /// When each was ordered (nanoseconds; never missing).
    pub ordered_ns: &'a [i64],
    /// When each was handed to the carrier ([`MISSING`] when not yet).
    pub handed_over_ns: &'a [i64],
    /// When each was delivered ([`MISSING`] when not yet).
    pub delivered_ns: &'a [i64],
}

/// Promises as columns: dates as days since the epoch ([`MISSING`] for none), the confidence as
/// a code (0 high, 1 medium, 2 low, 3 none) and its reasons as bits (1 thin data, 2 unknown
/// lane, 4 volatile lane, 8 censored).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PromiseColumns {
    /// The earliest dates.
    pub earliest: Vec<i64>,
    /// The likely dates.
    pub likely: Vec<i64>,
    /// The latest dates.
    pub latest: Vec<i64>,
    /// The confidence codes.
    pub confidence: Vec<u8>,
    /// The reasons, as bits.
    pub reasons: Vec<u8>,
}

/// Parcels in transit as columns: business days elapsed, dates as in [`PromiseColumns`], the
/// late risk (`NaN` when no promised date was given or none can be told).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InTransitColumns {
    /// Business days since the handover.
    pub elapsed_days: Vec<i64>,
    /// The likely arrival dates.
    pub likely: Vec<i64>,
    /// The latest arrival dates.
    pub latest: Vec<i64>,
    /// The probability of arriving after the promised date.
    pub late_risk: Vec<f64>,
    /// The confidence codes.
    pub confidence: Vec<u8>,
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidInput, message.into())
}

fn same_length(n: usize, columns: &[(&str, usize)]) -> Result<()> {
    match columns.iter().find(|(_, len)| *len != n) {
        Some((name, len)) => {
            Err(invalid(format!("every column needs {n} values")).with("column", name).with("length", len))
        }
        None => Ok(()),
    }
}

/// A time from nanoseconds, `None` for [`MISSING`].
fn time(ns: i64) -> Option<DateTime<Utc>> {
    (ns != MISSING).then(|| DateTime::from_timestamp_nanos(ns))
}

fn required_time(ns: i64, column: &str, row: usize) -> Result<DateTime<Utc>> {
    time(ns).ok_or_else(|| invalid("a time is missing").with("column", column).with("row", row))
}

/// Days since the epoch of a date, [`MISSING`] for none.
fn day_number(d: Option<NaiveDate>) -> i64 {
    d.map_or(MISSING, |d| d.signed_duration_since(NaiveDate::default()).num_days())
}

/// A date from days since the epoch, `None` for [`MISSING`].
fn date(days: i64) -> Result<Option<NaiveDate>> {
    if days == MISSING {
        return Ok(None);
    }
    chrono::Duration::try_days(days)
        .and_then(|d| NaiveDate::default().checked_add_signed(d))
        .map(Some)
        .ok_or_else(|| invalid("a date is out of range").with("days", days))
}

/// A lane code as an index into `lanes`.
fn lane_index(lanes: &[Lane], code: i64, row: usize) -> Result<usize> {
    usize::try_from(code)
        .ok()
        .filter(|i| *i < lanes.len())
        .ok_or_else(|| invalid("a lane code is not an index into the lanes").with("row", row).with("code", code))
}

fn lane(lanes: &[Lane], code: i64, row: usize) -> Result<&Lane> {
    let i = lane_index(lanes, code, row)?;
    lanes.get(i).ok_or_else(|| invalid("a lane code is not an index into the lanes").with("row", row))
}

fn confidence_code(c: ConfidenceCode) -> u8 {
    match c {
        ConfidenceCode::High => 0,
        ConfidenceCode::Medium => 1,
        ConfidenceCode::Low => 2,
        ConfidenceCode::None => 3,
    }
}

fn reason_bits(reasons: &[Reason]) -> u8 {
    reasons.iter().fold(0, |bits, r| {
        bits | match r {
            Reason::ThinData => 1,
            Reason::UnknownLane => 2,
            Reason::VolatileLane => 4,
            Reason::Censored => 8,
        }
    })
}

impl ShipmentColumns<'_> {
    /// The shipments, checked: equal lengths, lane codes in range, no missing order time.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] naming the column (and row) at fault.
    pub fn shipments(&self) -> Result<Vec<Shipped>> {
        let n = self.lane.len();
        same_length(
            n,
            &[
                ("ordered_at", self.ordered_ns.len()),
                ("handed_over_at", self.handed_over_ns.len()),
                ("delivered_at", self.delivered_ns.len()),
            ],
        )?;
        let mut out = Vec::with_capacity(n);
        for (row, (((code, o), h), d)) in
            self.lane.iter().zip(self.ordered_ns).zip(self.handed_over_ns).zip(self.delivered_ns).enumerate()
        {
            out.push(Shipped {
                lane: lane(self.lanes, *code, row)?.clone(),
                ordered_at: required_time(*o, "ordered_at", row)?,
                handed_over_at: time(*h),
                delivered_at: time(*d),
            });
        }
        Ok(out)
    }
}

impl PromiseModel {
    /// [`PromiseModel::fit`] over columns.
    ///
    /// # Errors
    /// As [`ShipmentColumns::shipments`] and [`PromiseModel::fit`].
    pub fn fit_columns(
        calendar: &BusinessCalendar,
        history: &ShipmentColumns<'_>,
        as_of_ns: i64,
    ) -> Result<PromiseModel> {
        let as_of = required_time(as_of_ns, "as_of", 0)?;
        let h = history;
        same_length(
            h.lane.len(),
            &[
                ("ordered_at", h.ordered_ns.len()),
                ("handed_over_at", h.handed_over_ns.len()),
                ("delivered_at", h.delivered_ns.len()),
            ],
        )?;
        let rows = h.lane.iter().zip(h.ordered_ns).zip(h.handed_over_ns).zip(h.delivered_ns).enumerate().map(
            |(row, (((code, o), ho), d))| {
                Ok(Row {
                    lane: lane_index(h.lanes, *code, row)?,
                    ordered_at: required_time(*o, "ordered_at", row)?,
                    handed_over_at: time(*ho),
                    delivered_at: time(*d),
                })
            },
        );
        let counts = count_rows(calendar, rows, as_of)?;
        let lanes: Vec<&Lane> = h.lanes.iter().collect();
        Ok(PromiseModel::from_lane_counts(calendar, &lanes, counts))
    }

    /// [`PromiseModel::promise`] for every order: `lane` codes into `lanes`, `ordered_ns` times.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a percentile outside `[0.5, 1)`, columns of other lengths,
    /// a lane code out of range or a missing time.
    pub fn promise_columns(
        &self,
        lanes: &[Lane],
        lane: &[i64],
        ordered_ns: &[i64],
        percentile: f64,
    ) -> Result<PromiseColumns> {
        same_length(lane.len(), &[("ordered_at", ordered_ns.len())])?;
        PromiseModel::check_percentile(percentile)?;
        // each lane worked out once, found by its code
        let mut worked: Vec<Option<Option<LaneDays>>> = vec![None; lanes.len()];
        let mut out = PromiseColumns::default();
        for (row, (code, o)) in lane.iter().zip(ordered_ns).enumerate() {
            let this = self::lane(lanes, *code, row)?;
            let Some(slot) = usize::try_from(*code).ok().and_then(|i| worked.get_mut(i)) else { continue };
            let days = slot.get_or_insert_with(|| self.lane_days(this, percentile)).as_ref();
            let p = self.promise_from(days, required_time(*o, "ordered_at", row)?, percentile);
            out.earliest.push(day_number(p.earliest));
            out.likely.push(day_number(p.likely));
            out.latest.push(day_number(p.latest));
            out.confidence.push(confidence_code(p.confidence.code));
            out.reasons.push(reason_bits(&p.confidence.reasons));
        }
        Ok(out)
    }

    /// [`PromiseModel::in_transit`] for every parcel: handed over at `handed_over_ns`, seen at
    /// `now_ns`, promised for `promised_day` (days since the epoch, [`MISSING`] for none). A
    /// parcel not handed over by `now` (a missing time, or one after `now`) gets no window: its
    /// elapsed days and dates are [`MISSING`], its risk `NaN`, its confidence none; one such row
    /// never fails the others.
    ///
    /// # Errors
    /// As [`PromiseModel::promise_columns`].
    pub fn in_transit_columns(
        &self,
        lanes: &[Lane],
        lane: &[i64],
        handed_over_ns: &[i64],
        now_ns: i64,
        percentile: f64,
        promised_day: &[i64],
    ) -> Result<InTransitColumns> {
        same_length(lane.len(), &[("handed_over_at", handed_over_ns.len()), ("promised", promised_day.len())])?;
        let now = required_time(now_ns, "now", 0)?;
        let mut out = InTransitColumns::default();
        PromiseModel::check_percentile(percentile)?;
        for (row, ((code, h), p)) in lane.iter().zip(handed_over_ns).zip(promised_day).enumerate() {
            let lane = self::lane(lanes, *code, row)?;
            // a parcel not handed over by `now` (missing, or later: a clock ahead) has no window
            // yet: its row says so, and the other rows are answered
            let Some(handed) = time(*h).filter(|t| *t <= now) else {
                out.elapsed_days.push(MISSING);
                out.likely.push(MISSING);
                out.latest.push(MISSING);
                out.late_risk.push(f64::NAN);
                out.confidence.push(confidence_code(ConfidenceCode::None));
                continue;
            };
            let t = self.in_transit(lane, handed, now, percentile, date(*p)?).map_err(|e| e.with("row", row))?;
            out.elapsed_days.push(i64::from(t.elapsed_days));
            out.likely.push(day_number(t.likely));
            out.latest.push(day_number(t.latest));
            out.late_risk.push(t.late_risk.unwrap_or(f64::NAN));
            out.confidence.push(confidence_code(t.confidence.code));
        }
        Ok(out)
    }

    /// [`PromiseModel::accuracy`] over columns; `carrier_flagged_ns` (when given) says when each
    /// parcel's carrier first flagged a delay, `promised_ns` (when given) what the shop promised
    /// it ([`MISSING`] for never, or none).
    ///
    /// # Errors
    /// As [`ShipmentColumns::shipments`] and [`PromiseModel::accuracy`].
    pub fn accuracy_columns(
        &self,
        test: &ShipmentColumns<'_>,
        carrier_flagged_ns: Option<&[i64]>,
        promised_ns: Option<&[i64]>,
        options: AccuracyOptions,
    ) -> Result<AccuracyReport> {
        let shipments = test.shipments()?;
        if let Some(f) = carrier_flagged_ns {
            same_length(shipments.len(), &[("carrier_flagged_at", f.len())])?;
        }
        if let Some(p) = promised_ns {
            same_length(shipments.len(), &[("promised_by", p.len())])?;
        }
        let parcels: Vec<TestParcel> = shipments
            .into_iter()
            .enumerate()
            .map(|(row, shipped)| TestParcel {
                shipped,
                carrier_flagged_at: carrier_flagged_ns.and_then(|f| f.get(row)).and_then(|ns| time(*ns)),
                promised_by: promised_ns.and_then(|p| p.get(row)).and_then(|ns| time(*ns)),
            })
            .collect();
        self.accuracy(&parcels, options)
    }
}
