"""Hostile inputs meet the package's own errors: exact amounts, NaT, lone surrogates, huge ints,
exact customer ids, deep nesting."""
from datetime import datetime, timezone
from decimal import Decimal

import numpy as np
import pytest

import postpurchase as pp

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


def order(price="10.00", oid="o-1", customer="c-1"):
    return {"id": oid, "customer": customer, "currency": "USD", "placed_at": NOW,
            "lines": [{"id": "l1", "sku": "S", "title": "T", "quantity": 1, "unit_price": {"amount": Decimal(price), "currency": "USD"}}]}


def test_an_amount_finer_than_a_decimal_holds_is_refused():
    with pytest.raises(pp.InvalidAmountError):
        pp.Order.place(order("0.004999999999999999999999999999999"), "p", NOW)


def test_lone_surrogates_and_huge_ints_are_input_errors():
    with pytest.raises(pp.InvalidInputError) as e:
        pp.Order.place(order(), "key-\ud800", NOW)
    assert isinstance(e.value, ValueError)
    with pytest.raises(pp.PostPurchaseError):
        pp.Order.place(order(customer="c-\udfff"), "p", NOW)
    with pytest.raises(pp.InvalidInputError):
        pp.csat([4, 5], scale=(-1, 5))
    with pytest.raises(pp.InvalidInputError):
        pp.csat([4, 5], scale=(1, 2**70))


def test_deeply_nested_documents_are_input_errors():
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(pp.InvalidInputError):
        pp.Order.place({"id": "o", "lines": deep}, "p", NOW)


def test_nat_times_are_refused_not_read_as_1677():
    times = np.array(["2026-01-01", "NaT"], dtype="datetime64[ns]")
    with pytest.raises(pp.InvalidTransactionError) as e:
        pp.metrics.customer_summary(np.array([1, 2]), times, np.array([10.0, 20.0]), datetime(2026, 6, 1).date())
    assert e.value.details.get("position") == "1"


def test_customer_ids_above_2_to_the_53_stay_distinct():
    ids = np.array([2**62, 2**62 + 1], dtype=np.int64)
    times = np.array(["2026-01-01", "2026-01-02"], dtype="datetime64[ns]")
    s = pp.metrics.customer_summary(ids, times, np.array([10.0, 20.0]), datetime(2026, 6, 1).date())
    assert sorted(s["customer"].tolist()) == [2**62, 2**62 + 1]


def test_the_id_limit_counts_utf8_bytes():
    pp.Order.place(order(oid="é" * 64), "p1", NOW)
    with pytest.raises(pp.InvalidIdError):
        pp.Order.place(order(oid="é" * 65), "p2", NOW)


def test_a_panic_inside_the_library_is_an_internal_error():
    from postpurchase import _native
    from postpurchase._convert import call

    with pytest.raises(pp.InternalError) as e:
        call(_native._panic_for_tests)
    assert isinstance(e.value, pp.PostPurchaseError) and e.value.code == "internal"
    assert pp.nps([10, 0]).score == 0.0  # still usable
