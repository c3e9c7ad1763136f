"""The customer's side from Python: the shared vectors, and the API over Order, Member,
ReturnPolicy and Programme objects."""

import dataclasses
import json
import pathlib
import re
from datetime import datetime, timezone
from decimal import Decimal

import pytest

import postpurchase as pp
from conftest import check, vectors

ROOT = pathlib.Path(__file__).resolve().parents[2]


def mismatch(got, want, at=""):
    """Where ``got`` misses what ``want`` names (None when it has it all): an object must have
    every key ``want`` gives (a None may also be absent), a list the same length with each
    element matching, anything else must be equal. The customer vectors are partial and written
    by hand."""
    if isinstance(want, dict) and isinstance(got, dict):
        for k, v in want.items():
            if k not in got:
                if v is not None:
                    return f"{at}.{k} is missing"
            else:
                m = mismatch(got[k], v, f"{at}.{k}")
                if m:
                    return m
        return None
    if isinstance(want, list) and isinstance(got, list):
        if len(got) != len(want):
            return f"{at} has {len(got)} elements, not {len(want)}"
        return next((m for i, (g, w) in enumerate(zip(got, want)) if (m := mismatch(g, w, f"{at}[{i}]"))), None)
    return None if got == want and type(got) is type(want) else f"{at} is {got!r}, not {want!r}"


@pytest.mark.parametrize("case", vectors("customer.json"), ids=lambda c: c["name"])
def test_customer_vectors(case):
    if "error" in case:
        check(case, lambda: pp.customer.run(case["op"], case["input"]))
    else:
        assert mismatch(pp.customer.run(case["op"], case["input"]), case["expect"]) is None, case["name"]


def test_the_partial_match_can_fail():
    got = {"a": 1, "b": [{"c": 2, "d": 3}], "e": None}
    assert mismatch(got, {"b": [{"d": 3}], "e": None, "f": None}) is None
    assert mismatch(got, {"a": 2}) == ".a is 1, not 2"
    assert mismatch(got, {"b": []}) == ".b has 1 elements, not 0"
    assert mismatch(got, {"g": 1}) == ".g is missing"
    assert mismatch(got, {"a": True}) is not None


RESULT_CLASSES = {"view": "OrderView", "answer": "CustomerAnswer", "message": "CustomerMessage",
                  "policy_summary": "PlainSummary", "loyalty_summary": "PlainSummary"}


