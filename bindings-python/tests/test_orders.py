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
