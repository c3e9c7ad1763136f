//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use chrono::{DateTime, Utc};
use napi_derive::napi;
use postpurchase::journey as j;

use napi::bindgen_prelude::{Env, Unknown};

use crate::args::{contract_doc, js, number, opt_contract_doc, opt_count, opt_plain, plain, text, time};
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
        env: Env,
        #[napi(ts_arg_type = "Array<Array<string>>")] baskets: Unknown<'_>,
        #[napi(ts_arg_type = "number | undefined | null")] min_pair_count: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "number | undefined | null")] min_item_count: Option<Unknown<'_>>,
    ) -> napi::Result<Self, String> {
        crate::guard(|| {
            let baskets: Vec<Vec<String>> = plain(&env, &baskets, "baskets")?;
            let options = j::CoPurchaseOptions {
                min_pair_count: u64::from(opt_count(min_pair_count, "minPairCount")?.unwrap_or(2)),
                min_item_count: u64::from(opt_count(min_item_count, "minItemCount")?.unwrap_or(2)),
            };
            Ok(CoPurchase { inner: j::CoPurchase::fit(&baskets, &options).map_err(js)? })
        })
    }

    /// Up to `k` (default 5) items for a basket, best first, never one in the basket or `exclude`.
    #[napi(ts_return_type = "Array<Recommendation>")]
    pub fn recommend(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Array<string>")] basket: Unknown<'_>,
        #[napi(ts_arg_type = "Array<string> | undefined | null")] exclude: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "number | undefined | null")] k: Option<Unknown<'_>>,
    ) -> napi::Result<Vec<Document>, String> {
        crate::guard(|| {
            let basket: Vec<String> = plain(&env, &basket, "basket")?;
            let exclude: Vec<String> = opt_plain(&env, exclude, "exclude")?.unwrap_or_default();
            let k = opt_count(k, "k")?.unwrap_or(5) as usize;
            let recs = self.inner.recommend(&basket, &exclude, k);
            Document::all(&recs, "recommendations")
        })
    }

    /// Hit rate at `k` (default 5) over holdout cases.
    #[napi(ts_return_type = "HitRate")]
    pub fn hit_rate(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Array<Input<HoldoutCase>>")] cases: Unknown<'_>,
        #[napi(ts_arg_type = "number | undefined | null")] k: Option<Unknown<'_>>,
    ) -> napi::Result<Document, String> {
        crate::guard(|| {
            let cases: Vec<j::HoldoutCase> = contract_doc(&env, &cases, "cases")?;
            let k = opt_count(k, "k")?.unwrap_or(5) as usize;
            Document::of(&self.inner.hit_rate_of_cases(&cases, k), "hit rate")
        })
    }
}

/// The lifecycle stage at `at` of a customer with these purchases; `null` before the first.
#[napi(ts_return_type = "StageAssignment | null")]
pub fn lifecycle_stage(
    env: Env,
    #[napi(ts_arg_type = "Array<Date | string>")] purchases: Unknown<'_>,
    #[napi(ts_arg_type = "Date | string")] at: Unknown<'_>,
    #[napi(ts_arg_type = "Input<StageFacts> | null | undefined")] facts: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "Input<StageRules> | null | undefined")] rules: Option<Unknown<'_>>,
) -> napi::Result<Option<Document>, String> {
    crate::guard(|| {
        let purchases: Vec<DateTime<Utc>> = plain(&env, &purchases, "purchases")?;
        let at = time(&at, "at")?;
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
    #[napi(ts_arg_type = "number")] frequency: Unknown<'_>,
    #[napi(ts_arg_type = "number")] recency: Unknown<'_>,
    #[napi(ts_arg_type = "number")] t: Unknown<'_>,
    #[napi(ts_arg_type = "number")] horizon: Unknown<'_>,
) -> napi::Result<Document, String> {
    crate::guard(|| {
        let (frequency, recency) = (number(&frequency, "frequency")?, number(&recency, "recency")?);
        let (t, horizon) = (number(&t, "t")?, number(&horizon, "horizon")?);
        let m: postpurchase::clv::BetaGeo = contract_doc(&env, &params, "params")?;
        let n = j::next_purchase(&m, frequency, recency, t, horizon).map_err(js)?;
        Document::of(&n, "next purchase")
    })
}

/// Counts answers of a kind (`nps`, `csat` on 1–5, `ces`) into a survey state (stable JSON).
#[napi]
pub fn survey_state(
    env: Env,
    #[napi(ts_arg_type = "'nps' | 'csat' | 'ces'")] kind: Unknown<'_>,
    #[napi(ts_arg_type = "Array<number>")] scores: Unknown<'_>,
) -> napi::Result<String, String> {
    crate::guard(|| {
        let kind = text(&kind, "kind")?;
        let scores: Vec<f64> = plain(&env, &scores, "scores")?;
        Ok(postpurchase::feedback::SurveyState::count(&kind, &scores, None).map_err(js)?.to_json())
    })
}

/// Merges survey states of one kind.
#[napi]
pub fn merge_survey_states(
    env: Env,
    #[napi(ts_arg_type = "Array<string>")] states: Unknown<'_>,
) -> napi::Result<String, String> {
    crate::guard(|| {
        let states: Vec<String> = plain(&env, &states, "states")?;
        postpurchase::feedback::SurveyState::merge_stored(&states).map_err(js)
    })
}

/// Every customer's stage at each date (ascending) and the moves between consecutive dates.
#[napi(ts_return_type = "StageTransitions")]
pub fn stage_transitions(
    env: Env,
    #[napi(ts_arg_type = "Array<Input<CustomerPurchases>>")] customers: Unknown<'_>,
    #[napi(ts_arg_type = "Array<Date | string>")] dates: Unknown<'_>,
    #[napi(ts_arg_type = "Input<StageRules> | null | undefined")] rules: Option<Unknown<'_>>,
) -> napi::Result<Document, String> {
    crate::guard(|| {
        let dates: Vec<DateTime<Utc>> = plain(&env, &dates, "dates")?;
        let customers: Vec<j::CustomerPurchases> = contract_doc(&env, &customers, "customers")?;
        let rules: j::StageRules = opt_contract_doc(&env, rules, "rules")?;
        Document::of(&j::stage_transitions(&customers, &dates, &rules).map_err(js)?, "transitions")
    })
}
