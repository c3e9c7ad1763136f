"""Stores for Python hosts: the Rust stores (``postpurchase-sqlite``, ``postpurchase-postgres``)
behind one class. A command's events and the messages it calls for commit in one transaction; a
stale expected version raises ``ConcurrencyConflictError`` and writes nothing.

>>> import datetime as dt, tempfile, os
>>> import postpurchase as pp
>>> store = Store(os.path.join(tempfile.mkdtemp(), "shop.db"))
>>> t = dt.datetime(2026, 3, 1, 9, tzinfo=dt.timezone.utc)
>>> order = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": t,
...     "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 1,
...                "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t)
>>> store.commit("order-o-1", 0, order.events, [Message("o-1/confirmed", "notification.order_confirmed", "{}", t)])
1
>>> pp.Order.from_events(store.load("order-o-1")).version
1
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from typing import Any, Dict, List, Optional, Sequence

from . import _native
from ._convert import call, when


@dataclasses.dataclass(frozen=True)
class Message:
    """A message to deliver at least once, identified by its dedupe key."""

    dedupe_key: str
    topic: str
    payload: str
    not_before: _dt.datetime


@dataclasses.dataclass(frozen=True)
class Claim:
    """A message a relay holds under a lease until ``until``."""

    message: Message
    attempts: int
    worker: str
    until: _dt.datetime


def _time(text: str) -> _dt.datetime:
    return _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


class Store:
    """A SQLite file (created with its schema when missing) or a ``postgres://`` URL (schema
    ``postpurchase`` unless ``schema`` names another). One per thread."""

    def __init__(self, target: str, schema: Optional[str] = None) -> None:
        self._native = call(_native.NativeStore, str(target), schema)

    def commit(self, stream: str, expected_version: int, events: Sequence[Dict[str, Any]],
               messages: Sequence[Message] = ()) -> int:
        """Appends ``events`` at ``expected_version`` and enqueues ``messages`` in one
        transaction; returns the stream's new version."""
        texts = [json.dumps(e) for e in events]
        rows = [(m.dedupe_key, m.topic, m.payload, when(m.not_before)) for m in messages]
        return int(call(self._native.commit, stream, int(expected_version), texts, rows))

    def load(self, stream: str) -> List[Dict[str, Any]]:
        """The stream's events, oldest first (empty for an unknown stream)."""
        return [json.loads(t) for t in call(self._native.load, stream)]

    def version(self, stream: str) -> int:
        """The stream's version (0 if it does not exist)."""
        return int(call(self._native.version, stream))

    def pending_count(self) -> int:
        """Messages not yet delivered (dead letters excluded)."""
        return int(call(self._native.pending_count))

    def claim(self, worker: str, now: _dt.datetime, lease: _dt.timedelta, limit: int = 100) -> List[Claim]:
        """Claims up to ``limit`` due messages for ``worker`` until ``now + lease``."""
        rows = call(self._native.claim, worker, when(now), int(lease.total_seconds()), int(limit))
        return [Claim(Message(k, topic, payload, _time(due)), attempts, w, _time(until))
                for (k, topic, payload, due, attempts, w, until) in rows]

    def delivered(self, claims: Sequence[Claim], at: _dt.datetime) -> List[str]:
        """Marks claimed messages delivered in one transaction: ``done`` or ``lease_lost`` each."""
        rows = [(c.message.dedupe_key, c.worker, when(c.until)) for c in claims]
        return list(call(self._native.delivered, rows, when(at)))

    def first_delivery(self, consumer: str, message_id: str, at: _dt.datetime) -> bool:
        """Records that ``consumer`` handles ``message_id``; ``False`` if it already had."""
        return bool(call(self._native.first_delivery, consumer, message_id, when(at)))
