//! NPS, CSAT and CES from survey answers.
use postpurchase::feedback as f;

use crate::Result;

/// Net Promoter Score with its margin of error and adjusted-Wald interval.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NpsResult {
    /// Answers counted.
    pub responses: u64,
    /// 9–10 answers.
    pub promoters: u64,
    /// 7–8 answers.
    pub passives: u64,
    /// 0–6 answers.
    pub detractors: u64,
    /// Promoters minus detractors, in points (−100 to 100).
    pub score: f64,
    /// Margin of error, in points.
    pub margin_of_error: f64,
    /// Interval low, in points.
    pub low: f64,
    /// Interval high, in points.
    pub high: f64,
}

/// CSAT: the share of answers in the top boxes, with a Wilson interval.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CsatResult {
    /// Answers counted.
    pub responses: u64,
    /// Answers in the top boxes.
    pub satisfied: u64,
    /// Satisfied share, 0–1 (0.85 is 85 %).
    pub score: f64,
    /// Mean answer.
    pub mean: f64,
    /// Interval low, a share 0–1.
    pub low: f64,
    /// Interval high, a share 0–1.
    pub high: f64,
}

/// Customer Effort Score on 1–7.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CesResult {
    /// Answers counted.
    pub responses: u64,
    /// Mean answer.
    pub mean: f64,
    /// Share of 5–7 answers, 0–1 (0.6 is 60 %).
    pub easy_share: f64,
}

fn doubles(scores: &[i32]) -> Vec<f64> {
    scores.iter().map(|s| f64::from(*s)).collect()
}

/// NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions.
/// `confidence` is e.g. 0.95.
#[uniffi::export]
pub fn nps(scores: Vec<i32>, confidence: f64) -> Result<NpsResult> {
    crate::guard(|| {
        let n = f::Nps::from_scores(&doubles(&scores))?;
        let r = n.result(confidence)?;
        Ok(NpsResult {
            responses: r.responses,
            promoters: n.promoters,
            passives: n.passives,
            detractors: n.detractors,
            score: r.score,
            margin_of_error: r.margin_of_error,
            low: r.interval.low,
            high: r.interval.high,
        })
    })
}

/// CSAT of 1–5 answers, top-2-box.
#[uniffi::export]
pub fn csat(scores: Vec<i32>, confidence: f64) -> Result<CsatResult> {
    crate::guard(|| {
        let mut c = f::Csat::default();
        c.add_scores(&doubles(&scores))?;
        let r = c.result(confidence)?;
        Ok(CsatResult {
            responses: r.responses,
            satisfied: r.satisfied,
            score: r.score,
            mean: r.mean,
            low: r.interval.low,
            high: r.interval.high,
        })
    })
}

/// CES of 1–7 answers.
#[uniffi::export]
pub fn ces(scores: Vec<i32>) -> Result<CesResult> {
    crate::guard(|| {
        let mut c = f::Ces::default();
        c.add_scores(&doubles(&scores))?;
        let r = c.result()?;
        Ok(CesResult { responses: r.responses, mean: r.mean, easy_share: r.easy_share })
    })
}
