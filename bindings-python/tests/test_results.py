"""The result classes of postpurchase.results: generated frozen dataclasses that read the core's
JSON documents, refuse documents of another shape with a typed error, and work with pandas."""

import dataclasses
from datetime import datetime, timezone
from decimal import Decimal

import pandas as pd
import pytest

import postpurchase as pp
from postpurchase.results import Money, NpsResult, OrderSummary, RefundPayout


def test_a_document_of_another_shape_is_a_typed_input_error():
    for cls, doc in [
        (OrderSummary, {}),
        (Money, {"amount": "ten", "currency": "EUR"}),
        (Money, {"amount": "1.00"}),
        (RefundPayout, {"destination": {"bank": "x"}, "amount": {"amount": "1", "currency": "EUR"}}),
        (pp.results.ShipmentTracking, {"id": "s1", "status": "in_transit", "promised_by": "yesterday"}),
        (NpsResult, None),
    ]:
        with pytest.raises(pp.InvalidInputError) as e:
            cls.from_dict(doc)
        assert e.value.code == "input.invalid" and cls.__name__ in str(e.value)
    with pytest.raises(pp.InvalidInputError):
        pp.results.Result.from_dict({})


def test_union_members_read_into_their_own_types():
    card = RefundPayout.from_dict({"destination": {"payment": "card"}, "amount": {"amount": "2.50", "currency": "EUR"}})
    credit = RefundPayout.from_dict({"destination": "store_credit", "amount": {"amount": "2.50", "currency": "EUR"}})
    assert card.destination == pp.results.RefundDestinationPayment(payment="card") and credit.destination == "store_credit"
    assert card.amount.amount == Decimal("2.50") and card.to_dict()["destination"] == {"payment": "card"}


def test_results_are_frozen_comparable_and_tabular():
    t = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    orders = []
    for n in range(3):
        orders.append(pp.Order.place({"id": f"o-{n}", "customer": "c", "currency": "EUR", "placed_at": t,
                                      "lines": [{"id": "l1", "sku": "MUG", "title": "Mug", "quantity": n + 1,
                                                 "unit_price": {"amount": "12.00", "currency": "EUR"}}]}, "place", t))
    summaries = [o.summary(t) for o in orders]
    with pytest.raises(dataclasses.FrozenInstanceError):
        summaries[0].version = 9  # type: ignore[misc]
    assert summaries[0] == orders[0].summary(t) and summaries[0] != summaries[1]
    frame = pd.DataFrame([{"id": s.id, "due": s.amount_due.amount, "status": s.fulfilment_status} for s in summaries])
    assert list(frame["due"]) == [Decimal("12.00"), Decimal("24.00"), Decimal("36.00")]
    scores = pd.DataFrame([pp.nps([10, 9, 3]), pp.nps([10, 10])])
    assert list(scores["responses"]) == [3, 2] and list(scores["promoters"]) == [2, 2]
