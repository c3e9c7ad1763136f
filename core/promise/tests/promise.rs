//! Delivery promises on histories whose answer is known: business days across weekends,
//! holidays and the cut-off; censored parcels kept, not dropped; sparse lanes borrowing from
//! their carrier; models merged from partitions equal to one fit; bad history counted, not used.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use postpurchase::ErrorKind;
use postpurchase::promise::{BusinessCalendar, ConfidenceCode, Lane, PromiseModel, Reason, Shipped};
use proptest::prelude::*;

fn at(d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, d, h, 0, 0).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn utc_weekdays() -> BusinessCalendar {
    BusinessCalendar::weekdays("UTC", "14:00").unwrap()
}

#[test]
fn business_days_skip_weekends_holidays_and_count_from_the_cutoff() {
    let cal = utc_weekdays().with_holidays([date("2026-03-06")]).unwrap(); // Friday 6 March off
    // Monday 2 March 10:00 to Thursday 5 March: 3 business days
    assert_eq!(cal.business_days(at(2, 10), at(5, 9)), Some(3));
    // after the cut-off, Monday's order counts from Tuesday
    assert_eq!(cal.business_days(at(2, 15), at(5, 9)), Some(2));
    // Thursday to Tuesday over the holiday and the weekend: Mon, Tue
    assert_eq!(cal.business_days(at(5, 10), at(10, 9)), Some(2));
    assert_eq!(cal.add_business_days(at(5, 10), 1), Some(date("2026-03-09")));
    // a Saturday order starts on Monday
    assert_eq!(cal.start_day(at(7, 10)), Some(date("2026-03-09")));
    let none = BusinessCalendar { working_days: [false; 7], ..utc_weekdays() };
    assert_eq!(none.checked().unwrap_err().kind(), ErrorKind::InvalidConfig);
    assert_eq!(BusinessCalendar::weekdays("Mars/Olympus", "14:00").unwrap_err().kind(), ErrorKind::InvalidConfig);
}

fn parcel(lane: &Lane, ordered: DateTime<Utc>, handover_days: i64, transit_days: Option<i64>) -> Shipped {
    let handed = ordered + Duration::hours(2) + Duration::days(handover_days);
    let s = Shipped::new(lane.clone(), ordered).handed_over(handed);
    match transit_days {
        Some(t) => s.delivered(handed + Duration::days(t)),
        None => s,
    }
}

#[test]
fn parcels_still_travelling_are_censored_not_dropped() {
    let cal = BusinessCalendar { working_days: [true; 7], ..utc_weekdays() }; // every day worked: days are days
    let lane = Lane::new("ups", "ground", "A", "B");
    // 50 delivered after 2 days; 50 handed over on day 1 and still travelling 6 days later
    let mut history: Vec<Shipped> = (0..50).map(|_| parcel(&lane, at(1, 8), 0, Some(2))).collect();
    history.extend((0..50).map(|_| parcel(&lane, at(1, 8), 0, None)));
    let model = PromiseModel::fit(&cal, &history, at(7, 12)).unwrap();
    let p = model.promise(&lane, at(10, 8), 0.9).unwrap();
    assert_eq!(p.likely, Some(date("2026-03-12")), "half arrive in 2 days");
    assert_eq!(p.latest, None, "dropping the travelling half would have promised 2 days for P90");
    assert!(p.confidence.reasons.contains(&Reason::Censored));
    // delivered parcels alone do support P90
    let delivered = PromiseModel::fit(&cal, &history[..50], at(7, 12)).unwrap();
    assert_eq!(delivered.promise(&lane, at(10, 8), 0.9).unwrap().latest, Some(date("2026-03-12")));
}

