//! NPS, CSAT and CES from survey answers.
use postpurchase::feedback as f;

use crate::wire::from_core;
use crate::{CesResult, CsatResult, NpsResult, Result};

fn doubles(scores: &[i32]) -> Vec<f64> {
    scores.iter().map(|s| f64::from(*s)).collect()
}

/// NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions.
/// `confidence` is e.g. 0.95.
#[uniffi::export]
pub fn nps(scores: Vec<i32>, confidence: f64) -> Result<NpsResult> {
    crate::guard(|| from_core(&f::Nps::from_scores(&doubles(&scores))?.result(confidence)?, "nps"))
}

/// CSAT of 1–5 answers, top-2-box.
#[uniffi::export]
pub fn csat(scores: Vec<i32>, confidence: f64) -> Result<CsatResult> {
    crate::guard(|| {
        let mut c = f::Csat::default();
        c.add_scores(&doubles(&scores))?;
        from_core(&c.result(confidence)?, "csat")
    })
}

/// CES of 1–7 answers.
#[uniffi::export]
pub fn ces(scores: Vec<i32>) -> Result<CesResult> {
    crate::guard(|| {
        let mut c = f::Ces::default();
        c.add_scores(&doubles(&scores))?;
        from_core(&c.result()?, "ces")
    })
}
