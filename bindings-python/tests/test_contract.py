"""The generated contract module: the typed usage runs, and the TypedDicts name the core's codes."""

import runpy

import pytest

from conftest import vectors
import typing
from decimal import Decimal

from postpurchase import contract


def test_the_typed_usage_runs():
    assert runpy.run_path(str(__import__("pathlib").Path(__file__).with_name("typed_usage.py")))["run"]() == Decimal("100.00")


def test_the_typed_dicts_follow_the_core():
    assert set(typing.get_args(contract.ReturnReason)) >= {"does_not_fit", "defective", "changed_mind"}
    assert contract.NewOrder.__required_keys__ == {"id", "customer", "currency", "placed_at", "lines"}
    assert "tax_mode" in contract.NewOrder.__optional_keys__
    assert len(typing.get_args(contract.OrderCommand)) == 15


def test_results_come_back_as_decimal_and_datetime_while_events_stay_json():
    import json
    from datetime import datetime, timezone

    import postpurchase as pp

    t = datetime(2026, 3, 1, 10, tzinfo=timezone.utc)
    order = pp.Order.place({"id": "o", "customer": "c", "currency": "EUR", "placed_at": t,
                            "lines": [{"id": "l", "sku": "S", "title": "T", "quantity": 1, "unit_price": {"amount": Decimal("9.99"), "currency": "EUR"}}]}, key="p", now=t)
    state = order.state()
    money = [v for v in _walk(state) if isinstance(v, dict) and set(v) == {"amount", "currency"}]
    assert money and all(isinstance(m["amount"], Decimal) for m in money)
    times = [v for v in _walk(state) if isinstance(v, datetime)]
    assert times and all(v.tzinfo is not None for v in times)
    json.dumps(order.events)  # events are stored as the core wrote them


def _walk(obj):
    yield obj
    if isinstance(obj, dict):
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


def test_from_dict_checks_every_field_against_its_type():
    """Regression (#33 item 11): ``Money.from_dict({"amount": "NaN", "currency": 42})`` and a
    status of ``"<script>"`` were accepted."""
    import postpurchase as pp
    bad = [
        (pp.results.Money, {"amount": "NaN", "currency": "EUR"}),
        (pp.results.Money, {"amount": "1.00", "currency": 42}),
        (pp.results.Money, {"amount": 1.5, "currency": "EUR"}),
        (pp.results.Money, ["amount", "currency"]),
    ]
    for cls, doc in bad:
        with pytest.raises(pp.InvalidInputError):
            cls.from_dict(doc)
    good = pp.results.Money.from_dict({"amount": "1.00", "currency": "EUR"})
    assert good.amount == Decimal("1.00")
    # a code field takes only its codes
    case = next(c for c in vectors("customer.json") if c["name"] == "delivered, returns open, points pending")
    document = pp.customer.run("view", case["input"])
    view = dict(document)
    view["fulfilment"] = "<script>"
    with pytest.raises(pp.InvalidInputError):
        pp.results.OrderView.from_dict(view)
    # a document nested 100,000 deep where a text is expected is refused, not a RecursionError later
    deep: dict = {}
    cur = deep
    for _ in range(100_000):
        cur["x"] = {}
        cur = cur["x"]
    view = dict(document)
    view["headline"] = dict(view["headline"], facts={"order": deep})
    with pytest.raises(pp.InvalidInputError):
        pp.results.OrderView.from_dict(view)
