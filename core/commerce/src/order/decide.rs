//! Deciding order commands: every rule lives here; nothing changes until the events are applied.

use super::*;
use crate::aggregate::{Admission, admit};

impl Order {
    /// Decides a command against the current state: events, or an error and no change.
    ///
    /// A command whose key was already processed with the same content returns no events; the
    /// same key with different content is [`ErrorKind::IdempotencyConflict`].
    ///
    /// # Errors
    /// A typed error per rule broken (see [`ErrorKind`]).
    pub fn decide(&self, command: &OrderCommand, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
        self.decide_with(command, &OrderContext::default(), meta)
    }

    /// Decides a command with what it reads besides the order: a return request
    /// (`ReturnCommand::Request`) needs the return policy and eligibility context.
    ///
    /// # Errors
    /// As [`Order::decide`]; [`ErrorKind::InvalidInput`] for a return request without a policy.
    pub fn decide_with(
        &self,
        command: &OrderCommand,
        context: &OrderContext<'_>,
        meta: &CommandMeta,
    ) -> Result<Vec<OrderEvent>> {
        check_command_instants(command, meta)?;
        if let OrderCommand::Return { command: crate::returns::ReturnCommand::Request { request } } = command {
            if let Some((policy, eligibility)) = context.returns {
                return returning::request_return(self, request, policy, eligibility, meta).map(|(_, ev)| ev);
            }
        }
        let fp = fingerprint(command);
        let stored = self.processed.get(&meta.key).map(AsRef::as_ref);
        if admit(stored, |seen| fp.matches_command(seen, "", command), self.id.as_str(), self.version, meta)?
            == Admission::Repeat
        {
            return Ok(Vec::new());
        }
        let changes = self.decide_changes(command, meta)?;
        Ok(changes
            .into_iter()
            .map(|change| OrderEvent::new(meta.key.clone(), fp.as_stored().to_string(), meta.now, change))
            .collect())
    }

    fn all_cancelled(&self) -> bool {
        self.lines.iter().all(|l| l.counts.active() == 0)
    }

    fn check_payment_amount(&self, amount: &Money) -> Result<()> {
        require_positive_whole(amount, self.currency, "payment", false)
    }

