//! The model learnt from past shipments, and what it promises.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use serde::{Deserialize, Serialize};

use crate::calendar::{BusinessCalendar, DayTable};
use crate::lane::Lane;
use crate::survival::{DayCounts, Pmf, beyond, blend, given_at_least, quantile, sum};

/// The model document's version; a newer one is refused, not misread.
pub const MODEL_VERSION: u32 = 1;

/// The longest duration taken from history (a year): longer is a data error, excluded.
const ABSURD_DAYS: i64 = 365;

/// One past shipment: ordered, perhaps handed to the carrier, perhaps delivered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shipped {
    /// Its lane.
    pub lane: Lane,
    /// When it was ordered.
    pub ordered_at: DateTime<Utc>,
    /// When the carrier took it.
    #[serde(default)]
    pub handed_over_at: Option<DateTime<Utc>>,
    /// When it arrived.
    #[serde(default)]
    pub delivered_at: Option<DateTime<Utc>>,
}

impl Shipped {
    /// A shipment ordered at `ordered_at`, not yet handed over.
    pub fn new(lane: Lane, ordered_at: DateTime<Utc>) -> Shipped {
        Shipped { lane, ordered_at, handed_over_at: None, delivered_at: None }
    }

    /// Handed to the carrier at `at`.
    #[must_use]
    pub fn handed_over(mut self, at: DateTime<Utc>) -> Shipped {
        self.handed_over_at = Some(at);
        self
    }

    /// Delivered at `at`.
    #[must_use]
    pub fn delivered(mut self, at: DateTime<Utc>) -> Shipped {
        self.delivered_at = Some(at);
        self
    }
}

/// Shipments the fit left out, by reason (they are counted, never silently dropped).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusions {
    /// Handed over before it was ordered.
    pub shipped_before_ordered: u64,
    /// Delivered before it was handed over.
    pub delivered_before_shipped: u64,
    /// Delivered with no handover recorded.
    pub delivered_without_handover: u64,
    /// Ordered after the fit's `as_of` (a handover or delivery after it is not excluded: it had
    /// not happened yet, and the parcel is censored there).
    pub in_the_future: u64,
    /// A duration over a year.
    pub absurd_duration: u64,
}

/// What the model has learnt: per group, the days from order to handover and from handover to
/// delivery, as counts (so models merge exactly).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PromiseModel {
    /// The document's version ([`MODEL_VERSION`]).
    pub version: u32,
    /// The calendar every duration is counted in.
    pub calendar: BusinessCalendar,
    /// How many parcels a group needs before its own data weighs as much as its parent's
    /// (shrinkage: weight `n / (n + prior_strength)`).
    pub prior_strength: u32,
    processing: BTreeMap<String, DayCounts>,
    transit: BTreeMap<String, DayCounts>,
    /// What the fit left out.
    pub excluded: Exclusions,
}

/// How far to trust a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConfidenceCode {
    /// The lane's own history supports it.
    High,
    /// Supported, with a reason to allow for.
    Medium,
    /// Borrowed mostly from the carrier or the whole shop.
    Low,
    /// No date: nothing supports one.
    None,
}

/// Why a date is less than certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Few parcels on this lane: the date leans on coarser groups.
    ThinData,
    /// The lane was never seen: the date comes from the carrier's service, the carrier or the shop.
    UnknownLane,
    /// The lane's times spread widely (the window is more than five business days).
    VolatileLane,
    /// Too much of the history is still travelling or past the horizon to place the date.
    Censored,
}

/// A confidence and its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confidence {
    /// The code.
    pub code: ConfidenceCode,
    /// Its reasons (none for `high`).
    pub reasons: Vec<Reason>,
}

/// The dates promised at checkout (local dates in the shop's zone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Promise {
    /// The earliest date (the `1 − percentile` quantile).
    pub earliest: Option<NaiveDate>,
    /// The likely date (the median).
    pub likely: Option<NaiveDate>,
    /// The latest date (the chosen percentile).
    pub latest: Option<NaiveDate>,
    /// The percentile `latest` stands for.
    pub percentile: f64,
    /// How far to trust it.
    pub confidence: Confidence,
}

