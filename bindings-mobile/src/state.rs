//! Orders and loyalty members that keep their state on the Rust side: built once from the
//! stored events or entries (`Order.fromEvents`, `Member.fromEntries`), then every command
//! applies in place and balances, statuses and versions read without parsing anything again.
//! Orders, commands, events and ledger entries are typed records and sealed classes generated
//! from the core's contract (`crate::contract`); each call also has a JSON-text twin
//! (`placeJson`, `handleJson`, `fromEventsJson`…) for hosts that store the JSON as it is. The JSON
//! event-list functions (`handleOrderCommand`, `loyaltyCommand`) stay for hosts that keep no
//! object between calls.
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use postpurchase as pp;
use postpurchase::loyalty as l;

use crate::loyalty::{LoyaltyProgramme, status};
use crate::order::summarise_with;
use crate::wire::{from_core, to_core};
use crate::{
    LedgerEntry, LoyaltyCommand, LoyaltyStatus, NewOrder, OrderCommand, OrderEvent, OrderSummary, PostPurchaseError,
    Result, dump, meta, meta_expecting, parse,
};

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
    /// Rebuilds an order from its stored events.
    #[uniffi::constructor]
    pub fn from_events(events: Vec<OrderEvent>) -> Result<Arc<Self>> {
        crate::guard(|| Order::rebuilt(to_core(&events, "order events")?))
    }

    /// Rebuilds an order from its stored events as JSON text (a list, the core's shape).
    #[uniffi::constructor]
    pub fn from_events_json(events_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Order::rebuilt(parse("order events", &events_json)?))
    }

    /// Places an order under an idempotency key.
    #[uniffi::constructor]
    pub fn place(order: NewOrder, key: String, now: SystemTime) -> Result<Arc<Self>> {
        crate::guard(|| Order::placed(to_core(&order, "order")?, &key, now))
    }

    /// Places an order given as JSON text in the core's `NewOrder` shape.
    #[uniffi::constructor]
    pub fn place_json(order_json: String, key: String, now: SystemTime) -> Result<Arc<Self>> {
        crate::guard(|| Order::placed(parse("order", &order_json)?, &key, now))
    }

    /// Runs a command and returns the new events to store (none for a repeated key). With
    /// `expected_version` (the version the caller read), a command decided against an order
    /// that has moved on fails with `ConcurrencyConflict`; a refused command changes nothing.
    #[uniffi::method(default(expected_version = None))]
    pub fn handle(
        &self,
        command: OrderCommand,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<OrderEvent>> {
        crate::guard(|| {
            from_core(&self.apply(&to_core(&command, "order command")?, &key, now, expected_version)?, "events")
        })
    }

    /// As `handle`, with the command as JSON text in the core's `OrderCommand` shape; the new
    /// events come back as JSON text (a list).
    #[uniffi::method(default(expected_version = None))]
    pub fn handle_json(
        &self,
        command_json: String,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<String> {
        crate::guard(|| dump(&self.apply(&parse("order command", &command_json)?, &key, now, expected_version)?))
    }

    /// Every event so far: the order's state of record.
    pub fn events(&self) -> Result<Vec<OrderEvent>> {
        crate::guard(|| from_core(&locked(&self.inner)?.events, "events"))
    }

    /// The derived state at `now`, with each shipment's delay under the shop's `thresholds`
    /// (the defaults when absent).
    #[uniffi::method(default(thresholds = None))]
    pub fn summary(&self, now: SystemTime, thresholds: Option<crate::DelayThresholds>) -> Result<OrderSummary> {
        crate::guard(|| summarise_with(&locked(&self.inner)?.order, now, thresholds))
    }

    /// Events applied so far.
    pub fn version(&self) -> Result<u64> {
        crate::guard(|| Ok(locked(&self.inner)?.order.version()))
    }

    /// Every event so far as JSON text (a list): the order's state of record, to store as it is.
    pub fn events_json(&self) -> Result<String> {
        crate::guard(|| dump(&locked(&self.inner)?.events))
    }
}

impl Order {
    fn rebuilt(events: Vec<pp::OrderEvent>) -> Result<Arc<Self>> {
        let order = pp::Order::from_events(&events)?;
        Ok(Arc::new(Order { inner: Mutex::new(OrderInner { order, events }) }))
    }

    fn placed(new: pp::NewOrder, key: &str, now: SystemTime) -> Result<Arc<Self>> {
        Order::rebuilt(pp::Order::place(new, &meta(key, now)?)?)
    }

    /// Decides and applies a command; the new events.
    fn apply(
        &self,
        command: &pp::OrderCommand,
        key: &str,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<pp::OrderEvent>> {
        let mut inner = locked(&self.inner)?;
        let new = inner.order.handle(command, &meta_expecting(key, now, expected_version)?)?;
        inner.events.extend(new.iter().cloned());
        Ok(new)
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
        crate::guard(|| Member::rebuilt(&customer, Vec::new()))
    }

    /// Rebuilds a member from its stored ledger entries.
    #[uniffi::constructor]
    pub fn from_entries(customer: String, entries: Vec<LedgerEntry>) -> Result<Arc<Self>> {
        crate::guard(|| Member::rebuilt(&customer, to_core(&entries, "loyalty entries")?))
    }

    /// Rebuilds a member from its stored ledger entries as JSON text (a list, the core's shape).
    #[uniffi::constructor]
    pub fn from_entries_json(customer: String, entries_json: String) -> Result<Arc<Self>> {
        crate::guard(|| Member::rebuilt(&customer, parse("loyalty entries", &entries_json)?))
    }

    /// Runs a loyalty command under `programme` and returns the new entries to store. With
    /// `expected_version`, a stale one fails with `ConcurrencyConflict`.
    #[uniffi::method(default(expected_version = None))]
    pub fn handle(
        &self,
        command: LoyaltyCommand,
        programme: Arc<LoyaltyProgramme>,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<LedgerEntry>> {
        crate::guard(|| {
            let cmd = to_core(&command, "loyalty command")?;
            from_core(&self.apply(&cmd, &programme, &key, now, expected_version)?, "entries")
        })
    }

    /// As `handle`, with the command as JSON text in the core's `LoyaltyCommand` shape; the new
    /// entries come back as JSON text (a list).
    #[uniffi::method(default(expected_version = None))]
    pub fn handle_json(
        &self,
        command_json: String,
        programme: Arc<LoyaltyProgramme>,
        key: String,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<String> {
        crate::guard(|| {
            let cmd = parse("loyalty command", &command_json)?;
            dump(&self.apply(&cmd, &programme, &key, now, expected_version)?)
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

    /// Every entry so far: the ledger of record.
    pub fn entries(&self) -> Result<Vec<LedgerEntry>> {
        crate::guard(|| from_core(&locked(&self.inner)?.entries, "entries"))
    }

    /// Every entry so far as JSON text (a list): the ledger of record, to store as it is.
    pub fn entries_json(&self) -> Result<String> {
        crate::guard(|| dump(&locked(&self.inner)?.entries))
    }
}

impl Member {
    fn rebuilt(customer: &str, entries: Vec<l::Entry>) -> Result<Arc<Self>> {
        let member = l::Member::try_from_entries(pp::CustomerId::new(customer)?, &entries)?;
        Ok(Arc::new(Member { inner: Mutex::new(MemberInner { member, entries }) }))
    }

    /// Decides and applies a command; the new entries.
    fn apply(
        &self,
        command: &l::LoyaltyCommand,
        programme: &LoyaltyProgramme,
        key: &str,
        now: SystemTime,
        expected_version: Option<i64>,
    ) -> Result<Vec<l::Entry>> {
        let mut inner = locked(&self.inner)?;
        let MemberInner { member, entries } = &mut *inner;
        let version = member.version();
        let new = member.handle(command, &programme.inner, &meta_expecting(key, now, expected_version)?, version)?;
        let new = new.to_vec();
        entries.extend_from_slice(&new);
        Ok(new)
    }
}
