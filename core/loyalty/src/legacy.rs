//! Commands as the release before loyalty amounts became [`crate::money::Money`] wrote them (ledger
//! entries schema 2): spend, tax, shipping and order totals were bare decimal strings, and tax
//! and shipping were always present (`"0"` when not given). A retry of such a command under its
//! key, sent today in today's shape, is recognised by the fingerprint its old shape had, so a
//! job queued or a webhook retried across the upgrade is the no-op it should be.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;

use super::command::{EarnLine, LoyaltyCommand};
use crate::fingerprint::Fingerprint;
use crate::ids::{LineId, OrderId};
use crate::money::Money;

#[derive(Serialize)]
struct V2Line<'a> {
    line: &'a LineId,
    spend: Decimal,
    tax: Decimal,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum V2Command<'a> {
    EarnOrder {
        order: &'a OrderId,
        lines: Vec<V2Line<'a>>,
        shipping: Decimal,
        delivered_at: Option<DateTime<Utc>>,
        return_window_end: Option<DateTime<Utc>>,
    },
    Redeem {
        redemption: &'a str,
        order: &'a OrderId,
        order_total: Decimal,
        points: i64,
        reward: Option<&'a str>,
    },
    Clawback {
        order: &'a OrderId,
        lines: Vec<V2Line<'a>>,
    },
}

fn lines(lines: &[EarnLine]) -> Vec<V2Line<'_>> {
    (lines.iter())
        .map(|l| V2Line {
            line: &l.line,
            spend: l.spend.amount(),
            tax: l.tax.as_ref().map_or(Decimal::ZERO, Money::amount),
        })
        .collect()
}

/// The command in the shape schema-2 releases fingerprinted, for the commands whose shape
/// changed since (the others fingerprint as they always did).
fn v2(cmd: &LoyaltyCommand) -> Option<V2Command<'_>> {
    Some(match cmd {
        LoyaltyCommand::EarnOrder { order, lines: l, shipping, delivered_at, return_window_end } => {
            V2Command::EarnOrder {
                order,
                lines: lines(l),
                shipping: shipping.as_ref().map_or(Decimal::ZERO, Money::amount),
                delivered_at: *delivered_at,
                return_window_end: *return_window_end,
            }
        }
        LoyaltyCommand::Redeem { redemption, order, order_total, points, reward } => V2Command::Redeem {
            redemption,
            order,
            order_total: order_total.amount(),
            points: *points,
            reward: reward.as_deref(),
        },
        LoyaltyCommand::Clawback { order, lines: l } => V2Command::Clawback { order, lines: lines(l) },
        _ => return None,
    })
}

/// Whether `stored` is the fingerprint a schema-2 release gave this command (in its old shape).
pub(super) fn matches_v2(stored: &str, cmd: &LoyaltyCommand) -> bool {
    v2(cmd).is_some_and(|old| Fingerprint::of("", &old).matches_command(stored, "", &old))
}