    fn decide_changes(&self, command: &OrderCommand, meta: &CommandMeta) -> Result<Vec<OrderChange>> {
        use OrderCommand as C;
        match command {
            C::Place { .. } => {
                Err(err(ErrorKind::OrderAlreadyPlaced, "the order is already placed").with("order", &self.id))
            }
            C::Confirm => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
                }
                if self.confirmed {
                    return Err(err(ErrorKind::InvalidTransition, "the order is already confirmed"));
                }
                Ok(vec![OrderChange::Confirmed])
            }
            C::Hold { reason } => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
                }
                if self.on_hold {
                    return Err(err(ErrorKind::InvalidTransition, "the order is already on hold"));
                }
                Ok(vec![OrderChange::Held { reason: reason.clone() }])
            }
            C::Release => {
                if !self.on_hold {
                    return Err(err(ErrorKind::InvalidTransition, "the order is not on hold"));
                }
                Ok(vec![OrderChange::Released])
            }
            C::Cancel { reason } => self.decide_cancel(reason),
            C::CancelUnits { lines, reason } => {
                if self.all_cancelled() {
                    return Err(err(ErrorKind::OrderCancelled, "the order is already cancelled"));
                }
                self.decide_cancel_units(lines, reason)
            }
            C::CreateShipment { shipment } => self.decide_shipment(shipment),
            C::RecordTracking { shipment, event } => self.decide_tracking(shipment, event),
            C::CancelShipment { shipment } => {
                let s = self.shipment(shipment)?;
                if !s.is_cancellable() {
                    return Err(err(
                        ErrorKind::InvalidTransition,
                        "only a shipment the carrier has not taken (pending or label created) can be cancelled",
                    )
                    .with("shipment", shipment));
                }
                Ok(vec![OrderChange::ShipmentCancelled { shipment: shipment.clone() }])
            }
            C::MarkDelivered { shipment, at } => {
                let s = self.shipment(shipment)?;
                if s.delivered_at.is_some() {
                    return Err(err(ErrorKind::InvalidTransition, "the shipment is already delivered")
                        .with("shipment", shipment));
                }
                let mut changes = Vec::new();
                if !s.shipped {
                    changes.push(OrderChange::ShipmentShipped { shipment: shipment.clone() });
                }
                changes.push(OrderChange::ShipmentDelivered { shipment: shipment.clone(), at: *at });
                Ok(changes)
            }
            C::AuthorizePayment { payment, amount } => {
                self.check_payment_amount(amount)?;
                if self.payments.get(payment).is_some_and(|p| p.voided) {
                    return Err(err(ErrorKind::PaymentVoided, "the payment was voided").with("payment", payment));
                }
                Ok(vec![OrderChange::PaymentAuthorized { payment: payment.clone(), amount: *amount }])
            }
            C::CapturePayment { payment, amount } => self.decide_capture(payment, amount),
            C::RefundPayment { payment, amount } => self.decide_payment_refund(payment, amount),
            C::VoidPayment { payment } => {
                let p = self
                    .payments
                    .get(payment)
                    .ok_or_else(|| err(ErrorKind::UnknownPayment, "no such payment").with("payment", payment))?;
                if p.voided {
                    return Err(err(ErrorKind::PaymentVoided, "the payment is already voided"));
                }
                if !p.captured.is_zero() {
                    return Err(err(ErrorKind::InvalidTransition, "a captured payment cannot be voided; refund it"));
                }
                Ok(vec![OrderChange::PaymentVoided { payment: payment.clone() }])
            }
            C::Return { command } => Ok(self
                .decide_return(command, meta)?
                .into_iter()
                .map(|change| OrderChange::Return { change })
                .collect()),
        }
    }

    fn decide_cancel(&self, reason: &str) -> Result<Vec<OrderChange>> {
        if self.all_cancelled() {
            return Err(err(ErrorKind::OrderCancelled, "the order is already cancelled"));
        }
        let open: Vec<&Shipment> = self.shipments.values().filter(|s| !s.cancelled).collect();
        if !open.iter().all(|s| s.is_cancellable()) {
            return Err(err(
                ErrorKind::QuantityExceedsCancellable,
                "some units are already with the carrier; cancel units instead",
            ));
        }
        // shipments the carrier has not taken are cancelled first, in the same decision
        let lines: Vec<LineQuantity> = self
            .lines
            .iter()
            .filter(|l| l.counts.active() > 0)
            .map(|l| LineQuantity { line: l.spec.id.clone(), quantity: l.counts.active() })
            .collect();
        self.decide_cancel_units(&lines, reason)
    }

    fn decide_tracking(&self, shipment: &ShipmentId, event: &CarrierEvent) -> Result<Vec<OrderChange>> {
        let s = self.shipment(shipment)?;
        let mut changes = vec![OrderChange::TrackingRecorded { shipment: shipment.clone(), event: event.clone() }];
        let mut events = s.events.clone();
        events.push(event.clone());
        let status = merchant_status(&events);
        if s.cancelled {
            return Ok(changes); // a late scan of a cancelled label is kept, and moves nothing
        }
        // the carrier cancelled a parcel it never moved: its units are unfulfilled again
        if status == TrackingStatus::Cancelled && s.is_cancellable() {
            changes.push(OrderChange::ShipmentCancelled { shipment: shipment.clone() });
            return Ok(changes);
        }
        let moving =
            !matches!(status, TrackingStatus::Pending | TrackingStatus::InfoReceived | TrackingStatus::Cancelled);
        if !s.shipped && moving {
            changes.push(OrderChange::ShipmentShipped { shipment: shipment.clone() });
        }
        if s.delivered_at.is_none() && status == TrackingStatus::Delivered {
            changes.push(OrderChange::ShipmentDelivered { shipment: shipment.clone(), at: event.occurred_at });
        }
        Ok(changes)
    }

    fn decide_capture(&self, payment: &PaymentId, amount: &Money) -> Result<Vec<OrderChange>> {
        self.check_payment_amount(amount)?;
        if let Some(p) = self.payments.get(payment) {
            if p.voided {
                return Err(err(ErrorKind::PaymentVoided, "the payment was voided").with("payment", payment));
            }
            if !p.authorized.is_zero() {
                let left = p.authorized.checked_sub(&p.captured)?;
                if amount.try_cmp(&left)? == std::cmp::Ordering::Greater {
                    return Err(err(ErrorKind::PaymentOverCapture, "capture exceeds the authorised amount")
                        .with("available", left.amount()));
                }
                return Ok(vec![OrderChange::PaymentCaptured { payment: payment.clone(), amount: *amount }]);
            }
        }
        // without an authorisation: never more than the order still has to collect
        let left = self.amount_due().checked_sub(&self.collected()?)?;
        if amount.try_cmp(&left)? == std::cmp::Ordering::Greater {
            return Err(err(ErrorKind::PaymentOverCapture, "capture exceeds what the order has left to collect")
                .with("available", if left.is_negative() { rust_decimal::Decimal::ZERO } else { left.amount() }));
        }
        Ok(vec![OrderChange::PaymentCaptured { payment: payment.clone(), amount: *amount }])
    }

    fn decide_payment_refund(&self, payment: &PaymentId, amount: &Money) -> Result<Vec<OrderChange>> {
        self.check_payment_amount(amount)?;
        let p = self
            .payments
            .get(payment)
            .ok_or_else(|| err(ErrorKind::UnknownPayment, "no such payment").with("payment", payment))?;
        // what this payment can give back, within what the order as a whole still may
        let left = p.captured.checked_sub(&p.refunded)?.try_min(&self.refundable()?)?;
        if amount.try_cmp(&left)? == std::cmp::Ordering::Greater {
            return Err(err(
                ErrorKind::PaymentAmountExceedsAvailable,
                "refund exceeds what was captured and not yet refunded (store credit included)",
            )
            .with("available", left.amount()));
        }
        Ok(vec![OrderChange::PaymentRefunded { payment: payment.clone(), amount: *amount }])
    }

    fn decide_cancel_units(&self, lines: &[LineQuantity], reason: &str) -> Result<Vec<OrderChange>> {
        if lines.is_empty() {
            return Err(err(ErrorKind::InvalidQuantity, "nothing to cancel"));
        }
        let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
        for lq in lines {
            if lq.quantity == 0 {
                return Err(err(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &lq.line));
            }
            let e = per_line.entry(&lq.line).or_insert(0);
            *e = e.saturating_add(lq.quantity);
        }
        // units still in shipments the carrier has not taken can be cancelled by cancelling those
        // shipments first (whole shipments, in id order, until the lines have enough)
        let mut changes = Vec::new();
        let mut freed: BTreeMap<&LineId, u32> = BTreeMap::new();
        for s in self.shipments.values().filter(|s| s.is_cancellable()) {
            let short = s.spec.lines.iter().any(|lq| {
                let want = per_line.get(&lq.line).copied().unwrap_or(0);
                let have = self.line(&lq.line).map_or(0, |l| l.counts.unfulfilled());
                want > have.saturating_add(freed.get(&lq.line).copied().unwrap_or(0))
            });
            if short {
                for lq in &s.spec.lines {
                    let f = freed.entry(&lq.line).or_insert(0);
                    *f = f.saturating_add(lq.quantity);
                }
                changes.push(OrderChange::ShipmentCancelled { shipment: s.spec.id.clone() });
            }
        }
        let mut cancelled = Vec::new();
        let mut remaining_active = 0u64;
        for line in &self.lines {
            let q = per_line.get(&line.spec.id).copied().unwrap_or(0);
            remaining_active = remaining_active.saturating_add(u64::from(line.counts.active().saturating_sub(q)));
        }
        for (id, q) in per_line {
            let line = self.line(id)?;
            let cancellable = line.counts.unfulfilled().saturating_add(freed.get(id).copied().unwrap_or(0));
            if q > cancellable {
                return Err(err(ErrorKind::QuantityExceedsCancellable, "more units than can still be cancelled")
                    .with("line", id)
                    .with("requested", q)
                    .with("cancellable", cancellable));
            }
            let amount = line.take_amount(q)?;
            let tax = line.open_tax.take_units(q, line.open_units())?;
            cancelled.push(CancelledUnits { line: id.clone(), quantity: q, amount, tax });
        }
        let shipping = if remaining_active == 0 { self.shipping } else { Money::zero(self.currency) };
        changes.push(OrderChange::UnitsCancelled { lines: cancelled, shipping, reason: reason.to_string() });
        Ok(changes)
    }

    fn decide_shipment(&self, shipment: &NewShipment) -> Result<Vec<OrderChange>> {
        if self.all_cancelled() {
            return Err(err(ErrorKind::OrderCancelled, "the order is cancelled"));
        }
        if self.on_hold {
            return Err(err(ErrorKind::OrderOnHold, "the order is on hold"));
        }
        if self.shipments.contains_key(&shipment.id) {
            return Err(err(ErrorKind::DuplicateShipment, "shipment id already used").with("shipment", &shipment.id));
        }
        if shipment.lines.is_empty() {
            return Err(err(ErrorKind::InvalidQuantity, "a shipment needs at least one unit"));
        }
        let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
        for lq in &shipment.lines {
            if lq.quantity == 0 {
                return Err(err(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &lq.line));
            }
            let e = per_line.entry(&lq.line).or_insert(0);
            *e = e.saturating_add(lq.quantity);
        }
        for (id, q) in per_line {
            let line = self.line(id)?;
            if q > line.counts.unfulfilled() {
                return Err(err(ErrorKind::QuantityExceedsUnfulfilled, "more units than are unfulfilled")
                    .with("line", id)
                    .with("requested", q)
                    .with("unfulfilled", line.counts.unfulfilled()));
            }
        }
        Ok(vec![OrderChange::ShipmentCreated { shipment: shipment.clone() }])
    }
}

/// Refuses a command whose times (its `now`, a scan, a promise, a delivery, a deadline) lie
/// outside the years every language can hold ([`crate::instant`]).
pub(crate) fn check_command_instants(command: &OrderCommand, meta: &CommandMeta) -> Result<()> {
    use crate::instant::{check_instant, check_optional};
    use crate::returns::ReturnCommand as R;
    check_instant(meta.now, "now")?;
    let scan = |e: &crate::tracking::CarrierEvent| -> Result<()> {
        check_instant(e.occurred_at, "event.occurred_at")?;
        check_optional(e.estimated_delivery, "event.estimated_delivery")
    };
    match command {
        OrderCommand::Place { order } => check_instant(order.placed_at, "order.placed_at"),
        OrderCommand::CreateShipment { shipment } => check_optional(shipment.promised_by, "shipment.promised_by"),
        OrderCommand::RecordTracking { event, .. } => scan(event),
        OrderCommand::MarkDelivered { at, .. } => check_instant(*at, "at"),
        OrderCommand::Return { command: R::RecordTracking { event, .. } } => scan(event),
        OrderCommand::Return { command: R::ShipAdvanceReplacement { deadline, .. } } => {
            check_instant(*deadline, "deadline")
        }
        _ => Ok(()),
    }
}
