//! What an order's events mean for its customer's points: every refund of merchandise — a return
//! refunded or credited, or a transit claim refunded — takes back the points those lines earned,
//! through the one [`LoyaltyCommand::Clawback`]. Hosts run the commands this gives instead of
//! deriving them by hand, so a claim can never leave an order's points in place.

use super::command::{EarnLine, LoyaltyCommand};
use crate::ids::OrderId;
use crate::order::{OrderChange, OrderEvent};
use crate::returns::{RefundBreakdown, ReturnChange};

/// The loyalty commands a batch of one order's events calls for, in event order: one
/// [`LoyaltyCommand::Clawback`] per refund of merchandise (a return's `refunded`, or a claim
/// resolved by refund), for the refunded spend of each line. An exchange takes nothing back (the
/// customer keeps a purchase of the same value); a replacement claim neither.
///
/// ```
/// use postpurchase::OrderId;
/// use postpurchase::loyalty::loyalty_commands_for_order_events;
/// // no refund, nothing to take back
/// assert!(loyalty_commands_for_order_events(&OrderId::new("o-1")?, &[]).is_empty());
/// # Ok::<(), postpurchase::Error>(())
/// ```
pub fn loyalty_commands_for_order_events(order: &OrderId, events: &[OrderEvent]) -> Vec<LoyaltyCommand> {
    let mut out = Vec::new();
    for e in events {
        let OrderChange::Return { change } = &e.change else { continue };
        let breakdown = match change {
            ReturnChange::Refunded { breakdown, .. } => breakdown,
            ReturnChange::ClaimResolved { breakdown: Some(breakdown), .. } => breakdown,
            _ => continue,
        };
        if let Some(cmd) = clawback(order, breakdown) {
            out.push(cmd);
        }
    }
    out
}

fn clawback(order: &OrderId, b: &RefundBreakdown) -> Option<LoyaltyCommand> {
    let lines: Vec<EarnLine> = (b.lines.iter())
        .filter(|l| l.units > 0 && !l.merchandise.is_zero() && !l.merchandise.is_negative())
        .map(|l| EarnLine { line: l.line.clone(), spend: l.merchandise, tax: Some(l.tax) })
        .collect();
    if lines.is_empty() {
        return None;
    }
    Some(LoyaltyCommand::Clawback { order: order.clone(), lines })
}
