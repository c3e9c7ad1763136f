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
    let changes = decide::decide_request(order, request, policy, ctx, now)?;
    let report =
        decide::requested_report(&changes).cloned().ok_or_else(|| rerr(ErrorKind::Internal, "no request decided"))?;
    let refund = if report.outcome == Outcome::Denied { None } else { draft_refund(order, request, changes, now)? };
    // the draft is gone, so the report is no longer shared
    let report = std::sync::Arc::try_unwrap(report).unwrap_or_else(|shared| (*shared).clone());
    Ok(ReturnPreview { report, refund })
}

/// The refund a decided request would pay once its approved units arrive resellable, worked
/// out on a draft copy of the order. The draft takes the changes directly: no idempotency keys,
/// fingerprints or events are involved.
/// The key the draft's steps are decided under (made once: a preview records nothing).
fn preview_key() -> Result<IdempotencyKey> {
    static KEY: std::sync::OnceLock<Result<IdempotencyKey>> = std::sync::OnceLock::new();
    KEY.get_or_init(|| IdempotencyKey::new("preview")).clone()
}

fn draft_refund(
    order: &Order,
    request: &ReturnRequest,
    changes: Vec<ReturnChange>,
    now: DateTime<Utc>,
) -> Result<Option<RefundBreakdown>> {
    let mut draft = order.draft_for_returns();
    let meta = CommandMeta::new(preview_key()?, now);
    // the changes go straight to the draft's returns: no event, key or version to keep
    let apply = |draft: &mut Order, changes: Vec<ReturnChange>| {
        for change in changes {
            draft.apply_return_owned(change, now);
        }
    };
    apply(&mut draft, changes);
    if draft.return_case(&request.id)?.status == ReturnStatus::Requested {
        let approve = ReturnCommand::Approve { return_id: request.id.clone(), override_reason: None };
        let changes = draft.decide_return(&approve, &meta)?;
        apply(&mut draft, changes);
    }
    let items: Vec<ReceivedItem> = draft
        .return_case(&request.id)?
        .lines
        .iter()
        .filter(|l| l.approved > 0)
        .map(|l| ReceivedItem { line: l.line.clone(), quantity: l.approved, condition: ItemCondition::Resellable })
        .collect();
    if items.is_empty() {
        return Ok(None);
    }
    let changes = draft.decide_return(&ReturnCommand::Receive { return_id: request.id.clone(), items }, &meta)?;
    apply(&mut draft, changes);
    match refund_quote(&draft, &request.id, &[]) {
        Ok(refund) => Ok(Some(refund)),
        Err(e) if e.kind() == ErrorKind::ReturnNothingToRefund => Ok(None),
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
