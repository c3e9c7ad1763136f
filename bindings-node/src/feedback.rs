//! NPS, CSAT and CES from survey answers (arrays of numbers or `Float64Array`s).
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::feedback as f;

use crate::args::{js, number, numbers};
use crate::document::Document;

/// NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions.
#[napi(ts_return_type = "NpsResult")]
pub fn nps(
    #[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>,
    #[napi(ts_arg_type = "number")] confidence: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| {
        let counts = f::Nps::from_scores(&numbers(&scores, "scores")?).map_err(js)?;
        Document::of(&counts.result(number(&confidence, "confidence")?).map_err(js)?, "nps")
    })
}

/// CSAT of 1–5 answers.
#[napi(ts_return_type = "CsatResult")]
pub fn csat(
    #[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>,
    #[napi(ts_arg_type = "number")] confidence: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| {
        let mut c = f::Csat::default();
        c.add_scores(&numbers(&scores, "scores")?).map_err(js)?;
        Document::of(&c.result(number(&confidence, "confidence")?).map_err(js)?, "csat")
    })
}

/// CES of 1–7 answers.
#[napi(ts_return_type = "CesResult")]
pub fn ces(#[napi(ts_arg_type = "ArrayLike<number> | Float64Array")] scores: Unknown<'_>) -> Result<Document, String> {
    crate::guard(|| {
        let mut c = f::Ces::default();
        c.add_scores(&numbers(&scores, "scores")?).map_err(js)?;
        Document::of(&c.result().map_err(js)?, "ces")
    })
}
