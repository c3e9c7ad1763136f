//! What a host asks of a member's ledger.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CustomerId, LineId, OrderId};
use crate::money::Money;

/// A line of an order that earns points.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarnLine {
    /// The line.
    pub line: LineId,
    /// Net merchandise spend of the line (after discounts), in the programme's currency.
    pub spend: Money,
    /// Tax on the line (counts only if the programme says so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax: Option<Money>,
}

/// An event award.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Award {
    /// Signing up (once).
    Signup,
    /// Birthday (once per local calendar year).
    Birthday,
    /// A product review.
    Review,
    /// A referral: this member referred `referred`, whose first paid order just happened.
    Referrer {
        /// The referred customer.
        referred: CustomerId,
    },
    /// This member was referred and made a first paid order.
    Referred,
}

/// A command on a member's ledger.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum LoyaltyCommand {
    /// Earn points for an order; pending until the later of delivery + N days and the close of
    /// the return window (both unknown: pending until released with them).
    EarnOrder {
        /// The order.
        order: OrderId,
        /// Its lines.
        lines: Vec<EarnLine>,
        /// Shipping paid (counts only if the programme says so).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shipping: Option<Money>,
        /// When it was delivered, if known.
        #[serde(default)]
        delivered_at: Option<DateTime<Utc>>,
        /// When its return window closes, if known.
        #[serde(default)]
        return_window_end: Option<DateTime<Utc>>,
    },
    /// An event award.
    Award {
        /// Which.
        award: Award,
    },
    /// Make pending lots whose time has come available.
    ReleasePending,
    /// Set when an order's pending points become available (delivery now known).
    ScheduleRelease {
        /// The order.
        order: OrderId,
        /// Delivered at.
        delivered_at: DateTime<Utc>,
        /// Return window end, if any.
        #[serde(default)]
        return_window_end: Option<DateTime<Utc>>,
    },
    /// Spend points on an order (points-to-money) or on a fixed reward.
    Redeem {
        /// Id of this redemption.
        redemption: String,
        /// The order it pays for.
        order: OrderId,
        /// The order total, in the programme's currency (a redemption is never worth more).
        order_total: Money,
        /// Points to spend (ignored for a reward).
        #[serde(default)]
        points: i64,
        /// A fixed reward instead of points-to-money.
        #[serde(default)]
        reward: Option<String>,
    },
    /// Give back a redemption's points (e.g. the order was fully refunded).
    ReverseRedemption {
        /// The redemption.
        redemption: String,
    },
    /// Expire what is due at `now`.
    Expire,
    /// Claw back the points earned by refunded lines, at the rate they were earned.
    Clawback {
        /// The order.
        order: OrderId,
        /// Refunded spend per line.
        lines: Vec<EarnLine>,
    },
    /// A manual adjustment.
    Adjust {
        /// Points (+ or −).
        points: i64,
        /// Why (required).
        reason: String,
    },
    /// Re-evaluate the tier.
    EvaluateTier,
}
