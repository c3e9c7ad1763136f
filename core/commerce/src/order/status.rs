//! What an order's state says: totals, amounts due and refundable, fulfilment and payment status.

use super::*;

impl Order {
    /// Order id.
    pub fn id(&self) -> &OrderId {
        &self.id
    }
    /// The customer.
    pub fn customer(&self) -> &CustomerId {
        &self.customer
    }
    /// The currency of every amount on the order.
    pub fn currency(&self) -> Currency {
        self.currency
    }
    /// When it was placed.
    pub fn placed_at(&self) -> DateTime<Utc> {
        self.placed_at
    }
    /// Whether line prices include tax.
    pub fn tax_mode(&self) -> TaxMode {
        self.tax_mode
    }
    /// The lines, in order.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }
    /// Order-level discounts.
    pub fn discounts(&self) -> &[Discount] {
        &self.discounts
    }
    /// Shipping charged.
    pub fn shipping(&self) -> Money {
        self.shipping
    }
    /// Amount released by cancellations (lines and shipping).
    pub fn cancelled_total(&self) -> Money {
        self.cancelled_total
    }
    /// Shipments by id.
    pub fn shipments(&self) -> &BTreeMap<ShipmentId, Shipment> {
        &self.shipments
    }
    /// Payments by id.
    pub fn payments(&self) -> &BTreeMap<PaymentId, Payment> {
        &self.payments
    }
    /// Whether it was confirmed.
    pub fn is_confirmed(&self) -> bool {
        self.confirmed
    }
    /// Whether it is on hold.
    pub fn is_on_hold(&self) -> bool {
        self.on_hold
    }
    /// Events applied (the version a store expects next).
    pub fn version(&self) -> u64 {
        self.version
    }
    /// Returns and transit claims, in the order of their ids.
    pub fn returns(&self) -> impl ExactSizeIterator<Item = &ReturnCase> + DoubleEndedIterator {
        self.returns.values().map(|c| &**c)
    }
    /// Original shipping refunded so far.
    pub fn shipping_refunded(&self) -> Money {
        self.shipping_refunded
    }
    /// Refunds paid as store credit so far.
    pub fn store_credit_issued(&self) -> Money {
        self.store_credit_issued
    }

    /// Sum of what every line costs plus shipping: the amount charged at placement.
    pub fn total(&self) -> Money {
        let lines = Money::sum(self.currency, self.lines.iter().map(|l| &l.amounts.total));
        lines.and_then(|l| l.checked_add(&self.shipping)).unwrap_or_else(|_| Money::zero(self.currency))
    }

    /// Total minus what cancellations released: the amount the customer owes.
    pub fn amount_due(&self) -> Money {
        self.total().checked_sub(&self.cancelled_total).unwrap_or_else(|_| self.total())
    }

    fn payment_sum(&self, pick: impl Fn(&Payment) -> Money) -> Money {
        let zero = Money::zero(self.currency);
        self.payments.values().try_fold(zero, |acc, p| acc.checked_add(&pick(p))).unwrap_or(zero)
    }

    /// Total captured over every payment.
    pub fn captured(&self) -> Money {
        self.payment_sum(|p| p.captured)
    }

    /// Total refunded over every payment.
    pub fn refunded(&self) -> Money {
        self.payment_sum(|p| p.refunded)
    }

    /// The one refundable balance every refund path draws from — return refunds to the card or
    /// to store credit, transit-claim refunds and direct payment refunds: captured − refunded to
    /// payments − issued as store credit, never below zero.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`] only for sums beyond the decimal range.
    pub fn refundable(&self) -> Result<Money> {
        let left = self.captured().checked_sub(&self.refunded())?.checked_sub(&self.store_credit_issued)?;
        Ok(if left.is_negative() { Money::zero(self.currency) } else { left })
    }

    /// Refunded to payments by the `refund_payment` command, not by a return or a claim.
    fn direct_refunds(&self) -> Result<Money> {
        let by_returns = self
            .returns
            .values()
            .filter_map(|c| c.refund.as_ref())
            .flat_map(|b| b.payouts.iter())
            .filter(|p| matches!(p.destination, crate::returns::RefundDestination::Payment(_)))
            .map(|p| p.amount);
        let by_returns = Money::sum(self.currency, by_returns.collect::<Vec<_>>().iter())?;
        let direct = self.refunded().checked_sub(&by_returns)?;
        Ok(if direct.is_negative() { Money::zero(self.currency) } else { direct })
    }

    /// What the payments hold towards the order: captured less direct refunds (refunds for
    /// returns and claims settle goods that came back, not the order's total).
    pub(crate) fn collected(&self) -> Result<Money> {
        self.captured().checked_sub(&self.direct_refunds()?)
    }

    /// Money collected beyond what the order is now due, owed back to the customer (paid units
    /// were cancelled); zero when nothing is owed.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`] only for sums beyond the decimal range.
    pub fn refund_due(&self) -> Result<Money> {
        let over = self.collected()?.checked_sub(&self.amount_due())?;
        Ok(if over.is_negative() || over.is_settled() { Money::zero(self.currency) } else { over })
    }

    /// Total authorised over every payment.
    pub fn authorized(&self) -> Money {
        self.payment_sum(|p| if p.voided { Money::zero(self.currency) } else { p.authorized })
    }

    /// The fulfilment status, derived from the line counters.
    pub fn fulfilment_status(&self) -> FulfilmentStatus {
        let sum = |f: fn(&UnitCounts) -> u32| -> u64 { self.lines.iter().map(|l| u64::from(f(&l.counts))).sum() };
        let active = sum(UnitCounts::active);
        if active == 0 {
            return FulfilmentStatus::Cancelled;
        }
        let returned = sum(|c| c.returned);
        let delivered = sum(|c| c.delivered);
        let fulfilled = sum(|c| c.fulfilled);
        if returned > 0 {
            return if returned >= active { FulfilmentStatus::Returned } else { FulfilmentStatus::PartiallyReturned };
        }
        if delivered > 0 {
            return if delivered >= active {
                FulfilmentStatus::Delivered
            } else {
                FulfilmentStatus::PartiallyDelivered
            };
        }
        if fulfilled > 0 {
            return if fulfilled >= active {
                FulfilmentStatus::Fulfilled
            } else {
                FulfilmentStatus::PartiallyFulfilled
            };
        }
        FulfilmentStatus::Unfulfilled
    }

    /// The payment status, derived from the payments; gaps below one minor unit count as settled.
    pub fn payment_status(&self) -> PaymentStatus {
        let captured = self.captured();
        let refunded = self.refunded();
        if captured.is_zero() {
            if self.payments.values().any(|p| p.voided) && self.authorized().is_zero() {
                return PaymentStatus::Voided;
            }
            return if self.authorized().is_zero() { PaymentStatus::NotPaid } else { PaymentStatus::Authorized };
        }
        if self.refund_due().is_ok_and(|d| !d.is_zero()) {
            return PaymentStatus::RefundDue;
        }
        if !refunded.is_zero() {
            let kept = captured.checked_sub(&refunded).unwrap_or(captured);
            return if kept.is_settled() || kept.is_negative() {
                PaymentStatus::Refunded
            } else {
                PaymentStatus::PartiallyRefunded
            };
        }
        let gap = self.amount_due().checked_sub(&captured).unwrap_or_else(|_| Money::zero(self.currency));
        if gap.is_settled() || gap.is_negative() { PaymentStatus::Paid } else { PaymentStatus::PartiallyPaid }
    }
}
