//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use chrono::{DateTime, Utc};
use napi_derive::napi;
use postpurchase::journey as j;

use napi::bindgen_prelude::{Env, Unknown};

use crate::args::{contract_doc, js, opt_contract_doc};
use crate::document::Document;

/// RFM scores by quintile and segments, in the input's order.
#[napi(ts_return_type = "Array<RfmScore>")]
pub fn rfm_scores(
    env: Env,
    #[napi(ts_arg_type = "Array<Input<RfmMeasures>>")] customers: Unknown<'_>,
) -> napi::Result<Vec<Document>, String> {
    crate::guard(|| {
        let measures: Vec<j::RfmMeasures> = contract_doc(&env, &customers, "customers")?;
        Document::all(&j::rfm_scores_of_measures(measures).map_err(js)?, "scores")
    })
}

/// Co-purchase statistics over baskets of item ids.
#[napi]
pub struct CoPurchase {
    inner: j::CoPurchase,
}

#[napi]
impl CoPurchase {
    /// Counts items and pairs (a pair is used when in `minPairCount` baskets, an item when in
    /// `minItemCount`; both 2 by default).
    #[napi(constructor)]
    pub fn new(
        baskets: Vec<Vec<String>>,
        min_pair_count: Option<u32>,
        min_item_count: Option<u32>,
    ) -> napi::Result<Self, String> {
        crate::guard(|| {
            let options = j::CoPurchaseOptions {
                min_pair_count: u64::from(min_pair_count.unwrap_or(2)),
                min_item_count: u64::from(min_item_count.unwrap_or(2)),
            };
            Ok(CoPurchase { inner: j::CoPurchase::fit(&baskets, &options).map_err(js)? })
        })
    }

    /// Up to `k` (default 5) items for a basket, best first, never one in the basket or `exclude`.
    #[napi(ts_return_type = "Array<Recommendation>")]
    pub fn recommend(
        &self,
        basket: Vec<String>,
        exclude: Option<Vec<String>>,
        k: Option<u32>,
    ) -> napi::Result<Vec<Document>, String> {
        crate::guard(|| {
            let recs = self.inner.recommend(&basket, &exclude.unwrap_or_default(), k.unwrap_or(5) as usize);
            Document::all(&recs, "recommendations")
        })
    }

    /// Hit rate at `k` (default 5) over holdout cases.
    #[napi(ts_return_type = "HitRate")]
    pub fn hit_rate(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Array<Input<HoldoutCase>>")] cases: Unknown<'_>,
        k: Option<u32>,
    ) -> napi::Result<Document, String> {
        crate::guard(|| {
            let cases: Vec<j::HoldoutCase> = contract_doc(&env, &cases, "cases")?;
            Document::of(&self.inner.hit_rate_of_cases(&cases, k.unwrap_or(5) as usize), "hit rate")
        })
    }
}

/// The lifecycle stage at `at` of a customer with these purchases; `null` before the first.
#[napi(ts_return_type = "StageAssignment | null")]
pub fn lifecycle_stage(
    env: Env,
    purchases: Vec<DateTime<Utc>>,
    at: DateTime<Utc>,
    #[napi(ts_arg_type = "Input<StageFacts> | null | undefined")] facts: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "Input<StageRules> | null | undefined")] rules: Option<Unknown<'_>>,
) -> napi::Result<Option<Document>, String> {
    crate::guard(|| {
        let facts: j::StageFacts = opt_contract_doc(&env, facts, "facts")?;
        let h = j::CustomerHistory::new(purchases, facts);
        let rules: j::StageRules = opt_contract_doc(&env, rules, "rules")?;
        let a = j::stage_at(&h, at, &rules).map_err(js)?;
        a.map(|a| Document::of(&a, "stage")).transpose()
    })
}

/// Next-purchase timing of a customer with summary (frequency, recency, T) over `horizon`.
#[napi(ts_return_type = "NextPurchase")]
pub fn next_purchase(
    env: Env,
    #[napi(ts_arg_type = "Input<BetaGeo>")] params: Unknown<'_>,
    frequency: f64,
    recency: f64,
    t: f64,
    horizon: f64,
) -> napi::Result<Document, String> {
    crate::guard(|| {
        let m: postpurchase::clv::BetaGeo = contract_doc(&env, &params, "params")?;
        let n = j::next_purchase(&m, frequency, recency, t, horizon).map_err(js)?;
        Document::of(&n, "next purchase")
    })
}

/// Counts answers of a kind (`nps`, `csat` on 1–5, `ces`) into a survey state (stable JSON).
#[napi]
pub fn survey_state(
    #[napi(ts_arg_type = "'nps' | 'csat' | 'ces'")] kind: String,
    scores: Vec<f64>,
) -> napi::Result<String, String> {
    crate::guard(|| Ok(postpurchase::feedback::SurveyState::count(&kind, &scores, None).map_err(js)?.to_json()))
}

/// Merges survey states of one kind.
#[napi]
pub fn merge_survey_states(states: Vec<String>) -> napi::Result<String, String> {
    crate::guard(|| postpurchase::feedback::SurveyState::merge_stored(&states).map_err(js))
}

/// Every customer's stage at each date (ascending) and the moves between consecutive dates.
#[napi(ts_return_type = "StageTransitions")]
pub fn stage_transitions(
    env: Env,
    #[napi(ts_arg_type = "Array<Input<CustomerPurchases>>")] customers: Unknown<'_>,
    dates: Vec<DateTime<Utc>>,
    #[napi(ts_arg_type = "Input<StageRules> | null | undefined")] rules: Option<Unknown<'_>>,
) -> napi::Result<Document, String> {
    crate::guard(|| {
        let customers: Vec<j::CustomerPurchases> = contract_doc(&env, &customers, "customers")?;
        let rules: j::StageRules = opt_contract_doc(&env, rules, "rules")?;
        Document::of(&j::stage_transitions(&customers, &dates, &rules).map_err(js)?, "transitions")
    })
}
