//! Deciding return commands: every rule of the lifecycle lives here.

use super::*;
use crate::aggregate::{Admission, admit};

fn transition(msg: &str) -> Error {
    rerr(ErrorKind::ReturnInvalidTransition, msg)
}

/// Decides an approval over a case's lines, given as (line, approved so far, reserved) per
/// position: each approved quantity takes the first line with that id not yet approved; every
/// line ends reserving exactly what it approved.
pub(crate) fn plan_approval<'a>(
    case_lines: impl Iterator<Item = (&'a LineId, u32, u32)>,
    lines: &[LineQuantity],
) -> Vec<ApprovedLine> {
    let mut plan: Vec<ApprovedLine> = Vec::new();
    // per position: the reservation before, and whether it is open (not approved yet)
    let mut before: Vec<(u32, bool)> = Vec::new();
    for (i, (line, approved, reserved)) in case_lines.enumerate() {
        before.push((reserved, approved == 0));
        plan.push(ApprovedLine {
            position: u32::try_from(i).unwrap_or(u32::MAX),
            line: line.clone(),
            approved,
            reserved,
            reservation_change: 0,
        });
    }
    if plan.len() <= crate::returns::SCANNED_CASE_LINES {
        // a short case: the first open position with the line, by scanning
        for lq in lines {
            let slot = plan.iter().zip(&before).position(|(p, (_, open))| *open && p.line == lq.line);
            if let Some(i) = slot {
                if let (Some(p), Some((_, open))) = (plan.get_mut(i), before.get_mut(i)) {
                    p.approved = lq.quantity;
                    *open = false;
                }
            }
        }
    } else {
        let mut open: std::collections::HashMap<
            &LineId,
            std::collections::VecDeque<usize>,
            foldhash::fast::RandomState,
        > = std::collections::HashMap::default();
        for (i, (p, (_, is_open))) in plan.iter().zip(&before).enumerate() {
            if *is_open {
                open.entry(&p.line).or_default().push_back(i);
            }
        }
        let mut approved: Vec<(usize, u32)> = Vec::new();
        for lq in lines {
            if let Some(i) = open.get_mut(&lq.line).and_then(std::collections::VecDeque::pop_front) {
                approved.push((i, lq.quantity));
            }
        }
        drop(open);
        for (i, q) in approved {
            if let Some(p) = plan.get_mut(i) {
                p.approved = q;
            }
        }
    }
    for (p, (reserved_before, _)) in plan.iter_mut().zip(before) {
        p.reserved = p.approved;
        p.reservation_change = i64::from(p.approved).saturating_sub(i64::from(reserved_before));
    }
    plan
}

/// The status a return is in after a carrier scan: approved or labelled returns move to in
/// transit once the parcel moves.
pub(crate) fn status_after_scan(case: &ReturnCase, scan: &CarrierEvent) -> ReturnStatus {
    let mut tracking = case.tracking.clone();
    tracking.push(scan.clone());
    let moving = !matches!(merchant_status(&tracking), TrackingStatus::Pending | TrackingStatus::InfoReceived);
    if moving && matches!(case.status, ReturnStatus::Approved | ReturnStatus::LabelIssued) {
        ReturnStatus::InTransit
    } else {
        case.status
    }
}

