//! Orders and loyalty members that keep their state on the Rust side: built once from the
//! stored events or entries (`Order.fromEvents`, `Member.fromEntries`), then every command
//! applies in place and balances, statuses and versions read without parsing anything again.
//! The JSON event-list functions (`handleOrderCommand`, `loyaltyCommand`) stay for hosts that
//! keep no object between calls.
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use postpurchase as pp;
use postpurchase::loyalty as l;

use crate::loyalty::{LoyaltyProgramme, LoyaltyStatus, status};
use crate::order::{OrderSummary, summarise};
use crate::{PostPurchaseError, Result, dump, meta, meta_expecting, parse};

/// The state behind a lock, or an internal error when an earlier call panicked while holding it.
fn locked<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>> {
    m.lock().map_err(|_| {
        PostPurchaseError::from(pp::Error::new(
            pp::ErrorKind::Internal,
            "an earlier call failed while changing this object; rebuild it from its stored events",
        ))
    })
}

/// An order and the events it was built from.
struct OrderInner {
    order: pp::Order,
    events: Vec<pp::OrderEvent>,
}

/// An order held natively. Commands apply in place; a refused command changes nothing and a
/// repeated key is a no-op. Store what `handle` returns (the new events) to keep the record.
#[derive(uniffi::Object)]
pub struct Order {
    inner: Mutex<OrderInner>,
}

#[uniffi::export]
impl Order {
    /// Rebuilds an order from its stored events (JSON list, the core's shape).
    #[uniffi::constructor]
    pub fn from_events(events_json: String) -> Result<Arc<Self>> {
        crate::guard(|| {
            let (order, events) = crate::order::rebuild(&events_json)?;
            Ok(Arc::new(Order { inner: Mutex::new(OrderInner { order, events }) }))
        })
    }

    /// Places an order (JSON in the core's `NewOrder` shape) under an idempotency key.
    #[uniffi::constructor]
    pub fn place(order_json: String, key: String, now: SystemTime) -> Result<Arc<Self>> {
        crate::guard(|| {
            let new: pp::NewOrder = parse("order", &order_json)?;
            let events = pp::Order::place(new, &meta(&key, now)?)?;
            let order = pp::Order::from_events(&events)?;
            Ok(Arc::new(Order { inner: Mutex::new(OrderInner { order, events }) }))
        })
    }

    /// Runs a command (JSON in the core's `OrderCommand` shape) and returns the new events
    /// (JSON list). With `expected_version` (the version the caller read), a command decided
    /// against an order that has moved on fails with `ConcurrencyConflict`.
    #[uniffi::method(default(expected_version = None))]
    pub fn handle(
        &self,
        command_json: String,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<String> {
        crate::guard(|| {
            let cmd: pp::OrderCommand = parse("order command", &command_json)?;
            let mut inner = locked(&self.inner)?;
            let new = inner.order.handle(&cmd, &meta_expecting(&key, now, expected_version)?)?;
            let out = dump(&new)?;
            inner.events.extend(new);
            Ok(out)
        })
    }

    /// The derived state at `now`, with each shipment's delay.
    pub fn summary(&self, now: SystemTime) -> Result<OrderSummary> {
        crate::guard(|| summarise(&locked(&self.inner)?.order, now))
    }

    /// Events applied so far.
    pub fn version(&self) -> Result<u64> {
        crate::guard(|| Ok(locked(&self.inner)?.order.version()))
    }

    /// Every event so far (JSON list): the order's state of record.
    pub fn events_json(&self) -> Result<String> {
        crate::guard(|| dump(&locked(&self.inner)?.events))
    }
}

/// A member and the ledger entries it was built from.
struct MemberInner {
    member: l::Member,
    entries: Vec<l::Entry>,
}

/// A loyalty member held natively: balance, pending points and version read in O(1).
#[derive(uniffi::Object)]
pub struct Member {
    inner: Mutex<MemberInner>,
}

#[uniffi::export]
impl Member {
    /// A member with no entries yet.
    #[uniffi::constructor]
    pub fn new(customer: String) -> Result<Arc<Self>> {
        Member::from_entries(customer, "[]".into())
    }

    /// Rebuilds a member from its stored ledger entries (JSON list, the core's shape).
    #[uniffi::constructor]
    pub fn from_entries(customer: String, entries_json: String) -> Result<Arc<Self>> {
        crate::guard(|| {
            let entries: Vec<l::Entry> = parse("loyalty entries", &entries_json)?;
            let member = l::Member::from_entries(pp::CustomerId::new(&customer)?, &entries);
            Ok(Arc::new(Member { inner: Mutex::new(MemberInner { member, entries }) }))
        })
    }

    /// Runs a loyalty command (JSON in the core's `LoyaltyCommand` shape) under `programme` and
    /// returns the new entries (JSON list). With `expected_version`, a stale one fails with
    /// `ConcurrencyConflict`.
    #[uniffi::method(default(expected_version = None))]
    pub fn handle(
        &self,
        command_json: String,
        programme: Arc<LoyaltyProgramme>,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<String> {
        crate::guard(|| {
            let cmd: l::LoyaltyCommand = parse("loyalty command", &command_json)?;
            let mut inner = locked(&self.inner)?;
            let MemberInner { member, entries } = &mut *inner;
            let version = member.version();
            let new = member.handle(&cmd, &programme.inner, &meta_expecting(&key, now, expected_version)?, version)?;
            let out = dump(&new)?;
            entries.extend_from_slice(new);
            Ok(out)
        })
    }

    /// Balance, tier and progress at `now`.
    pub fn status(&self, programme: Arc<LoyaltyProgramme>, now: SystemTime) -> Result<LoyaltyStatus> {
        crate::guard(|| status(&locked(&self.inner)?.member, &programme.inner, now))
    }

    /// Available points.
    pub fn balance(&self) -> Result<i64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.balance()))
    }

    /// Points waiting for delivery and the return window.
    pub fn pending(&self) -> Result<i64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.pending()))
    }

    /// Entries applied so far.
    pub fn version(&self) -> Result<u64> {
        crate::guard(|| Ok(locked(&self.inner)?.member.version()))
    }

    /// Every entry so far (JSON list): the ledger of record.
    pub fn entries_json(&self) -> Result<String> {
        crate::guard(|| dump(&locked(&self.inner)?.entries))
    }
}
