//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase::journey as j;

use crate::Result;

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

/// RFM scores (1–5) and the segment code (`champions`, `at_risk`, …).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RfmScore {
    /// Recency score.
    pub r: u8,
    /// Frequency score.
    pub f: u8,
    /// Monetary score.
    pub m: u8,
    /// Segment code.
    pub segment: String,
}

/// RFM scores by quintile and segments, in the input's order.
#[uniffi::export]
pub fn rfm_scores(customers: Vec<RfmInput>) -> Result<Vec<RfmScore>> {
    crate::guard(|| {
        let measures = customers.iter().map(|c| (c.recency_days, c.frequency, c.monetary));
        Ok(j::rfm_scores_of_measures(measures)?
            .iter()
            .map(|s| RfmScore { r: s.r, f: s.f, m: s.m, segment: s.segment.code().to_string() })
            .collect())
    })
}

/// A suggested item, the basket item it is most often bought with, and the statistics.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Suggestion {
    /// The item suggested.
    pub item: String,
    /// Because it is bought with this basket item.
    pub because: String,
    /// confidence(because → item).
    pub confidence: f64,
    /// lift(because → item).
    pub lift: f64,
    /// Share of baskets holding both.
    pub support: f64,
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
    pub fn recommend(&self, basket: Vec<String>, exclude: Vec<String>, k: u32) -> Result<Vec<Suggestion>> {
        crate::guard(|| {
            Ok((self.inner.recommend(&basket, &exclude, k as usize).into_iter())
                .map(|r| Suggestion {
                    item: r.item,
                    because: r.because,
                    confidence: r.confidence,
                    lift: r.lift,
                    support: r.support,
                })
                .collect())
        })
    }

    /// Hit rate at `k` over holdout cases, against the most popular items.
    #[uniffi::method(default(k = 5))]
    pub fn hit_rate(&self, cases: Vec<HoldoutCase>, k: u32) -> Result<HitRate> {
        crate::guard(|| {
            let cases: Vec<(Vec<String>, Vec<String>)> = cases.into_iter().map(|c| (c.before, c.next)).collect();
            let h = self.inner.hit_rate(&cases, k as usize);
            Ok(HitRate {
                customers: h.customers,
                hits: h.hits,
                popular_hits: h.popular_hits,
                rate: h.rate,
                popular_rate: h.popular_rate,
            })
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

/// Hit rate at k against the popularity baseline.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct HitRate {
    /// Customers tested.
    pub customers: u64,
    /// With a hit among the suggestions.
    pub hits: u64,
    /// With a hit among the most popular items.
    pub popular_hits: u64,
    /// hits / customers.
    pub rate: f64,
    /// popular_hits / customers.
    pub popular_rate: f64,
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

/// A customer's stage (`new`, `active`, `at_risk`, `lapsed`, `reactivated`, `advocate`), the
/// rule that decided and its facts.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LifecycleStage {
    /// The stage code.
    pub stage: String,
    /// The rule's code.
    pub rule: String,
    /// Purchases up to the date.
    pub purchases: u64,
    /// Days since the last purchase.
    pub days_since_last: f64,
    /// Median gap between purchases, in days.
    pub typical_gap_days: Option<f64>,
}

/// The lifecycle stage at `at` of a customer with these purchases; null before the first.
/// `rules_json` overrides thresholds (`{"new_days": 14}`).
#[uniffi::export(default(rules_json = None))]
pub fn lifecycle_stage(
    purchases: Vec<SystemTime>,
    at: SystemTime,
    facts: StageFacts,
    rules_json: Option<String>,
) -> Result<Option<LifecycleStage>> {
    crate::guard(|| {
        let rules = stage_rules(rules_json)?;
        let h = j::CustomerHistory {
            purchases: purchases.into_iter().map(crate::instant).collect::<Result<_>>()?,
            latest_nps: facts.latest_nps,
            referrals: facts.referrals,
            p_alive: facts.p_alive,
        };
        Ok(j::stage_at(&h, crate::instant(at)?, &rules)?.map(|a| LifecycleStage {
            stage: a.stage.code().to_string(),
            rule: a.rule.to_string(),
            purchases: a.purchases,
            days_since_last: a.days_since_last,
            typical_gap_days: a.typical_gap_days,
        }))
    })
}

/// One customer's purchases.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CustomerPurchases {
    /// The customer's id.
    pub id: String,
    /// Purchase times.
    pub purchases: Vec<SystemTime>,
}

/// One customer's stage code at each date (null: not a customer yet).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CustomerStages {
    /// The customer's id.
    pub id: String,
    /// Stage codes, one per date.
    pub stages: Vec<Option<String>>,
}

/// Customers who moved between dates `step` and `step + 1`.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct StageMove {
    /// The index of the first date.
    pub step: u64,
    /// The stage at the first date (null: not a customer yet).
    pub from: Option<String>,
    /// The stage at the second.
    pub to: Option<String>,
    /// How many customers.
    pub customers: u64,
}

/// Stages at each date and the moves between consecutive dates.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct StageTransitions {
    /// Per customer, in the input's order.
    pub stages: Vec<CustomerStages>,
    /// Non-empty moves, by step.
    pub moves: Vec<StageMove>,
}

/// Every customer's stage at each date (ascending) and the moves between consecutive dates;
/// `rules_json` overrides thresholds.
#[uniffi::export(default(rules_json = None))]
pub fn stage_transitions(
    customers: Vec<CustomerPurchases>,
    dates: Vec<SystemTime>,
    rules_json: Option<String>,
) -> Result<StageTransitions> {
    crate::guard(|| {
        let rules = stage_rules(rules_json)?;
        let code = |s: &Option<j::Stage>| s.map(|s| s.code().to_string());
        let histories: Vec<j::CustomerHistory> = (customers.iter())
            .map(|c| {
                let purchases = c.purchases.iter().map(|t| crate::instant(*t)).collect::<Result<_>>()?;
                Ok(j::CustomerHistory { purchases, ..j::CustomerHistory::default() })
            })
            .collect::<Result<_>>()?;
        let dates: Vec<_> = dates.into_iter().map(crate::instant).collect::<Result<_>>()?;
        let (by_date, t) = j::transitions(&histories, &dates, &rules)?;
        Ok(StageTransitions {
            stages: (customers.into_iter().zip(&by_date))
                .map(|(c, row)| CustomerStages { id: c.id, stages: row.iter().map(code).collect() })
                .collect(),
            moves: (t.rows().iter())
                .map(|r| StageMove {
                    step: r.step as u64,
                    from: code(&r.from),
                    to: code(&r.to),
                    customers: r.customers,
                })
                .collect(),
        })
    })
}

fn stage_rules(rules_json: Option<String>) -> Result<j::StageRules> {
    Ok(match rules_json {
        Some(t) => serde_json::from_str(&t).map_err(|e| postpurchase::Error::from_json_error("stage rules", &e))?,
        None => j::StageRules::default(),
    })
}

/// Next-purchase timing.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct NextPurchase {
    /// P(alive).
    pub p_alive: f64,
    /// P(at least one purchase within the horizon).
    pub p_within: f64,
    /// Median wait, in the model's time unit; null when the customer more likely never buys.
    pub median_wait: Option<f64>,
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
        Ok(NextPurchase { p_alive: n.p_alive, p_within: n.p_within, median_wait: n.median_wait })
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
