//! Survey feedback: NPS, CSAT and CES as mergeable accumulators with confidence intervals, and
//! breakdowns by segment and time bucket.
//!
//! Every accumulator can be built on any part of the data and merged in any order with exactly
//! the same result as on the whole, so a data team can run it per partition.
//!
//! ```
//! use postpurchase::feedback::Nps;
//! let mut a = Nps::from_scores(&[10.0, 9.0, 7.0])?;
//! let b = Nps::from_scores(&[3.0, 10.0])?;
//! a.merge(&b);
//! let r = a.result(0.95)?;
//! assert_eq!(r.responses, 5);
//! assert!((r.score - 40.0).abs() < 1e-9); // 3 promoters, 1 detractor of 5
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};
use statrs::distribution::{ContinuousCDF, Normal};

use crate::error::{Error, ErrorKind, Result};

const MAX_POSITIONS_SHOWN: usize = 20;

/// Checks answers are whole numbers in `[low, high]`; the error names every offending position
/// (the first 20 in the message, the count in `invalid_count`).
fn check_answers(scores: &[f64], low: u8, high: u8) -> Result<()> {
    let bad: Vec<usize> = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| !(s.is_finite() && s.fract() == 0.0 && **s >= f64::from(low) && **s <= f64::from(high)))
        .map(|(i, _)| i)
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    let shown: Vec<String> = bad.iter().take(MAX_POSITIONS_SHOWN).map(ToString::to_string).collect();
    Err(Error::new(
        ErrorKind::InvalidAnswer,
        format!("answers must be whole numbers from {low} to {high}; bad at positions {}", shown.join(",")),
    )
    .with("positions", shown.join(","))
    .with("invalid_count", bad.len()))
}

/// A survey answer as a column holds it: any of numpy's real number types, read as `f64` one
/// value at a time (an integer too large for `f64` rounds, and fails the answer's bounds anyway).
pub trait AnswerValue: Copy {
    /// The value as `f64`.
    fn to_f64(self) -> f64;
    /// Whether it is an NPS answer (a whole number 0–10), a promoter (9–10) and a detractor
    /// (0–6), without branches.
    fn nps_class(self) -> (bool, bool, bool);
    /// Whether the type is 32 bits or narrower (counted with 32-bit counters, lane for lane).
    const NARROW: bool;
}

/// Adding and taking away 2^52 rounds a number below 2^52 to a whole one: only whole numbers come
/// back unchanged (NaN never does); plain arithmetic, so a loop over it vectorises.
const ROUND_F64: f64 = 4_503_599_627_370_496.0;
/// The same for `f32` (2^23).
const ROUND_F32: f32 = 8_388_608.0;

macro_rules! answer_float {
    ($t:ty, $round:expr, $narrow:expr) => {
        impl AnswerValue for $t {
            const NARROW: bool = $narrow;
            #[allow(clippy::cast_lossless, reason = "f32 widens exactly")]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[allow(clippy::manual_range_contains, reason = "`&` on comparisons keeps the loop branch-free")]
            fn nps_class(self) -> (bool, bool, bool) {
                let whole = (self + $round) - $round == self;
                (whole & (self >= 0.0) & (self <= 10.0), self >= 9.0, self <= 6.0)
            }
        }
    };
}
answer_float!(f64, ROUND_F64, false);
answer_float!(f32, ROUND_F32, true);

macro_rules! answer_int {
    ($($t:ty),*) => {$(
        impl AnswerValue for $t {
            const NARROW: bool = std::mem::size_of::<$t>() <= 4;
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless, reason = "answers are small; a huge value fails the bounds")]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[allow(unused_comparisons, clippy::manual_range_contains, reason = "one macro for signed and unsigned; `&` keeps it branch-free")]
            fn nps_class(self) -> (bool, bool, bool) {
                ((self >= 0) & (self <= 10), self >= 9, self <= 6)
            }
        }
    )*};
}
answer_int!(i64, i32, i16, i8, u64, u32, u16, u8);

