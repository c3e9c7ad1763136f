//! The customer journey: lifecycle stages, RFM segments, co-purchase recommendations,
//! next-purchase timing and survey states.
use chrono::{DateTime, Utc};
use napi_derive::napi;
use postpurchase::journey as j;

use crate::args::js;
use crate::document::Document;

fn n32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One customer's RFM measures.
#[napi(object)]
pub struct RfmInput {
    /// Days since the last purchase.
    pub recency_days: f64,
    /// Number of purchases.
    pub frequency: f64,
    /// Spend.
    pub monetary: f64,
}

/// RFM scores by quintile and segments, in the input's order.
#[napi(ts_return_type = "Array<RfmScore>")]
pub fn rfm_scores(customers: Vec<RfmInput>) -> napi::Result<Vec<Document>, String> {
    crate::guard(|| {
        let measures = customers.iter().map(|c| (c.recency_days, c.frequency, c.monetary));
        Document::all(&j::rfm_scores_of_measures(measures).map_err(js)?, "scores")
    })
}

/// What a customer had bought, and what they bought next.
#[napi(object)]
pub struct HoldoutCase {
    /// Bought before.
    pub before: Vec<String>,
    /// Bought next.
    pub next: Vec<String>,
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
    pub fn hit_rate(&self, cases: Vec<HoldoutCase>, k: Option<u32>) -> napi::Result<Document, String> {
        crate::guard(|| {
            let cases: Vec<(Vec<String>, Vec<String>)> = cases.into_iter().map(|c| (c.before, c.next)).collect();
            Document::of(&self.inner.hit_rate(&cases, k.unwrap_or(5) as usize), "hit rate")
        })
    }
}

/// Thresholds of the stage rules; any left out keep their defaults.
#[napi(object)]
pub struct StageRulesInput {
    /// Days a customer stays new (30).
    pub new_days: Option<u32>,
    /// P(alive) below which a customer is at risk (0.5).
    pub at_risk_p_alive: Option<f64>,
    /// … lapsed (0.2).
    pub lapsed_p_alive: Option<f64>,
    /// Days since the last purchase over the typical gap for at risk (1.5).
    pub at_risk_gap_multiple: Option<f64>,
    /// … for lapsed (3).
    pub lapsed_gap_multiple: Option<f64>,
    /// With one purchase: days to at risk (90).
    pub single_at_risk_days: Option<u32>,
    /// … to lapsed (180).
    pub single_lapsed_days: Option<u32>,
}

fn rules(r: Option<StageRulesInput>) -> j::StageRules {
    let d = j::StageRules::default();
    let Some(r) = r else { return d };
    j::StageRules {
        new_days: r.new_days.unwrap_or(d.new_days),
        at_risk_p_alive: r.at_risk_p_alive.unwrap_or(d.at_risk_p_alive),
        lapsed_p_alive: r.lapsed_p_alive.unwrap_or(d.lapsed_p_alive),
        at_risk_gap_multiple: r.at_risk_gap_multiple.unwrap_or(d.at_risk_gap_multiple),
        lapsed_gap_multiple: r.lapsed_gap_multiple.unwrap_or(d.lapsed_gap_multiple),
        single_at_risk_days: r.single_at_risk_days.unwrap_or(d.single_at_risk_days),
        single_lapsed_days: r.single_lapsed_days.unwrap_or(d.single_lapsed_days),
    }
}

/// What else a stage is judged on.
#[napi(object)]
pub struct StageFacts {
    /// The latest NPS answer, 0–10.
    pub latest_nps: Option<u32>,
    /// Customers referred who bought.
    pub referrals: Option<u32>,
    /// P(alive) from a fitted model.
    pub p_alive: Option<f64>,
}

