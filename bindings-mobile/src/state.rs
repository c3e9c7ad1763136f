//! Orders (and, in `member`, loyalty members) that keep their state on the Rust side: built once
//! from the stored events or entries (`Order.fromEvents`, `Member.fromEntries`), then every command
//! applies in place and balances, statuses and versions read without parsing anything again.
//! Orders, commands, events and ledger entries are typed records and sealed classes generated
//! from the core's contract (`crate::contract`); each call also has a JSON-text twin
//! (`placeJson`, `handleJson`, `fromEventsJson`…) for hosts that store the JSON as it is. The JSON
//! event-list functions (`handleOrderCommand`, `loyaltyCommand`) stay for hosts that keep no
//! object between calls.
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use postpurchase as pp;

use crate::order::summarise_with;
use crate::wire::{from_core, to_core};
use crate::{
    NewOrder, OrderCommand, OrderEvent, OrderSummary, PostPurchaseError, Result, dump, meta, meta_expecting, parse,
};

/// The state behind a lock, or an internal error when an earlier call panicked while holding it.
pub(crate) fn locked<T>(m: &Mutex<T>) -> Result<MutexGuard<'_, T>> {
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
