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


def test_exact_decimals_in_exponent_form_are_read_as_their_value():
    """Regression (#33 item 12): ``Decimal("1E+1")`` and ``Decimal("10").scaleb(1)`` were
    ``money.invalid_amount``; exact values in exponent form are normal Python."""
    from decimal import Decimal
    import postpurchase as pp
    assert pp.money.take_units(Decimal("1E+1"), "USD", 1, 1) == Decimal("10.00")
    assert pp.money.take_units(Decimal("10").scaleb(1), "USD", 1, 1) == Decimal("100.00")
    assert pp.money.take_units(Decimal("1.5E-1"), "USD", 1, 1) == Decimal("0.15")
    o = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": "2026-03-01T09:00:00Z",
                        "lines": [{"id": "l1", "sku": "S", "title": "T", "quantity": 1,
                                   "unit_price": {"amount": Decimal("2.5E+1"), "currency": "USD"}}]}, "p", "2026-03-01T09:00:00Z")
    assert o.total == Decimal("25.00")
    # what is not exact or too precise is still refused
    for bad in (Decimal("NaN"), Decimal("Infinity"), Decimal("1E-40")):
        with pytest.raises(pp.PostPurchaseError) as e:
            pp.money.take_units(bad, "USD", 1, 1)
        assert e.value.code == "money.invalid_amount"


def test_a_set_or_bytes_in_a_command_is_our_type_error():
    """Regression (#33 item 9): a set or bytes in a command raised a bare TypeError."""
    import postpurchase as pp
    o = pp.Order.place({"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": "2026-03-01T09:00:00Z",
                        "lines": [{"id": "l1", "sku": "S", "title": "T", "quantity": 1,
                                   "unit_price": {"amount": "1.00", "currency": "USD"}}]}, "p", "2026-03-01T09:00:00Z")
    for bad in ({"a"}, b"bytes", object()):
        with pytest.raises(pp.InvalidTypeError) as e:
            o.handle({"type": "hold", "reason": bad}, "k", "2026-03-01T10:00:00Z")
        assert e.value.code == "input.invalid"
