//! Quotes and previews: what a refund or a return would pay, without changing the order.

use super::*;

/// Previews the refund a return would pay now for what it has received (no state change).
///
/// # Errors
/// [`ErrorKind::UnknownReturn`], [`ErrorKind::ReturnNothingToRefund`].
pub fn refund_quote(order: &Order, return_id: &ReturnId, payment_order: &[PaymentId]) -> Result<RefundBreakdown> {
    let case = order.return_case(return_id)?;
    refund::compute(order, case, payment_order)
}

/// What a return request would lead to if it were made now: the eligibility decision and, for
/// the lines that are not denied, the refund it would pay once everything arrives resellable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnPreview {
    /// The decision, as [`evaluate`] gives it.
    pub report: EligibilityReport,
    /// The refund for the lines that are not denied (pending review where a line needs it);
    /// `None` when every line is denied or nothing would be refunded.
    pub refund: Option<RefundBreakdown>,
}

/// Previews a return without changing the order: the decision and the refund it would pay when
/// the approved units come back resellable, with the policy's fees, shipping rules and the cap
/// on what was captured. For "can I still return this, and what would I get back?".
///
/// # Errors
/// As [`request_return`].
pub fn preview(
    order: &Order,
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    ctx: &EligibilityContext,
    now: DateTime<Utc>,
) -> Result<ReturnPreview> {
    let mut draft = order.clone();
    // short keys the order has not used (never derived from the return id, which may already be
    // at the id length limit)
    let fresh = |draft: &Order, step: &str| -> Result<CommandMeta> {
        let key = (0u32..=u32::MAX)
            .map(|n| format!("preview-{step}-{n}"))
            .find(|k| IdempotencyKey::new(k.as_str()).is_ok_and(|k| !draft.processed.contains_key(&k)))
            .ok_or_else(|| rerr(ErrorKind::InvalidInput, "no free preview key"))?;
        Ok(CommandMeta::new(IdempotencyKey::new(key)?, now))
    };
    let meta = fresh(&draft, "request")?;
    let (report, events) = request_return(&draft, request, policy, ctx, &meta)?;
    if report.outcome == Outcome::Denied {
        return Ok(ReturnPreview { report, refund: None });
    }
    for e in &events {
        draft.apply(e);
    }
    if draft.return_case(&request.id)?.status == ReturnStatus::Requested {
        let approve = ReturnCommand::Approve { return_id: request.id.clone(), override_reason: None };
        let m = fresh(&draft, "approve")?;
        handle_return(&mut draft, approve, &m)?;
    }
    let items: Vec<ReceivedItem> = draft
        .return_case(&request.id)?
        .lines
        .iter()
        .filter(|l| l.approved > 0)
        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved, condition: ItemCondition::Resellable })
        .collect();
    if items.is_empty() {
        return Ok(ReturnPreview { report, refund: None });
    }
    let m = fresh(&draft, "receive")?;
    handle_return(&mut draft, ReturnCommand::Receive { return_id: request.id.clone(), items }, &m)?;
    match refund_quote(&draft, &request.id, &[]) {
        Ok(refund) => Ok(ReturnPreview { report, refund: Some(refund) }),
        Err(e) if e.kind() == ErrorKind::ReturnNothingToRefund => Ok(ReturnPreview { report, refund: None }),
        Err(e) => Err(e),
    }
}

/// Sends a return command to an order: shorthand for [`Order::handle`] with [`OrderCommand::Return`].
///
/// # Errors
/// As [`Order::handle`].
pub fn handle_return(order: &mut Order, command: ReturnCommand, meta: &CommandMeta) -> Result<Vec<OrderEvent>> {
    order.handle(&OrderCommand::Return { command }, meta)
}