/// A lane's quantiles in business days, and its confidence.
#[derive(Debug, Clone)]
pub(crate) struct LaneDays {
    earliest: Option<u32>,
    likely: Option<u32>,
    latest: Option<u32>,
    confidence: Confidence,
}

/// Promises many orders at one percentile, working out each lane once
/// ([`PromiseModel::promiser`]).
#[derive(Debug)]
pub struct Promiser<'a> {
    model: &'a PromiseModel,
    percentile: f64,
    lanes: std::collections::HashMap<Lane, Option<LaneDays>>,
}

impl Promiser<'_> {
    /// The promise for an order placed at `ordered_at` on `lane` (as [`PromiseModel::promise`]).
    pub fn promise(&mut self, lane: &Lane, ordered_at: DateTime<Utc>) -> Promise {
        let (model, percentile) = (self.model, self.percentile);
        if !self.lanes.contains_key(lane) {
            self.lanes.insert(lane.clone(), model.lane_days(lane, percentile));
        }
        let days = self.lanes.get(lane).and_then(Option::as_ref);
        model.promise_from(days, ordered_at, percentile)
    }
}

/// Where a parcel in transit stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InTransit {
    /// Business days since the handover.
    pub elapsed_days: u32,
    /// The likely arrival.
    pub likely: Option<NaiveDate>,
    /// The latest arrival at the chosen percentile.
    pub latest: Option<NaiveDate>,
    /// The probability of arriving after the promised date (when one was given).
    pub late_risk: Option<f64>,
    /// How far to trust it.
    pub confidence: Confidence,
}

pub(crate) fn error(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidInput, message.into())
}

impl PromiseModel {
    /// Learns from `history` as it stood at `as_of`: a parcel not yet handed over counts as still
    /// in processing, one handed over and not delivered as still travelling (both censored); a
    /// handover or delivery after `as_of` had not happened yet, so a later history gives the
    /// model the shop had at `as_of`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for no shipment at all.
    pub fn fit(calendar: &BusinessCalendar, history: &[Shipped], as_of: DateTime<Utc>) -> Result<PromiseModel> {
        let mut index: std::collections::HashMap<&Lane, usize> = std::collections::HashMap::new();
        let mut lanes: Vec<&Lane> = Vec::new();
        let rows = history.iter().map(|s| {
            let next = lanes.len();
            let lane = *index.entry(&s.lane).or_insert_with(|| {
                lanes.push(&s.lane);
                next
            });
            Ok(Row { lane, ordered_at: s.ordered_at, handed_over_at: s.handed_over_at, delivered_at: s.delivered_at })
        });
        let counts = count_rows(calendar, rows, as_of)?;
        Ok(Self::from_lane_counts(calendar, &lanes, counts))
    }

    /// The model of per-lane counts (`counts[i]` of `lanes[i]`): each lane's counts added to its
    /// groups, so the group keys are made once per lane, not once per parcel.
    pub(crate) fn from_lane_counts(calendar: &BusinessCalendar, lanes: &[&Lane], counts: LaneCounts) -> PromiseModel {
        let mut m = PromiseModel {
            version: MODEL_VERSION,
            calendar: calendar.clone(),
            prior_strength: 20,
            processing: BTreeMap::new(),
            transit: BTreeMap::new(),
            excluded: counts.excluded,
        };
        for (lane, (processing, transit)) in lanes.iter().zip(counts.per_lane) {
            if processing.total() > 0 {
                for level in lane.processing_levels() {
                    m.processing.entry(level).or_default().merge(&processing);
                }
            }
            if transit.total() > 0 {
                for level in lane.transit_levels() {
                    m.transit.entry(level).or_default().merge(&transit);
                }
            }
        }
        m
    }
}

/// One shipment, its lane as an index.
pub(crate) struct Row {
    pub lane: usize,
    pub ordered_at: DateTime<Utc>,
    pub handed_over_at: Option<DateTime<Utc>>,
    pub delivered_at: Option<DateTime<Utc>>,
}

/// Days counted per lane (by index), and what was left out.
pub(crate) struct LaneCounts {
    per_lane: Vec<(DayCounts, DayCounts)>,
    excluded: Exclusions,
}

