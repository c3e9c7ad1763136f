//! Post-purchase recommendations from co-purchase statistics: which items are bought together,
//! and what to suggest to a customer given what they bought.
//!
//! Baskets are sets of item ids (an order, or all of one customer's orders: the caller chooses).
//! For items `i` and `j`, with `n` baskets, `n_i` baskets holding `i` and `n_ij` holding both:
//! support = `n_ij / n`, confidence(i → j) = `n_ij / n_i`, lift = confidence / (`n_j / n`).
//! Pairs seen in fewer than `min_pair_count` baskets, and items seen in fewer than
//! `min_item_count`, are left out. A basket's candidates are scored by their best confidence from
//! any of its items (ties broken by lift, then by the item id), never suggesting an item in the
//! basket or in the exclusions (bought or returned before).
//!
//! ```
//! use postpurchase::journey::{CoPurchase, CoPurchaseOptions};
//! let baskets = vec![vec!["tent", "stakes"], vec!["tent", "stakes", "lamp"], vec!["tent", "lamp"], vec!["mug"]];
//! let model = CoPurchase::fit(&baskets, &CoPurchaseOptions { min_pair_count: 2, min_item_count: 1 })?;
//! let recs = model.recommend(&["stakes"], &[], 2);
//! assert_eq!(recs[0].item, "tent");
//! assert!((recs[0].confidence - 1.0).abs() < 1e-12 && recs[0].because == "stakes");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, Result};

/// The most distinct items one basket may hold: pairs grow with the square of a basket's size,
/// so a larger one (a data error, or a hostile input) is refused rather than counted for hours.
pub const MAX_BASKET_ITEMS: usize = 1_000;

/// The thresholds of a co-purchase model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CoPurchaseOptions {
    /// Least baskets a pair must share to be used (default 2).
    pub min_pair_count: u64,
    /// Least baskets an item must be in to be recommended or to recommend (default 2).
    pub min_item_count: u64,
}

impl Default for CoPurchaseOptions {
    fn default() -> Self {
        CoPurchaseOptions { min_pair_count: 2, min_item_count: 2 }
    }
}

/// Co-purchase counts over a set of baskets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoPurchase {
    baskets: u64,
    items: BTreeMap<String, u64>,
    /// For each item, the items bought with it and in how many baskets.
    pairs: BTreeMap<String, BTreeMap<String, u64>>,
    options: CoPurchaseOptions,
}

/// A suggested item and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Recommendation {
    /// The item suggested.
    pub item: String,
    /// The basket item it is most often bought with.
    pub because: String,
    /// confidence(because → item).
    pub confidence: f64,
    /// lift(because → item).
    pub lift: f64,
    /// Share of all baskets holding both.
    pub support: f64,
}

/// A holdout case: what a customer had bought, and what they bought next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HoldoutCase {
    /// Item ids bought before.
    pub before: Vec<String>,
    /// Item ids bought next.
    pub next: Vec<String>,
}

/// Hit rate at k on a holdout: the share of test customers for whom at least one suggestion was
/// among the items they went on to buy.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HitRate {
    /// Customers tested.
    pub customers: u64,
    /// With at least one hit among the co-purchase suggestions.
    pub hits: u64,
    /// With at least one hit among the most popular items (the baseline).
    pub popular_hits: u64,
    /// `hits / customers`.
    pub rate: f64,
    /// `popular_hits / customers`.
    pub popular_rate: f64,
}

impl CoPurchase {
    /// Counts items and pairs over `baskets` (repeated items in a basket count once).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for an empty item id or a basket of more than
    /// [`MAX_BASKET_ITEMS`] distinct items (naming its position).
    pub fn fit<S: AsRef<str>>(baskets: &[Vec<S>], options: &CoPurchaseOptions) -> Result<CoPurchase> {
        let mut m = CoPurchase { baskets: 0, items: BTreeMap::new(), pairs: BTreeMap::new(), options: *options };
        for basket in baskets {
            let set: BTreeSet<&str> = basket.iter().map(AsRef::as_ref).collect();
            if set.contains("") {
                return Err(Error::new(ErrorKind::InvalidInput, "item ids must not be empty"));
            }
            if set.len() > MAX_BASKET_ITEMS {
                return Err(Error::new(ErrorKind::InvalidInput, "a basket holds at most 1,000 distinct items")
                    .with("basket", m.baskets)
                    .with("items", set.len()));
            }
            m.baskets = m.baskets.saturating_add(1);
            for i in &set {
                let n = m.items.entry((*i).to_string()).or_insert(0);
                *n = n.saturating_add(1);
                let with = m.pairs.entry((*i).to_string()).or_default();
                for j in set.iter().filter(|j| *j != i) {
                    let n = with.entry((*j).to_string()).or_insert(0);
                    *n = n.saturating_add(1);
                }
            }
        }
        Ok(m)
    }

