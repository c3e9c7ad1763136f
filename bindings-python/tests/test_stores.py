"""The Rust stores from Python: an order's events and its confirmation commit together, a stale
writer conflicts and writes nothing, a relay claims and marks; on SQLite and on the PostgreSQL the
test command starts (PP_POSTGRES_URL; without one the PostgreSQL case fails saying how to get one)."""

import datetime as dt
import os
import uuid

import pytest

import postpurchase as pp
from postpurchase._convert import call
from postpurchase.stores import Message, Store

T = dt.datetime(2026, 3, 1, 9, tzinfo=dt.timezone.utc)
NEW = {"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": T,
       "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 2,
                  "unit_price": {"amount": "12.00", "currency": "EUR"}}]}


def postgres_url() -> str:
    url = os.environ.get("PP_POSTGRES_URL")
    if not url:
        pytest.fail("this test needs PostgreSQL: run it through scripts/with-postgres (scripts/test-all and "
                    "scripts/test-python do) or set PP_POSTGRES_URL")
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return Store(str(tmp_path / "shop.db"))
    return Store(postgres_url(), schema="py_" + uuid.uuid4().hex[:12])


def test_a_command_and_its_messages_commit_together(store):
    order = pp.Order.place(NEW, "place", T)
    confirm = Message("o-1/confirmed", "notification.order_confirmed", '{"order": "o-1"}', T)
    assert store.commit("order-o-1", 0, order.events, [confirm]) == 1
    # a second writer that read version 0 conflicts, and neither its events nor its message land
    stale = pp.Order.place(NEW, "place-again", T)
    with pytest.raises(pp.errors.ConcurrencyConflictError) as e:
        store.commit("order-o-1", 0, stale.events, [Message("o-1/other", "x", "{}", T)])
    assert e.value.code == "store.concurrency_conflict"
    assert store.version("order-o-1") == 1 and store.pending_count() == 1
    # the stored events rebuild the order; the next command goes on from its version
    again = pp.Order.from_events(store.load("order-o-1"))
    new = again.handle({"type": "hold", "reason": "address check"}, "hold", T)
    assert store.commit("order-o-1", again.version - len(new), new) == 2
    assert pp.Order.from_events(store.load("order-o-1")).summary(T) == again.summary(T)


def test_a_relay_claims_delivers_and_a_second_relay_gets_nothing(store):
    store.commit("order-o-2", 0, pp.Order.place({**NEW, "id": "o-2"}, "p", T).events,
                 [Message(f"m-{i}", "notification", "{}", T) for i in range(5)])
    claims = store.claim("relay-a", T, dt.timedelta(seconds=30), limit=10)
    assert sorted(c.message.dedupe_key for c in claims) == [f"m-{i}" for i in range(5)]
    assert store.claim("relay-b", T, dt.timedelta(seconds=30), limit=10) == []
    assert store.delivered(claims, T) == ["done"] * 5
    assert store.pending_count() == 0
    assert store.first_delivery("mailer", "m-0", T) and not store.first_delivery("mailer", "m-0", T)


def test_bad_targets_are_typed_errors(tmp_path):
    with pytest.raises(pp.PostPurchaseError) as e:
        Store("postgres://user:secret@host:notaport/db")
    assert e.value.code == "input.invalid" and "secret" not in str(e.value)
    foreign = tmp_path / "other.db"
    import sqlite3
    sqlite3.connect(foreign).execute("CREATE TABLE customers (id TEXT)").connection.commit()
    with pytest.raises(pp.PostPurchaseError) as e:
        Store(str(foreign))
    assert e.value.code == "store.foreign_database"


def test_a_lease_out_of_range_is_refused(tmp_path):
    store = Store(str(tmp_path / "shop.db"))
    for seconds in (0, -5, 2**62):
        with pytest.raises(pp.errors.InvalidInputError):
            call(store._native.claim, "w", "2026-03-01T09:00:00Z", seconds, 10)