/// The money terms a request fixes: the method, the store-credit bonus, the return shipping fee
/// (waived for the policy's reasons, a tier with free returns, and exchanges unless the policy's
/// exchange pricing charges it), the replacement's shipping, and when the original shipping is
/// refunded.
fn return_terms(
    order: &Order,
    request: &ReturnRequest,
    report: &EligibilityReport,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
) -> Result<ReturnTerms> {
    let cur = order.currency;
    let reasons: Vec<ReturnReason> = request.lines.iter().map(|l| l.reason).collect();
    let pricing = &policy.exchanges;
    let exchange = request.method == RefundMethod::Exchange;
    let exchange_pays_fee =
        pricing.charge_return_shipping || reasons.iter().any(|r| pricing.charge_return_shipping_for.contains(r));
    let waived_shipping = reasons.iter().all(|r| policy.return_shipping_fee.waived_for.contains(r))
        || ctx.tier.as_ref().is_some_and(|t| t.free_return_shipping)
        || (exchange && !exchange_pays_fee);
    let replacement_shipping = match (&request.exchange, pricing.replacement_shipping) {
        (None, _) => None,
        (Some(_), ReplacementShipping::Free) => Some(Money::zero(cur)),
        (Some(_), ReplacementShipping::Flat { amount }) => {
            Some(Money::unrounded(amount, cur).round(RoundingMode::HalfUp))
        }
        (Some(x), ReplacementShipping::Host) => {
            let s = x.shipping.ok_or_else(|| {
                rerr(
                    ErrorKind::InvalidAmount,
                    "the policy prices the replacement's shipping by the host: pass exchange.shipping",
                )
            })?;
            if s.currency() != cur || s.is_negative() {
                return Err(rerr(
                    ErrorKind::InvalidAmount,
                    "the replacement's shipping must be a non-negative amount in the order currency",
                ));
            }
            Some(s)
        }
    };
    let fee_amount = policy.return_shipping_fee.amount.unwrap_or_default();
    let return_shipping_fee =
        if waived_shipping { Money::zero(cur) } else { Money::unrounded(fee_amount, cur).round(RoundingMode::HalfUp) };
    Ok(ReturnTerms {
        method: report.method,
        store_credit_bonus_percent: policy.refunds.store_credit_bonus_percent,
        return_shipping_fee,
        refund_shipping_when_whole: policy.shipping_refund.when_whole_order_returned,
        refund_shipping_for_reason: reasons.iter().any(|r| policy.shipping_refund.for_reasons.contains(r)),
        exchange: request.exchange.clone(),
        replacement_shipping,
    })
}

impl Order {
    /// Opens a return on the order: evaluates the request, decides the events and applies them.
    /// The one door a host (and every binding) opens a return through; returns the report, which
    /// explains every decision, and the new events to store (empty for a retried key).
    ///
    /// ```
    /// use postpurchase::returns::{EligibilityContext, ReturnPolicy, ReturnRequest};
    /// # use postpurchase::*;
    /// # let now = chrono::DateTime::from_timestamp(1_772_355_600, 0).unwrap();
    /// # let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
    /// # let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("USD")?, now)
    /// #     .line(NewLine::new(LineId::new("l-1")?, Sku::new("MUG")?, "Mug", 1, Money::parse("12.50", "USD")?))
    /// #     .build();
    /// let mut order = Order::from_events(&Order::place(new, &meta("place"))?)?;
    /// let request: ReturnRequest = serde_json::from_value(serde_json::json!({
    ///     "id": "r-1", "customer": "c-1", "method": "original_payment",
    ///     "lines": [{"line": "l-1", "quantity": 1, "reason": "changed_mind"}]
    /// })).unwrap();
    /// let (report, events) =
    ///     order.open_return(&request, &ReturnPolicy::default(), &EligibilityContext::default(), &meta("r"))?;
    /// // nothing was shipped yet, so nothing can be returned: the request is recorded as denied
    /// assert!(!report.lines.is_empty() && events.len() == 1);
    /// assert_eq!(order.version(), 2, "the events are already applied");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`request_return`]; nothing changes on error.
    pub fn open_return(
        &mut self,
        request: &ReturnRequest,
        policy: &ReturnPolicy,
        ctx: &EligibilityContext,
        meta: &CommandMeta,
    ) -> Result<(EligibilityReport, Vec<OrderEvent>)> {
        let (report, events) = request_return(self, request, policy, ctx, meta)?;
        for e in &events {
            self.apply(e);
        }
        Ok((report, events))
    }
}