    /// Baskets counted.
    pub fn baskets(&self) -> u64 {
        self.baskets
    }

    fn count(&self, item: &str) -> u64 {
        self.items.get(item).copied().unwrap_or(0)
    }

    /// The statistics of `from → to`, when both pass the thresholds.
    pub fn rule(&self, from: &str, to: &str) -> Option<Recommendation> {
        let (ni, nj) = (self.count(from), self.count(to));
        let nij = self.pairs.get(from).and_then(|w| w.get(to)).copied().unwrap_or(0);
        let o = &self.options;
        if nij < o.min_pair_count.max(1) || ni < o.min_item_count || nj < o.min_item_count || self.baskets == 0 {
            return None;
        }
        let n = self.baskets as f64;
        let confidence = nij as f64 / ni as f64;
        Some(Recommendation {
            item: to.to_string(),
            because: from.to_string(),
            confidence,
            lift: confidence / (nj as f64 / n),
            support: nij as f64 / n,
        })
    }

    /// Up to `k` items for a basket, best first, never one in `basket` or `exclude`.
    pub fn recommend<S: AsRef<str>>(&self, basket: &[S], exclude: &[S], k: usize) -> Vec<Recommendation> {
        let skip: BTreeSet<&str> = basket.iter().chain(exclude).map(AsRef::as_ref).collect();
        let mut best: BTreeMap<&str, Recommendation> = BTreeMap::new();
        for from in basket.iter().map(AsRef::as_ref).collect::<BTreeSet<_>>() {
            for to in self.pairs.get(from).into_iter().flat_map(BTreeMap::keys) {
                if skip.contains(to.as_str()) {
                    continue;
                }
                let Some(rule) = self.rule(from, to) else { continue };
                let better =
                    best.get(to.as_str()).is_none_or(|b| (rule.confidence, rule.lift) > (b.confidence, b.lift));
                if better {
                    best.insert(to.as_str(), rule);
                }
            }
        }
        let mut out: Vec<Recommendation> = best.into_values().collect();
        out.sort_by(|a, b| {
            b.confidence.total_cmp(&a.confidence).then(b.lift.total_cmp(&a.lift)).then(a.item.cmp(&b.item))
        });
        out.truncate(k);
        out
    }

    /// The `k` items in most baskets (ties by id), except those in `exclude`: the baseline.
    pub fn popular<S: AsRef<str>>(&self, exclude: &[S], k: usize) -> Vec<String> {
        let skip: BTreeSet<&str> = exclude.iter().map(AsRef::as_ref).collect();
        let mut all: Vec<(&String, u64)> =
            self.items.iter().filter(|(i, _)| !skip.contains(i.as_str())).map(|(i, n)| (i, *n)).collect();
        all.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        all.into_iter().take(k).map(|(i, _)| i.clone()).collect()
    }

    /// [`CoPurchase::hit_rate`] of [`HoldoutCase`]s.
    ///
    /// ```
    /// use postpurchase::journey::{CoPurchase, CoPurchaseOptions, HoldoutCase};
    /// let baskets = [vec!["tent", "stakes"], vec!["tent", "stakes"], vec!["mug"]];
    /// let model = CoPurchase::fit(&baskets, &CoPurchaseOptions { min_pair_count: 2, min_item_count: 1 })?;
    /// let case = HoldoutCase { before: vec!["tent".into()], next: vec!["stakes".into()] };
    /// assert_eq!(model.hit_rate_of_cases(&[case], 1).hits, 1);
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn hit_rate_of_cases(&self, cases: &[HoldoutCase], k: usize) -> HitRate {
        let pairs: Vec<(Vec<&str>, Vec<&str>)> = cases
            .iter()
            .map(|c| (c.before.iter().map(String::as_str).collect(), c.next.iter().map(String::as_str).collect()))
            .collect();
        self.hit_rate(&pairs, k)
    }

