//! The storefront's journey section on a small year with known structure.

use std::collections::BTreeMap;

use chrono::{Duration, TimeZone, Utc};
use postpurchase::journey::Stage;
use postpurchase::metrics::Transaction;
use postpurchase_examples::journey_report::{Journey, MONTHLY_STAGES, MOVES};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;

/// 600 customers in three tastes: each buys from their own pair of items, every 20 to 60 days,
/// and stops with a chance of 0.25 after each order.
fn year() -> (Vec<Transaction>, Vec<Vec<&'static str>>) {
    let tastes: [[&str; 3]; 3] = [["boots", "socks", "gaiters"], ["lamp", "stand", "mug"], ["tee", "cap", "shorts"]];
    let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let mut rng = StdRng::seed_from_u64(11);
    let (mut txns, mut baskets) = (Vec::new(), Vec::new());
    for c in 0..600u64 {
        let taste = tastes[(c % 3) as usize];
        let mut day = rng.gen_range(0..300i64);
        while day < 365 {
            let first = taste[rng.gen_range(0..3)];
            let mut basket = vec![first];
            if rng.gen_bool(0.5) {
                let other = taste[rng.gen_range(0..3)];
                if other != first {
                    basket.push(other);
                }
            }
            txns.push(Transaction {
                customer: c,
                at: start + Duration::days(day),
                amount: Decimal::new(rng.gen_range(1000..9000), 2),
                returned: Decimal::ZERO,
                units: 1,
                units_returned: 0,
            });
            baskets.push(basket);
            if rng.gen_bool(0.25) {
                break;
            }
            day += rng.gen_range(20..60);
        }
    }
    (txns, baskets)
}

#[test]
fn every_customer_has_one_stage_per_month_end_and_the_moves_add_up() {
    let (txns, baskets) = year();
    let j = Journey::of_year(2026, &txns, &baskets, &BTreeMap::new()).unwrap();
    assert_eq!(j.month_ends.len(), 12);
    let first = |c: u64| txns.iter().filter(|t| t.customer == c).map(|t| t.at).min().unwrap();
    for (m, end) in j.month_ends.iter().enumerate() {
        let customers = (0..600u64).filter(|c| first(*c) <= *end).count() as u64;
        let staged: u64 = j.stages_by_month.iter().map(|(_, n)| n[m]).sum();
        assert_eq!(staged, customers, "month {m}");
        // first orders in the month: the customers who became new
        let before = if m == 0 { 0 } else { (0..600u64).filter(|c| first(*c) <= j.month_ends[m - 1]).count() as u64 };
        let newcomers = j.moves_by_month.iter().find(|(mv, _)| *mv == MOVES[0]).unwrap().1[m];
        assert!(newcomers <= customers - before, "month {m}");
    }
    assert_eq!(j.stages_by_month.iter().map(|(s, _)| *s).collect::<Vec<_>>(), MONTHLY_STAGES);
    // by December some have lapsed and some came back
    let dec = |s: Stage| j.stages_by_month.iter().find(|(x, _)| *x == s).unwrap().1[11];
    assert!(dec(Stage::Lapsed) > 0 && dec(Stage::Active) > 0);
    let year_end: u64 = j.year_end.iter().map(|(_, n)| n).sum();
    assert_eq!(year_end, 600);
    let segments: u64 = j.segments.iter().map(|s| s.customers).sum();
    assert_eq!(segments, 600);
}

#[test]
fn the_recommender_finds_the_tastes_and_beats_the_most_popular_items() {
    let (txns, baskets) = year();
    let j = Journey::of_year(2026, &txns, &baskets, &BTreeMap::new()).unwrap();
    let h = j.hit_rate;
    assert!(h.customers > 100, "{h:?}");
    // a customer's taste is three items: with one or two bought, the others are the suggestions
    assert!(h.rate > 0.95, "{h:?}");
    assert!(h.rate > h.popular_rate + 0.3, "{h:?}");
    assert_eq!(j.holdout_orders + j.training_orders, txns.len());
}

#[test]
fn latest_nps_answers_make_advocates_at_the_year_end() {
    let (txns, baskets) = year();
    let promoters: BTreeMap<u64, u8> = (0..600u64).map(|c| (c, 10)).collect();
    let plain = Journey::of_year(2026, &txns, &baskets, &BTreeMap::new()).unwrap();
    let with = Journey::of_year(2026, &txns, &baskets, &promoters).unwrap();
    let count = |j: &Journey, s: Stage| j.year_end.iter().find(|(x, _)| *x == s).unwrap().1;
    assert_eq!(count(&plain, Stage::Advocate), 0);
    assert_eq!(count(&with, Stage::Advocate), count(&plain, Stage::Active));
}

#[test]
fn a_tiny_year_has_no_model_and_says_so() {
    let (txns, baskets) = year();
    let few: Vec<usize> = (0..txns.len()).filter(|i| txns[*i].customer < 3).collect();
    let t: Vec<Transaction> = few.iter().map(|i| txns[*i].clone()).collect();
    let b: Vec<Vec<&str>> = few.iter().map(|i| baskets[*i].clone()).collect();
    let j = Journey::of_year(2026, &t, &b, &BTreeMap::new()).unwrap();
    assert!(j.model.is_err());
    assert!(j.model_note().starts_with("the gap rules (no model: clv."), "{}", j.model_note());
    assert!(Journey::of_year(2026, &t, &b[1..], &BTreeMap::new()).is_err());
}