/// Decides a return request against the order without changing it (what
/// [`Order::open_return`] decides before it applies the events).
///
/// Lines that are not denied are reserved on the order at once, so a unit can be in at most one
/// open return. When every line is allowed and the policy auto-approves, the return is approved
/// in the same step. Returns the report and the events; the report explains every decision.
///
/// # Errors
/// As [`evaluate`], plus [`ErrorKind::DuplicateReturn`] for a reused return id and
/// [`ErrorKind::IdempotencyConflict`] for a reused key.
pub fn request_return(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    meta: &CommandMeta,
) -> Result<(EligibilityReport, Vec<OrderEvent>)> {
    crate::instant::check_instant(meta.now, "now")?;
    let fp = crate::fingerprint::Fingerprint::of("return_request", request);
    let stored = order.processed.get(&meta.key).map(AsRef::as_ref);
    let same = |seen: &str| fp.matches_command(seen, "return_request", request);
    if admit(stored, same, order.id.as_str(), order.version, meta)? == Admission::Repeat {
        let case = order.return_case(&request.id)?;
        return Ok((EligibilityReport::clone(&case.report), Vec::new()));
    }
    let changes = decide_request(order, request, policy, ctx, meta.now)?;
    let report = requested_report(&changes)
        .map(|r| EligibilityReport::clone(r))
        .ok_or_else(|| rerr(ErrorKind::Internal, "no request decided"))?;
    let events = changes
        .into_iter()
        .map(|change| {
            OrderEvent::new(meta.key.clone(), fp.as_stored().to_string(), meta.now, OrderChange::Return { change })
        })
        .collect();
    Ok((report, events))
}

/// The eligibility report a decided request carries.
pub(crate) fn requested_report(changes: &[ReturnChange]) -> Option<&std::sync::Arc<EligibilityReport>> {
    changes.iter().find_map(|c| match c {
        ReturnChange::Requested { request } => Some(&request.report),
        _ => None,
    })
}

/// Decides a return request at `now`: the changes it makes (the request with its eligibility
/// report, and its approval when the policy approves allowed requests at once).
pub(crate) fn decide_request(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    now: DateTime<Utc>,
) -> Result<Vec<ReturnChange>> {
    if order.returns.contains_key(&request.id) {
        return Err(rerr(ErrorKind::DuplicateReturn, "return id already used").with("return", &request.id));
    }
    let report = evaluate(order, request, policy, ctx, now)?;
    let terms = return_terms(order, request, &report, policy, ctx)?;
    let lines: Vec<RequestedReturnLine> = report
        .lines
        .iter()
        .map(|d| {
            let restocking_fee = if policy.restocking_fee.waived_for.contains(&d.reason) {
                None
            } else {
                policy.restocking_fee.per_reason.get(&d.reason).copied().or(policy.restocking_fee.default)
            };
            let reserved = if d.outcome == Outcome::Denied { 0 } else { d.quantity };
            RequestedReturnLine {
                line: d.line.clone(),
                requested: d.quantity,
                reason: d.reason,
                outcome: d.outcome,
                reserved,
                restocking_fee,
            }
        })
        .collect();
    let status = if report.outcome == Outcome::Denied { ReturnStatus::Declined } else { ReturnStatus::Requested };
    let auto_approve = report.outcome == Outcome::Allowed && policy.auto_approve;
    let approve: Vec<LineQuantity> = report
        .lines
        .iter()
        .filter(|d| auto_approve && d.outcome == Outcome::Allowed)
        .map(|d| LineQuantity { line: d.line.clone(), quantity: d.quantity })
        .collect();
    let approval = auto_approve.then(|| {
        let decided = plan_approval(lines.iter().map(|l| (&l.line, 0, l.reserved)), &approve);
        ReturnChange::Approved {
            return_id: request.id.clone(),
            lines: approve,
            override_reason: None,
            decided: Some(decided),
        }
    });
    let decided = RequestedReturn {
        id: request.id.clone(),
        customer: request.customer.clone(),
        status,
        lines,
        terms,
        decline_reason: (status == ReturnStatus::Declined).then(|| "every line was denied by the policy".to_string()),
        report: report.into(),
    };
    let mut changes = Vec::with_capacity(2);
    changes.push(ReturnChange::Requested { request: decided });
    changes.extend(approval);
    Ok(changes)
}

/// The status a refund leaves its return in: `credited` when every payout went to store credit.
pub(crate) fn refund_status(breakdown: &RefundBreakdown) -> ReturnStatus {
    let all_credit = breakdown.payouts.iter().all(|p| p.destination == RefundDestination::StoreCredit);
    if all_credit && !breakdown.payouts.is_empty() { ReturnStatus::Credited } else { ReturnStatus::Refunded }
}