/// NPS counts of `scores` (promoters, detractors) and whether every score is a whole number in
/// 0–10, in one branch-free pass the compiler can vectorise; when a score is not valid the counts
/// mean nothing and the caller reports the error.
fn nps_counts<T: AnswerValue>(scores: &[T]) -> (u64, u64, bool) {
    if !T::NARROW {
        let (mut promoters, mut detractors, mut bad) = (0u64, 0u64, 0u64);
        for v in scores {
            let (valid, promoter, detractor) = v.nps_class();
            bad |= u64::from(!valid);
            promoters = promoters.wrapping_add(u64::from(promoter));
            detractors = detractors.wrapping_add(u64::from(detractor));
        }
        return (promoters, detractors, bad == 0);
    }
    let (mut promoters, mut detractors, mut bad) = (0u64, 0u64, 0u32);
    // 32-bit values: 32-bit counters per block (a block never overflows them) keep the lanes
    // as wide as the values
    for block in scores.chunks(1 << 16) {
        let (mut p, mut d) = (0u32, 0u32);
        for v in block {
            let (valid, promoter, detractor) = v.nps_class();
            bad |= u32::from(!valid);
            p = p.wrapping_add(u32::from(promoter));
            d = d.wrapping_add(u32::from(detractor));
        }
        promoters = promoters.wrapping_add(u64::from(p));
        detractors = detractors.wrapping_add(u64::from(d));
    }
    (promoters, detractors, bad == 0)
}

/// How many times each byte value occurs. Four interleaved tables keep consecutive equal bytes
/// from waiting on each other's increments.
fn byte_histogram(bytes: &[u8]) -> [u64; 256] {
    let mut tables = [[0u64; 256]; 4];
    let mut chunks = bytes.chunks_exact(4);
    for c in &mut chunks {
        for (table, b) in tables.iter_mut().zip(c) {
            if let Some(n) = table.get_mut(usize::from(*b)) {
                *n = n.wrapping_add(1);
            }
        }
    }
    for b in chunks.remainder() {
        if let Some(n) = tables[0].get_mut(usize::from(*b)) {
            *n = n.wrapping_add(1);
        }
    }
    let mut out = [0u64; 256];
    for table in &tables {
        for (o, n) in out.iter_mut().zip(table) {
            *o = o.saturating_add(*n);
        }
    }
    out
}

fn z_for(confidence: f64) -> Result<f64> {
    if !(confidence.is_finite() && confidence > 0.0 && confidence < 1.0) {
        return Err(Error::new(ErrorKind::InvalidInput, "confidence must be between 0 and 1"));
    }
    let normal = Normal::new(0.0, 1.0).map_err(|_| Error::new(ErrorKind::InvalidInput, "normal distribution"))?;
    Ok(normal.inverse_cdf(1.0 - (1.0 - confidence) / 2.0))
}

/// A confidence interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Interval {
    /// Lower bound.
    pub low: f64,
    /// Upper bound.
    pub high: f64,
}

/// Net Promoter Score counts: promoters answer 9–10, passives 7–8, detractors 0–6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Nps {
    /// Answers 9–10.
    pub promoters: u64,
    /// Answers 7–8.
    pub passives: u64,
    /// Answers 0–6.
    pub detractors: u64,
}

/// An NPS with its uncertainty. Scores and bounds are on the −100…100 scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NpsResult {
    /// Number of answers.
    pub responses: u64,
    /// Answers 9–10.
    #[serde(default)]
    pub promoters: u64,
    /// Answers 7–8.
    #[serde(default)]
    pub passives: u64,
    /// Answers 0–6.
    #[serde(default)]
    pub detractors: u64,
    /// % promoters − % detractors.
    pub score: f64,
    /// Share of promoters (0–1).
    pub promoter_share: f64,
    /// Share of detractors (0–1).
    pub detractor_share: f64,
    /// Variance of the promoter-minus-detractor difference (proportion scale).
    pub variance: f64,
    /// z × standard error, on the −100…100 scale.
    pub margin_of_error: f64,
    /// Adjusted-Wald interval (¾ added to promoters and detractors, 3 to n), clamped to ±100.
    pub interval: Interval,
}

impl Nps {
    /// Adds one answer.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAnswer`] if it is above 10.
    pub fn add(&mut self, score: u8) -> Result<()> {
        match score {
            9 | 10 => self.promoters = self.promoters.saturating_add(1),
            7 | 8 => self.passives = self.passives.saturating_add(1),
            0..=6 => self.detractors = self.detractors.saturating_add(1),
            _ => return Err(Error::new(ErrorKind::InvalidAnswer, "NPS answers are 0 to 10").with("positions", 0)),
        }
        Ok(())
    }

    /// Counts a batch of answers (whole numbers 0–10). All-or-nothing: on error nothing is counted.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAnswer`] naming every bad position.
    pub fn add_scores(&mut self, scores: &[f64]) -> Result<()> {
        self.add_values(scores)
    }

