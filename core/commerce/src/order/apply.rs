//! Applying order events: copies what was decided into the state; never fails.

use super::*;

impl Order {
    /// Applies an event. Never fails; an event that does not fit is ignored.
    pub fn apply(&mut self, event: &OrderEvent) {
        self.version = self.version.saturating_add(1);
        self.processed.insert(event.key.clone(), event.fingerprint.clone());
        match &event.change {
            OrderChange::Placed { .. } => {}
            OrderChange::Confirmed => self.confirmed = true,
            OrderChange::Held { .. } => self.on_hold = true,
            OrderChange::Released => self.on_hold = false,
            OrderChange::UnitsCancelled { lines, shipping, .. } => {
                for c in lines {
                    if let Some(line) = self.line_mut(&c.line) {
                        line.counts.cancelled = line.counts.cancelled.saturating_add(c.quantity);
                        if let Ok(open) = line.open_amount.checked_sub(&c.amount) {
                            line.open_amount = open;
                        }
                        if let Ok(open) = line.open_tax.checked_sub(&c.tax) {
                            line.open_tax = open;
                        }
                    }
                    if let Ok(t) = self.cancelled_total.checked_add(&c.amount) {
                        self.cancelled_total = t;
                    }
                }
                if let Ok(t) = self.cancelled_total.checked_add(shipping) {
                    self.cancelled_total = t;
                }
            }
            OrderChange::ShipmentCreated { shipment } => {
                for lq in &shipment.lines {
                    if let Some(line) = self.line_mut(&lq.line) {
                        line.counts.fulfilled = line.counts.fulfilled.saturating_add(lq.quantity);
                    }
                }
                self.shipments.insert(
                    shipment.id.clone(),
                    Shipment {
                        spec: shipment.clone().into(),
                        created_at: event.at,
                        events: Vec::new(),
                        shipped: false,
                        delivered_at: None,
                        cancelled: false,
                    },
                );
            }
            OrderChange::ShipmentCancelled { shipment } => {
                let Some(s) = self.shipments.get_mut(shipment) else { return };
                s.cancelled = true;
                let lines = s.spec.lines.clone();
                for lq in lines {
                    if let Some(line) = self.line_mut(&lq.line) {
                        line.counts.fulfilled = line.counts.fulfilled.saturating_sub(lq.quantity);
                    }
                }
            }
            OrderChange::TrackingRecorded { shipment, event: scan } => {
                if let Some(s) = self.shipments.get_mut(shipment) {
                    s.events.push(scan.clone());
                }
            }
            OrderChange::ShipmentShipped { shipment } => self.move_units(shipment, false),
            OrderChange::ShipmentDelivered { shipment, at } => {
                if let Some(s) = self.shipments.get_mut(shipment) {
                    if s.delivered_at.is_none() {
                        s.delivered_at = Some(*at);
                        self.move_units(shipment, true);
                    }
                }
            }
            OrderChange::PaymentAuthorized { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.authorized.checked_add(amount) {
                    p.authorized = v;
                }
            }
            OrderChange::PaymentCaptured { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.captured.checked_add(amount) {
                    p.captured = v;
                }
            }
            OrderChange::PaymentRefunded { payment, amount } => {
                let p = self.payment_entry(payment);
                if let Ok(v) = p.refunded.checked_add(amount) {
                    p.refunded = v;
                }
            }
            OrderChange::PaymentVoided { payment } => self.payment_entry(payment).voided = true,
            OrderChange::Return { change } => self.apply_return(change, event.at),
        }
    }

    fn payment_entry(&mut self, id: &PaymentId) -> &mut Payment {
        let z = Money::zero(self.currency);
        self.payments.entry(id.clone()).or_insert(Payment { authorized: z, captured: z, refunded: z, voided: false })
    }

    fn move_units(&mut self, shipment: &ShipmentId, delivered: bool) {
        let Some(s) = self.shipments.get_mut(shipment) else { return };
        if !delivered {
            if s.shipped {
                return;
            }
            s.shipped = true;
        }
        let lines = s.spec.lines.clone();
        for lq in lines {
            if let Some(line) = self.line_mut(&lq.line) {
                if delivered {
                    line.counts.delivered = line.counts.delivered.saturating_add(lq.quantity).min(line.counts.shipped);
                } else {
                    line.counts.shipped = line.counts.shipped.saturating_add(lq.quantity).min(line.counts.fulfilled);
                }
            }
        }
    }
}
