//! Applying return events: copies what was decided into the order; never fails.

use super::*;

impl Order {
    /// Applies a change it owns: a request becomes its case without being copied.
    pub(crate) fn apply_return_owned(&mut self, change: ReturnChange, at: DateTime<Utc>) {
        match change {
            ReturnChange::Requested { request } => self.open_case(request, at),
            other => self.apply_return(&other, at),
        }
    }

    /// Reserves the requested units on the order lines and opens the case.
    fn open_case(&mut self, request: RequestedReturn, at: DateTime<Utc>) {
        for l in &request.lines {
            if let Some(line) = self.line_mut(&l.line) {
                line.counts.return_requested = line.counts.return_requested.saturating_add(l.reserved);
            }
        }
        self.returns.insert(request.id.clone(), std::sync::Arc::new(request.into_case(at)));
    }

    pub(crate) fn apply_return(&mut self, change: &ReturnChange, at: DateTime<Utc>) {
        match change {
            ReturnChange::Requested { request } => self.open_case(request.clone(), at),
            ReturnChange::Approved { return_id, lines, override_reason, decided } => {
                self.apply_approved(return_id, lines, override_reason, decided)
            }
            ReturnChange::Declined { return_id, reason } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = ReturnStatus::Declined;
                    case.decline_reason = Some(reason.clone());
                }
            }
            ReturnChange::LabelIssued { return_id, carrier, tracking_number } => {
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = ReturnStatus::LabelIssued;
                    case.label = Some((carrier.clone(), tracking_number.clone()));
                }
            }
            ReturnChange::TrackingRecorded { return_id, event, status } => {
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = match status {
                        Some(s) => *s,
                        None => crate::schema::v1_status_after_scan(case, event),
                    };
                    case.tracking.push(event.clone());
                }
            }
            ReturnChange::Received { return_id, items } => self.apply_received(return_id, items),
            ReturnChange::Refunded { return_id, breakdown, status } => {
                self.apply_refund(breakdown);
                self.release_unreceived(return_id);
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = *status;
                    case.refund = Some(breakdown.clone());
                }
            }
            ReturnChange::Exchanged { return_id, breakdown, settlement } => {
                self.apply_refund(breakdown);
                self.release_unreceived(return_id);
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = ReturnStatus::Exchanged;
                    case.refund = Some(breakdown.clone());
                    case.exchange = Some(settlement.clone());
                }
            }
            ReturnChange::Cancelled { return_id } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = ReturnStatus::Cancelled;
                }
            }
            ReturnChange::AdvanceReplacementShipped { return_id, deadline } => {
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.advance_deadline = Some(*deadline);
                }
            }
            ReturnChange::ExchangeCharged { return_id, .. } => {
                self.release_reservations(return_id);
                if let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) {
                    case.status = ReturnStatus::Charged;
                }
            }
            ReturnChange::ClaimResolved { claim_id, lines, resolution, breakdown } => {
                self.apply_claim(claim_id, lines, resolution, breakdown, at)
            }
        }
    }

    fn apply_approved(
        &mut self,
        return_id: &ReturnId,
        lines: &[LineQuantity],
        override_reason: &Option<String>,
        decided: &Option<Vec<ApprovedLine>>,
    ) {
        // the case changes in place (copied only if a draft still shares it), then the lines
        let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) else { return };
        let legacy;
        let decided = match decided {
            Some(d) => d,
            None => {
                legacy = crate::schema::v1_approval(case, lines);
                &legacy
            }
        };
        for d in decided {
            if let Some(rl) = usize::try_from(d.position).ok().and_then(|i| case.lines.get_mut(i)) {
                rl.approved = d.approved;
                rl.reserved = d.reserved;
            }
        }
        case.status = ReturnStatus::Approved;
        case.override_reason = override_reason.clone();
        case.decline_reason = None;
        for d in decided {
            if let Some(line) = self.line_mut(&d.line) {
                let n = i64::from(line.counts.return_requested).saturating_add(d.reservation_change);
                line.counts.return_requested = u32::try_from(n.max(0)).unwrap_or(u32::MAX);
            }
        }
    }

    fn apply_received(&mut self, return_id: &ReturnId, items: &[ReceivedItem]) {
        let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) else { return };
        let mut returned: Vec<(LineId, u32)> = Vec::new();
        let positions = case.first_positions();
        for it in items {
            if let Some(rl) = positions.get(&case.lines, &it.line).and_then(|i| case.lines.get_mut(i)) {
                let got = rl.received.entry(it.condition).or_insert(0);
                *got = got.saturating_add(it.quantity);
                if it.condition != ItemCondition::Missing {
                    returned.push((it.line.clone(), it.quantity));
                }
            }
        }
        case.status = ReturnStatus::Received;
        for (id, n) in returned {
            if let Some(line) = self.line_mut(&id) {
                line.counts.returned = line.counts.returned.saturating_add(n).min(line.counts.return_requested);
            }
        }
    }

    fn apply_claim(
        &mut self,
        claim_id: &ReturnId,
        lines: &[LineQuantity],
        resolution: &ClaimResolution,
        breakdown: &Option<RefundBreakdown>,
        at: DateTime<Utc>,
    ) {
        if let Some(b) = breakdown {
            self.apply_refund(b);
        }
        let cur = self.currency;
        let case = ReturnCase {
            id: claim_id.clone(),
            customer: self.customer.clone(),
            status: if *resolution == ClaimResolution::Refund {
                ReturnStatus::Refunded
            } else {
                ReturnStatus::Exchanged
            },
            requested_at: at,
            lines: lines
                .iter()
                .map(|lq| ReturnLine {
                    line: lq.line.clone(),
                    requested: lq.quantity,
                    reason: ReturnReason::DamagedInTransit,
                    outcome: Outcome::Allowed,
                    reserved: 0,
                    approved: lq.quantity,
                    received: BTreeMap::new(),
                    restocking_fee: None,
                })
                .collect(),
            terms: ReturnTerms {
                method: RefundMethod::OriginalPayment,
                store_credit_bonus_percent: rust_decimal::Decimal::ZERO,
                return_shipping_fee: Money::zero(cur),
                refund_shipping_when_whole: false,
                refund_shipping_for_reason: false,
                exchange: None,
                replacement_shipping: None,
            },
            override_reason: None,
            decline_reason: None,
            label: None,
            tracking: Vec::new(),
            refund: breakdown.clone(),
            exchange: None,
            advance_deadline: None,
            report: std::sync::Arc::new(EligibilityReport {
                return_id: claim_id.clone(),
                outcome: Outcome::Allowed,
                lines: Vec::new(),
                method: RefundMethod::OriginalPayment,
                method_note: None,
            }),
        };
        self.returns.insert(claim_id.clone(), std::sync::Arc::new(case));
    }

    fn release_reservations(&mut self, return_id: &ReturnId) {
        let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) else { return };
        let released: Vec<(LineId, u32)> =
            case.lines.iter_mut().map(|l| (l.line.clone(), std::mem::take(&mut l.reserved))).collect();
        for (id, n) in released {
            if let Some(line) = self.line_mut(&id) {
                line.counts.return_requested = line.counts.return_requested.saturating_sub(n).max(line.counts.returned);
            }
        }
    }

    /// After a refund: units reserved but never received (or missing) go back to returnable.
    fn release_unreceived(&mut self, return_id: &ReturnId) {
        let Some(case) = self.returns.get_mut(return_id).map(std::sync::Arc::make_mut) else { return };
        let released: Vec<(LineId, u32)> = case
            .lines
            .iter_mut()
            .map(|l| {
                let keep = l.refundable();
                let free = l.reserved.saturating_sub(keep);
                l.reserved = keep;
                (l.line.clone(), free)
            })
            .collect();
        for (id, n) in released {
            if let Some(line) = self.line_mut(&id) {
                line.counts.return_requested = line.counts.return_requested.saturating_sub(n).max(line.counts.returned);
            }
        }
    }

    fn apply_refund(&mut self, b: &RefundBreakdown) {
        for rl in &b.lines {
            if let Some(line) = self.line_mut(&rl.line) {
                line.counts.refunded = line.counts.refunded.saturating_add(rl.units);
                if let Ok(v) = line.open_amount.checked_sub(&rl.total) {
                    line.open_amount = v;
                }
                if let Ok(v) = line.open_tax.checked_sub(&rl.tax) {
                    line.open_tax = v;
                }
            }
        }
        if let Ok(v) = self.shipping_refunded.checked_add(&b.shipping) {
            self.shipping_refunded = v;
        }
        for p in &b.payouts {
            match &p.destination {
                RefundDestination::Payment(id) => {
                    if let Some(pay) = self.payments.get_mut(id) {
                        if let Ok(v) = pay.refunded.checked_add(&p.amount) {
                            pay.refunded = v;
                        }
                    }
                }
                RefundDestination::StoreCredit => {
                    if let Ok(v) = self.store_credit_issued.checked_add(&p.amount) {
                        self.store_credit_issued = v;
                    }
                }
            }
        }
    }
}
