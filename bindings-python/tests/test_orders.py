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