/// The lifecycle stage at `at` of a customer with these purchases; `null` before the first.
#[napi(ts_return_type = "StageAssignment | null")]
pub fn lifecycle_stage(
    purchases: Vec<DateTime<Utc>>,
    at: DateTime<Utc>,
    facts: Option<StageFacts>,
    rules_input: Option<StageRulesInput>,
) -> napi::Result<Option<Document>, String> {
    crate::guard(|| {
        let f = facts.unwrap_or(StageFacts { latest_nps: None, referrals: None, p_alive: None });
        let h = j::CustomerHistory {
            purchases,
            latest_nps: f.latest_nps.map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
            referrals: f.referrals.unwrap_or(0),
            p_alive: f.p_alive,
        };
        let a = j::stage_at(&h, at, &rules(rules_input)).map_err(js)?;
        a.map(|a| Document::of(&a, "stage")).transpose()
    })
}

/// BG/NBD parameters.
#[napi(object)]
pub struct BgNbdParams {
    /// r.
    pub r: f64,
    /// alpha.
    pub alpha: f64,
    /// a.
    pub a: f64,
    /// b.
    pub b: f64,
}

/// Next-purchase timing of a customer with summary (frequency, recency, T) over `horizon`.
#[napi(ts_return_type = "NextPurchase")]
pub fn next_purchase(
    params: BgNbdParams,
    frequency: f64,
    recency: f64,
    t: f64,
    horizon: f64,
) -> napi::Result<Document, String> {
    crate::guard(|| {
        let m = postpurchase::clv::BetaGeo {
            r: params.r,
            alpha: params.alpha,
            a: params.a,
            b: params.b,
            variant: postpurchase::clv::Variant::BgNbd,
        };
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

/// One customer's purchases.
#[napi(object)]
pub struct CustomerPurchases {
    /// The customer's id.
    pub id: String,
    /// Purchase times.
    pub purchases: Vec<DateTime<Utc>>,
}

/// One customer's stage at each date (`null`: not a customer yet).
#[napi(object)]
pub struct CustomerStages {
    /// The customer's id.
    pub id: String,
    /// Stage codes, one per date.
    #[napi(ts_type = "Array<'new' | 'active' | 'at_risk' | 'lapsed' | 'reactivated' | 'advocate' | null>")]
    pub stages: Vec<Option<String>>,
}

/// Customers who moved from one stage to another between dates `step` and `step + 1`.
#[napi(object)]
pub struct StageMove {
    /// The index of the first date.
    pub step: u32,
    /// The stage at the first date (`null`: not a customer yet).
    pub from: Option<String>,
    /// The stage at the second.
    pub to: Option<String>,
    /// How many customers.
    pub customers: u32,
}

/// Stages at each date and the moves between consecutive dates.
#[napi(object)]
pub struct StageTransitions {
    /// Per customer, in the input's order.
    pub stages: Vec<CustomerStages>,
    /// Non-empty moves, by step.
    pub moves: Vec<StageMove>,
}

/// Every customer's stage at each date (ascending) and the moves between consecutive dates.
#[napi]
pub fn stage_transitions(
    customers: Vec<CustomerPurchases>,
    dates: Vec<DateTime<Utc>>,
    rules_input: Option<StageRulesInput>,
) -> napi::Result<StageTransitions, String> {
    crate::guard(|| {
        let code = |s: &Option<j::Stage>| s.map(|s| s.code().to_string());
        let histories: Vec<j::CustomerHistory> = (customers.iter())
            .map(|c| j::CustomerHistory { purchases: c.purchases.clone(), ..j::CustomerHistory::default() })
            .collect();
        let (by_date, t) = j::transitions(&histories, &dates, &rules(rules_input)).map_err(js)?;
        Ok(StageTransitions {
            stages: (customers.into_iter().zip(&by_date))
                .map(|(c, row)| CustomerStages { id: c.id, stages: row.iter().map(code).collect() })
                .collect(),
            moves: (t.rows().iter())
                .map(|r| StageMove {
                    step: u32::try_from(r.step).unwrap_or(u32::MAX),
                    from: code(&r.from),
                    to: code(&r.to),
                    customers: n32(r.customers),
                })
                .collect(),
        })
    })
}
