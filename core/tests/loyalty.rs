//! Loyalty ledger: one test per classic failure, plus the rules and invariants.
use chrono::{DateTime, Duration, TimeZone, Utc};
use postpurchase::aggregate::{Aggregate, LoyaltyContext};
use postpurchase::loyalty::*;
use postpurchase::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn t(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
}

fn usd_c() -> Currency {
    Currency::from_code("USD").unwrap()
}

fn usd(amount: &str) -> Money {
    Money::parse(amount, "USD").unwrap()
}

fn programme() -> Programme {
    Programme::from_json(
        r#"{"currency": "USD", "time_zone": "America/New_York",
            "earning": {"points_per_currency_unit": "1", "signup": 100, "birthday": 50, "review": 20,
                        "referral": {"referrer": 200, "referred": 100, "cap_per_period": 2, "period_days": 365}},
            "pending": {"days_after_delivery": 14},
            "expiry": {"kind": "days_after_available", "days": 365},
            "redemption": {"points_per_currency_unit": "100", "min_points": 100, "max_points_per_order": 5000,
                           "rewards": [{"id": "five-off", "points": 500, "value": {"amount": "5.00", "currency": "USD"}}]},
            "tiers": {"metric": "net_spend", "window": "calendar_year", "grace_days": 30,
                      "levels": [{"name": "member", "threshold": "0"},
                                 {"name": "silver", "threshold": "500", "multiplier": "1.5", "extra_return_days": 7},
                                 {"name": "gold", "threshold": "1000", "multiplier": "2", "free_returns": true}]}}"#,
    )
    .unwrap()
}

struct Fixture {
    m: Member,
    p: Programme,
    n: u32,
}

impl Fixture {
    fn new() -> Self {
        Fixture { m: Member::new(CustomerId::new("c-1").unwrap()), p: programme(), n: 0 }
    }
    fn run(&mut self, now: DateTime<Utc>, cmd: LoyaltyCommand) -> Result<Vec<Entry>> {
        self.n += 1;
        let meta = CommandMeta::new(IdempotencyKey::new(format!("k{}", self.n)).unwrap(), now);
        // every command goes through the aggregate shape the order shares
        let context = LoyaltyContext { programme: &self.p };
        self.m.execute(&cmd, &context, &meta)
    }
    fn earn(&mut self, order: &str, spend: Decimal, at: DateTime<Utc>) {
        let cmd = LoyaltyCommand::EarnOrder {
            order: OrderId::new(order).unwrap(),
            lines: vec![EarnLine {
                line: LineId::new("l1").unwrap(),
                spend: Money::new(spend, usd_c()).unwrap(),
                tax: None,
            }],
            shipping: None,
            delivered_at: Some(at),
            return_window_end: Some(at + Duration::days(30)),
        };
        self.run(at, cmd).unwrap();
    }
    fn release(&mut self, now: DateTime<Utc>) {
        self.run(now, LoyaltyCommand::ReleasePending).unwrap();
    }
    fn clawback(&mut self, order: &str, spend: Decimal, now: DateTime<Utc>) -> Vec<Entry> {
        let lines =
            vec![EarnLine { line: LineId::new("l1").unwrap(), spend: Money::new(spend, usd_c()).unwrap(), tax: None }];
        self.run(now, LoyaltyCommand::Clawback { order: OrderId::new(order).unwrap(), lines }).unwrap()
    }
    fn redeem(&mut self, id: &str, points: i64, now: DateTime<Utc>) -> Result<Vec<Entry>> {
        self.run(
            now,
            LoyaltyCommand::Redeem {
                redemption: id.into(),
                order: OrderId::new("o-r").unwrap(),
                order_total: usd("100"),
                points,
                reward: None,
            },
        )
    }
}

#[test]
fn points_are_not_kept_after_a_refund() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(120), t(1, 10, 12));
    assert_eq!((f.m.balance(), f.m.pending()), (0, 120), "pending until delivery + 14 days and the return window");
    f.clawback("o1", dec!(120), t(1, 20, 12));
    assert_eq!((f.m.balance(), f.m.pending()), (0, 0), "a refund cancels pending points");
    f.earn("o2", dec!(80), t(1, 10, 12));
    f.release(t(3, 1, 0));
    assert_eq!(f.m.balance(), 80);
    f.clawback("o2", dec!(40), t(3, 2, 0));
    assert_eq!(f.m.balance(), 40);
}

