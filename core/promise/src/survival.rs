//! Transit times as per-day counts, and the distributions they give: Kaplan–Meier over
//! right-censored days, blending with a coarser group, sums and conditioning.
//!
//! A distribution is a probability per business day `0..=MAX_DAYS` and one more entry for "later
//! than that" (mass the data cannot place: heavy censoring, or times past the horizon).

use serde::{Deserialize, Serialize};

/// The longest transit counted day by day (60 business days: about three months); anything
/// longer is "later".
pub const MAX_DAYS: u32 = 60;

/// The days counted, plus the "later" entry.
pub(crate) const SLOTS: usize = MAX_DAYS as usize + 2;

/// A distribution over business days (see the module's documentation).
pub(crate) type Pmf = Vec<f64>;

/// Per business day, how many parcels arrived that day and how many were still travelling when
/// last seen (censored) after that many days.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DayCounts {
    /// Arrivals by day (index = business days).
    pub events: Vec<u64>,
    /// Still travelling when last seen, by day.
    pub censored: Vec<u64>,
}

fn bump(v: &mut Vec<u64>, day: u32) {
    let i = usize::try_from(day.min(MAX_DAYS)).unwrap_or(0);
    if v.len() <= i {
        v.resize(i.saturating_add(1), 0);
    }
    if let Some(x) = v.get_mut(i) {
        *x = x.saturating_add(1);
    }
}

impl DayCounts {
    /// An arrival after `day` business days (past the horizon: known only to be later).
    pub fn arrived(&mut self, day: u32) {
        if day > MAX_DAYS { bump(&mut self.censored, MAX_DAYS) } else { bump(&mut self.events, day) }
    }

    /// A parcel still travelling after `day` business days.
    pub fn travelling(&mut self, day: u32) {
        bump(&mut self.censored, day);
    }

    /// Adds another group's counts.
    pub fn merge(&mut self, other: &DayCounts) {
        for (mine, theirs) in [(&mut self.events, &other.events), (&mut self.censored, &other.censored)] {
            if mine.len() < theirs.len() {
                mine.resize(theirs.len(), 0);
            }
            for (m, t) in mine.iter_mut().zip(theirs) {
                *m = m.saturating_add(*t);
            }
        }
    }

    /// Every parcel counted.
    pub fn total(&self) -> u64 {
        self.events.iter().chain(&self.censored).fold(0_u64, |a, b| a.saturating_add(*b))
    }

    /// Whether the counts are well formed (no more days than counted).
    pub fn is_valid(&self) -> bool {
        self.events.len() <= SLOTS.saturating_sub(1) && self.censored.len() <= SLOTS.saturating_sub(1)
    }

    /// The Kaplan–Meier distribution (censored parcels are at risk on their own day, after that
    /// day's arrivals), or `None` for no data.
    pub fn distribution(&self) -> Option<Pmf> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        let mut pmf = vec![0.0; SLOTS];
        let mut at_risk = total as f64;
        let mut surviving = 1.0_f64;
        for day in 0..=MAX_DAYS as usize {
            let d = self.events.get(day).copied().unwrap_or(0) as f64;
            let c = self.censored.get(day).copied().unwrap_or(0) as f64;
            if at_risk > 0.0 && d > 0.0 {
                let p = surviving * d / at_risk;
                if let Some(slot) = pmf.get_mut(day) {
                    *slot = p;
                }
                surviving -= p;
            }
            at_risk -= d + c;
        }
        if let Some(last) = pmf.last_mut() {
            *last = surviving.max(0.0);
        }
        Some(pmf)
    }
}

/// `w·a + (1 − w)·b`.
pub(crate) fn blend(a: &[f64], w: f64, b: &[f64]) -> Pmf {
    a.iter().zip(b).map(|(x, y)| w * x + (1.0 - w) * y).collect()
}

/// The smallest day whose cumulative probability reaches `p`, or `None` when only "later" does.
pub(crate) fn quantile(pmf: &[f64], p: f64) -> Option<u32> {
    let mut cumulative = 0.0;
    for (day, mass) in pmf.iter().take(SLOTS.saturating_sub(1)).enumerate() {
        cumulative += mass;
        if cumulative + 1e-12 >= p {
            return u32::try_from(day).ok();
        }
    }
    None
}

/// The distribution of the sum of two independent times (a sum past the horizon is "later").
pub(crate) fn sum(a: &[f64], b: &[f64]) -> Pmf {
    let mut out = vec![0.0; SLOTS];
    let horizon = MAX_DAYS as usize;
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            let later = i > horizon || j > horizon || i.saturating_add(j) > horizon;
            let slot = if later { horizon.saturating_add(1) } else { i.saturating_add(j) };
            if let Some(s) = out.get_mut(slot) {
                *s += x * y;
            }
        }
    }
    out
}

/// The distribution given that the time is at least `at` days, or `None` when that has no
/// probability at all.
pub(crate) fn given_at_least(pmf: &[f64], at: u32) -> Option<Pmf> {
    let start = usize::try_from(at.min(MAX_DAYS.saturating_add(1))).unwrap_or(0);
    let left: f64 = pmf.iter().skip(start).sum();
    if left <= 1e-12 {
        return None;
    }
    Some(pmf.iter().enumerate().map(|(day, mass)| if day < start { 0.0 } else { mass / left }).collect())
}

/// The probability of more than `days`.
pub(crate) fn beyond(pmf: &[f64], days: u32) -> f64 {
    let start = usize::try_from(days.saturating_add(1).min(MAX_DAYS.saturating_add(1))).unwrap_or(0);
    pmf.iter().skip(start).sum::<f64>().clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kaplan_meier_by_hand() {
        // 4 parcels: arrivals after 1 and 3 days, one still travelling after 2, one after 3
        let mut c = DayCounts::default();
        c.arrived(1);
        c.travelling(2);
        c.arrived(3);
        c.travelling(3);
        let pmf = c.distribution().unwrap();
        // day 1: 1 of 4 at risk arrives → 0.25; day 3: 1 of 2 at risk → 0.75 × 0.5 = 0.375
        assert!((pmf[1] - 0.25).abs() < 1e-12);
        assert!((pmf[3] - 0.375).abs() < 1e-12);
        assert!((pmf[SLOTS - 1] - 0.375).abs() < 1e-12, "the rest cannot be placed");
        assert_eq!(quantile(&pmf, 0.5), Some(3));
        assert_eq!(quantile(&pmf, 0.9), None);
    }

    #[test]
    fn sums_and_conditions() {
        let one = |day: usize| {
            let mut p = vec![0.0; SLOTS];
            p[day] = 1.0;
            p
        };
        assert_eq!(quantile(&sum(&one(2), &one(3)), 0.5), Some(5));
        assert_eq!(quantile(&sum(&one(40), &one(30)), 0.5), None, "past the horizon");
        let mut two = vec![0.0; SLOTS];
        two[1] = 0.5;
        two[4] = 0.5;
        let later = given_at_least(&two, 2).unwrap();
        assert_eq!(quantile(&later, 0.1), Some(4));
        assert!((beyond(&two, 1) - 0.5).abs() < 1e-12);
    }
}
