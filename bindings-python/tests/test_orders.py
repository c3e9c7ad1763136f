import pytest

import postpurchase as pp
from conftest import check, utc, vectors


@pytest.mark.parametrize("case", vectors("order.json"), ids=lambda c: c["name"])
def test_order_vectors(case):
    i = case["input"]
    def run():
        o = pp.Order.place(i["order"], "place", i["order"]["placed_at"])
        for s in i["steps"]:
            o.handle(s["command"], s["key"], s["now"])
        return {"fulfilment_status": o.fulfilment_status, "payment_status": o.payment_status, "total": str(o.total), "amount_due": str(o.amount_due)}
    check(case, run)


def test_replay_and_repr():
    from decimal import Decimal
    order = {"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": utc(2026, 3, 1, 9),
             "lines": [{"id": "l1", "sku": "S", "title": "Mug", "quantity": 2, "unit_price": {"amount": Decimal("12.50"), "currency": "USD"}}]}
    o = pp.Order.place(order, "k1", utc(2026, 3, 1, 9))
    o.handle({"type": "capture_payment", "payment": "p1", "amount": {"amount": Decimal("25.00"), "currency": "USD"}}, "k2", utc(2026, 3, 1, 10))
    again = pp.Order.from_events(o.events)
    assert again.state() == o.state()
    assert "payment=paid" in repr(o)
    with pytest.raises(pp.InvalidInputError):
        o.handle({"type": "teleport"}, "k3", utc(2026, 3, 1, 10))


