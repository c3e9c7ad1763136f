//! Communications policy.
mod common;

use chrono::{TimeZone, Utc};
use common::*;
use postpurchase::notify::*;
use postpurchase::*;
use std::collections::BTreeMap;

fn prefs() -> Preferences {
    serde_json::from_str(
        r#"{"customer": "c-1", "time_zone": "Europe/Berlin", "push": true, "marketing_consent": true}"#,
    )
    .unwrap()
}

fn policy() -> NotifyPolicy {
    NotifyPolicy::from_json(
        r#"{"kinds": {"shipped": {"channels": ["sms", "email", "push"]},
                      "review_request": {"channels": ["email", "push"]},
                      "points_earned": {"enabled": false}},
            "quiet_hours": {"start": "21:00:00", "end": "08:00:00", "exempt_transactional": true},
            "marketing_throttle_hours": 16,
            "review": {"days_after_delivery": 7, "max_reminders": 1, "reminder_interval_days": 5}}"#,
    )
    .unwrap()
}

fn plan_ok(signal: &Signal, prefs: &Preferences, policy: &NotifyPolicy, history: &[Sent]) -> Vec<Intent> {
    plan(signal, prefs, policy, history).unwrap()
}

fn signal(kind: NotificationKind, at: chrono::DateTime<Utc>, subject: &str) -> Signal {
    Signal {
        kind,
        customer: CustomerId::new("c-1").unwrap(),
        occurred_at: at,
        subject: subject.into(),
        payload: BTreeMap::new(),
    }
}

#[test]
fn sms_needs_its_own_opt_in_and_disabled_kinds_send_nothing() {
    let i = plan_ok(&signal(NotificationKind::Shipped, t(2, 10), "o-1/s1/in_transit"), &prefs(), &policy(), &[]);
    assert_eq!(i.iter().map(|x| x.channel).collect::<Vec<_>>(), [Channel::Email, Channel::Push]);
    let mut p = prefs();
    p.sms_opt_in = true;
    assert_eq!(plan_ok(&signal(NotificationKind::Shipped, t(2, 10), "x"), &p, &policy(), &[]).len(), 3);
    assert!(plan_ok(&signal(NotificationKind::PointsEarned, t(2, 10), "x"), &p, &policy(), &[]).is_empty());
}

#[test]
fn quiet_hours_move_marketing_to_their_local_end_but_not_transactional() {
    // 22:30 in Berlin (UTC+1 in March before DST) = 21:30 UTC
    let late = Utc.with_ymd_and_hms(2026, 3, 2, 21, 30, 0).unwrap();
    let tx = plan_ok(&signal(NotificationKind::Delivered, late, "o/s/delivered"), &prefs(), &policy(), &[]);
    assert_eq!(tx[0].send_at, late, "transactional kinds are exempt");
    let mut p = policy();
    p.review.days_after_delivery = 0;
    p.review.max_reminders = 0;
    let mk = plan_ok(&signal(NotificationKind::ReviewRequest, late, "o:l1"), &prefs(), &p, &[]);
    // 08:00 Berlin next day = 07:00 UTC
    assert_eq!(mk[0].send_at, Utc.with_ymd_and_hms(2026, 3, 3, 7, 0, 0).unwrap());
}

#[test]
fn marketing_needs_consent_and_an_opt_out_blocks_it_on_that_channel() {
    let mut p = prefs();
    p.marketing_consent = false;
    assert!(plan_ok(&signal(NotificationKind::ReviewRequest, t(3, 10), "o:l1"), &p, &policy(), &[]).is_empty());
    assert!(!plan_ok(&signal(NotificationKind::Delivered, t(3, 10), "o/s/delivered"), &p, &policy(), &[]).is_empty());
    let mut p = prefs();
    p.opted_out = vec![Channel::Email];
    let i = plan_ok(&signal(NotificationKind::ReviewRequest, t(3, 10), "o:l1"), &p, &policy(), &[]);
    assert!(i.iter().all(|x| x.channel == Channel::Push));
}

#[test]
fn review_requests_have_reminders_and_skip_reviewed_lines() {
    let i = plan_ok(&signal(NotificationKind::ReviewRequest, t(3, 10), "o-1:l1"), &prefs(), &policy(), &[]);
    let email: Vec<_> = i.iter().filter(|x| x.channel == Channel::Email).collect();
    assert_eq!(email.len(), 2, "the request and one reminder");
    assert_eq!(email[0].send_at, t(10, 10));
    assert_eq!(email[1].send_at, t(15, 10));
    let mut p = prefs();
    p.reviewed = vec!["o-1:l1".into()];
    assert!(plan_ok(&signal(NotificationKind::ReviewRequest, t(3, 10), "o-1:l1"), &p, &policy(), &[]).is_empty());
}