_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def results(obj):
    """An independent reading of a result document for the comparisons here (by the look of its
    values, which the vectors' own documents allow): money amounts as Decimal, times as datetime,
    facts left as texts."""
    if isinstance(obj, dict):
        if set(obj) == {"amount", "currency"} and isinstance(obj["amount"], str):
            return {"amount": Decimal(obj["amount"]), "currency": obj["currency"]}
        return {k: v if k == "facts" else results(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [results(v) for v in obj]
    if isinstance(obj, str) and _INSTANT.match(obj):
        return datetime.fromisoformat(obj.replace("Z", "+00:00"))
    return obj


def without_none(value):
    """A document without the keys whose value is None (the core leaves some of them out)."""
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    return value


@pytest.mark.parametrize("case", [c for c in vectors("customer.json") if "expect" in c], ids=lambda c: c["name"])
def test_every_customer_result_reads_into_its_class_and_back(case):
    document = pp.customer.run(case["op"], case["input"])
    cls = getattr(pp.results, RESULT_CLASSES[case["op"]])
    value = cls.from_dict(document)
    assert isinstance(value, pp.results.Result)
    assert without_none(value.to_dict()) == without_none(results(document))
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.locale = "xx"  # type: ignore[misc]


def delivered_case():
    return next(c for c in vectors("customer.json") if c["name"] == "delivered, returns open, points pending")


def test_the_view_from_objects_equals_the_vector():
    case = delivered_case()
    i = case["input"]
    order = pp.Order.from_events(i["events"])
    policy = pp.ReturnPolicy(i["policy"])
    programme = pp.Programme(i["programme"])
    member = pp.Member.from_entries("c-7", i["ledger"])
    v = pp.customer.order_view(order, policy, now=datetime(2026, 3, 10, 9, tzinfo=timezone.utc), locale="en-IE",
                               programme=programme, ledger=member)
    # the same request through the core's JSON, read as the result class: Decimal amounts, aware
    # datetimes, facts as texts
    document = pp.customer.run("view", i)
    assert mismatch(document, case["expect"]) is None
    assert v == pp.results.OrderView.from_dict(document)
    shoes = next(a for a in v.actions if a.action == "return" and a.subject == "l1")
    assert shoes.available and shoes.days_left == 54
    assert shoes.refund == pp.results.Money(amount=Decimal("71.46"), currency="EUR")
    assert isinstance(shoes.deadline, datetime) and shoes.deadline.tzinfo is not None
    assert all(isinstance(x, str) for s in v.shipments for step in s.timeline for x in step.statement.facts.values())
    # and back as a dict keyed as the core's JSON, in the same Python types
    assert without_none(v.to_dict()) == without_none(results(document))


def test_answers_and_messages():
    i = delivered_case()["input"]
    now = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)
    a = pp.customer.answer("can_i_return", i["events"], i["policy"], now=now, locale="it-IT", line="l2")
    assert a.text == "Reso non disponibile per Wool socks: gli articoli per l'igiene non si possono restituire."
    with pytest.raises(pp.PostPurchaseError) as e:
        pp.customer.answer("what_is_love", i["events"], i["policy"], now=now, locale="en")
    assert e.value.code == "input.invalid"
    intent = {"kind": "delivered", "customer": "c-7", "channel": "email", "send_at": now,
              "dedupe_key": "k", "payload": {"order": "o-1001", "shipment": "s1"}}
    m = pp.customer.message(intent, order=i["events"], policy=i["policy"], now=now, locale="en-IE")
    assert m.subject == "Order o-1001 has been delivered"
    assert m.payload.return_deadline == datetime(2026, 5, 3, 22, tzinfo=timezone.utc)
    with pytest.raises(pp.PostPurchaseError):
        pp.customer.message(intent, locale="en")


def test_naive_times_are_refused():
    i = delivered_case()["input"]
    with pytest.raises(pp.PostPurchaseError) as e:
        pp.customer.order_view(i["events"], i["policy"], now=datetime(2026, 3, 10), locale="en")
    assert e.value.code == "input.invalid"


def test_a_shop_rewords_a_message_and_adds_a_language():
    texts = pp.customer.Catalogues()
    texts.add("en", "policy-title = Our returns promise").add("fr", "policy-title = Retours et remboursements")
    assert texts.languages() == ["en", "it", "fr"] and texts.host_resources == 2
    policy = {"window": {"days": 30}}
    en = pp.customer.return_policy_summary(policy, "EUR", "en", catalogues=texts)
    assert en.title == "Our returns promise"
    fr = pp.customer.return_policy_summary(policy, "EUR", "fr-FR", catalogues=texts)
    assert fr.locale == "fr-FR" and fr.title == "Retours et remboursements"
    # what French lacks is written in English; the shipped text is untouched without catalogues
    assert fr.statements[0].text.startswith("You can return an item within 30 days")
    assert pp.customer.return_policy_summary(policy, "EUR", "en").title == "Returns and refunds"
    assert "policy-title" not in texts.missing("fr") and "page-points" in texts.missing("fr")


def test_a_bad_catalogue_is_refused_whole():
    texts = pp.customer.Catalogues()
    with pytest.raises(pp.errors.InvalidInputError, match="line 2"):
        texts.add("de", "page-points = Punkte\npage-pionts = Punkte\n")
    with pytest.raises(pp.errors.InvalidInputError, match="line 1"):
        texts.add("de", "page-points = { }\n")
    with pytest.raises(pp.errors.InvalidInputError):
        texts.add("not a tag", "page-points = x")
    assert texts.languages() == ["en", "it"] and texts.host_resources == 0
