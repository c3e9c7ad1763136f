//! Customer metrics, checked on hand-made logs and on the CDNOW data.
use chrono::{NaiveDate, TimeZone, Utc};
use postpurchase::metrics::*;
use rust_decimal_macros::dec;

fn data(path: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/data").join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn tx(c: u64, y: i32, m: u32, day: u32, amount: rust_decimal::Decimal) -> Transaction {
    Transaction::new(c, Utc.with_ymd_and_hms(y, m, day, 10, 0, 0).unwrap(), amount)
}

#[test]
fn summary_matches_the_published_cdnow_calibration_summary() {
    let txns = parse_cdnow(&data("cdnow/CDNOW_sample.txt")).unwrap();
    assert_eq!(txns.len(), 6919);
    let s = customer_summary(&txns, d(1998, 6, 30), Some(d(1997, 9, 30)), TimeUnit::Weeks).unwrap();
    assert_eq!(s.len(), 2357);
    let csv = data("cdnow/cdnow_customers_summary_with_transactions.csv");
    let mut mismatches = 0;
    for (i, line) in csv.lines().skip(1).enumerate() {
        let f: Vec<f64> = line.split(',').map(|x| x.parse().unwrap()).collect();
        let ok = s.frequency[i] == f[1]
            && (s.recency[i] - f[2]).abs() < 0.006
            && (s.t[i] - f[3]).abs() < 0.006
            && (s.monetary_value[i] - f[4]).abs() < 0.006;
        if !ok {
            mismatches += 1;
        }
    }
    assert_eq!(mismatches, 0, "customers whose summary differs from the published one");
    assert_eq!(s.duration_holdout, Some(39.0));
    let holdout: f64 = s.frequency_holdout.as_ref().unwrap().iter().sum();
    assert!(holdout > 0.0);
}

#[test]
fn same_day_purchases_merge_and_late_ones_are_ignored() {
    let txns = vec![
        tx(1, 2026, 1, 1, dec!(10)),
        tx(1, 2026, 1, 1, dec!(5)),
        tx(1, 2026, 1, 8, dec!(20)),
        tx(1, 2026, 1, 15, dec!(40)),
        tx(2, 2026, 1, 10, dec!(7)),
        tx(3, 2026, 3, 1, dec!(9)),
    ];
    let s = customer_summary(&txns, d(2026, 1, 29), None, TimeUnit::Days).unwrap();
    assert_eq!(s.customer, vec![1, 2]);
    assert_eq!(s.frequency, vec![2.0, 0.0]);
    assert_eq!(s.recency, vec![14.0, 0.0]);
    assert_eq!(s.t, vec![28.0, 19.0]);
    assert_eq!(s.monetary_value, vec![30.0, 0.0]);
}

#[test]
fn headline_metrics_follow_their_definitions() {
    let mut txns = vec![tx(1, 2026, 1, 1, dec!(100)), tx(1, 2026, 2, 1, dec!(50)), tx(2, 2026, 1, 5, dec!(30))];
    txns[1].returned = dec!(20);
    txns[1].units = 2;
    txns[1].units_returned = 1;
    txns[0].units = 3;
    txns[2].units = 1;
    let m = purchase_metrics(&txns).unwrap();
    assert_eq!((m.customers, m.orders), (2, 3));
    assert_eq!(m.repeat_purchase_rate, 0.5);
    assert_eq!(m.purchase_frequency, 1.5);
    assert_eq!(m.average_order_value, dec!(60.00));
    assert_eq!(m.historic_clv, dec!(80.00));
    assert!((m.return_rate_orders - 1.0 / 3.0).abs() < 1e-12);
    assert!((m.return_rate_value - 20.0 / 180.0).abs() < 1e-12);
    assert!((m.return_rate_units - 1.0 / 6.0).abs() < 1e-12);
    txns[2].returned = dec!(31);
    assert_eq!(purchase_metrics(&txns).unwrap_err().code(), "metrics.invalid_transaction");
}

#[test]
fn retention_churn_and_reactivation() {
    // Jan: 1,2,3 ; Feb: 1,2 ; Mar: 1,3 (3 is reactivated)
    let txns = vec![
        tx(1, 2026, 1, 3, dec!(1)),
        tx(2, 2026, 1, 3, dec!(1)),
        tx(3, 2026, 1, 3, dec!(1)),
        tx(1, 2026, 2, 3, dec!(1)),
        tx(2, 2026, 2, 3, dec!(1)),
        tx(1, 2026, 3, 5, dec!(1)),
        tx(3, 2026, 3, 5, dec!(1)),
    ];
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2026, 3, 29, 0, 0, 0).unwrap(); // 28 days; previous = Feb
    let r = retention(&txns, start, end).unwrap();
    assert_eq!((r.active_previous, r.retained, r.reactivated), (2, 1, 1));
    assert_eq!((r.retention_rate, r.churn_rate, r.reactivation_rate), (0.5, 0.5, 1.0));
    let c = cohort_retention(&txns);
    assert_eq!(c.cohorts, vec![d(2026, 1, 1)]);
    assert_eq!(c.sizes, vec![3]);
    assert_eq!(c.retention[0], vec![1.0, 2.0 / 3.0, 2.0 / 3.0]);
}