    /// [`Nps::add_scores`] for answers of any real number type (`f32`, `i64`, `u8`, …), read
    /// where they lie: one pass, no conversion of the column. All-or-nothing.
    ///
    /// ```
    /// use postpurchase::feedback::Nps;
    /// let mut n = Nps::default();
    /// n.add_values(&[10i64, 9, 7, 3])?;
    /// assert_eq!((n.promoters, n.passives, n.detractors), (2, 1, 1));
    /// assert_eq!(n.add_values(&[5.5f32]).unwrap_err().code(), "feedback.invalid_answer");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Nps::add_scores`].
    pub fn add_values<T: AnswerValue>(&mut self, scores: &[T]) -> Result<()> {
        let (promoters, detractors, ok) = nps_counts(scores);
        if !ok {
            // names every bad position
            let as_f64: Vec<f64> = scores.iter().map(|v| v.to_f64()).collect();
            check_answers(&as_f64, 0, 10)?;
        }
        let total = u64::try_from(scores.len()).unwrap_or(u64::MAX);
        let passives = total.saturating_sub(promoters).saturating_sub(detractors);
        self.detractors = self.detractors.saturating_add(detractors);
        self.passives = self.passives.saturating_add(passives);
        self.promoters = self.promoters.saturating_add(promoters);
        Ok(())
    }

    /// Counts a batch of answers given as bytes (0–10 each), in one pass without converting them
    /// to numbers: a histogram of the byte values, checked afterwards. All-or-nothing: on error
    /// nothing is counted.
    ///
    /// ```
    /// use postpurchase::feedback::Nps;
    /// let mut n = Nps::default();
    /// n.add_answers(&[10, 9, 7, 3])?;
    /// assert_eq!((n.promoters, n.passives, n.detractors), (2, 1, 1));
    /// assert_eq!(n.add_answers(&[5, 11]).unwrap_err().code(), "feedback.invalid_answer");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAnswer`] naming the first bad positions and how many there are.
    pub fn add_answers(&mut self, answers: &[u8]) -> Result<()> {
        let counts = byte_histogram(answers);
        let invalid = saturating_sum(counts.iter().skip(11));
        if invalid > 0 {
            let shown: Vec<String> = answers
                .iter()
                .enumerate()
                .filter(|(_, a)| **a > 10)
                .take(MAX_POSITIONS_SHOWN)
                .map(|(i, _)| i.to_string())
                .collect();
            return Err(Error::new(
                ErrorKind::InvalidAnswer,
                format!("answers must be whole numbers from 0 to 10; bad at positions {}", shown.join(",")),
            )
            .with("positions", shown.join(","))
            .with("invalid_count", invalid));
        }
        self.detractors = self.detractors.saturating_add(saturating_sum(counts.iter().take(7)));
        self.passives = self.passives.saturating_add(saturating_sum(counts.iter().skip(7).take(2)));
        self.promoters = self.promoters.saturating_add(saturating_sum(counts.iter().skip(9).take(2)));
        Ok(())
    }

    /// An accumulator over a batch.
    ///
    /// # Errors
    /// As [`Nps::add_scores`].
    pub fn from_scores(scores: &[f64]) -> Result<Nps> {
        let mut n = Nps::default();
        n.add_scores(scores)?;
        Ok(n)
    }

    /// Adds another accumulator's counts.
    pub fn merge(&mut self, other: &Nps) {
        self.promoters = self.promoters.saturating_add(other.promoters);
        self.passives = self.passives.saturating_add(other.passives);
        self.detractors = self.detractors.saturating_add(other.detractors);
    }

    /// Number of answers.
    pub fn responses(&self) -> u64 {
        saturating_sum([self.promoters, self.passives, self.detractors].iter())
    }

    /// The score and its uncertainty at `confidence` (e.g. 0.95).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] with no answers or a confidence outside (0, 1).
    pub fn result(&self, confidence: f64) -> Result<NpsResult> {
        let z = z_for(confidence)?;
        let n = checked_total([self.promoters, self.passives, self.detractors].iter())?;
        if n == 0 {
            return Err(Error::new(ErrorKind::InvalidInput, "no answers"));
        }
        let nf = n as f64;
        let (pp, pd) = (self.promoters as f64 / nf, self.detractors as f64 / nf);
        let nps = pp - pd;
        let variance = (pp + pd - nps * nps) / nf;
        let (ap, ad, an) = (self.promoters as f64 + 0.75, self.detractors as f64 + 0.75, nf + 3.0);
        let (qp, qd) = (ap / an, ad / an);
        let adj = qp - qd;
        let adj_se = ((qp + qd - adj * adj) / an).sqrt();
        Ok(NpsResult {
            responses: n,
            promoters: self.promoters,
            passives: self.passives,
            detractors: self.detractors,
            score: 100.0 * nps,
            promoter_share: pp,
            detractor_share: pd,
            variance,
            margin_of_error: 100.0 * z * variance.sqrt(),
            interval: Interval {
                low: (100.0 * (adj - z * adj_se)).max(-100.0),
                high: (100.0 * (adj + z * adj_se)).min(100.0),
            },
        })
    }
}