    /// Hit rate at `k` against the popularity baseline: for each test case (what the customer
    /// had bought, what they bought next), whether a suggestion for the first is in the second.
    /// Cases with nothing new bought next are skipped.
    pub fn hit_rate<S: AsRef<str>>(&self, cases: &[(Vec<S>, Vec<S>)], k: usize) -> HitRate {
        let (mut customers, mut hits, mut popular_hits) = (0u64, 0u64, 0u64);
        for (before, next) in cases {
            let had: BTreeSet<&str> = before.iter().map(AsRef::as_ref).collect();
            let new: BTreeSet<&str> = next.iter().map(AsRef::as_ref).filter(|i| !had.contains(i)).collect();
            if new.is_empty() {
                continue;
            }
            customers = customers.saturating_add(1);
            if self.recommend(before, &[], k).iter().any(|r| new.contains(r.item.as_str())) {
                hits = hits.saturating_add(1);
            }
            if self.popular(before, k).iter().any(|i| new.contains(i.as_str())) {
                popular_hits = popular_hits.saturating_add(1);
            }
        }
        let share = |n: u64| if customers == 0 { 0.0 } else { n as f64 / customers as f64 };
        HitRate { customers, hits, popular_hits, rate: share(hits), popular_rate: share(popular_hits) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baskets() -> Vec<Vec<&'static str>> {
        vec![
            vec!["tent", "stakes", "lamp"],
            vec!["tent", "stakes"],
            vec!["tent", "lamp", "lamp"],
            vec!["boots", "socks"],
            vec!["boots", "socks", "tent"],
            vec!["mug"],
        ]
    }

    #[test]
    fn support_confidence_and_lift_are_the_textbook_ratios() {
        let m = CoPurchase::fit(&baskets(), &CoPurchaseOptions { min_pair_count: 1, min_item_count: 1 }).unwrap();
        let r = m.rule("stakes", "tent").unwrap();
        // 2 of 6 baskets hold both; stakes in 2, tent in 4
        assert_eq!((r.support, r.confidence), (2.0 / 6.0, 1.0));
        assert!((r.lift - 1.0 / (4.0 / 6.0)).abs() < 1e-12);
        // a repeated item counts once per basket
        assert_eq!(m.rule("tent", "lamp").unwrap().confidence, 2.0 / 4.0);
        assert!(m.rule("mug", "tent").is_none());
    }

    #[test]
    fn suggestions_skip_the_basket_and_exclusions_and_respect_thresholds() {
        let m = CoPurchase::fit(&baskets(), &CoPurchaseOptions::default()).unwrap();
        let recs = m.recommend(&["stakes"], &[], 5);
        assert_eq!(recs.iter().map(|r| r.item.as_str()).collect::<Vec<_>>(), ["tent"]);
        // lamp shares one basket with stakes: under the default minimum of 2
        assert!(m.recommend(&["tent"], &["stakes"], 5).iter().all(|r| r.item != "stakes"));
        assert_eq!(m.recommend(&["tent"], &[], 5).first().map(|r| r.item.as_str()), Some("lamp"));
        assert_eq!(m.popular(&["tent"], 2), vec!["boots".to_string(), "lamp".to_string()]);
        assert!(CoPurchase::fit(&[vec![""]], &CoPurchaseOptions::default()).is_err());
        let huge: Vec<String> = (0..=MAX_BASKET_ITEMS).map(|i| format!("i{i}")).collect();
        let err = CoPurchase::fit(&[vec!["a".to_string()], huge], &CoPurchaseOptions::default()).unwrap_err();
        assert_eq!(err.code(), "input.invalid");
    }

    #[test]
    fn the_hit_rate_counts_customers_who_bought_a_suggestion_next() {
        let m = CoPurchase::fit(&baskets(), &CoPurchaseOptions::default()).unwrap();
        let cases = vec![
            (vec!["stakes"], vec!["tent"]), // hit
            (vec!["socks"], vec!["boots"]), // hit
            (vec!["boots"], vec!["mug"]),   // miss
            (vec!["tent"], vec!["tent"]),   // nothing new: skipped
        ];
        let h = m.hit_rate(&cases, 1);
        assert_eq!((h.customers, h.hits), (3, 2));
        // the most popular item (tent) helps only the first
        assert_eq!(h.popular_hits, 1);
    }
}