#[test]
fn marketing_is_throttled_per_channel_and_never_dropped() {
    let mut pol = policy();
    pol.review.max_reminders = 0;
    let history = vec![Sent {
        dedupe_key: "other".into(),
        kind: NotificationKind::CrossSell,
        channel: Channel::Email,
        send_at: t(10, 9),
    }];
    let i = plan_ok(&signal(NotificationKind::ReviewRequest, t(3, 10), "o:l1"), &prefs(), &pol, &history);
    let email = i.iter().find(|x| x.channel == Channel::Email).unwrap();
    // 16 hours after the last marketing e-mail is 01:00 UTC = 02:00 in Berlin, inside quiet hours: 08:00 local
    assert_eq!(email.send_at, t(11, 7));
    let push = i.iter().find(|x| x.channel == Channel::Push).unwrap();
    assert_eq!(push.send_at, t(10, 10));
}

#[test]
fn a_replayed_event_never_produces_a_second_message() {
    let s = signal(NotificationKind::Shipped, t(2, 10), "o-1/s1/in_transit");
    let first = plan_ok(&s, &prefs(), &policy(), &[]);
    let again = plan_ok(&s, &prefs(), &policy(), &[]);
    assert_eq!(first, again, "stable keys");
    let sent: Vec<Sent> = first
        .iter()
        .map(|i| Sent { dedupe_key: i.dedupe_key.clone(), kind: i.kind, channel: i.channel, send_at: i.send_at })
        .collect();
    assert!(plan_ok(&s, &prefs(), &policy(), &sent).is_empty());
}

#[test]
fn one_message_per_status_change_not_per_scan() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 1, "10.00"), line("b", 1, "5.00")]));
    let before = o.clone();
    run(&mut o, &mut log, "c", t(1, 10), OrderCommand::Confirm).unwrap();
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "s2", t(2, 9), shipment("s2", vec![lq("b", 1)], None)).unwrap();
    run(&mut o, &mut log, "x1", t(2, 12), scan("s1", t(2, 11), TrackingStatus::InTransit)).unwrap();
    run(&mut o, &mut log, "x2", t(2, 18), scan("s1", t(2, 17), TrackingStatus::InTransit)).unwrap();
    run(&mut o, &mut log, "x3", t(3, 9), scan("s1", t(3, 8), TrackingStatus::OutForDelivery)).unwrap();
    run(&mut o, &mut log, "x4", t(3, 15), scan("s1", t(3, 14), TrackingStatus::Delivered)).unwrap();
    run(
        &mut o,
        &mut log,
        "x5",
        t(4, 15),
        OrderCommand::MarkDelivered { shipment: ShipmentId::new("s2").unwrap(), at: t(4, 14) },
    )
    .unwrap();
    let events: Vec<OrderEvent> = log[1..].to_vec();
    let kinds: Vec<NotificationKind> = signals_from_order_events(&before, &events).iter().map(|s| s.kind).collect();
    use NotificationKind as K;
    assert_eq!(
        kinds,
        [
            K::OrderConfirmed,
            K::Shipped,
            K::OutForDelivery,
            K::Delivered,
            K::ReviewRequest,
            K::Delivered,
            K::ReviewRequest,
            K::AllPartsDelivered
        ]
    );
}

#[test]
fn a_policy_reports_every_problem() {
    let e = NotifyPolicy::from_json(
        r#"{"kinds": {"shipped": {"delay_minutes": -5, "channels": []}}, "marketing_throttle_hours": -1, "extra": 1}"#,
    )
    .unwrap_err();
    assert_eq!(e.problems().len(), 4, "{:?}", e.problems());
}

