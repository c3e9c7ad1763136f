//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase::journey as j;

use crate::wire::{from_core, to_core};
use crate::{
    CustomerPurchases, HitRate, NextPurchase, Recommendation, Result, RfmScore, StageAssignment, StageRules,
    StageTransitions,
};

/// One customer's RFM measures.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RfmInput {
    /// Days since the last purchase.
    pub recency_days: f64,
    /// Number of purchases.
    pub frequency: f64,
    /// Spend.
    pub monetary: f64,
}

/// RFM scores by quintile and segments, in the input's order.
#[uniffi::export]
pub fn rfm_scores(customers: Vec<RfmInput>) -> Result<Vec<RfmScore>> {
    crate::guard(|| {
        let measures = customers.iter().map(|c| (c.recency_days, c.frequency, c.monetary));
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
            let cases: Vec<(Vec<String>, Vec<String>)> = cases.into_iter().map(|c| (c.before, c.next)).collect();
            from_core(&self.inner.hit_rate(&cases, k as usize), "hit rate")
        })
    }
}

/// What a customer had bought, and what they bought next.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HoldoutCase {
    /// Bought before.
    pub before: Vec<String>,
    /// Bought next.
    pub next: Vec<String>,
}

/// What else a stage is judged on.
#[derive(Debug, Clone, PartialEq, Default, uniffi::Record)]
pub struct StageFacts {
    /// The latest NPS answer, 0–10.
    #[uniffi(default = None)]
    pub latest_nps: Option<u8>,
    /// Customers referred who bought.
    #[uniffi(default = 0)]
    pub referrals: u32,
    /// P(alive) from a fitted model.
    #[uniffi(default = None)]
    pub p_alive: Option<f64>,
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
        let h = j::CustomerHistory {
            purchases: purchases.into_iter().map(crate::instant).collect::<Result<_>>()?,
            latest_nps: facts.latest_nps,
            referrals: facts.referrals,
            p_alive: facts.p_alive,
        };
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

/// Next-purchase timing from BG/NBD parameters (r, alpha, a, b) for a customer with summary
/// (frequency, recency, T) over `horizon`.
#[uniffi::export]
#[allow(clippy::too_many_arguments, reason = "the model's four parameters and the customer's row")]
pub fn next_purchase(
    r: f64,
    alpha: f64,
    a: f64,
    b: f64,
    frequency: f64,
    recency: f64,
    t: f64,
    horizon: f64,
) -> Result<NextPurchase> {
    crate::guard(|| {
        let m = postpurchase::clv::BetaGeo { r, alpha, a, b, variant: postpurchase::clv::Variant::BgNbd };
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