def test_two_writers_who_saw_the_same_version_one_conflicts():
    from decimal import Decimal
    order = {"id": "o-7", "customer": "c-7", "currency": "USD", "placed_at": utc(2026, 3, 1, 9),
             "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 2, "unit_price": {"amount": Decimal("10.00"), "currency": "USD"}}]}
    stored = pp.Order.place(order, "place", utc(2026, 3, 1, 9)).events
    seen = pp.Order.from_events(stored).version
    cancel = lambda who: {"type": "cancel_units", "lines": [{"line": "a", "quantity": 1}], "reason": who}  # noqa: E731
    # writer A lands its command at the version both writers saw
    a = pp.Order.from_events(stored)
    stored = stored + a.handle(cancel("a"), "a", utc(2026, 3, 1, 10), expected_version=seen)
    # writer B loads the stored stream but decides with the version it saw: refused, unchanged
    b = pp.Order.from_events(stored)
    before = b.state()
    with pytest.raises(pp.ConcurrencyConflictError) as e:
        b.handle(cancel("b"), "b", utc(2026, 3, 1, 11), expected_version=seen)
    assert e.value.code == "store.concurrency_conflict"
    assert b.state() == before
    # at the version it now sees, B's command is decided
    assert len(b.handle(cancel("b"), "b", utc(2026, 3, 1, 11), expected_version=b.version)) == 1
    # a return request names the version too; a negative version is input.invalid
    req = {"id": "r-1", "customer": "c-7", "lines": [{"line": "a", "quantity": 1, "reason": "other"}], "method": "original_payment"}
    with pytest.raises(pp.ConcurrencyConflictError):
        pp.returns.request_return(b, req, pp.ReturnPolicy({}), "r", utc(2026, 3, 2, 9), expected_version=seen)
    with pytest.raises(pp.InvalidInputError):
        b.handle(cancel("c"), "c", utc(2026, 3, 1, 12), expected_version=-1)


def test_the_summary_is_the_core_value_in_python_types():
    from datetime import datetime, timezone
    from decimal import Decimal

    t = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    o = pp.Order.place({"id": "o-9", "customer": "c-9", "currency": "EUR", "placed_at": t,
                        "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": 2,
                                   "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t)
    o.handle({"type": "create_shipment", "shipment": {"id": "s1", "carrier": "dhl", "lines": [{"line": "l1", "quantity": 2}],
              "promised_by": datetime(2026, 3, 3, tzinfo=timezone.utc)}}, "ship", t)
    s = o.summary(datetime(2026, 3, 10, tzinfo=timezone.utc))
    assert isinstance(s, pp.results.OrderSummary)
    assert s.total == pp.results.Money(amount=Decimal("24.00"), currency="EUR") and s.version == o.version
    ship = s.shipments[0]
    assert ship.promised_by == datetime(2026, 3, 3, tzinfo=timezone.utc) and ship.delay is not None and ship.delay.late is True
    assert o.summary().shipments[0].delay is None, "no time, no delay assessment"
    assert s.to_dict()["total"] == {"amount": Decimal("24.00"), "currency": "EUR"}
    assert o.returns() == []


def test_state_converts_by_field_not_by_the_look_of_a_value():
    """Regression (#33 item 5): an id or title shaped like a timestamp stays text, an id
    "0000-00-00T00:00:00Z" raises nothing, and every time field of a full state is a datetime."""
    import datetime as dt
    from decimal import Decimal
    stamp = "2031-01-01T00:00:00Z"
    order = {"id": stamp, "customer": "0000-00-00T00:00:00Z", "currency": "USD", "placed_at": utc(2026, 3, 1, 9),
             "lines": [{"id": stamp, "sku": stamp, "title": stamp, "quantity": 1,
                        "unit_price": {"amount": Decimal("12.50"), "currency": "USD"}}]}
    o = pp.Order.place(order, stamp, utc(2026, 3, 1, 9))
    o.handle({"type": "capture_payment", "payment": stamp, "amount": {"amount": Decimal("12.50"), "currency": "USD"}}, "pay", utc(2026, 3, 1, 10))
    o.handle({"type": "create_shipment", "shipment": {"id": stamp, "lines": [{"line": stamp, "quantity": 1}], "carrier": stamp,
              "tracking_number": stamp, "promised_by": utc(2026, 3, 4)}}, "ship", utc(2026, 3, 1, 11))
    o.handle({"type": "record_tracking", "shipment": stamp, "event": {"occurred_at": utc(2026, 3, 2), "status": "in_transit",
              "location": stamp, "raw_code": stamp, "estimated_delivery": utc(2026, 3, 3)}}, "scan", utc(2026, 3, 2))
    o.handle({"type": "mark_delivered", "shipment": stamp, "at": utc(2026, 3, 3)}, "deliver", utc(2026, 3, 3))
    s = o.state()
    assert s["id"] == stamp and s["customer"] == "0000-00-00T00:00:00Z"
    texts = []
    times = []

    def walk(v, key=None):
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, dt.datetime):
            times.append(key)
        elif isinstance(v, str):
            texts.append((key, v))

    walk(s)
    # every value that is the stamp text stayed text (ids, titles, carrier, location, keys)
    assert all(isinstance(v, str) for _, v in texts)
    assert sum(1 for _, v in texts if v == stamp) >= 6
    # and the time fields are aware datetimes
    assert {"placed_at", "created_at", "delivered_at", "occurred_at", "estimated_delivery", "promised_by"} <= set(times)
    assert all(k in ("placed_at", "created_at", "delivered_at", "occurred_at", "estimated_delivery", "promised_by", "requested_at", "advance_deadline", "window_end", "at") for k in times)
    # nothing in the raw state at a time field is missed: the native document's times are exactly these
    import json
    raw = json.loads(o._native.state_json())

    def raw_times(v, key=None, out=None):
        out = [] if out is None else out
        if isinstance(v, dict):
            for k, x in v.items():
                if k not in ("processed", "facts"):
                    raw_times(x, k, out)
        elif isinstance(v, list):
            for x in v:
                raw_times(x, key, out)
        elif isinstance(v, str) and key is not None and len(v) >= 20 and v[4] == "-" and v[10] == "T" and v not in (stamp, "0000-00-00T00:00:00Z"):
            out.append(key)
        return out

    assert sorted(raw_times(raw)) == sorted(times)


def test_summary_assesses_delays_under_the_shop_thresholds():
    """Regression (#33 item 15): an order's summary took only the default thresholds."""
    from datetime import timedelta
    from decimal import Decimal
    t0 = utc(2026, 3, 1, 9)
    o = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": t0,
                        "lines": [{"id": "l1", "sku": "S", "title": "T", "quantity": 1, "unit_price": {"amount": Decimal("5.00"), "currency": "USD"}}]},
                       "place", t0)
    o.handle({"type": "create_shipment", "shipment": {"id": "s1", "carrier": "ups", "lines": [{"line": "l1", "quantity": 1}]}}, "ship", t0)
    o.handle({"type": "record_tracking", "shipment": "s1", "event": {"occurred_at": t0, "status": "in_transit"}}, "scan", t0)
    later = t0 + timedelta(days=2)
    assert o.summary(later).shipments[0].delay.stalled is False
    assert o.summary(later, thresholds={"stalled_after_days": 1}).shipments[0].delay.stalled is True
    with pytest.raises(pp.InvalidConfigError):
        o.summary(later, thresholds={"stalled_after_days": 0})
