from decimal import Decimal

import pytest

import postpurchase as pp
from conftest import check, vectors


@pytest.mark.parametrize("case", vectors("money.json"), ids=lambda c: c["name"])
def test_money_vectors(case):
    i = case["input"]
    def run():
        if case["op"] == "currency":
            return {"minor_units": pp.money.currency_minor_units(i["code"])}
        if case["op"] == "allocate":
            return {"parts": [str(p) for p in pp.money.allocate(Decimal(i["amount"]), i["currency"], [Decimal(w) for w in i["weights"]])]}
        if case["op"] == "take_units":
            return {"amount": str(pp.money.take_units(Decimal(i["amount"]), i["currency"], i["taken"], i["remaining"]))}
        if case["op"] == "settled":
            return {"settled": pp.money.is_settled(Decimal(i["due"]), Decimal(i["paid"]), i["currency"])}
        raise AssertionError(case["op"])
    check(case, run)


def test_floats_are_refused_for_money():
    with pytest.raises(TypeError):
        pp.money.allocate(10.0, "USD", [1, 1])


def test_negative_quantity_is_a_typed_error():
    with pytest.raises(pp.InvalidQuantityError) as e:
        pp.money.take_units(Decimal("1.00"), "USD", -1, 2)
    assert isinstance(e.value, ValueError)
