//! An order's derived state as one value: what every binding shows for "where is my order and
//! where is the money", built here once so no binding assembles it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{FulfilmentStatus, Order, PaymentStatus};
use crate::error::Result;
use crate::ids::{CustomerId, OrderId, ReturnId, ShipmentId};
use crate::money::{Currency, Money};
use crate::returns::{ExchangeSettlement, RefundBreakdown, ReturnStatus};
use crate::tracking::{DelayAssessment, DelayThresholds, TrackingStatus};

/// One shipment of an order: where it is and, when asked at a time, whether it is late.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "ShipmentTracking"))]
pub struct ShipmentSummary {
    /// Shipment id.
    pub id: ShipmentId,
    /// Carrier name.
    pub carrier: String,
    /// Tracking number, if known.
    pub tracking_number: Option<String>,
    /// Merchant status (delivered once marked delivered).
    pub status: TrackingStatus,
    /// Promised delivery.
    pub promised_by: Option<DateTime<Utc>>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// Late / stalled / presumed lost at the time the summary was asked for (none without one).
    pub delay: Option<DelayAssessment>,
}

/// An order's derived statuses and amounts.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use postpurchase::*;
///
/// let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap();
/// let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("EUR")?, now)
///     .line(NewLine::new(LineId::new("l-1")?, Sku::new("TEE")?, "T-shirt", 2, Money::parse("20.00", "EUR")?))
///     .build();
/// let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("k")?, now))?)?;
/// let summary = order.summary(Some(now), &DelayThresholds::default())?;
/// assert_eq!(summary.amount_due, Money::parse("40.00", "EUR")?);
/// assert_eq!(summary.fulfilment_status, FulfilmentStatus::Unfulfilled);
/// # Ok::<(), postpurchase::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct OrderSummary {
    /// Order id.
    pub id: OrderId,
    /// Customer id.
    pub customer: CustomerId,
    /// The order's currency.
    pub currency: Currency,
    /// Where the goods are.
    pub fulfilment_status: FulfilmentStatus,
    /// Where the money is.
    pub payment_status: PaymentStatus,
    /// Order total.
    pub total: Money,
    /// Still to capture.
    pub amount_due: Money,
    /// Captured so far.
    pub captured: Money,
    /// Refunded so far.
    pub refunded: Money,
    /// Collected beyond what is now due (paid units cancelled), owed back to the customer.
    pub refund_due: Money,
    /// Shipments in id order.
    pub shipments: Vec<ShipmentSummary>,
    /// Events applied (the `expected_version` for the next command).
    pub version: u64,
}

/// One return of an order: where it stands and, once settled, what it paid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReturnSummary {
    /// Return id.
    pub id: ReturnId,
    /// Where it stands.
    pub status: ReturnStatus,
    /// When it was requested.
    pub requested_at: DateTime<Utc>,
    /// The refund, once paid.
    pub refund: Option<RefundBreakdown>,
    /// The exchange settlement, once made.
    pub exchange: Option<ExchangeSettlement>,
}

impl Order {
    /// The order's statuses and amounts; with `now`, each shipment's delay assessment under
    /// `thresholds` too.
    ///
    /// # Errors
    /// As [`Order::refund_due`] (an amount out of range).
    pub fn summary(&self, now: Option<DateTime<Utc>>, thresholds: &DelayThresholds) -> Result<OrderSummary> {
        let shipments = self
            .shipments()
            .values()
            .map(|s| ShipmentSummary {
                id: s.spec.id.clone(),
                carrier: s.spec.carrier.clone(),
                tracking_number: s.spec.tracking_number.clone(),
                status: s.status(),
                promised_by: s.spec.promised_by,
                delivered_at: s.delivered_at,
                delay: now.map(|t| s.assess_delay(t, thresholds)),
            })
            .collect();
        Ok(OrderSummary {
            id: self.id().clone(),
            customer: self.customer().clone(),
            currency: self.currency(),
            fulfilment_status: self.fulfilment_status(),
            payment_status: self.payment_status(),
            total: self.total(),
            amount_due: self.amount_due(),
            captured: self.captured(),
            refunded: self.refunded(),
            refund_due: self.refund_due()?,
            shipments,
            version: self.version(),
        })
    }

    /// The order's returns in id order, each with its status and settlement.
    pub fn return_summaries(&self) -> Vec<ReturnSummary> {
        self.returns()
            .map(|c| ReturnSummary {
                id: c.id.clone(),
                status: c.status,
                requested_at: c.requested_at,
                refund: c.refund.clone(),
                exchange: c.exchange.clone(),
            })
            .collect()
    }
}