#[test]
fn a_carrier_delay_flag_sends_one_delay_message_and_a_denied_return_a_declined_one() {
    let (mut o, mut log) = placed(new_order(vec![line("a", 1, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "x1", t(2, 12), scan("s1", t(2, 11), TrackingStatus::InTransit)).unwrap();
    let before = o.clone();
    let mut delayed = CarrierEvent::new(t(3, 11), TrackingStatus::InTransit);
    delayed.delayed = true;
    let mut evs = o
        .handle(
            &OrderCommand::RecordTracking { shipment: ShipmentId::new("s1").unwrap(), event: delayed.clone() },
            &meta("x2", t(3, 12)),
        )
        .unwrap();
    delayed.occurred_at = t(3, 15);
    evs.extend(
        o.handle(
            &OrderCommand::RecordTracking { shipment: ShipmentId::new("s1").unwrap(), event: delayed },
            &meta("x3", t(3, 16)),
        )
        .unwrap(),
    );
    let kinds: Vec<NotificationKind> = signals_from_order_events(&before, &evs).iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [NotificationKind::InTransitDelayed]);
}

#[test]
fn planning_with_another_customers_preferences_is_refused() {
    let mut other = prefs();
    other.customer = CustomerId::new("c-2").unwrap();
    let err =
        plan(&signal(NotificationKind::Shipped, t(2, 10), "o-1/s1/in_transit"), &other, &policy(), &[]).unwrap_err();
    assert_eq!(err.code(), "notify.wrong_customer");
}

#[test]
fn dedupe_keys_keep_separators_and_case_apart() {
    let key =
        |customer: &str, subject: &str| dedupe_key(NotificationKind::Shipped, customer, subject, Channel::Email, "");
    assert_ne!(key("a:b", "x"), key("a", "b:x"));
    assert_ne!(key("C-1", "x"), key("c-1", "x"));
    assert_ne!(key("a", "x#0"), dedupe_key(NotificationKind::Shipped, "a", "x", Channel::Email, "#0"));
}

#[test]
fn time_settings_beyond_their_bounds_are_refused_when_loaded() {
    for doc in [
        r#"{"kinds": {"shipped": {"delay_minutes": 9223372036854775807}}}"#,
        r#"{"marketing_throttle_hours": 9223372036854775807}"#,
        r#"{"review": {"days_after_delivery": 9223372036854775807}}"#,
        r#"{"review": {"reminder_interval_days": 100000}}"#,
        r#"{"review": {"max_reminders": 4294967295}}"#,
    ] {
        let err = NotifyPolicy::from_json(doc).unwrap_err();
        assert_eq!(err.code(), "config.invalid", "{doc}");
    }
}

#[test]
fn a_signal_at_the_end_of_time_is_a_typed_error_not_a_panic() {
    let policy = NotifyPolicy::from_json(r#"{"kinds": {"shipped": {"delay_minutes": 525600}}}"#).unwrap();
    let s = signal(NotificationKind::Shipped, chrono::DateTime::<Utc>::MAX_UTC, "o-1/s1/in_transit");
    assert_eq!(plan(&s, &prefs(), &policy, &[]).unwrap_err().code(), "input.invalid");
}

proptest::proptest! {
    #[test]
    fn distinct_message_tuples_never_share_a_dedupe_key(
        a in ("[a-zA-Z0-9:#/_-]{1,8}", "[a-zA-Z0-9:#/_-]{0,8}", 0u8..3, 0u32..3),
        b in ("[a-zA-Z0-9:#/_-]{1,8}", "[a-zA-Z0-9:#/_-]{0,8}", 0u8..3, 0u32..3),
    ) {
        let channel = |c: u8| [Channel::Email, Channel::Sms, Channel::Push][usize::from(c % 3)];
        let key = |(customer, subject, c, seq): &(String, String, u8, u32)| {
            dedupe_key(NotificationKind::ReviewRequest, customer, subject, channel(*c), &format!("#{seq}"))
        };
        proptest::prop_assert_eq!(a == b, key(&a) == key(&b));
    }
}

mod throttle_fixed_point {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Over random send histories, throttles, quiet hours and review reminders: no planned
        /// marketing message falls inside the throttle window of any earlier or planned marketing
        /// send on its channel.
        #[test]
        fn no_planned_send_falls_inside_a_throttle_window(
            history in prop::collection::vec((0i64..400, prop::bool::ANY), 0..12),
            throttle in 1i64..72,
            quiet in prop::bool::ANY,
            reminders in 0u32..3,
            interval in 1i64..3,
            at in 0i64..200,
        ) {
            let t0 = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
            let quiet_hours = if quiet { r#""quiet_hours": {"start": "21:00:00", "end": "08:00:00"},"# } else { "" };
            let policy = NotifyPolicy::from_json(&format!(
                r#"{{"kinds": {{"review_request": {{"channels": ["email", "push"]}}}}, {quiet_hours}
                    "marketing_throttle_hours": {throttle},
                    "review": {{"days_after_delivery": 0, "max_reminders": {reminders}, "reminder_interval_days": {interval}}}}}"#
            )).unwrap();
            let sent: Vec<Sent> = history.iter().enumerate().map(|(i, (h, push))| Sent {
                dedupe_key: format!("old-{i}"),
                kind: NotificationKind::ReviewRequest,
                channel: if *push { Channel::Push } else { Channel::Email },
                send_at: t0 + chrono::Duration::hours(*h),
            }).collect();
            let signal = Signal {
                kind: NotificationKind::ReviewRequest,
                customer: CustomerId::new("c-1").unwrap(),
                occurred_at: t0 + chrono::Duration::hours(at),
                subject: "o-1:l1".into(),
                payload: BTreeMap::new(),
            };
            let planned = plan(&signal, &prefs(), &policy, &sent).unwrap();
            let window = chrono::Duration::hours(throttle);
            for (i, p) in planned.iter().enumerate() {
                let others = sent.iter().map(|s| (s.channel, s.send_at))
                    .chain(planned.iter().take(i).map(|q| (q.channel, q.send_at)));
                for (channel, when) in others {
                    if channel == p.channel {
                        let gap = (p.send_at - when).abs();
                        prop_assert!(gap >= window, "{:?} at {} is {} from {}", p.channel, p.send_at, gap, when);
                    }
                }
            }
        }
    }
}

#[test]
fn exceptions_after_movement_are_visible_and_raise_a_signal() {
    use NotificationKind as K;
    let (mut o, mut log) = placed(new_order(vec![line("a", 1, "10.00"), line("b", 1, "10.00")]));
    run(&mut o, &mut log, "s1", t(2, 9), shipment("s1", vec![lq("a", 1)], None)).unwrap();
    run(&mut o, &mut log, "s2", t(2, 9), shipment("s2", vec![lq("b", 1)], None)).unwrap();
    run(&mut o, &mut log, "m1", t(2, 12), scan("s1", t(2, 11), TrackingStatus::InTransit)).unwrap();
    run(&mut o, &mut log, "m2", t(2, 12), scan("s2", t(2, 11), TrackingStatus::OutForDelivery)).unwrap();
    let status = |o: &Order, s: &str| o.shipment(&ShipmentId::new(s).unwrap()).unwrap().status();
    let cases = [
        ("s1", TrackingStatus::Expired, K::DeliveryException),
        ("s2", TrackingStatus::ReturningToSender, K::DeliveryException),
    ];
    for (i, (s, exception, kind)) in cases.into_iter().enumerate() {
        let before = o.clone();
        let ev = run(&mut o, &mut log, &format!("e{i}"), t(3, 9), scan(s, t(3, 8), exception)).unwrap();
        assert_eq!(status(&o, s), exception, "{s} shows {exception:?} after moving");
        let kinds: Vec<K> = signals_from_order_events(&before, &ev).iter().map(|x| x.kind).collect();
        assert_eq!(kinds, [kind], "{exception:?}");
    }
    // a forward scan after tracking stopped moves the merchant status on again
    run(&mut o, &mut log, "again", t(4, 9), scan("s1", t(4, 8), TrackingStatus::OutForDelivery)).unwrap();
    assert_eq!(status(&o, "s1"), TrackingStatus::OutForDelivery);
    // an attempt that failed after out-for-delivery is visible too
    run(&mut o, &mut log, "fail", t(4, 12), scan("s1", t(4, 11), TrackingStatus::AttemptFailed)).unwrap();
    assert_eq!(status(&o, "s1"), TrackingStatus::AttemptFailed);
}

#[test]
fn a_replenishment_reminder_from_the_journey_obeys_consent_and_quiet_hours() {
    use postpurchase::journey::{NextPurchase, replenishment_signal};
    let next = NextPurchase { p_alive: 0.8, p_within: 0.3, median_wait: Some(4.0) };
    let mut pol = policy();
    pol.kinds
        .insert(NotificationKind::ReplenishmentReminder, serde_json::from_str(r#"{"channels": ["email"]}"#).unwrap());
    // a purchase at 22:30 Berlin: the reminder falls at 22:30 too, in quiet hours
    let bought = Utc.with_ymd_and_hms(2026, 3, 2, 21, 30, 0).unwrap();
    let s = replenishment_signal(&CustomerId::new("c-1").unwrap(), bought, &next, 7.0, 2, bought).unwrap().unwrap();
    let planned = plan_ok(&s, &prefs(), &pol, &[]);
    assert_eq!(planned.len(), 1);
    assert!(planned[0].send_at > s.occurred_at, "moved out of quiet hours");
    let mut no_consent = prefs();
    no_consent.marketing_consent = false;
    assert!(plan_ok(&s, &no_consent, &pol, &[]).is_empty());
}