/// Counts rows into their lanes' days, business days read from a table of the two years around
/// `as_of`.
pub(crate) fn count_rows(
    calendar: &BusinessCalendar,
    rows: impl Iterator<Item = Result<Row>>,
    as_of: DateTime<Utc>,
) -> Result<LaneCounts> {
    let days = calendar.table(calendar.local_date(as_of), 800, 400);
    let mut counts = LaneCounts { per_lane: Vec::new(), excluded: Exclusions::default() };
    let mut any = false;
    for row in rows {
        let row = row?;
        any = true;
        if counts.per_lane.len() <= row.lane {
            counts.per_lane.resize_with(row.lane.saturating_add(1), Default::default);
        }
        let Some((processing, transit)) = counts.per_lane.get_mut(row.lane) else { continue };
        learn(&mut counts.excluded, &days, processing, transit, &row, as_of);
    }
    if !any {
        return Err(error("a model needs at least one shipment"));
    }
    Ok(counts)
}

/// Counts one shipment into its lane's order-to-handover and handover-to-delivery days, or its
/// exclusion.
fn learn(
    x: &mut Exclusions,
    days: &DayTable<'_>,
    processing: &mut DayCounts,
    transit: &mut DayCounts,
    s: &Row,
    as_of: DateTime<Utc>,
) {
    if s.ordered_at > as_of {
        x.in_the_future = x.in_the_future.saturating_add(1);
        return;
    }
    // what happened after `as_of` had not happened yet: the parcel is censored there, so a model
    // fitted "as of" a date on a later history is the model the shop had on that date
    let known = |t: Option<DateTime<Utc>>| t.filter(|t| *t <= as_of);
    let span = |a: DateTime<Utc>, b: DateTime<Utc>| b.signed_duration_since(a).num_days();
    match (known(s.handed_over_at), known(s.delivered_at)) {
        (Some(h), _) if h < s.ordered_at => x.shipped_before_ordered = x.shipped_before_ordered.saturating_add(1),
        (Some(h), Some(d)) if d < h => x.delivered_before_shipped = x.delivered_before_shipped.saturating_add(1),
        (None, Some(_)) => x.delivered_without_handover = x.delivered_without_handover.saturating_add(1),
        (h, d) if span(s.ordered_at, d.or(h).unwrap_or(as_of)) > ABSURD_DAYS => {
            x.absurd_duration = x.absurd_duration.saturating_add(1);
        }
        (None, None) => {
            if let Some(n) = days.business_days(s.ordered_at, as_of) {
                processing.travelling(n);
            }
        }
        (Some(h), d) => {
            if let Some(n) = days.business_days(s.ordered_at, h) {
                processing.arrived(n);
            }
            if let Some(n) = days.business_days(h, d.unwrap_or(as_of)) {
                if d.is_some() { transit.arrived(n) } else { transit.travelling(n) }
            }
        }
    }
}

impl PromiseModel {
    /// Adds another model of the same calendar (a partition of the history): the result is the
    /// model of both histories.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for another calendar or prior strength.
    pub fn merge(&mut self, other: &PromiseModel) -> Result<()> {
        if other.calendar != self.calendar || other.prior_strength != self.prior_strength {
            return Err(error("only models of one calendar and prior strength merge"));
        }
        for (mine, theirs) in [(&mut self.processing, &other.processing), (&mut self.transit, &other.transit)] {
            for (k, v) in theirs {
                mine.entry(k.clone()).or_default().merge(v);
            }
        }
        let (a, b) = (&mut self.excluded, &other.excluded);
        a.shipped_before_ordered = a.shipped_before_ordered.saturating_add(b.shipped_before_ordered);
        a.delivered_before_shipped = a.delivered_before_shipped.saturating_add(b.delivered_before_shipped);
        a.delivered_without_handover = a.delivered_without_handover.saturating_add(b.delivered_without_handover);
        a.in_the_future = a.in_the_future.saturating_add(b.in_the_future);
        a.absurd_duration = a.absurd_duration.saturating_add(b.absurd_duration);
        Ok(())
    }