#[test]
fn a_sparse_lane_leans_on_its_carrier_and_an_unknown_one_borrows_entirely() {
    let cal = BusinessCalendar { working_days: [true; 7], ..utc_weekdays() };
    let busy = Lane::new("dhl", "paket", "DE-1", "DE-8");
    let rare = Lane::new("dhl", "paket", "DE-1", "DE-2");
    let mut history: Vec<Shipped> = (0..200).map(|i| parcel(&busy, at(1, 8), 0, Some(2 + i % 2))).collect();
    history.extend((0..3).map(|_| parcel(&rare, at(1, 8), 0, Some(9))));
    let model = PromiseModel::fit(&cal, &history, at(25, 0)).unwrap();
    let p = model.promise(&rare, at(10, 8), 0.9).unwrap();
    assert!(p.confidence.reasons.contains(&Reason::ThinData));
    // three parcels of nine days weigh 3/23 against the service's two to three days
    assert!(p.likely.unwrap() <= date("2026-03-13"), "{p:?}");
    let unseen = Lane::new("dhl", "paket", "DE-1", "AT-1");
    let q = model.promise(&unseen, at(10, 8), 0.9).unwrap();
    assert_eq!(q.confidence.code, ConfidenceCode::Medium);
    assert!(q.confidence.reasons.contains(&Reason::UnknownLane));
    let other_carrier = model.promise(&Lane::new("gls", "x", "DE-1", "DE-8"), at(10, 8), 0.9).unwrap();
    assert_eq!(other_carrier.confidence.code, ConfidenceCode::Low, "only the whole shop's history");
    assert!(other_carrier.likely.is_some(), "never an average of nothing, but the shop's own");
}

#[test]
fn in_transit_the_window_narrows_and_the_late_risk_grows() {
    let cal = BusinessCalendar { working_days: [true; 7], ..utc_weekdays() };
    let lane = Lane::new("ups", "ground", "A", "B");
    let history: Vec<Shipped> = (0..100).map(|i| parcel(&lane, at(1, 8), 0, Some(1 + i % 5))).collect();
    let model = PromiseModel::fit(&cal, &history, at(20, 0)).unwrap();
    let handed = at(10, 10);
    let promised = Some(date("2026-03-13"));
    let start = model.in_transit(&lane, handed, at(10, 11), 0.9, promised).unwrap();
    let later = model.in_transit(&lane, handed, at(13, 11), 0.9, promised).unwrap();
    assert!(later.likely > start.likely);
    assert!(later.late_risk.unwrap() > start.late_risk.unwrap());
    assert!((start.late_risk.unwrap() - 0.4).abs() < 1e-9, "4 and 5 days are after the 13th: {start:?}");
    assert_eq!(model.in_transit(&lane, handed, at(9, 0), 0.9, None).unwrap_err().kind(), ErrorKind::InvalidInput);
}

#[test]
fn bad_history_is_counted_and_left_out_and_documents_are_checked() {
    let cal = utc_weekdays();
    let lane = Lane::new("ups", "ground", "A", "B");
    let good = parcel(&lane, at(2, 8), 0, Some(2));
    let history = vec![
        good.clone(),
        Shipped::new(lane.clone(), at(5, 8)).handed_over(at(4, 8)),
        Shipped::new(lane.clone(), at(2, 8)).handed_over(at(3, 8)).delivered(at(2, 20)),
        Shipped::new(lane.clone(), at(2, 8)).delivered(at(4, 8)),
        Shipped::new(lane.clone(), at(2, 8)).handed_over(at(3, 8)).delivered(at(3, 8) + Duration::days(400)),
    ];
    let model = PromiseModel::fit(&cal, &history, at(2, 8) + Duration::days(500)).unwrap();
    let x = model.excluded;
    assert_eq!(
        (x.shipped_before_ordered, x.delivered_before_shipped, x.delivered_without_handover, x.absurd_duration),
        (1, 1, 1, 1)
    );
    let text = model.to_json().unwrap();
    assert_eq!(PromiseModel::from_json(&text).unwrap(), model);
    let newer = text.replacen("\"version\":1", "\"version\":2", 1);
    assert_eq!(PromiseModel::from_json(&newer).unwrap_err().kind(), ErrorKind::SchemaTooNew);
    assert_eq!(PromiseModel::from_json("{\"version\":1}").unwrap_err().kind(), ErrorKind::InvalidInput);
    assert_eq!(model.promise(&lane, at(9, 8), 1.0).unwrap_err().kind(), ErrorKind::InvalidInput);
    assert_eq!(PromiseModel::fit(&cal, &[], at(9, 8)).unwrap_err().kind(), ErrorKind::InvalidInput);
}

