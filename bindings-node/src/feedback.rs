//! NPS, CSAT and CES from survey answers (arrays of numbers or `Float64Array`s).
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::feedback as f;

use crate::args::{js, number, numbers};

/// Net Promoter Score with margin of error and adjusted-Wald interval, on −100…100.
#[napi(object)]
pub struct NpsResult {
    /// Answers counted.
    pub responses: u32,
    /// 9–10 answers.
    pub promoters: u32,
    /// 7–8 answers.
    pub passives: u32,
    /// 0–6 answers.
    pub detractors: u32,
    /// Promoters minus detractors, in points.
    pub score: f64,
    /// Margin of error, in points.
    pub margin_of_error: f64,
    /// Interval low.
    pub low: f64,
    /// Interval high.
    pub high: f64,
}

/// CSAT (top-2-box on 1–5) as a share 0–1 (0.85 is 85 %), with a Wilson interval.
#[napi(object)]
pub struct CsatResult {
    /// Answers counted.
    pub responses: u32,
    /// Answers in the top boxes.
    pub satisfied: u32,
    /// Satisfied share, 0–1.
    pub score: f64,
    /// Mean answer.
    pub mean: f64,
    /// Interval low.
    pub low: f64,
    /// Interval high.
    pub high: f64,
}

/// Customer Effort Score on 1–7.
#[napi(object)]
pub struct CesResult {
    /// Answers counted.
    pub responses: u32,
    /// Mean answer.
    pub mean: f64,
    /// Share of 5–7 answers, 0–1 (0.6 is 60 %).
    pub easy_share: f64,
}

fn n32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions.
#[napi]
pub fn nps(
    #[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>,
    #[napi(ts_arg_type = "number")] confidence: Unknown<'_>,
) -> Result<NpsResult, String> {
    crate::guard(|| {
        let counts = f::Nps::from_scores(&numbers(&scores, "scores")?).map_err(js)?;
        let r = counts.result(number(&confidence, "confidence")?).map_err(js)?;
        Ok(NpsResult {
            responses: n32(r.responses),
            promoters: n32(counts.promoters),
            passives: n32(counts.passives),
            detractors: n32(counts.detractors),
            score: r.score,
            margin_of_error: r.margin_of_error,
            low: r.interval.low,
            high: r.interval.high,
        })
    })
}

/// CSAT of 1–5 answers.
#[napi]
pub fn csat(
    #[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>,
    #[napi(ts_arg_type = "number")] confidence: Unknown<'_>,
) -> Result<CsatResult, String> {
    crate::guard(|| {
        let mut c = f::Csat::default();
        c.add_scores(&numbers(&scores, "scores")?).map_err(js)?;
        let r = c.result(number(&confidence, "confidence")?).map_err(js)?;
        Ok(CsatResult {
            responses: n32(r.responses),
            satisfied: n32(r.satisfied),
            score: r.score,
            mean: r.mean,
            low: r.interval.low,
            high: r.interval.high,
        })
    })
}

/// CES of 1–7 answers.
#[napi]
pub fn ces(#[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>) -> Result<CesResult, String> {
    crate::guard(|| {
        let mut c = f::Ces::default();
        c.add_scores(&numbers(&scores, "scores")?).map_err(js)?;
        let r = c.result().map_err(js)?;
        Ok(CesResult { responses: n32(r.responses), mean: r.mean, easy_share: r.easy_share })
    })
}
