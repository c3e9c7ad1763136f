//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase::journey as j;

use crate::wire::{from_core, to_core};
use crate::{
    BetaGeo, CustomerPurchases, HitRate, HoldoutCase, NextPurchase, Recommendation, Result, RfmMeasures, RfmScore,
    StageAssignment, StageFacts, StageRules, StageTransitions,
};

/// RFM scores by quintile and segments, in the input's order.
#[uniffi::export]
pub fn rfm_scores(customers: Vec<RfmMeasures>) -> Result<Vec<RfmScore>> {
    crate::guard(|| {
        let measures: Vec<j::RfmMeasures> = to_core(&customers, "customers")?;
        from_core(&j::rfm_scores_of_measures(measures)?, "scores")
    })
}

/// Co-purchase statistics over baskets of item ids.
#[derive(uniffi::Object)]
pub struct CoPurchase {
    inner: j::CoPurchase,
}

#[uniffi::export]
impl CoPurchase {
    /// Counts items and pairs; a pair is used when in `min_pair_count` baskets, an item when in
    /// `min_item_count`.
    #[uniffi::constructor(default(min_pair_count = 2, min_item_count = 2))]
    pub fn new(baskets: Vec<Vec<String>>, min_pair_count: u64, min_item_count: u64) -> Result<Arc<Self>> {
        crate::guard(|| {
            let options = j::CoPurchaseOptions { min_pair_count, min_item_count };
            Ok(Arc::new(CoPurchase { inner: j::CoPurchase::fit(&baskets, &options)? }))
        })
    }

    /// Up to `k` items for a basket, best first, never one in the basket or `exclude`.
    #[uniffi::method(default(k = 5))]
    pub fn recommend(&self, basket: Vec<String>, exclude: Vec<String>, k: u32) -> Result<Vec<Recommendation>> {
        crate::guard(|| from_core(&self.inner.recommend(&basket, &exclude, k as usize), "recommendations"))
    }

    /// Hit rate at `k` over holdout cases, against the most popular items.
    #[uniffi::method(default(k = 5))]
    pub fn hit_rate(&self, cases: Vec<HoldoutCase>, k: u32) -> Result<HitRate> {
        crate::guard(|| {
            let cases: Vec<j::HoldoutCase> = to_core(&cases, "cases")?;
            from_core(&self.inner.hit_rate_of_cases(&cases, k as usize), "hit rate")
        })
    }
}

/// The lifecycle stage at `at` of a customer with these purchases; null before the first.
/// `rules` overrides thresholds (absent fields keep their defaults).
#[uniffi::export(default(rules = None))]
pub fn lifecycle_stage(
    purchases: Vec<SystemTime>,
    at: SystemTime,
    facts: StageFacts,
    rules: Option<StageRules>,
) -> Result<Option<StageAssignment>> {
    crate::guard(|| {
        let rules = stage_rules(rules)?;
        let purchases = purchases.into_iter().map(crate::instant).collect::<Result<_>>()?;
        let h = j::CustomerHistory::new(purchases, to_core(&facts, "facts")?);
        from_core(&j::stage_at(&h, crate::instant(at)?, &rules)?, "stage")
    })
}

/// Every customer's stage at each date (ascending) and the moves between consecutive dates;
/// `rules` overrides thresholds (absent fields keep their defaults).
#[uniffi::export(default(rules = None))]
pub fn stage_transitions(
    customers: Vec<CustomerPurchases>,
    dates: Vec<SystemTime>,
    rules: Option<StageRules>,
) -> Result<StageTransitions> {
    crate::guard(|| {
        let customers: Vec<j::CustomerPurchases> = to_core(&customers, "customers")?;
        let dates: Vec<_> = dates.into_iter().map(crate::instant).collect::<Result<_>>()?;
        from_core(&j::stage_transitions(&customers, &dates, &stage_rules(rules)?)?, "transitions")
    })
}

fn stage_rules(rules: Option<StageRules>) -> Result<j::StageRules> {
    rules.map_or_else(|| Ok(j::StageRules::default()), |r| to_core(&r, "stage rules"))
}

/// Next-purchase timing from a fitted BG/NBD model for a customer with summary
/// (frequency, recency, T) over `horizon`.
#[uniffi::export]
pub fn next_purchase(model: BetaGeo, frequency: f64, recency: f64, t: f64, horizon: f64) -> Result<NextPurchase> {
    crate::guard(|| {
        let m: postpurchase::clv::BetaGeo = to_core(&model, "model")?;
        let n = j::next_purchase(&m, frequency, recency, t, horizon)?;
        from_core(&n, "next purchase")
    })
}

/// Counts answers of a kind (`nps`, `csat` on 1–5, `ces`) into a survey state (stable JSON).
#[uniffi::export]
pub fn survey_state(kind: String, scores: Vec<f64>) -> Result<String> {
    crate::guard(|| Ok(postpurchase::feedback::SurveyState::count(&kind, &scores, None)?.to_json()))
}

/// Merges survey states of one kind.
#[uniffi::export]
pub fn merge_survey_states(states: Vec<String>) -> Result<String> {
    crate::guard(|| Ok(postpurchase::feedback::SurveyState::merge_stored(&states)?))
}