#[test]
fn clawback_uses_the_rate_recorded_when_earned() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(100), t(1, 10, 12));
    f.release(t(3, 1, 0));
    f.p.earning.points_per_currency_unit = dec!(5); // the programme changed since
    f.clawback("o1", dec!(50), t(3, 2, 0));
    assert_eq!(f.m.balance(), 50);
}

#[test]
fn spent_points_clawed_back_become_a_debt_paid_by_the_next_earnings() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(300), t(1, 10, 12));
    f.release(t(3, 1, 0));
    f.redeem("r1", 250, t(3, 2, 0)).unwrap();
    f.clawback("o1", dec!(300), t(3, 3, 0));
    assert_eq!((f.m.balance(), f.m.debt()), (0, 250));
    f.run(t(3, 4, 0), LoyaltyCommand::Award { award: Award::Review }).unwrap();
    assert_eq!((f.m.balance(), f.m.debt()), (0, 230));
    // a programme that allows a negative balance shows it instead
    let mut g = Fixture::new();
    g.p.negative_balance = NegativeBalance::Allow;
    g.earn("o1", dec!(300), t(1, 10, 12));
    g.release(t(3, 1, 0));
    g.redeem("r1", 250, t(3, 2, 0)).unwrap();
    g.clawback("o1", dec!(300), t(3, 3, 0));
    assert_eq!((g.m.balance(), g.m.debt()), (-250, 0));
}

#[test]
fn a_refund_does_not_charge_redeemed_points_twice() {
    let mut f = Fixture::new();
    f.run(t(1, 1, 12), LoyaltyCommand::Award { award: Award::Signup }).unwrap();
    f.redeem("r1", 100, t(1, 2, 0)).unwrap();
    assert_eq!(f.m.balance(), 0);
    f.run(t(1, 3, 0), LoyaltyCommand::ReverseRedemption { redemption: "r1".into() }).unwrap();
    assert_eq!(f.m.balance(), 100);
    let e = f.run(t(1, 3, 1), LoyaltyCommand::ReverseRedemption { redemption: "r1".into() }).unwrap_err();
    assert_eq!(e.code(), "loyalty.already_reversed");
    assert_eq!(f.m.balance(), 100);
    let e = f.run(t(1, 3, 2), LoyaltyCommand::ReverseRedemption { redemption: "nope".into() }).unwrap_err();
    assert_eq!(e.code(), "loyalty.unknown_redemption");
}

#[test]
fn two_concurrent_redemptions_cannot_both_succeed() {
    let mut f = Fixture::new();
    f.run(t(1, 1, 12), LoyaltyCommand::Award { award: Award::Signup }).unwrap();
    let mut store = InMemoryEventStore::new();
    store.append("c-1", 0, f.m.entries()).unwrap();
    let cmd = |id: &str| LoyaltyCommand::Redeem {
        redemption: id.into(),
        order: OrderId::new("o").unwrap(),
        order_total: usd("10"),
        points: 100,
        reward: None,
    };
    let v = f.m.version();
    let a = f.m.decide(&cmd("ra"), &f.p, &CommandMeta::new(IdempotencyKey::new("ka").unwrap(), t(1, 2, 0))).unwrap();
    let b = f.m.decide(&cmd("rb"), &f.p, &CommandMeta::new(IdempotencyKey::new("kb").unwrap(), t(1, 2, 0))).unwrap();
    assert!(store.append("c-1", v, &a).is_ok());
    assert_eq!(store.append("c-1", v, &b).unwrap_err().code(), "store.concurrency_conflict");
    let m = Member::from_entries(CustomerId::new("c-1").unwrap(), &store.load("c-1").unwrap());
    assert_eq!(m.balance(), 0);
    // and the ledger itself refuses a stale expected version
    let e = m
        .decide(&cmd("rc"), &f.p, &CommandMeta::new(IdempotencyKey::new("kc").unwrap(), t(1, 2, 0)).expecting(v))
        .unwrap_err();
    assert_eq!(e.code(), "store.concurrency_conflict");
}