/// Wilson score interval for a proportion.
fn wilson(successes: u64, n: u64, z: f64) -> Interval {
    let nf = n as f64;
    let p = successes as f64 / nf;
    let z2 = z * z;
    let centre = (p + z2 / (2.0 * nf)) / (1.0 + z2 / nf);
    let half = z * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt() / (1.0 + z2 / nf);
    Interval { low: (centre - half).max(0.0), high: (centre + half).min(1.0) }
}

/// Customer satisfaction: the share of answers in the top boxes of a scale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Csat {
    /// Lowest answer (default 1).
    pub scale_low: u8,
    /// Highest answer (default 5).
    pub scale_high: u8,
    /// How many top answers count as satisfied (default 2: 4 and 5).
    pub top_boxes: u8,
    /// Counts per answer, from `scale_low` up.
    pub counts: Vec<u64>,
}

/// A CSAT with its Wilson interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CsatResult {
    /// Number of answers.
    pub responses: u64,
    /// Satisfied answers.
    pub satisfied: u64,
    /// Satisfied share, 0–1 (0.85 is 85 %); the interval is in shares too.
    pub score: f64,
    /// Mean answer.
    pub mean: f64,
    /// Wilson interval of the share.
    pub interval: Interval,
}

impl Default for Csat {
    fn default() -> Self {
        Csat { scale_low: 1, scale_high: 5, top_boxes: 2, counts: vec![0; 5] }
    }
}

impl Csat {
    /// A CSAT on a custom scale.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] if the scale is empty or the top boxes do not fit in it.
    pub fn with_scale(scale_low: u8, scale_high: u8, top_boxes: u8) -> Result<Csat> {
        if scale_high <= scale_low
            || top_boxes == 0
            || u16::from(top_boxes) > u16::from(scale_high).saturating_sub(u16::from(scale_low)).saturating_add(1)
        {
            return Err(Error::new(ErrorKind::InvalidInput, "a scale needs low < high and 1..=size top boxes"));
        }
        Ok(Csat {
            scale_low,
            scale_high,
            top_boxes,
            counts: vec![0; usize::from(scale_high.saturating_sub(scale_low)).saturating_add(1)],
        })
    }

    /// Counts a batch of answers. All-or-nothing.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAnswer`] naming every bad position.
    pub fn add_scores(&mut self, scores: &[f64]) -> Result<()> {
        check_answers(scores, self.scale_low, self.scale_high)?;
        for s in scores {
            if let Some(c) =
                s.to_usize().and_then(|i| self.counts.get_mut(i.saturating_sub(usize::from(self.scale_low))))
            {
                *c = c.saturating_add(1);
            }
        }
        Ok(())
    }

    /// Adds another accumulator's counts.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] if the scales differ.
    pub fn merge(&mut self, other: &Csat) -> Result<()> {
        if (self.scale_low, self.scale_high, self.top_boxes) != (other.scale_low, other.scale_high, other.top_boxes) {
            return Err(Error::new(ErrorKind::InvalidInput, "cannot merge CSAT on different scales"));
        }
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a = a.saturating_add(*b);
        }
        Ok(())
    }

    /// The score at `confidence`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] with no answers or a bad confidence.
    pub fn result(&self, confidence: f64) -> Result<CsatResult> {
        let z = z_for(confidence)?;
        let n = checked_total(self.counts.iter())?;
        if n == 0 {
            return Err(Error::new(ErrorKind::InvalidInput, "no answers"));
        }
        let top = usize::from(self.top_boxes);
        let satisfied = saturating_sum(self.counts.iter().rev().take(top));
        let total: f64 =
            self.counts.iter().enumerate().map(|(i, c)| (i as f64 + f64::from(self.scale_low)) * *c as f64).sum();
        Ok(CsatResult {
            responses: n,
            satisfied,
            score: satisfied as f64 / n as f64,
            mean: total / n as f64,
            interval: wilson(satisfied, n, z),
        })
    }
}

