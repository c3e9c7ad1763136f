"""The order aggregate: place an order, drive it with commands, read derived statuses."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, Dict, List, Mapping, Optional

from . import _native
from ._convert import call, dumps, dumps_stored, load_dict, load_list, loads, order_state, when
from .contract import NewOrder, OrderCommand
from .results import OrderSummary, ReturnSummary


class Order:
    """A placed order. Commands are dicts in the core's JSON shape, e.g.
    ``{"type": "capture_payment", "payment": "p1", "amount": {"amount": Decimal("10"), "currency": "USD"}}``.
    """

    def __init__(self, native: Any, events: List[Dict[str, Any]]) -> None:
        self._native = native
        self.events: List[Dict[str, Any]] = events

    @classmethod
    def place(cls, order: NewOrder, key: str, now: _dt.datetime) -> "Order":
        """Places an order (a dict in the shape of the core's ``NewOrder``, typed by
        :class:`postpurchase.contract.NewOrder`)."""
        native, events = call(_native.NativeOrder.place, dumps(order), key, when(now))
        return cls(native, loads(events))

    @classmethod
    def from_events(cls, events: List[Dict[str, Any]]) -> "Order":
        """Rebuilds an order from its events."""
        return cls(call(_native.NativeOrder.from_events, dumps_stored(events)), list(events))

    def handle(self, command: OrderCommand, key: str, now: _dt.datetime, expected_version: Optional[int] = None) -> List[Dict[str, Any]]:
        """Decides and applies a command; returns the new events (empty for a repeated key).

        With ``expected_version`` (the order's ``version`` when the caller read it), a command
        decided against an order that has moved on raises ``ConcurrencyConflictError``.
        """
        new = load_list(call(self._native.handle, dumps(command), key, when(now), expected_version))
        self.events.extend(new)
        return new

    def summary(self, now: Optional[_dt.datetime] = None, thresholds: Optional[Mapping[str, int]] = None) -> OrderSummary:
        """Statuses, amounts (``Decimal``) and shipments; with ``now``, each shipment's delay
        assessment (late, stalled, presumed lost) at that time, under ``thresholds`` (the shop's
        ``stalled_after_days``, ``lost_after_days_domestic``, ``lost_after_days_international``,
        ``lost_after_promise_hours``; defaults for any left out, as in ``tracking.assess_delay``).

        >>> from datetime import datetime, timezone
        >>> t = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
        >>> o = Order.place({"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": t,
        ...     "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 2,
        ...                "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t)
        >>> s = o.summary(t)
        >>> s.amount_due.amount, s.fulfilment_status
        (Decimal('24.00'), 'unfulfilled')
        """
        text = call(self._native.summary_json, None if now is None else when(now), None if thresholds is None else dumps(dict(thresholds)))
        return OrderSummary.from_dict(load_dict(text))

    def returns(self) -> List[ReturnSummary]:
        """Every return in the order it was opened: its status and, once settled, the refund or
        exchange it paid (amounts as ``Decimal``)."""
        return [ReturnSummary.from_dict(r) for r in load_list(call(self._native.return_summaries_json))]

    @property
    def version(self) -> int:
        """Events applied so far: pass it as ``expected_version`` to detect a concurrent writer."""
        return int(self._native.version)

    @property
    def fulfilment_status(self) -> str:
        """unfulfilled, partially_fulfilled, fulfilled, partially_delivered, delivered, … cancelled."""
        return str(self._native.fulfilment_status)

    @property
    def payment_status(self) -> str:
        """not_paid, authorized, partially_paid, paid, partially_refunded, refunded, voided, or refund_due (paid units were cancelled and the difference is not refunded yet)."""
        return str(self._native.payment_status)

    @property
    def total(self) -> Decimal:
        """What the order charged."""
        return Decimal(self._native.total)

    @property
    def amount_due(self) -> Decimal:
        """Total minus cancellations."""
        return Decimal(self._native.amount_due)

    @property
    def refunded(self) -> Decimal:
        """Refunded to payments so far."""
        return Decimal(self._native.refunded)

    def state(self) -> Dict[str, Any]:
        """The full state as a dict (amounts as ``Decimal``, times as ``datetime``)."""
        state: Dict[str, Any] = order_state(load_dict(call(self._native.state_json)))
        return state

    def __repr__(self) -> str:
        s = self.summary()
        return f"Order(id={s.id!r}, total={s.total.amount} {s.total.currency}, fulfilment={s.fulfilment_status}, payment={s.payment_status})"