#[test]
fn expiry_happens_at_local_midnight_in_the_programmes_zone() {
    let mut f = Fixture::new();
    // available 2026-01-01 03:00 UTC = 2025-12-31 22:00 in New York
    f.run(Utc.with_ymd_and_hms(2026, 1, 1, 3, 0, 0).unwrap(), LoyaltyCommand::Award { award: Award::Signup }).unwrap();
    let lot = &f.m.lots().next().unwrap();
    // 365 days after the local date 2025-12-31 = 2026-12-31, 00:00 EST = 05:00 UTC
    assert_eq!(lot.expires_at, Some(Utc.with_ymd_and_hms(2026, 12, 31, 5, 0, 0).unwrap()));
    f.run(Utc.with_ymd_and_hms(2026, 12, 31, 4, 59, 0).unwrap(), LoyaltyCommand::Expire).unwrap();
    assert_eq!(f.m.balance(), 100);
    f.run(Utc.with_ymd_and_hms(2026, 12, 31, 5, 0, 0).unwrap(), LoyaltyCommand::Expire).unwrap();
    assert_eq!(f.m.balance(), 0);
}

#[test]
fn spending_uses_the_soonest_expiring_lots_first() {
    let mut f = Fixture::new();
    f.run(t(1, 1, 12), LoyaltyCommand::Award { award: Award::Signup }).unwrap();
    f.run(t(2, 1, 12), LoyaltyCommand::Award { award: Award::Review }).unwrap();
    let e = f.redeem("r", 110, t(3, 1, 0)).unwrap();
    let EntryKind::Redeem { draws, value, .. } = &e[0].kind else { panic!() };
    assert_eq!(draws, &vec![Draw { lot: 1, points: 100 }, Draw { lot: 2, points: 10 }]);
    assert_eq!(*value, dec!(1.10));
}