/// Customer effort score on a 1–7 scale: the mean and the share answering 5–7.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Ces {
    /// Counts per answer 1..=7.
    pub counts: [u64; 7],
}

/// A CES result.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CesResult {
    /// Number of answers.
    pub responses: u64,
    /// Mean answer (1–7).
    pub mean: f64,
    /// Share answering 5, 6 or 7, 0–1 (0.6 is 60 %).
    pub easy_share: f64,
}

impl Ces {
    /// Counts a batch of answers (1–7). All-or-nothing.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAnswer`] naming every bad position.
    pub fn add_scores(&mut self, scores: &[f64]) -> Result<()> {
        check_answers(scores, 1, 7)?;
        for s in scores {
            if let Some(c) = s.to_usize().and_then(|i| self.counts.get_mut(i.saturating_sub(1))) {
                *c = c.saturating_add(1);
            }
        }
        Ok(())
    }

    /// Adds another accumulator's counts.
    pub fn merge(&mut self, other: &Ces) {
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            *a = a.saturating_add(b);
        }
    }

    /// The result.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] with no answers.
    pub fn result(&self) -> Result<CesResult> {
        let n = checked_total(self.counts.iter())?;
        if n == 0 {
            return Err(Error::new(ErrorKind::InvalidInput, "no answers"));
        }
        let total: f64 = self.counts.iter().enumerate().map(|(i, c)| (i as f64 + 1.0) * *c as f64).sum();
        let easy = saturating_sum(self.counts.iter().skip(4));
        Ok(CesResult { responses: n, mean: total / n as f64, easy_share: easy as f64 / n as f64 })
    }
}

/// The version of [`SurveyState`]'s serialised form.
pub const SURVEY_STATE_VERSION: u32 = 1;

/// A survey accumulator (NPS, CSAT or CES counts) in a stable serialised form, for partial
/// counts kept between runs or computed in parallel (Spark partitions) and merged later:
/// `{"v": 1, "kind": "nps", "promoters": 3, "passives": 1, "detractors": 0}`.
///
/// ```
/// use postpurchase::feedback::SurveyState;
/// let mut a = SurveyState::count("nps", &[10.0, 9.0, 3.0], None)?;
/// let b = SurveyState::from_json(&SurveyState::count("nps", &[7.0], None)?.to_json())?;
/// a.merge(&b)?;
/// assert_eq!(a.to_json(), r#"{"v":1,"kind":"nps","promoters":2,"passives":1,"detractors":1}"#);
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SurveyState {
    /// NPS counts.
    Nps(Nps),
    /// CSAT counts on its scale.
    Csat(Csat),
    /// CES counts.
    Ces(Ces),
}

/// The stored form: the version, then the state.
#[derive(Serialize, Deserialize)]
struct VersionedSurveyState {
    v: u32,
    #[serde(flatten)]
    state: SurveyState,
}

/// A survey result of any kind.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum SurveyResult {
    /// NPS.
    Nps(NpsResult),
    /// CSAT.
    Csat(CsatResult),
    /// CES.
    Ces(CesResult),
}

impl SurveyState {
    /// Counts answers of a `kind` (`nps`, `csat` or `ces`); a CSAT takes its scale as (low, high,
    /// top boxes), 1–5 with two top boxes by default.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for an unknown kind or scale; [`ErrorKind::InvalidAnswer`]
    /// naming every bad answer.
    pub fn count(kind: &str, scores: &[f64], csat_scale: Option<(u8, u8, u8)>) -> Result<SurveyState> {
        match kind {
            "nps" => Nps::from_scores(scores).map(SurveyState::Nps),
            "csat" => {
                let (low, high, top) = csat_scale.unwrap_or((1, 5, 2));
                let mut c = Csat::with_scale(low, high, top)?;
                c.add_scores(scores)?;
                Ok(SurveyState::Csat(c))
            }
            "ces" => {
                let mut c = Ces::default();
                c.add_scores(scores)?;
                Ok(SurveyState::Ces(c))
            }
            other => {
                Err(Error::new(ErrorKind::InvalidInput, "the survey kind must be nps, csat or ces").with("kind", other))
            }
        }
    }