    /// The model as its JSON document.
    ///
    /// # Errors
    /// [`ErrorKind::Internal`] if it cannot be written (never expected).
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string(self).map_err(|e| Error::new(ErrorKind::Internal, e.to_string()))
    }

    /// Reads a model document.
    ///
    /// # Errors
    /// [`ErrorKind::SchemaTooNew`] for a document of a newer version; [`ErrorKind::InvalidInput`]
    /// for a malformed one; [`ErrorKind::InvalidConfig`] for a calendar without a working day.
    pub fn from_json(text: &str) -> Result<PromiseModel> {
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let v: Version = serde_json::from_str(text).map_err(|e| Error::from_json_error("promise model", &e))?;
        if v.version > MODEL_VERSION {
            return Err(Error::new(ErrorKind::SchemaTooNew, "the promise model was written by a newer version")
                .with("version", v.version)
                .with("known", MODEL_VERSION));
        }
        let mut m: PromiseModel =
            serde_json::from_str(text).map_err(|e| Error::from_json_error("promise model", &e))?;
        m.calendar = m.calendar.checked()?;
        let well_formed = m.processing.values().chain(m.transit.values()).all(DayCounts::is_valid);
        if !well_formed || m.prior_strength > 1_000_000 {
            return Err(error("the promise model's counts are malformed"));
        }
        Ok(m)
    }

    /// The blended distribution of a chain of groups (finest first), and how much the finest
    /// group counted and whether any was seen at all.
    fn chain(&self, groups: &BTreeMap<String, DayCounts>, levels: &[String]) -> (Option<Pmf>, u64, usize) {
        let k = f64::from(self.prior_strength);
        let mut pmf: Option<Pmf> = None;
        let mut finest_seen = levels.len();
        for (i, level) in levels.iter().enumerate().rev() {
            let Some(counts) = groups.get(level) else { continue };
            let Some(own) = counts.distribution() else { continue };
            finest_seen = i;
            let n = counts.total() as f64;
            pmf = Some(match pmf {
                None => own,
                Some(parent) => blend(&own, if k == 0.0 { 1.0 } else { n / (n + k) }, &parent),
            });
        }
        let n = levels.first().and_then(|l| groups.get(l)).map_or(0, DayCounts::total);
        (pmf, n, finest_seen)
    }

    fn confidence(&self, lane_n: u64, finest_seen: usize, pmf: &Pmf, percentile: f64) -> Confidence {
        let mut reasons = Vec::new();
        if finest_seen > 0 {
            reasons.push(Reason::UnknownLane);
        } else if lane_n < u64::from(self.prior_strength.max(1)).saturating_mul(2) {
            reasons.push(Reason::ThinData);
        }
        match (quantile(pmf, 0.5), quantile(pmf, percentile)) {
            (Some(mid), Some(high)) if high.saturating_sub(mid) > 5 => reasons.push(Reason::VolatileLane),
            (_, None) => reasons.push(Reason::Censored),
            _ => {}
        }
        let code = if quantile(pmf, 0.5).is_none() {
            ConfidenceCode::None
        } else if finest_seen >= 2 {
            ConfidenceCode::Low
        } else if reasons.is_empty() {
            ConfidenceCode::High
        } else {
            ConfidenceCode::Medium
        };
        Confidence { code, reasons }
    }

    pub(crate) fn check_percentile(percentile: f64) -> Result<()> {
        if !(0.5..1.0).contains(&percentile) {
            return Err(error("the percentile is at least 0.5 and below 1"));
        }
        Ok(())
    }

    /// A promiser at `percentile` that keeps each lane's distribution once worked out, for
    /// promising many orders (a checkout service, a batch).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a percentile outside `[0.5, 1)`.
    pub fn promiser(&self, percentile: f64) -> Result<Promiser<'_>> {
        Self::check_percentile(percentile)?;
        Ok(Promiser { model: self, percentile, lanes: std::collections::HashMap::new() })
    }

    /// A lane's order-to-delivery distribution in days, how much its own group counted and the
    /// finest group seen; `None` when nothing supports one.
    fn lane_total(&self, lane: &Lane) -> (Option<Pmf>, u64, usize) {
        let (processing, _, _) = self.chain(&self.processing, &lane.processing_levels());
        let (transit, lane_n, finest) = self.chain(&self.transit, &lane.transit_levels());
        match (processing, transit) {
            (Some(p), Some(t)) => (Some(sum(&p, &t)), lane_n, finest),
            _ => (None, lane_n, finest),
        }
    }

    /// The promise for one order from a lane's distribution.
    pub(crate) fn promise_from(&self, total: Option<&LaneDays>, ordered_at: DateTime<Utc>, percentile: f64) -> Promise {
        let Some(l) = total else {
            let confidence = Confidence { code: ConfidenceCode::None, reasons: vec![Reason::UnknownLane] };
            return Promise { earliest: None, likely: None, latest: None, percentile, confidence };
        };
        // one conversion to the shop's day, then a walk from date to date (the quantiles rise)
        let start = self.calendar.start_day(ordered_at);
        let mut at: Option<(u32, NaiveDate)> = start.map(|d| (0, d));
        let mut date = |days: Option<u32>| {
            let (n, from) = at?;
            let d = days?;
            let reached = if d >= n {
                self.calendar.working_days_after(from, d.saturating_sub(n))
            } else {
                start.and_then(|s| self.calendar.working_days_after(s, d))
            }?;
            at = Some((d, reached));
            Some(reached)
        };
        let (earliest, likely, latest) = (date(l.earliest), date(l.likely), date(l.latest));
        Promise { earliest, likely, latest, percentile, confidence: l.confidence.clone() }
    }

    /// The lane's likely and latest (at `percentile`) business days from order to delivery, when
    /// the history supports both.
    pub(crate) fn likely_and_latest(&self, lane: &Lane, percentile: f64) -> Option<(u32, u32)> {
        let days = self.lane_days(lane, percentile)?;
        days.likely.zip(days.latest)
    }

    pub(crate) fn lane_days(&self, lane: &Lane, percentile: f64) -> Option<LaneDays> {
        let (total, lane_n, finest) = self.lane_total(lane);
        let total = total?;
        Some(LaneDays {
            earliest: quantile(&total, 1.0 - percentile),
            likely: quantile(&total, 0.5),
            latest: quantile(&total, percentile),
            confidence: self.confidence(lane_n, finest, &total, percentile),
        })
    }

    /// The dates to promise for an order placed at `ordered_at` on `lane`: `latest` at
    /// `percentile` (0.9 for P90), `earliest` at `1 − percentile`, `likely` the median; a date the
    /// history cannot support is `None`, with confidence `none`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a percentile outside `[0.5, 1)`.
    pub fn promise(&self, lane: &Lane, ordered_at: DateTime<Utc>, percentile: f64) -> Result<Promise> {
        Self::check_percentile(percentile)?;
        Ok(self.promise_from(self.lane_days(lane, percentile).as_ref(), ordered_at, percentile))
    }

    /// Where a parcel handed over at `handed_over_at` stands at `now`: the window of its arrival
    /// given the business days already spent, and the risk of arriving after `promised` (a local
    /// date) when one was given.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a percentile outside `[0.5, 1)` or `now` before the handover.
    pub fn in_transit(
        &self,
        lane: &Lane,
        handed_over_at: DateTime<Utc>,
        now: DateTime<Utc>,
        percentile: f64,
        promised: Option<NaiveDate>,
    ) -> Result<InTransit> {
        Self::check_percentile(percentile)?;
        if now < handed_over_at {
            return Err(error("now is before the handover"));
        }
        // more business days than the calendar counts (over 400) is past every horizon
        let elapsed = self.calendar.business_days(handed_over_at, now).unwrap_or(u32::MAX);
        let (transit, lane_n, finest) = self.chain(&self.transit, &lane.transit_levels());
        let left = transit.as_ref().and_then(|t| given_at_least(t, elapsed));
        let Some(left) = left else {
            let confidence = Confidence { code: ConfidenceCode::None, reasons: vec![Reason::Censored] };
            return Ok(InTransit {
                elapsed_days: elapsed.min(crate::MAX_DAYS.saturating_add(1)),
                likely: None,
                latest: None,
                late_risk: None,
                confidence,
            });
        };
        let date = |p: f64| quantile(&left, p).and_then(|d| self.calendar.add_business_days(handed_over_at, d));
        let late_risk = promised.map(|day| {
            let days = self.calendar.business_days_until(handed_over_at, day).unwrap_or(u32::MAX);
            beyond(&left, days)
        });
        Ok(InTransit {
            elapsed_days: elapsed.min(crate::MAX_DAYS.saturating_add(1)),
            likely: date(0.5),
            latest: date(percentile),
            late_risk,
            confidence: self.confidence(lane_n, finest, &left, percentile),
        })
    }
}
