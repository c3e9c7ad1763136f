//! Notification signals derived from order events: one per status change per shipment, never
//! one per carrier scan.

use std::collections::BTreeMap;

use postpurchase_notify::{NotificationKind, Signal};

use crate::order::{Order, OrderChange, OrderEvent};
use crate::returns::ReturnChange;
use crate::tracking::{TrackingStatus, merchant_status};

fn shipment_kind(status: TrackingStatus, delayed: bool) -> Option<NotificationKind> {
    use NotificationKind as K;
    Some(match status {
        TrackingStatus::InTransit if delayed => K::InTransitDelayed,
        TrackingStatus::InTransit => K::Shipped,
        TrackingStatus::OutForDelivery => K::OutForDelivery,
        TrackingStatus::AvailableForPickup => K::AvailableForPickup,
        TrackingStatus::AttemptFailed => K::DeliveryAttemptFailed,
        TrackingStatus::Exception
        | TrackingStatus::Expired
        | TrackingStatus::ReturningToSender
        | TrackingStatus::ReturnedToSender => K::DeliveryException,
        TrackingStatus::Delivered => K::Delivered,
        TrackingStatus::Lost => K::PresumedLost,
        _ => return None,
    })
}

/// The notification a return event raises: its kind, the return id and, for refunds, the amount.
fn return_signal(change: &ReturnChange) -> Option<(NotificationKind, String, Option<String>)> {
    use NotificationKind as K;
    Some(match change {
        ReturnChange::Requested { request } if request.status == crate::returns::ReturnStatus::Declined => {
            (K::ReturnDeclined, request.id.to_string(), None)
        }
        ReturnChange::Requested { request } => (K::ReturnRequested, request.id.to_string(), None),
        ReturnChange::Approved { return_id, .. } => (K::ReturnApproved, return_id.to_string(), None),
        ReturnChange::Declined { return_id, .. } => (K::ReturnDeclined, return_id.to_string(), None),
        ReturnChange::LabelIssued { return_id, .. } => (K::ReturnLabelIssued, return_id.to_string(), None),
        ReturnChange::Received { return_id, .. } => (K::ReturnReceived, return_id.to_string(), None),
        ReturnChange::Refunded { return_id, breakdown, .. } => {
            (K::ReturnRefunded, return_id.to_string(), Some(breakdown.total.to_string()))
        }
        ReturnChange::Exchanged { return_id, .. } => (K::ReturnExchanged, return_id.to_string(), None),
        _ => return None,
    })
}

/// Signals for a batch of order events, given the order before them: one per shipment status
/// change (not per scan), "all parts delivered" for split orders, a review request per delivered
/// line, and the return lifecycle messages.
pub fn signals_from_order_events(before: &Order, events: &[OrderEvent]) -> Vec<Signal> {
    use NotificationKind as K;
    let mut state = before.clone();
    let mut out = Vec::new();
    let sig = |kind, at, subject: String, payload: BTreeMap<String, String>| Signal {
        kind,
        customer: before.customer.clone(),
        occurred_at: at,
        subject,
        payload,
    };
    for e in events {
        // only shipment events compare before and after: keep that one shipment, not the order
        let prev = match &e.change {
            OrderChange::TrackingRecorded { shipment, .. } | OrderChange::ShipmentDelivered { shipment, .. } => {
                state.shipments.get(shipment).cloned()
            }
            _ => None,
        };
        state.apply(e);
        let order = state.id.to_string();
        let mut payload = BTreeMap::from([("order".to_string(), order.clone())]);
        match &e.change {
            OrderChange::Confirmed => out.push(sig(K::OrderConfirmed, e.at, order.clone(), payload)),
            OrderChange::UnitsCancelled { .. } if state.lines.iter().all(|l| l.counts.active() == 0) => {
                out.push(sig(K::OrderCancelled, e.at, order.clone(), payload));
            }
            OrderChange::TrackingRecorded { shipment, event } => {
                let (Some(a), Some(b)) = (prev.as_ref(), state.shipments.get(shipment)) else {
                    continue;
                };
                let (was, now) = (merchant_status(&a.events), merchant_status(&b.events));
                let newly_delayed = event.delayed && !a.events.iter().any(|e| e.delayed);
                if newly_delayed && was == now && a.delivered_at.is_none() {
                    payload.insert("shipment".into(), shipment.to_string());
                    out.push(sig(
                        K::InTransitDelayed,
                        event.occurred_at,
                        format!("{order}/{shipment}/delayed"),
                        payload.clone(),
                    ));
                }
                if was != now && a.delivered_at.is_none() {
                    if let Some(kind) = shipment_kind(now, event.delayed) {
                        payload.insert("shipment".into(), shipment.to_string());
                        payload.insert("status".into(), now.as_str().into());
                        out.push(sig(kind, event.occurred_at, format!("{order}/{shipment}/{}", now.as_str()), payload));
                    }
                }
            }
            OrderChange::ShipmentDelivered { shipment, at } => {
                let via_scan = prev.as_ref().is_some_and(|s| merchant_status(&s.events) == TrackingStatus::Delivered);
                if !via_scan && prev.as_ref().is_some_and(|s| s.delivered_at.is_none()) {
                    payload.insert("shipment".into(), shipment.to_string());
                    out.push(sig(K::Delivered, *at, format!("{order}/{shipment}/delivered"), payload.clone()));
                }
                if let Some(s) = state.shipments.get(shipment) {
                    for lq in &s.spec.lines {
                        let mut about = payload.clone();
                        about.insert("line".into(), lq.line.to_string());
                        out.push(sig(K::ReviewRequest, *at, format!("{order}:{}", lq.line), about));
                    }
                }
                if state.shipments.len() > 1 && state.shipments.values().all(|s| s.delivered_at.is_some()) {
                    out.push(sig(K::AllPartsDelivered, *at, order.clone(), payload));
                }
            }
            OrderChange::Return { change } => {
                let Some((kind, id, amount)) = return_signal(change) else { continue };
                if let Some(a) = amount {
                    payload.insert("amount".into(), a);
                }
                payload.insert("return".into(), id.clone());
                out.push(sig(kind, e.at, format!("{order}/{id}"), payload));
            }
            _ => {}
        }
    }
    out
}