    /// Adds another state's counts.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] when the kinds (or CSAT scales) differ.
    pub fn merge(&mut self, other: &SurveyState) -> Result<()> {
        // what the merge would hold, checked before anything changes
        let (mine, theirs) = (self.counts(), other.counts());
        checked_total(mine.iter().chain(theirs.iter()))?;
        match (self, other) {
            (SurveyState::Nps(a), SurveyState::Nps(b)) => a.merge(b),
            (SurveyState::Csat(a), SurveyState::Csat(b)) => a.merge(b)?,
            (SurveyState::Ces(a), SurveyState::Ces(b)) => a.merge(b),
            _ => return Err(Error::new(ErrorKind::InvalidInput, "cannot merge survey states of different kinds")),
        }
        Ok(())
    }

    /// The result (`confidence` sets the NPS and CSAT intervals).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] with no answers or a confidence outside (0, 1).
    pub fn result(&self, confidence: f64) -> Result<SurveyResult> {
        Ok(match self {
            SurveyState::Nps(n) => SurveyResult::Nps(n.result(confidence)?),
            SurveyState::Csat(c) => SurveyResult::Csat(c.result(confidence)?),
            SurveyState::Ces(c) => SurveyResult::Ces(c.result()?),
        })
    }

    /// Merges stored states (of one kind) into one stored state.
    ///
    /// # Errors
    /// As [`SurveyState::from_json`] and [`SurveyState::merge`]; [`ErrorKind::InvalidInput`]
    /// for no states.
    pub fn merge_stored<S: AsRef<str>>(states: &[S]) -> Result<String> {
        let mut all = states.iter().map(|s| SurveyState::from_json(s.as_ref()));
        let mut merged =
            all.next().unwrap_or_else(|| Err(Error::new(ErrorKind::InvalidInput, "no survey states to merge")))?;
        for s in all {
            merged.merge(&s?)?;
        }
        Ok(merged.to_json())
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        let stored = VersionedSurveyState { v: SURVEY_STATE_VERSION, state: self.clone() };
        serde_json::to_string(&stored).unwrap_or_default()
    }

    /// Reads the stored form.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for text that is not a state of a known version, or a CSAT
    /// whose counts do not fit its scale.
    pub fn from_json(text: &str) -> Result<SurveyState> {
        let stored: VersionedSurveyState = serde_json::from_str(text)
            .map_err(|e| Error::new(ErrorKind::InvalidInput, format!("not a survey state: {e}")))?;
        if stored.v != SURVEY_STATE_VERSION {
            return Err(Error::new(ErrorKind::InvalidInput, "unknown survey state version").with("v", stored.v));
        }
        checked_total(stored.state.counts().iter())?;
        if let SurveyState::Csat(c) = &stored.state {
            let fresh = Csat::with_scale(c.scale_low, c.scale_high, c.top_boxes)?;
            if fresh.counts.len() != c.counts.len() {
                return Err(Error::new(ErrorKind::InvalidInput, "the CSAT counts do not fit its scale"));
            }
        }
        Ok(stored.state)
    }
}

/// A time bucket for breakdowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bucket {
    /// Calendar day.
    Day,
    /// ISO week, labelled by its Monday.
    Week,
    /// Calendar month, labelled by its first day.
    Month,
}

/// The most answers an accumulator holds: 2^53, so every count, total and share is exact in
/// `f64`. A state or a merge that would hold more is refused (never saturated).
pub const MAX_ANSWERS: u64 = 1 << 53;

/// The total of answer counts, or why it cannot be represented.
fn checked_total<'a>(mut counts: impl Iterator<Item = &'a u64>) -> Result<u64> {
    let total = counts.try_fold(0u64, |acc, c| acc.checked_add(*c));
    match total {
        Some(t) if t <= MAX_ANSWERS => Ok(t),
        _ => Err(Error::new(ErrorKind::InvalidInput, "more answers than can be counted exactly (2^53)")
            .with("max_answers", MAX_ANSWERS)),
    }
}

impl SurveyState {
    fn counts(&self) -> Vec<u64> {
        match self {
            SurveyState::Nps(n) => vec![n.promoters, n.passives, n.detractors],
            SurveyState::Csat(c) => c.counts.clone(),
            SurveyState::Ces(c) => c.counts.to_vec(),
        }
    }
}

/// Sum of answer counts; saturates at `u64::MAX` rather than wrapping.
fn saturating_sum<'a>(counts: impl Iterator<Item = &'a u64>) -> u64 {
    counts.fold(0u64, |acc, c| acc.saturating_add(*c))
}

/// The local date that labels the bucket containing `at` in time zone `tz`.
pub fn bucket_start(at: DateTime<Utc>, bucket: Bucket, tz: Tz) -> NaiveDate {
    let d = at.with_timezone(&tz).date_naive();
    match bucket {
        Bucket::Day => d,
        Bucket::Week => {
            d.checked_sub_days(chrono::Days::new(u64::from(d.weekday().num_days_from_monday()))).unwrap_or(d)
        }
        Bucket::Month => d.with_day(1).unwrap_or(d),
    }
}

