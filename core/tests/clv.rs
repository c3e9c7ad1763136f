//! CLV models against the published results on the CDNOW data.
use postpurchase::clv::*;
use postpurchase::metrics::TimeUnit;

fn data(path: &str) -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../conformance/data").join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// (x, t_x, T, zbar) columns of the 2,357 CDNOW customers.
fn cdnow() -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let (mut x, mut tx, mut t, mut m) = (vec![], vec![], vec![], vec![]);
    for line in data("cdnow/cdnow_customers_summary_with_transactions.csv").lines().skip(1) {
        let f: Vec<f64> = line.split(',').map(|v| v.parse().unwrap()).collect();
        x.push(f[1]);
        tx.push(f[2]);
        t.push(f[3]);
        m.push(f[4]);
    }
    (x, tx, t, m)
}

fn round(v: f64, digits: i32) -> f64 {
    let k = 10f64.powi(digits);
    (v * k).round() / k
}

#[test]
fn bg_nbd_matches_fader_hardie_lee_2005() {
    let (x, tx, t, _) = cdnow();
    let (m, d) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
    assert!(d.converged, "{d:?}");
    assert_eq!((round(m.r, 3), round(m.alpha, 3), round(m.a, 3), round(m.b, 3)), (0.243, 4.414, 0.793, 2.426), "{m:?}");
    assert_eq!(round(d.log_likelihood, 1), -9582.4);
    assert!(d.rows < x.len());
    // the paper's worked example: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks
    assert_eq!(round(m.conditional_expected_purchases(39.0, 2.0, 30.43, 38.86), 3), 1.226);
    // P(X(t) = n) sums to 1 over n
    let probs: Vec<f64> = (0..400).map(|n| m.probability_of_purchases(n, 39.0).unwrap()).collect();
    assert!((probs.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    let mean: f64 = probs.iter().enumerate().map(|(n, p)| n as f64 * p).sum();
    assert!((mean - m.expected_purchases(39.0)).abs() < 1e-6);
}

#[test]
fn pareto_nbd_matches_the_published_fit() {
    let (x, tx, t, _) = cdnow();
    let (m, d) = ParetoNbd::fit(&x, &tx, &t, None, &FitOptions::default()).unwrap();
    assert!(d.converged, "{d:?}");
    assert_eq!((round(m.r, 3), round(m.alpha, 3), round(m.s, 3)), (0.553, 10.578, 0.606), "{m:?}");
    assert!((m.beta - 11.66).abs() < 0.02, "{m:?}");
    assert_eq!(round(d.log_likelihood, 1), -9595.0);
    let p = m.probability_alive(0.0, 0.0, 38.86);
    assert!(p > 0.0 && p < 1.0);
    // P(X(t) = n) is a distribution whose mean is E[X(t)]
    let probs: Vec<f64> = (0..400).map(|n| m.probability_of_purchases(n, 39.0).unwrap()).collect();
    assert!((probs.iter().sum::<f64>() - 1.0).abs() < 1e-6, "{}", probs.iter().sum::<f64>());
    let mean: f64 = probs.iter().enumerate().map(|(n, p)| n as f64 * p).sum();
    assert!((mean - m.expected_purchases(39.0)).abs() < 1e-4, "{mean} vs {}", m.expected_purchases(39.0));
}

#[test]
fn gamma_gamma_matches_fader_hardie_lee_2005() {
    let (x, _, _, zbar) = cdnow();
    let (g, d) = GammaGamma::fit(&x, &zbar, &FitOptions::default()).unwrap();
    assert_eq!(d.customers, 946.0);
    assert_eq!((round(g.p, 2), round(g.q, 2)), (6.25, 3.74), "{g:?}");
    assert!((g.gamma - 15.44).abs() < 0.02, "{g:?}");
}

#[test]
fn modified_bg_nbd_fits_and_predicts() {
    let (x, tx, t, _) = cdnow();
    let (m, d) = BetaGeo::fit(&x, &tx, &t, None, Variant::Modified, &FitOptions::default()).unwrap();
    assert!(d.converged);
    let (bg, dbg) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
    // similar fit quality, and a one-time buyer may have left
    assert!((d.log_likelihood - dbg.log_likelihood).abs() < 30.0);
    assert!(m.probability_alive(0.0, 0.0, 38.86) < 1.0);
    assert_eq!(bg.probability_alive(0.0, 0.0, 38.86), 1.0);
    assert!(m.expected_purchases(39.0) > 0.0);
    let probs: Vec<f64> = (0..400).map(|n| m.probability_of_purchases(n, 39.0).unwrap()).collect();
    assert!((probs.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    let mean: f64 = probs.iter().enumerate().map(|(n, p)| n as f64 * p).sum();
    assert!((mean - m.expected_purchases(39.0)).abs() < 1e-6, "{mean} vs {}", m.expected_purchases(39.0));
}

#[test]
fn clv_is_discounted_in_the_models_time_unit() {
    let (x, tx, t, zbar) = cdnow();
    let (bg, _) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
    let (gg, _) = GammaGamma::fit(&x, &zbar, &FitOptions::default()).unwrap();
    let weekly =
        customer_lifetime_value(&bg, &gg, &x[..5], &tx[..5], &t[..5], &zbar[..5], 12, 0.01, TimeUnit::Weeks).unwrap();
    let as_days =
        customer_lifetime_value(&bg, &gg, &x[..5], &tx[..5], &t[..5], &zbar[..5], 12, 0.01, TimeUnit::Days).unwrap();
    // treating weeks as days would predict 30 "weeks" per month instead of 4.345
    assert!(as_days[0] > weekly[0] * 3.0);
    // undiscounted CLV equals expected purchases over 12 months times expected spend
    let flat =
        customer_lifetime_value(&bg, &gg, &x[..1], &tx[..1], &t[..1], &zbar[..1], 12, 0.0, TimeUnit::Weeks).unwrap();
    let want = bg.conditional_expected_purchases(12.0 * 4.345, x[0], tx[0], t[0])
        * gg.conditional_expected_average_value(x[0], zbar[0]);
    assert!((flat[0] - want).abs() < 1e-9);
    assert!(weekly[0] < flat[0]);
}

#[test]
fn degenerate_and_bad_data_give_typed_errors() {
    let e = BetaGeo::fit(&[0.0, 0.0], &[0.0, 0.0], &[10.0, 12.0], None, Variant::BgNbd, &FitOptions::default())
        .unwrap_err();
    assert_eq!(e.code(), "clv.degenerate_data");
    let e = BetaGeo::fit(
        &[1.0, f64::NAN, 2.0, 0.0],
        &[1.0, 1.0, 20.0, 3.0],
        &[10.0, 10.0, 10.0, 10.0],
        None,
        Variant::BgNbd,
        &FitOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.code(), "input.invalid");
    assert_eq!(e.detail("positions"), Some("1,2,3"));
    let e = ParetoNbd::fit(&[], &[], &[], None, &FitOptions::default()).unwrap_err();
    assert_eq!(e.code(), "clv.degenerate_data");
    let e = GammaGamma::fit(&[1.0], &[10.0], &FitOptions::default()).unwrap_err();
    assert_eq!(e.code(), "clv.degenerate_data");
    let e = GammaGamma::fit(&[1.0, 2.0], &[-1.0, 3.0], &FitOptions::default()).unwrap_err();
    assert_eq!(e.code(), "input.invalid");
}

#[test]
fn compression_merges_identical_rows_without_changing_the_fit() {
    let (x, tx, t, _) = cdnow();
    let d = compress(&x, &tx, &t, None).unwrap();
    assert_eq!(d.customers(), 2357.0);
    let (a, _) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
    let (b, _) = BetaGeo::fit_compressed(&d, Variant::BgNbd, &FitOptions::default()).unwrap();
    assert_eq!(a, b);
}

/// Random rows with continuous times, the data that used to make Pareto/NBD fits run for minutes.
fn random_continuous(n: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let (mut x, mut tx, mut t) = (vec![], vec![], vec![]);
    for _ in 0..n {
        let big_t = 1.0 + 51.0 * next();
        let freq = (12.0 * next()).floor();
        x.push(freq);
        tx.push(if freq > 0.0 { big_t * next() } else { 0.0 });
        t.push(big_t);
    }
    (x, tx, t)
}

#[test]
fn pareto_nbd_fits_random_continuous_data_with_bounded_work() {
    let (x, tx, t) = random_continuous(300);
    let (m, d) = ParetoNbd::fit(&x, &tx, &t, None, &FitOptions::default()).unwrap();
    assert!(d.converged, "{d:?}");
    assert!([m.r, m.alpha, m.s, m.beta].iter().all(|p| p.is_finite() && *p > 0.0), "{m:?}");
}

#[test]
fn a_one_customer_bg_nbd_fit_is_degenerate_not_converged() {
    let err = BetaGeo::fit(&[3.0], &[20.0], &[30.0], None, Variant::BgNbd, &FitOptions::default()).unwrap_err();
    assert_eq!(err.code(), "clv.degenerate_data", "{err}");
}

#[test]
fn predictions_a_billion_periods_ahead_answer_or_refuse_promptly() {
    let (x, tx, t, m) = cdnow();
    let (bg, _) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &FitOptions::default()).unwrap();
    let (pn, _) = ParetoNbd::fit(&x, &tx, &t, None, &FitOptions::default()).unwrap();
    for horizon in [1e3, 1e6, 1e9] {
        for r in [
            conditional_expected_purchases(&bg, horizon, &x[..50], &tx[..50], &t[..50]),
            conditional_expected_purchases(&pn, horizon, &x[..50], &tx[..50], &t[..50]),
            expected_purchases(&bg, horizon).map(|v| vec![v]),
            expected_purchases(&pn, horizon).map(|v| vec![v]),
            pn.probability_of_purchases(2, horizon).map(|v| vec![v]),
            bg.probability_of_purchases(2, horizon).map(|v| vec![v]),
        ] {
            match r {
                Ok(v) => assert!(v.iter().all(|p| p.is_finite()), "{horizon}"),
                Err(e) => assert_eq!(e.code(), "input.invalid", "{horizon}: {e}"),
            }
        }
    }
    let gg = GammaGamma::fit(
        &x.iter().zip(&m).filter(|(x, _)| **x > 0.0).map(|(x, _)| *x).collect::<Vec<_>>(),
        &x.iter().zip(&m).filter(|(x, _)| **x > 0.0).map(|(_, m)| *m).collect::<Vec<_>>(),
        &FitOptions::default(),
    )
    .unwrap()
    .0;
    let err = customer_lifetime_value(&bg, &gg, &x[..5], &tx[..5], &t[..5], &m[..5], u32::MAX, 0.01, TimeUnit::Weeks)
        .unwrap_err();
    assert_eq!(err.code(), "input.invalid");
}

#[test]
fn binning_times_to_a_resolution_compresses_continuous_rows_and_checks_the_resolution() {
    let (x, tx, t) = random_continuous(3_000);
    let exact = compress(&x, &tx, &t, None).unwrap();
    let weekly = compress_at(&x, &tx, &t, None, Some(1.0)).unwrap();
    assert_eq!(exact.rows(), 3_000);
    assert!(weekly.rows() < exact.rows(), "{}", weekly.rows());
    assert_eq!(weekly.customers(), 3_000.0);
    assert!(weekly.t_x().iter().zip(weekly.t()).all(|(a, b)| a.fract() == 0.0 && a <= b));
    for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
        assert_eq!(compress_at(&x, &tx, &t, None, Some(bad)).unwrap_err().code(), "input.invalid");
    }
    let opts = FitOptions { time_resolution: Some(1.0), ..FitOptions::default() };
    let (_, d) = ParetoNbd::fit(&x, &tx, &t, None, &opts).unwrap();
    assert_eq!(d.rows, weekly.rows());
}

#[test]
fn the_penalty_is_taken_in_units_where_the_oldest_age_is_one_so_the_time_unit_does_not_matter() {
    let (x, tx, t, _) = cdnow();
    let days = |v: &[f64]| v.iter().map(|w| w * 7.0).collect::<Vec<_>>();
    let opts = FitOptions { penalizer: 0.01, ..FitOptions::default() };
    let (w, _) = BetaGeo::fit(&x, &tx, &t, None, Variant::BgNbd, &opts).unwrap();
    let (d, _) = BetaGeo::fit(&x, &days(&tx), &days(&t), None, Variant::BgNbd, &opts).unwrap();
    assert!((d.alpha / 7.0 - w.alpha).abs() / w.alpha < 1e-4 && (d.a - w.a).abs() / w.a < 1e-4, "{w:?} vs {d:?}");
    // the penalty pulls the shapes a and b down, as in lifetimes (0.793 and 2.426 without it)
    assert!(w.a < 0.5 && w.b < 1.0, "{w:?}");
    let (pw, _) = ParetoNbd::fit(&x, &tx, &t, None, &opts).unwrap();
    let (pd, _) = ParetoNbd::fit(&x, &days(&tx), &days(&t), None, &opts).unwrap();
    assert!((pd.beta / 7.0 - pw.beta).abs() / pw.beta < 1e-4 && (pd.s - pw.s).abs() / pw.s < 1e-4, "{pw:?} vs {pd:?}");
}

#[test]
fn heavy_buyers_and_long_horizons_give_finite_accurate_expectations() {
    let m = BetaGeo { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, variant: Variant::BgNbd };
    // reference values from the papers' closed form evaluated with mpmath at 300 digits
    // (bindings-python/tests/test_clv_numerics.py checks a whole grid the same way)
    let near = |got: f64, want: f64| (got - want).abs() <= 1e-9 * want.abs();
    let one_week = m.conditional_expected_purchases(1.0, 10_000.0, 520.0, 520.0);
    assert!(near(one_week, 19.0534574729147), "{one_week}");
    let ten_years = m.conditional_expected_purchases(520.0, 10_000.0, 599.0, 600.0);
    assert!(near(ten_years, 5.37133349995704), "{ten_years}");
    for x in [0.0, 1.0, 100.0, 10_000.0] {
        for t in [1.0, 52.0, 520.0] {
            assert!(m.conditional_expected_purchases(t, x, 519.0_f64.min(x * 520.0), 520.0).is_finite());
        }
    }
}

/// Regression (#33 item 13): CLV at the longest horizon ran every month of every customer and
/// then failed; the furthest month is checked first, so a horizon the series cannot reach is
/// refused at once (naming the row), and one it can reach is computed.
#[test]
fn a_clv_horizon_the_series_cannot_reach_is_refused_before_any_month_is_summed() {
    let m = BetaGeo { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, variant: Variant::BgNbd };
    let g = GammaGamma { p: 6.25, q: 3.74, gamma: 15.44 };
    let n: u32 = 1000;
    let x: Vec<f64> = (0..n).map(|i| f64::from(i % 20)).collect();
    let big_t: Vec<f64> = (0..n).map(|i| 30.0 + f64::from(i % 300)).collect();
    let t_x: Vec<f64> = (0..n).map(|i| if i % 20 == 0 { 0.0 } else { big_t[i as usize] * 0.7 }).collect();
    let spend: Vec<f64> = (0..n).map(|i| if i % 20 == 0 { 0.0 } else { 20.0 + f64::from(i % 50) }).collect();
    let e = customer_lifetime_value(&m, &g, &x, &t_x, &big_t, &spend, 1200, 0.01, TimeUnit::Days).unwrap_err();
    assert_eq!((e.code(), e.detail("months")), ("input.invalid", Some("1200")));
    let ok = customer_lifetime_value(&m, &g, &x, &t_x, &big_t, &spend, 240, 0.01, TimeUnit::Days).unwrap();
    assert!(ok.iter().all(|v| v.is_finite() && *v >= 0.0));
}
