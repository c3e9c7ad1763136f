//! A customer's year in the loyalty programme of `examples/loyalty_programme.json`: sign-up,
//! three orders, a partial return, a tier upgrade, a redemption and an expiry. Prints the ledger
//! with the balance after each entry and the tier at the end.
//!
//! Run with `cargo run --example loyalty`.

use chrono::{DateTime, Duration, TimeZone, Utc};
use postpurchase::loyalty::*;
use postpurchase::*;
use rust_decimal::Decimal;

fn day(month: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, d, 10, 0, 0).single().unwrap_or_default()
}

fn main() -> Result<()> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("loyalty_programme.json");
    let text = std::fs::read_to_string(&path).map_err(|e| Error::new(ErrorKind::InvalidConfig, e.to_string()))?;
    let p = Programme::from_json(&text)?;
    let mut m = Member::new(CustomerId::new("cust-42")?);
    let mut n = 0;
    let mut run = |m: &mut Member, now: DateTime<Utc>, cmd: LoyaltyCommand| -> Result<()> {
        n += 1;
        m.handle(&cmd, &p, &CommandMeta::new(IdempotencyKey::new(format!("cmd-{n}"))?, now))?;
        Ok(())
    };
    let order = |id: &str, spend: i64, delivered: DateTime<Utc>| -> Result<LoyaltyCommand> {
        Ok(LoyaltyCommand::EarnOrder {
            order: OrderId::new(id)?,
            lines: vec![EarnLine {
                line: LineId::new("l1")?,
                spend: Money::new(Decimal::from(spend), p.currency)?,
                tax: None,
            }],
            shipping: None,
            delivered_at: Some(delivered),
            return_window_end: Some(delivered + Duration::days(30)),
        })
    };
    run(&mut m, day(1, 5), LoyaltyCommand::Award { award: Award::Signup })?;
    run(&mut m, day(1, 20), order("A-1", 180, day(1, 24))?)?;
    run(&mut m, day(3, 2), LoyaltyCommand::ReleasePending)?;
    run(&mut m, day(3, 2), LoyaltyCommand::EvaluateTier)?;
    run(&mut m, day(3, 10), order("A-2", 140, day(3, 13))?)?;
    // part of A-2 comes back: 40.00 refunded
    let refund =
        vec![EarnLine { line: LineId::new("l1")?, spend: Money::new(Decimal::from(40), p.currency)?, tax: None }];
    run(&mut m, day(3, 20), LoyaltyCommand::Clawback { order: OrderId::new("A-2")?, lines: refund })?;
    run(&mut m, day(4, 20), LoyaltyCommand::ReleasePending)?;
    run(&mut m, day(4, 20), LoyaltyCommand::EvaluateTier)?;
    run(&mut m, day(5, 1), LoyaltyCommand::Award { award: Award::Review })?;
    run(&mut m, day(6, 5), order("A-3", 120, day(6, 8))?)?;
    run(&mut m, day(7, 15), LoyaltyCommand::ReleasePending)?;
    run(&mut m, day(7, 15), LoyaltyCommand::EvaluateTier)?;
    let redeem = LoyaltyCommand::Redeem {
        redemption: "R-1".into(),
        order: OrderId::new("A-4")?,
        order_total: Money::new(Decimal::from(60), p.currency)?,
        points: 400,
        reward: None,
    };
    run(&mut m, day(7, 20), redeem)?;
    run(&mut m, day(9, 1), LoyaltyCommand::Award { award: Award::Birthday })?;
    run(&mut m, Utc.with_ymd_and_hms(2027, 1, 10, 10, 0, 0).single().unwrap_or_default(), LoyaltyCommand::Expire)?;

    println!(
        "{:<4} {:<11} {:<26} {:>8} {:>8} {:>9} {:>6}",
        "#", "date", "entry", "points", "pending", "balance", "rate"
    );
    for e in m.entries() {
        let what = match &e.kind {
            EntryKind::Earn { lot } => match &lot.order {
                Some(o) => format!("earn {o} (spend {})", lot.spend),
                None => e.rule.to_string(),
            },
            EntryKind::Release { lot, .. } => format!("release lot {lot}"),
            EntryKind::Redeem { redemption, value, currency, .. } => {
                format!("redeem {redemption} (= {value} {})", currency.map_or("", |c| c.code()))
            }
            EntryKind::Clawback { order, .. } => format!("clawback {order}"),
            EntryKind::Expire { .. } => "expire".to_string(),
            EntryKind::TierChanged { from, to } => {
                format!("tier {} -> {}", from.as_deref().unwrap_or("none"), to.as_deref().unwrap_or("none"))
            }
            EntryKind::NoChange => "(nothing to do: key kept)".to_string(),
            other => format!("{other:?}").chars().take(26).collect(),
        };
        println!(
            "{:<4} {:<11} {:<26} {:>8} {:>8} {:>9} {:>6}",
            e.seq,
            e.at.format("%Y-%m-%d"),
            what,
            e.points,
            e.pending,
            e.balance_after,
            if e.rate.is_zero() { String::new() } else { e.rate.to_string() }
        );
    }
    println!(
        "\nbalance {} · pending {} · debt {} · tier {}",
        m.balance(),
        m.pending(),
        m.debt(),
        m.tier().unwrap_or("none")
    );
    Ok(())
}