/// One survey answer with its time and segment tags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SurveyAnswer {
    /// The score.
    pub score: f64,
    /// When it was given.
    pub at: DateTime<Utc>,
    /// Segment tags (channel, country, tier…).
    #[serde(default)]
    pub segments: Vec<String>,
}

/// NPS per time bucket (local dates in `tz`). All-or-nothing on bad answers.
///
/// # Errors
/// [`ErrorKind::InvalidAnswer`] naming every bad position.
pub fn nps_by_bucket(answers: &[SurveyAnswer], bucket: Bucket, tz: Tz) -> Result<BTreeMap<NaiveDate, Nps>> {
    check_answers(&answers.iter().map(|a| a.score).collect::<Vec<_>>(), 0, 10)?;
    let mut out: BTreeMap<NaiveDate, Nps> = BTreeMap::new();
    for a in answers {
        out.entry(bucket_start(a.at, bucket, tz)).or_default().add_scores(&[a.score])?;
    }
    Ok(out)
}

/// NPS per segment tag (an answer with several tags counts in each). All-or-nothing.
///
/// # Errors
/// [`ErrorKind::InvalidAnswer`] naming every bad position.
pub fn nps_by_segment(answers: &[SurveyAnswer]) -> Result<BTreeMap<String, Nps>> {
    check_answers(&answers.iter().map(|a| a.score).collect::<Vec<_>>(), 0, 10)?;
    let mut out: BTreeMap<String, Nps> = BTreeMap::new();
    for a in answers {
        for s in &a.segments {
            out.entry(s.clone()).or_default().add_scores(&[a.score])?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    /// The counts by the plain rule, or `None` when an answer is not a whole number 0–10.
    fn naive(values: &[f64]) -> Option<(u64, u64, u64)> {
        let mut c = (0, 0, 0);
        for v in values {
            if !(v.is_finite() && v.fract() == 0.0 && (0.0..=10.0).contains(v)) {
                return None;
            }
            match *v as u8 {
                9 | 10 => c.0 += 1,
                7 | 8 => c.1 += 1,
                _ => c.2 += 1,
            }
        }
        Some(c)
    }

    fn counted<T: AnswerValue>(values: &[T]) -> Option<(u64, u64, u64)> {
        let mut n = Nps::default();
        n.add_values(values).ok().map(|()| (n.promoters, n.passives, n.detractors))
    }

    proptest! {
        /// Every dtype's one-pass count agrees with the plain rule, in blocks of any length.
        #[test]
        fn one_pass_counts_agree_with_the_plain_rule(
            ints in prop::collection::vec(-3i64..14, 0..300),
            halves in prop::collection::vec(-2i32..24, 0..300),
            specials in prop::collection::vec(prop_oneof![Just(f64::NAN), Just(f64::INFINITY), Just(-0.0), Just(1e300)], 0..2),
        ) {
            let f64s: Vec<f64> = ints.iter().map(|v| *v as f64).collect();
            prop_assert_eq!(counted(&ints), naive(&f64s));
            prop_assert_eq!(counted(&ints.iter().map(|v| *v as i32).collect::<Vec<_>>()), naive(&f64s));
            prop_assert_eq!(counted(&f64s), naive(&f64s));
            let f32s: Vec<f32> = halves.iter().map(|v| *v as f32 / 2.0).collect();
            let widened: Vec<f64> = f32s.iter().map(|v| f64::from(*v)).collect();
            prop_assert_eq!(counted(&f32s), naive(&widened));
            let mut with = f64s.clone();
            with.extend(&specials);
            prop_assert_eq!(counted(&with), naive(&with));
        }
    }

    #[test]
    fn a_long_column_counts_across_blocks() {
        let values: Vec<f32> = (0..200_001).map(|i| (i % 11) as f32).collect();
        let widened: Vec<f64> = values.iter().map(|v| f64::from(*v)).collect();
        assert_eq!(counted(&values), naive(&widened));
    }

    #[test]
    fn nps_counts_margin_and_adjusted_wald() {
        // 50 promoters, 30 passives, 20 detractors
        let mut scores = vec![10.0; 50];
        scores.extend(vec![7.0; 30]);
        scores.extend(vec![3.0; 20]);
        let r = Nps::from_scores(&scores).unwrap().result(0.95).unwrap();
        assert!((r.score - 30.0).abs() < 1e-12);
        // variance = (0.5 + 0.2 - 0.09) / 100 = 0.0061
        assert!((r.variance - 0.0061).abs() < 1e-12);
        assert!((r.margin_of_error - 100.0 * 1.959963984540054 * 0.0061f64.sqrt()).abs() < 1e-9);
        // adjusted: p = 50.75/103, d = 20.75/103
        let (p, d): (f64, f64) = (50.75 / 103.0, 20.75 / 103.0);
        let se = ((p + d - (p - d) * (p - d)) / 103.0).sqrt();
        assert!((r.interval.low - 100.0 * (p - d - 1.959963984540054 * se)).abs() < 1e-9);
    }

    #[test]
    fn bad_answers_name_their_positions_and_count_nothing() {
        let mut n = Nps::default();
        let e = n.add_scores(&[10.0, f64::NAN, 11.0, 3.5, -1.0, 9.0]).unwrap_err();
        assert_eq!(e.code(), "feedback.invalid_answer");
        assert_eq!(e.detail("positions"), Some("1,2,3,4"));
        assert_eq!(n.responses(), 0);
        assert_eq!(Csat::default().add_scores(&[0.0]).unwrap_err().detail("positions"), Some("0"));
        assert_eq!(Ces::default().add_scores(&[8.0, 1.0]).unwrap_err().detail("positions"), Some("0"));
    }

    #[test]
    fn merging_parts_equals_the_whole() {
        let all: Vec<f64> = (0..1000).map(|i| f64::from((i * 7 + 3) % 11)).collect();
        let whole = Nps::from_scores(&all).unwrap();
        let mut parts = Nps::from_scores(&all[600..]).unwrap();
        parts.merge(&Nps::from_scores(&all[..250]).unwrap());
        parts.merge(&Nps::from_scores(&all[250..600]).unwrap());
        assert_eq!(parts, whole);
    }

    #[test]
    fn csat_top_two_box_with_wilson() {
        let mut c = Csat::default();
        c.add_scores(&[5.0, 4.0, 3.0, 2.0, 5.0, 4.0, 1.0, 5.0, 5.0, 4.0]).unwrap();
        let r = c.result(0.95).unwrap();
        assert_eq!(r.satisfied, 7);
        assert!((r.score - 0.7).abs() < 1e-12);
        // Wilson 95 % for 7/10: 0.3968 .. 0.8922
        assert!((r.interval.low - 0.3968).abs() < 1e-4, "{:?}", r.interval);
        assert!((r.interval.high - 0.8922).abs() < 1e-4);
        let c7 = Csat::with_scale(1, 7, 3).unwrap();
        assert_eq!(c.clone().merge(&c7).unwrap_err().code(), "input.invalid");
    }

    #[test]
    fn ces_mean_and_easy_share() {
        let mut c = Ces::default();
        c.add_scores(&[7.0, 6.0, 5.0, 4.0, 1.0]).unwrap();
        let r = c.result().unwrap();
        assert!((r.mean - 4.6).abs() < 1e-12);
        assert!((r.easy_share - 0.6).abs() < 1e-12);
    }

    #[test]
    fn buckets_use_the_local_calendar() {
        let tz: Tz = "America/New_York".parse().unwrap();
        // 2026-03-01 03:00 UTC is still 2026-02-28 in New York
        let a = SurveyAnswer {
            score: 10.0,
            at: Utc.with_ymd_and_hms(2026, 3, 1, 3, 0, 0).unwrap(),
            segments: vec!["email".into()],
        };
        let b = SurveyAnswer {
            score: 0.0,
            at: Utc.with_ymd_and_hms(2026, 3, 2, 15, 0, 0).unwrap(),
            segments: vec!["sms".into(), "email".into()],
        };
        let m = nps_by_bucket(&[a.clone(), b.clone()], Bucket::Month, tz).unwrap();
        assert_eq!(m.keys().map(|d| d.to_string()).collect::<Vec<_>>(), ["2026-02-01", "2026-03-01"]);
        let w = nps_by_bucket(&[a.clone(), b.clone()], Bucket::Week, tz).unwrap();
        assert_eq!(w.keys().map(|d| d.to_string()).collect::<Vec<_>>(), ["2026-02-23", "2026-03-02"]);
        let s = nps_by_segment(&[a, b]).unwrap();
        assert_eq!(s["email"].responses(), 2);
        assert_eq!(s["sms"].detractors, 1);
    }
}