#[test]
fn far_dates_give_no_date_never_a_wrong_one_or_a_panic() {
    let cal = utc_weekdays();
    let lane = Lane::new("ups", "ground", "A", "B");
    let history: Vec<Shipped> = (0..50).map(|_| parcel(&lane, at(2, 8), 0, Some(2))).collect();
    let model = PromiseModel::fit(&cal, &history, at(20, 0)).unwrap();
    // a parcel handed over decades ago is past every horizon: no date, not "just handed over"
    let old =
        model.in_transit(&lane, at(2, 10), Utc.with_ymd_and_hms(2090, 1, 1, 0, 0, 0).unwrap(), 0.9, None).unwrap();
    assert_eq!((old.likely, old.latest, old.confidence.code), (None, None, ConfidenceCode::None));
    assert_eq!(old.elapsed_days, postpurchase::promise::MAX_DAYS + 1);
    // an order at the end of representable time: dates that cannot be written are absent
    let end = Utc.with_ymd_and_hms(262_142, 12, 31, 12, 0, 0).unwrap();
    let p = model.promise(&lane, end, 0.9).unwrap();
    assert!(p.likely.is_none() || p.likely.unwrap() >= cal.local_date(end));
    for nan in [f64::NAN, f64::INFINITY, -0.1] {
        assert_eq!(model.promise(&lane, at(9, 8), nan).unwrap_err().kind(), ErrorKind::InvalidInput);
    }
    // a history with times in the future of the fit is counted, not learnt
    let future = vec![parcel(&lane, at(25, 8), 0, Some(1))];
    assert_eq!(PromiseModel::fit(&cal, &future, at(20, 0)).unwrap().excluded.in_the_future, 1);
    // a delivery (or handover) after `as_of` had not happened yet: censored, as the shop saw it
    let later = vec![parcel(&lane, at(16, 8), 0, Some(6)), parcel(&lane, at(16, 8), 6, Some(1))];
    let as_seen = vec![parcel(&lane, at(16, 8), 0, None), Shipped::new(lane.clone(), at(16, 8))];
    let (a, b) =
        (PromiseModel::fit(&cal, &later, at(20, 0)).unwrap(), PromiseModel::fit(&cal, &as_seen, at(20, 0)).unwrap());
    assert_eq!(a, b);
    assert_eq!(a.excluded.in_the_future, 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Fitting two partitions and merging them gives the model of the whole history.
    #[test]
    fn merged_partitions_equal_one_fit(
        rows in proptest::collection::vec((0_u8..3, 0_i64..5, proptest::option::of(0_i64..20), 1_u32..25), 1..60),
        split in 0_usize..60,
    ) {
        let cal = utc_weekdays();
        let lanes = [Lane::new("a", "s", "x", "y"), Lane::new("a", "t", "x", "y"), Lane::new("b", "s", "x", "z")];
        let history: Vec<Shipped> = rows
            .iter()
            .map(|&(l, h, t, d)| parcel(&lanes[usize::from(l)], at(d, 9), h, t))
            .collect();
        let as_of = at(31, 23) + Duration::days(30);
        let whole = PromiseModel::fit(&cal, &history, as_of).unwrap();
        let cut = split.min(history.len());
        if cut > 0 && cut < history.len() {
            let mut merged = PromiseModel::fit(&cal, &history[..cut], as_of).unwrap();
            merged.merge(&PromiseModel::fit(&cal, &history[cut..], as_of).unwrap()).unwrap();
            prop_assert_eq!(&merged, &whole);
        }
        // whatever the history, a promise is dates in order or no date, never a panic; the
        // promiser that keeps each lane gives the same promise
        let mut promiser = whole.promiser(0.9).unwrap();
        for lane in &lanes {
            let p = whole.promise(lane, at(15, 9), 0.9).unwrap();
            prop_assert_eq!(&promiser.promise(lane, at(15, 9)), &p);
            prop_assert_eq!(&promiser.promise(lane, at(15, 9)), &p);
            if let (Some(a), Some(b), Some(c)) = (p.earliest, p.likely, p.latest) {
                prop_assert!(a <= b && b <= c);
            }
        }
    }

    /// Counting business days and adding them back agree (on working days after the start).
    #[test]
    fn adding_back_the_counted_business_days_gives_the_day(from_day in 1_u32..28, hour in 0_u32..24, span in 0_i64..40) {
        let cal = utc_weekdays().with_holidays([date("2026-03-17")]).unwrap();
        let from = at(from_day, hour);
        let to = from + Duration::days(span);
        let n = cal.business_days(from, to).unwrap();
        let back = cal.add_business_days(from, n).unwrap();
        prop_assert!(back <= cal.local_date(to).max(cal.start_day(from).unwrap()));
        if cal.is_working(cal.local_date(to)) && cal.local_date(to) >= cal.start_day(from).unwrap() {
            prop_assert_eq!(back, cal.local_date(to));
        }
    }
}

#[test]
fn columns_fit_and_promise_as_rows_do_and_name_what_is_wrong() {
    use postpurchase::promise::{MISSING, ShipmentColumns};
    let cal = utc_weekdays();
    let lanes = [Lane::new("dhl", "paket", "A", "B"), Lane::new("ups", "ground", "A", "C")];
    let ns = |t: DateTime<Utc>| t.timestamp_nanos_opt().unwrap();
    let rows: Vec<Shipped> = (0..60)
        .map(|i| parcel(&lanes[i % 2], at(2 + (i % 5) as u32, 8), 0, (i % 7 != 0).then_some(1 + (i % 3) as i64)))
        .collect();
    let code: Vec<i64> = (0..60).map(|i| (i % 2) as i64).collect();
    let ordered: Vec<i64> = rows.iter().map(|s| ns(s.ordered_at)).collect();
    let handed: Vec<i64> = rows.iter().map(|s| s.handed_over_at.map_or(MISSING, ns)).collect();
    let delivered: Vec<i64> = rows.iter().map(|s| s.delivered_at.map_or(MISSING, ns)).collect();
    let cols = ShipmentColumns {
        lanes: &lanes,
        lane: &code,
        ordered_ns: &ordered,
        handed_over_ns: &handed,
        delivered_ns: &delivered,
    };
    let by_columns = PromiseModel::fit_columns(&cal, &cols, ns(at(20, 0))).unwrap();
    assert_eq!(by_columns, PromiseModel::fit(&cal, &rows, at(20, 0)).unwrap());
    let p = by_columns.promise_columns(&lanes, &[0, 1], &[ns(at(9, 9)), ns(at(9, 9))], 0.9).unwrap();
    for (i, lane) in lanes.iter().enumerate() {
        let row = by_columns.promise(lane, at(9, 9), 0.9).unwrap();
        let day = |d: Option<NaiveDate>| d.map_or(MISSING, |d| (d - NaiveDate::default()).num_days());
        assert_eq!((p.likely[i], p.latest[i]), (day(row.likely), day(row.latest)));
    }
    let t = by_columns.in_transit_columns(&lanes, &[0], &[ns(at(9, 12))], ns(at(11, 12)), 0.9, &[MISSING]).unwrap();
    assert!(t.late_risk[0].is_nan(), "no promised date, no risk");
    assert_eq!(t.elapsed_days, vec![2]);
    // a parcel handed over after `now` (a clock ahead) or not at all has no window, and the
    // other rows are still answered
    let mixed = by_columns
        .in_transit_columns(
            &lanes,
            &[0, 0, 1],
            &[ns(at(12, 12)), MISSING, ns(at(9, 12))],
            ns(at(11, 12)),
            0.9,
            &[MISSING; 3],
        )
        .unwrap();
    assert_eq!(mixed.elapsed_days, vec![MISSING, MISSING, 2]);
    assert_eq!(mixed.confidence[..2], [3, 3]);
    assert_ne!(mixed.likely[2], MISSING);
    let e = by_columns.promise_columns(&lanes, &[2], &[ns(at(9, 9))], 0.9).unwrap_err();
    assert_eq!((e.code(), e.detail("row")), ("input.invalid", Some("0")));
    let e = by_columns.promise_columns(&lanes, &[0, 1], &[ns(at(9, 9))], 0.9).unwrap_err();
    assert_eq!(e.detail("column"), Some("ordered_at"));
    let e = by_columns.promise_columns(&lanes, &[0], &[MISSING], 0.9).unwrap_err();
    assert_eq!(e.detail("column"), Some("ordered_at"));
}