#[test]
fn tiers_come_from_spend_not_balance_and_redemptions_never_count() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(600), t(1, 10, 12));
    f.run(t(1, 11, 0), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("member"), "pending orders do not count");
    f.release(t(3, 1, 0));
    f.run(t(3, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"));
    f.redeem("r", 600, t(3, 2, 0)).unwrap();
    f.run(t(3, 2, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"), "spending points does not lower the tier");
    assert_eq!(f.m.tier_benefits(&f.p).unwrap().extra_return_days, 7);
    // silver earns 1.5x
    f.earn("o2", dec!(100), t(3, 3, 0));
    assert_eq!(f.m.pending(), 150);
}

#[test]
fn a_tier_reached_only_through_a_returned_order_is_lost_at_the_next_evaluation() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(1200), t(1, 10, 12));
    f.release(t(3, 1, 0));
    f.run(t(3, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("gold"));
    f.clawback("o1", dec!(1200), t(3, 5, 0));
    f.run(t(3, 5, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("member"));
}

#[test]
fn downgrades_wait_for_the_end_of_the_period_and_the_grace() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(600), t(1, 10, 12));
    f.release(t(3, 1, 0));
    f.run(t(3, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"));
    let jan = Utc.with_ymd_and_hms(2027, 1, 10, 12, 0, 0).unwrap();
    f.run(jan, LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"), "in the grace period");
    f.run(jan + Duration::days(30), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("member"));
}

#[test]
fn pending_points_cannot_be_spent_and_redemptions_respect_bounds() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(500), t(1, 10, 12));
    assert_eq!(f.redeem("r", 200, t(1, 11, 0)).unwrap_err().code(), "loyalty.insufficient_points");
    f.release(t(3, 1, 0));
    assert_eq!(f.redeem("r", 50, t(3, 2, 0)).unwrap_err().code(), "loyalty.redemption_out_of_bounds");
    let big = LoyaltyCommand::Redeem {
        redemption: "x".into(),
        order: OrderId::new("o").unwrap(),
        order_total: usd("2.00"),
        points: 300,
        reward: None,
    };
    assert_eq!(f.run(t(3, 2, 0), big).unwrap_err().code(), "loyalty.redemption_out_of_bounds");
    let reward = LoyaltyCommand::Redeem {
        redemption: "y".into(),
        order: OrderId::new("o").unwrap(),
        order_total: usd("20"),
        points: 0,
        reward: Some("five-off".into()),
    };
    f.run(t(3, 2, 0), reward).unwrap();
    assert_eq!(f.m.balance(), 0);
}

#[test]
fn event_awards_follow_their_rules() {
    let mut f = Fixture::new();
    f.run(t(1, 1, 12), LoyaltyCommand::Award { award: Award::Signup }).unwrap();
    assert_eq!(
        f.run(t(1, 2, 12), LoyaltyCommand::Award { award: Award::Signup }).unwrap_err().code(),
        "loyalty.rule_not_applicable"
    );
    f.run(t(2, 1, 12), LoyaltyCommand::Award { award: Award::Birthday }).unwrap();
    assert_eq!(
        f.run(t(11, 1, 12), LoyaltyCommand::Award { award: Award::Birthday }).unwrap_err().code(),
        "loyalty.rule_not_applicable"
    );
    for (i, c) in ["a", "b"].iter().enumerate() {
        f.run(
            t(3, 1 + i as u32, 12),
            LoyaltyCommand::Award { award: Award::Referrer { referred: CustomerId::new(*c).unwrap() } },
        )
        .unwrap();
    }
    let e = f
        .run(t(3, 5, 12), LoyaltyCommand::Award { award: Award::Referrer { referred: CustomerId::new("c").unwrap() } })
        .unwrap_err();
    assert_eq!(e.code(), "loyalty.rule_not_applicable");
    assert_eq!(f.m.balance(), 100 + 50 + 400);
    assert_eq!(
        f.run(t(3, 6, 0), LoyaltyCommand::Adjust { points: 10, reason: " ".into() }).unwrap_err().code(),
        "loyalty.missing_reason"
    );
    f.run(t(3, 6, 0), LoyaltyCommand::Adjust { points: -50, reason: "goodwill correction".into() }).unwrap();
    assert_eq!(f.m.balance(), 500);
}

#[test]
fn the_same_key_is_a_no_op_with_the_same_content_and_an_error_otherwise() {
    let mut f = Fixture::new();
    let meta = CommandMeta::new(IdempotencyKey::new("k").unwrap(), t(1, 1, 0));
    f.m.handle(&LoyaltyCommand::Award { award: Award::Review }, &f.p.clone(), &meta).unwrap();
    assert!(f.m.handle(&LoyaltyCommand::Award { award: Award::Review }, &f.p.clone(), &meta).unwrap().is_empty());
    let e =
        f.m.handle(&LoyaltyCommand::Award { award: Award::Signup }, &f.p.clone(), &meta.clone().expecting(1))
            .unwrap_err();
    assert_eq!(e.code(), "command.idempotency_conflict");
    assert_eq!(f.m.balance(), 20);
}

#[test]
fn a_programme_reports_every_problem() {
    let e = Programme::from_json(
        r#"{"currency": "USD", "earning": {"points_per_currency_unit": "-1", "bogus": 1}, "time_zone": "Moon/Base",
        "tiers": {"levels": [{"name": "a", "threshold": "10"}, {"name": "b", "threshold": "5"}]}}"#,
    )
    .unwrap_err();
    let paths: Vec<&str> = e.problems().iter().map(|p| p.path.as_str()).collect();
    for want in ["earning.bogus", "time_zone", "earning.points_per_currency_unit", "tiers.levels[1].threshold"] {
        assert!(paths.contains(&want), "{want} in {paths:?}");
    }
    assert!(Programme::from_toml("currency = \"USD\"\n[earning]\npoints_per_currency_unit = \"2\"\n").is_ok());
}

#[derive(Debug, Clone)]
enum Step {
    Earn(u32),
    Release(i64),
    Redeem(i64),
    Reverse(usize),
    Expire(i64),
    Claw(u32, u32),
    Award,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1u32..2000).prop_map(Step::Earn),
        (0i64..800).prop_map(Step::Release),
        (1i64..3000).prop_map(Step::Redeem),
        (0usize..5).prop_map(Step::Reverse),
        (0i64..900).prop_map(Step::Expire),
        (0u32..10, 1u32..2000).prop_map(|(o, s)| Step::Claw(o, s)),
        Just(Step::Award),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn ledger_invariants_hold_for_any_sequence(steps in prop::collection::vec(step(), 1..40)) {
        let mut f = Fixture::new();
        f.p.redemption.min_points = 1;
        f.p.redemption.max_points_per_order = None;
        let base = t(1, 1, 0);
        let mut orders = 0u32;
        for (i, s) in steps.iter().enumerate() {
            let now = base + Duration::days(i as i64 * 3);
            let _ = match s {
                Step::Earn(spend) => {
                    orders += 1;
                    f.run(now, LoyaltyCommand::EarnOrder { order: OrderId::new(format!("o{orders}")).unwrap(),
                        lines: vec![EarnLine { line: LineId::new("l1").unwrap(), spend: Money::new(Decimal::from(*spend), usd_c()).unwrap(), tax: None }],
                        shipping: None, delivered_at: Some(now), return_window_end: None })
                }
                Step::Release(d) => f.run(now + Duration::days(*d), LoyaltyCommand::ReleasePending),
                Step::Redeem(p) => f.redeem(&format!("r{i}"), *p, now),
                Step::Reverse(k) => f.run(now, LoyaltyCommand::ReverseRedemption { redemption: format!("r{k}") }),
                Step::Expire(d) => f.run(now + Duration::days(*d), LoyaltyCommand::Expire),
                Step::Claw(o, s) => f.run(now, LoyaltyCommand::Clawback { order: OrderId::new(format!("o{}", o % (orders + 1))).unwrap(),
                    lines: vec![EarnLine { line: LineId::new("l1").unwrap(), spend: Money::new(Decimal::from(*s), usd_c()).unwrap(), tax: None }] }),
                Step::Award => f.run(now, LoyaltyCommand::Award { award: Award::Review }),
            };
            let m = &f.m;
            prop_assert_eq!(m.balance(), m.entries().iter().map(|e| e.points).sum::<i64>());
            prop_assert!(m.balance() >= 0, "negative balance under the debt policy");
            prop_assert!(m.pending() >= 0);
            prop_assert_eq!(m.balance(), m.lots().filter(|l| !l.pending).map(|l| l.remaining).sum::<i64>());
            prop_assert_eq!(m.pending(), m.lots().filter(|l| l.pending).map(|l| l.remaining).sum::<i64>());
            for l in m.lots() {
                prop_assert!(l.remaining >= 0 && l.remaining <= l.points, "{:?}", l);
            }
            for e in m.entries() {
                if let EntryKind::Redeem { draws, .. } = &e.kind {
                    for d in draws {
                        let lot = m.lots().find(|l| l.id == d.lot).unwrap();
                        prop_assert!(lot.earned_at <= e.at);
                    }
                }
            }
        }
        let replay = Member::from_entries(CustomerId::new("c-1").unwrap(), f.m.entries());
        prop_assert_eq!(replay, f.m.clone());
        let json: Vec<Entry> = serde_json::from_str(&serde_json::to_string(f.m.entries()).unwrap()).unwrap();
        prop_assert_eq!(json, f.m.entries().to_vec());
    }
}