impl Order {
    /// Looks up a return.
    ///
    /// # Errors
    /// [`ErrorKind::UnknownReturn`].
    pub fn return_case(&self, id: &ReturnId) -> Result<&ReturnCase> {
        self.returns
            .get(id)
            .map(|c| &**c)
            .ok_or_else(|| rerr(ErrorKind::UnknownReturn, "no such return on the order").with("return", id))
    }

    pub(crate) fn decide_return(&self, cmd: &ReturnCommand, meta: &CommandMeta) -> Result<Vec<ReturnChange>> {
        use ReturnCommand as C;
        use ReturnStatus as S;
        match cmd {
            C::Request { .. } => Err(rerr(
                ErrorKind::InvalidInput,
                "a return request is decided against the return policy: pass it in OrderContext (Order::handle_with)",
            )),
            C::Approve { return_id, override_reason } => self.decide_approve(return_id, override_reason),
            C::Decline { return_id, reason } => {
                let case = self.return_case(return_id)?;
                if case.status != S::Requested {
                    return Err(transition("only a requested return can be declined"));
                }
                Ok(vec![ReturnChange::Declined { return_id: return_id.clone(), reason: reason.clone() }])
            }
            C::IssueLabel { return_id, carrier, tracking_number } => {
                let case = self.return_case(return_id)?;
                if case.status != S::Approved {
                    return Err(transition("a label needs an approved return"));
                }
                Ok(vec![ReturnChange::LabelIssued {
                    return_id: return_id.clone(),
                    carrier: carrier.clone(),
                    tracking_number: tracking_number.clone(),
                }])
            }
            C::RecordTracking { return_id, event } => {
                let case = self.return_case(return_id)?;
                if !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit | S::Received) {
                    return Err(transition("tracking needs an approved return"));
                }
                let status = Some(status_after_scan(case, event));
                Ok(vec![ReturnChange::TrackingRecorded { return_id: return_id.clone(), event: event.clone(), status }])
            }
            C::Receive { return_id, items } => self.decide_receive(return_id, items),
            C::Refund { return_id, payment_order } => self.decide_refund(return_id, payment_order),
            C::RecordRefund { return_id, payouts } => self.decide_recorded_refund(return_id, payouts),
            C::Cancel { return_id } => {
                let case = self.return_case(return_id)?;
                // once items are in, only a return that would refund nothing can be closed this way
                let received = case.lines.iter().any(|l| l.received_total() > 0);
                let refund_is_nothing =
                    || refund::compute(self, case, &[]).is_err_and(|e| e.kind() == ErrorKind::ReturnNothingToRefund);
                if case.status.is_closed() || (received && !refund_is_nothing()) {
                    return Err(transition(
                        "a return can be cancelled only while open, and once items are received only when it would refund nothing",
                    ));
                }
                Ok(vec![ReturnChange::Cancelled { return_id: return_id.clone() }])
            }
            C::ShipAdvanceReplacement { return_id, deadline } => self.decide_advance(return_id, deadline, meta),
            C::ChargeUnreturnedExchange { return_id } => self.decide_charge(return_id, meta),
            C::Claim { claim_id, lines, resolution, payment_order } => {
                self.decide_claim(claim_id, lines, resolution, payment_order)
            }
        }
    }

    fn decide_advance(
        &self,
        return_id: &ReturnId,
        deadline: &DateTime<Utc>,
        meta: &CommandMeta,
    ) -> Result<Vec<ReturnChange>> {
        use ReturnStatus as S;
        let case = self.return_case(return_id)?;
        let advance = case.terms.exchange.as_ref().is_some_and(|x| x.advance);
        if !advance
            || case.advance_deadline.is_some()
            || !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit)
        {
            return Err(transition("an advance replacement needs an approved advance exchange, shipped once"));
        }
        if *deadline <= meta.now {
            return Err(rerr(ErrorKind::InvalidInput, "the deadline must be in the future"));
        }
        Ok(vec![ReturnChange::AdvanceReplacementShipped { return_id: return_id.clone(), deadline: *deadline }])
    }

    fn decide_charge(&self, return_id: &ReturnId, meta: &CommandMeta) -> Result<Vec<ReturnChange>> {
        let case = self.return_case(return_id)?;
        let Some(deadline) = case.advance_deadline else {
            return Err(transition("no advance replacement was shipped"));
        };
        if case.status.is_closed() || case.lines.iter().any(|l| l.received_total() > 0) {
            return Err(transition("the return arrived or is closed"));
        }
        if meta.now <= deadline {
            return Err(rerr(ErrorKind::ExchangeDeadlineNotReached, "the deadline has not passed")
                .with("deadline", deadline.to_rfc3339()));
        }
        let amount = case.terms.exchange.as_ref().map_or_else(|| Money::zero(self.currency), |x| x.price);
        Ok(vec![ReturnChange::ExchangeCharged { return_id: return_id.clone(), amount }])
    }

    fn decide_refund(&self, return_id: &ReturnId, payment_order: &[PaymentId]) -> Result<Vec<ReturnChange>> {
        use ReturnStatus as S;
        let case = self.return_case(return_id)?;
        if case.status != S::Received {
            return Err(transition("only a received return can be refunded"));
        }
        let breakdown = refund::compute(self, case, payment_order)?;
        if case.terms.method == RefundMethod::Exchange {
            let settlement = refund::settle_exchange(&breakdown, case)?;
            return Ok(vec![ReturnChange::Exchanged { return_id: return_id.clone(), breakdown, settlement }]);
        }
        let status = refund_status(&breakdown);
        Ok(vec![ReturnChange::Refunded { return_id: return_id.clone(), breakdown, status }])
    }

    fn decide_recorded_refund(&self, return_id: &ReturnId, payouts: &[RefundPayout]) -> Result<Vec<ReturnChange>> {
        use ReturnStatus as S;
        let case = self.return_case(return_id)?;
        if case.status != S::Received {
            return Err(transition("only a received return can be refunded"));
        }
        if case.terms.method == RefundMethod::Exchange {
            return Err(transition("an exchange is settled by the refund command, not recorded"));
        }
        let quote = refund::compute(self, case, &[])?;
        let breakdown = refund::record_paid(self, quote, payouts)?;
        let status = refund_status(&breakdown);
        Ok(vec![ReturnChange::Refunded { return_id: return_id.clone(), breakdown, status }])
    }

    fn decide_approve(&self, return_id: &ReturnId, override_reason: &Option<String>) -> Result<Vec<ReturnChange>> {
        use ReturnStatus as S;
        let case = self.return_case(return_id)?;
        if !matches!(case.status, S::Requested | S::Declined) {
            return Err(transition("only a requested or declined return can be approved"));
        }
        let overriding = override_reason.as_ref().is_some_and(|r| !r.trim().is_empty());
        if case.status == S::Declined && !overriding {
            return Err(transition("a declined return can only be approved with an override reason"));
        }
        let mut lines = Vec::new();
        for l in &case.lines {
            if l.outcome != Outcome::Denied {
                lines.push(LineQuantity { line: l.line.clone(), quantity: l.requested });
            } else if overriding {
                // the override cannot break the counters: check what is still returnable
                let line = self.line(&l.line)?;
                let free = line.counts.shipped.saturating_sub(line.counts.return_requested);
                let already: u32 = lines.iter().filter(|q| q.line == l.line).map(|q| q.quantity).sum();
                if l.requested > free.saturating_sub(already) {
                    return Err(rerr(
                        ErrorKind::ReturnQuantityExceedsReturnable,
                        "not enough shipped units left to return",
                    )
                    .with("line", &l.line)
                    .with("returnable", free.saturating_sub(already)));
                }
                lines.push(LineQuantity { line: l.line.clone(), quantity: l.requested });
            }
        }
        if lines.is_empty() {
            return Err(transition("nothing to approve; decline instead or override"));
        }
        let override_reason = if overriding { override_reason.clone() } else { None };
        let decided = plan_approval(case.lines.iter().map(|l| (&l.line, l.approved, l.reserved)), &lines);
        Ok(vec![ReturnChange::Approved {
            return_id: return_id.clone(),
            lines,
            override_reason,
            decided: Some(decided),
        }])
    }

    fn decide_receive(&self, return_id: &ReturnId, items: &[ReceivedItem]) -> Result<Vec<ReturnChange>> {
        use ReturnStatus as S;
        let case = self.return_case(return_id)?;
        if !matches!(case.status, S::Approved | S::LabelIssued | S::InTransit | S::Received) {
            return Err(transition("only an approved return can receive items"));
        }
        if items.is_empty() {
            return Err(rerr(ErrorKind::InvalidQuantity, "nothing received"));
        }
        let mut per_line: BTreeMap<&LineId, u32> = BTreeMap::new();
        for it in items {
            if it.quantity == 0 {
                return Err(rerr(ErrorKind::InvalidQuantity, "quantity must be at least 1").with("line", &it.line));
            }
            let e = per_line.entry(&it.line).or_insert(0);
            *e = e.saturating_add(it.quantity);
        }
        let positions = case.first_positions();
        for (id, q) in per_line {
            let rl = positions.get(&case.lines, id).and_then(|i| case.lines.get(i)).ok_or_else(|| {
                rerr(ErrorKind::ReturnQuantityExceedsRequested, "the line is not part of this return").with("line", id)
            })?;
            if rl.received_total().saturating_add(q) > rl.approved {
                return Err(rerr(ErrorKind::ReturnQuantityExceedsRequested, "more units received than were approved")
                    .with("line", id)
                    .with("approved", rl.approved)
                    .with("already_received", rl.received_total()));
            }
        }
        Ok(vec![ReturnChange::Received { return_id: return_id.clone(), items: items.to_vec() }])
    }

    /// Units of `line` settled by transit claims so far: (refunded, replaced).
    pub(crate) fn claimed_units(&self, line: &LineId) -> (u32, u32) {
        let mut out = (0u32, 0u32);
        for case in self.returns.values().filter(|c| c.is_claim()) {
            for l in case.lines.iter().filter(|l| &l.line == line) {
                if case.status == ReturnStatus::Refunded {
                    out.0 = out.0.saturating_add(l.requested);
                } else {
                    out.1 = out.1.saturating_add(l.requested);
                }
            }
        }
        out
    }

    fn decide_claim(
        &self,
        claim_id: &ReturnId,
        lines: &[LineQuantity],
        resolution: &ClaimResolution,
        payment_order: &[PaymentId],
    ) -> Result<Vec<ReturnChange>> {
        if self.returns.contains_key(claim_id) {
            return Err(rerr(ErrorKind::DuplicateReturn, "return id already used").with("return", claim_id));
        }
        if lines.is_empty() {
            return Err(rerr(ErrorKind::InvalidQuantity, "a claim needs at least one unit"));
        }
        let mut asked: BTreeMap<&LineId, u32> = BTreeMap::new();
        for lq in lines {
            let line = self.line(&lq.line)?;
            let c = &line.counts;
            // units already settled: in a return, refunded or replaced by a claim, or refunded
            // without coming back (missing)
            let (by_refund, by_replacement) = self.claimed_units(&lq.line);
            let other_unreturned = c.refunded.saturating_sub(c.returned.min(c.refunded)).saturating_sub(by_refund);
            let before = asked.entry(&lq.line).or_insert(0);
            let claimable = c
                .shipped
                .saturating_sub(c.return_requested)
                .saturating_sub(by_refund)
                .saturating_sub(by_replacement)
                .saturating_sub(other_unreturned)
                .saturating_sub(*before);
            *before = before.saturating_add(lq.quantity);
            if lq.quantity == 0 || lq.quantity > claimable {
                return Err(rerr(
                    ErrorKind::ReturnQuantityExceedsReturnable,
                    "more units than were shipped and not returned or refunded",
                )
                .with("line", &lq.line)
                .with("claimable", claimable));
            }
        }
        let breakdown = match resolution {
            ClaimResolution::Refund => Some(refund::compute_claim(self, lines, payment_order)?),
            ClaimResolution::Replacement => None,
        };
        Ok(vec![ReturnChange::ClaimResolved {
            claim_id: claim_id.clone(),
            lines: lines.to_vec(),
            resolution: *resolution,
            breakdown,
        }])
    }
}