#[test]
fn an_anchored_window_counts_from_the_date_of_entry() {
    let mut f = Fixture::new();
    f.p.tiers.window = TierWindow::Anchored;
    f.earn("o1", dec!(600), t(1, 10, 12));
    f.release(t(3, 1, 0));
    f.run(t(3, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"));
    f.run(t(3, 2, 1), LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("silver"), "no downgrade inside the anchored year");
    // a year after entry the spend before it no longer counts; after the grace the tier drops
    let later = t(3, 1, 1) + Duration::days(365 + 31);
    f.run(later, LoyaltyCommand::EvaluateTier).unwrap();
    assert_eq!(f.m.tier(), Some("member"));
}

#[test]
fn tier_progress_counts_the_current_window_and_what_the_next_tier_needs() {
    let mut f = Fixture::new();
    f.earn("o1", dec!(600), t(1, 10, 12));
    let p = f.m.tier_progress(&f.p, t(1, 11, 0));
    assert_eq!((p.value, p.tier.as_deref(), p.next_tier.as_deref()), (dec!(0), None, Some("member")), "pending");
    f.release(t(3, 1, 0));
    f.run(t(3, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    let p = f.m.tier_progress(&f.p, t(3, 2, 0));
    assert_eq!(p.tier.as_deref(), Some("silver"));
    assert_eq!(p.value, dec!(600));
    assert_eq!(
        (p.next_tier.as_deref(), p.next_threshold, p.remaining),
        (Some("gold"), Some(dec!(1000)), Some(dec!(400)))
    );
    assert_eq!(p.window_start, Some(Utc.with_ymd_and_hms(2026, 1, 1, 5, 0, 0).unwrap()), "local new year");
    // a new calendar year counts from zero; the tier is kept until a command re-evaluates it
    let p = f.m.tier_progress(&f.p, Utc.with_ymd_and_hms(2027, 1, 2, 0, 0, 0).unwrap());
    assert_eq!((p.value, p.remaining), (dec!(0), Some(dec!(1000))));
    // at the top there is nothing next
    f.earn("o2", dec!(500), t(3, 3, 0));
    f.release(t(5, 1, 0));
    f.run(t(5, 1, 1), LoyaltyCommand::EvaluateTier).unwrap();
    let p = f.m.tier_progress(&f.p, t(5, 2, 0));
    assert_eq!((p.tier.as_deref(), p.next_tier, p.remaining), (Some("gold"), None, None));
}

fn yen_programme() -> Programme {
    Programme::from_json(
        r#"{"currency": "JPY", "earning": {"points_per_currency_unit": "1"}, "pending": {"days_after_delivery": 0},
            "redemption": {"points_per_currency_unit": "3"}}"#,
    )
    .unwrap()
}

#[test]
fn a_redemption_is_worth_whole_minor_units_of_the_programmes_currency() {
    let p = yen_programme();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    let adjust = LoyaltyCommand::Adjust { points: 1000, reason: "opening balance".into() };
    m.handle(&adjust, &p, &CommandMeta::new(IdempotencyKey::new("k1").unwrap(), t(3, 1, 9))).unwrap();
    // 100 points at 3 points per yen are 33.33… yen: a yen redemption pays 33 yen
    let redeem = LoyaltyCommand::Redeem {
        redemption: "r1".into(),
        order: OrderId::new("o-1").unwrap(),
        order_total: Money::parse("500", "JPY").unwrap(),
        points: 100,
        reward: None,
    };
    let entries =
        m.handle(&redeem, &p, &CommandMeta::new(IdempotencyKey::new("k2").unwrap(), t(3, 1, 10)).expecting(1)).unwrap();
    let value = entries.iter().find_map(|e| e.kind.redeemed_value()).unwrap();
    assert_eq!(value, Money::parse("33", "JPY").unwrap());
    assert_eq!(value.amount().scale(), 0, "no sub-yen digits are recorded");
}

#[test]
fn money_in_another_currency_is_refused_and_changes_nothing() {
    let p = yen_programme();
    let mut m = Member::new(CustomerId::new("c-1").unwrap());
    let before = m.clone();
    let earn = LoyaltyCommand::EarnOrder {
        order: OrderId::new("o-1").unwrap(),
        lines: vec![EarnLine { line: LineId::new("l1").unwrap(), spend: usd("10.00"), tax: None }],
        shipping: None,
        delivered_at: None,
        return_window_end: None,
    };
    let err = m.handle(&earn, &p, &CommandMeta::new(IdempotencyKey::new("k1").unwrap(), t(3, 1, 9))).unwrap_err();
    assert_eq!(err.code(), "money.currency_mismatch");
    assert_eq!(m, before);
    let reward_in_dollars = Programme::from_json(
        r#"{"currency": "JPY", "earning": {},
            "redemption": {"rewards": [{"id": "r", "points": 10, "value": {"amount": "5.00", "currency": "USD"}}]}}"#,
    )
    .unwrap_err();
    assert!(reward_in_dollars.problems().iter().any(|p| p.path == "redemption.rewards[0].value"));
}

#[test]
fn an_adjustment_keeps_its_reason_in_a_field_of_its_own() {
    let mut f = Fixture::new();
    for (key, points) in [("k-credit", 300), ("k-debit", -200)] {
        let cmd = LoyaltyCommand::Adjust { points, reason: "goodwill: late parcel".into() };
        let e = f.m.handle(&cmd, &f.p, &CommandMeta::new(IdempotencyKey::new(key).unwrap(), t(3, 1, 9))).unwrap();
        assert_eq!(e[0].rule, Rule::Adjust);
        assert_eq!(e[0].reason.as_deref(), Some("goodwill: late parcel"));
        assert_eq!(serde_json::to_value(&e[0]).unwrap()["rule"], "adjust");
    }
    assert_eq!(f.m.balance(), 100);
}
