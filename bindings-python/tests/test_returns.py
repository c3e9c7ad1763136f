from decimal import Decimal

import pytest

import postpurchase as pp
from conftest import check, vectors


def _order(i, delivered_at):
    o = pp.Order.place(i["order"], "place", i["order"]["placed_at"])
    at = i["order"]["placed_at"]
    o.handle({"type": "capture_payment", "payment": "p1", "amount": {"amount": str(o.total), "currency": i["order"]["currency"]}}, "pay", at)
    lines = [{"line": l["id"], "quantity": l["quantity"]} for l in i["order"]["lines"]]
    o.handle({"type": "create_shipment", "shipment": {"id": "s1", "lines": lines, "carrier": "ups"}}, "ship", at)
    o.handle({"type": "record_tracking", "shipment": "s1", "event": {"occurred_at": at, "status": "in_transit"}}, "scan", at)
    if delivered_at:
        o.handle({"type": "mark_delivered", "shipment": "s1", "at": delivered_at}, "deliver", at)
    return o


@pytest.mark.parametrize("case", vectors("returns.json"), ids=lambda c: c["name"])
def test_returns_vectors(case):
    from datetime import datetime, timedelta, timezone
    i = case["input"]
    def run():
        policy = pp.ReturnPolicy(i["policy"])
        if case["op"] == "return_eligibility":
            o = _order(i, i["delivered_at"])
            r = pp.returns.evaluate(o, i["request"], policy, i["now"], i["context"])
            norm = lambda w: None if w is None else w.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
            return {"outcome": r.outcome, "method": r.method,
                    "lines": [{"outcome": l.outcome, "code": l.code, "window_end": norm(l.window_end), "days_left": l.days_left} for l in r.lines]}
        placed = datetime.fromisoformat(i["order"]["placed_at"].replace("Z", "+00:00"))
        o = _order(i, (placed + timedelta(days=2)).isoformat())
        now = placed + timedelta(days=5)
        if case["op"] == "exchange_settlement":
            req = {"id": "x1", "customer": i["order"]["customer"], "lines": i["lines"], "method": "exchange", "exchange": i["exchange"]}
            pp.returns.request_return(o, req, policy, "req", now)
            items = [{"line": l["line"], "quantity": l["quantity"], "condition": "resellable"} for l in i["lines"]]
            pp.returns.return_command(o, {"action": "receive", "return_id": "x1", "items": items}, "recv", now)
            pp.returns.return_command(o, {"action": "refund", "return_id": "x1"}, "settle", now)
            x = pp.returns.return_case(o, "x1").exchange
            assert x is not None
            terms = ["credit", "replacement_price", "difference", "returned_value", "replacement_shipping", "return_shipping_fee", "restocking_fee"]
            return {t: (str(getattr(x, t).amount) if getattr(x, t) is not None else None) for t in terms}
        refunds = []
        for n, lines in enumerate(i["returns"]):
            req = {"id": f"r{n}", "customer": i["order"]["customer"], "lines": lines, "method": i["method"]}
            quoted = pp.returns.preview(o, req, policy, now)
            pp.returns.request_return(o, req, policy, f"req{n}", now)
            items = [{"line": l["line"], "quantity": l["quantity"], "condition": "resellable"} for l in lines]
            pp.returns.return_command(o, {"action": "receive", "return_id": f"r{n}", "items": items}, f"recv{n}", now)
            pp.returns.return_command(o, {"action": "refund", "return_id": f"r{n}"}, f"refund{n}", now)
            full = pp.returns.return_case(o, f"r{n}")
            assert full.status == "refunded" and full.lines[0].received == {"resellable": lines[0]["quantity"]}
            assert full.refund is not None
            paid = full.refund.total
            assert quoted.refund is not None and quoted.refund.total == paid, "the preview promised the refund"
            settled = [r for r in o.returns() if r.id == f"r{n}"]
            assert settled[0].status == "refunded" and settled[0].refund == quoted.refund
            refunds.append(str(paid.amount))
        return {"refunds": refunds, "total_refunded": str(o.refunded)}
    check(case, run)


def test_policy_from_dict_json_toml_and_path(tmp_path):
    p = tmp_path / "policy.toml"
    p.write_text('[window]\ndays = 14\n')
    assert pp.ReturnPolicy.from_path(p).to_dict()["window"]["days"] == 14
    assert pp.ReturnPolicy.from_path(str(p)).to_dict()["window"]["days"] == 14
    assert pp.ReturnPolicy("[window]\ndays = 15\n").to_dict()["window"]["days"] == 15
    assert pp.ReturnPolicy('{"window": {"days": 20}}').to_dict()["window"]["days"] == 20
    assert pp.ReturnPolicy({"window": {"days": 21}}).to_dict()["window"]["days"] == 21
    with pytest.raises(pp.InvalidConfigError) as e:
        pp.ReturnPolicy({"window": {"dayz": 1}, "time_zone": "Nowhere"})
    assert len(e.value.problems) == 2
    assert isinstance(e.value, ValueError)


def test_preview_decides_and_prices_without_changing_the_order():
    from datetime import datetime, timezone
    order = {"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": "2026-03-01T09:00:00Z", "tax_mode": "inclusive",
             "lines": [{"id": "boots", "sku": "B", "title": "Boots", "quantity": 1, "unit_price": {"amount": "129.00", "currency": "EUR"}}]}
    o = _order({"order": order}, "2026-03-03T10:00:00Z")
    before = o.state()
    policy = pp.ReturnPolicy({"window": {"days": 30, "starts": "item_delivered"}, "restocking_fee": {"default": {"percent": "10"}}})
    req = {"id": "r-1", "customer": "c-1", "lines": [{"line": "boots", "quantity": 1, "reason": "does_not_fit"}], "method": "original_payment"}
    p = pp.returns.preview(o, req, policy, datetime(2026, 3, 10, tzinfo=timezone.utc))
    assert p.report.outcome == "allowed" and p.report.lines[0].days_left == 23
    assert p.refund is not None
    assert p.refund.total == pp.results.Money(amount=Decimal("116.10"), currency="EUR")
    assert p.refund.restocking_fee.amount == Decimal("12.90")
    assert p.report.lines[0].window_end is not None and p.report.lines[0].window_end.tzinfo is not None
    assert o.state() == before
    late = pp.returns.preview(o, req, policy, datetime(2026, 4, 10, tzinfo=timezone.utc))
    assert late.report.lines[0].code == "return.window_closed" and late.refund is None


def test_a_string_is_text_never_a_path_to_read(tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text('{"window": {"days": 99}}')
    # a path given as a string is parsed as (invalid) TOML text, not opened
    with pytest.raises(pp.InvalidConfigError):
        pp.ReturnPolicy(str(secret))
    with pytest.raises(pp.InvalidConfigError):
        pp.ReturnPolicy("/etc/passwd")
    with pytest.raises(TypeError, match="from_path"):
        pp.ReturnPolicy(secret)
    for cls in (pp.ReturnPolicy, pp.Programme, pp.NotifyPolicy):
        with pytest.raises(TypeError, match="from_path"):
            cls(secret)


def test_repeated_keys_are_refused():
    with pytest.raises(pp.InvalidConfigError) as e:
        pp.ReturnPolicy('{"window": {"days": 30, "days": 365}}')
    assert e.value.problems[0][0] == "$.window.days"
    with pytest.raises(pp.InvalidConfigError):
        pp.ReturnPolicy("[window]\ndays = 30\ndays = 365\n")


def test_a_policy_is_parsed_once_and_kept_native():
    from postpurchase import _native

    policy = pp.ReturnPolicy({"window": {"days": 30}, "overrides": [{"sku": f"S{i}", "days": 5} for i in range(1000)]})
    assert isinstance(policy._native, _native.NativeReturnPolicy)
    assert isinstance(pp.Programme({"currency": "USD", "earning": {}})._native, _native.NativeProgramme)
    assert isinstance(pp.NotifyPolicy({})._native, _native.NativeNotifyPolicy)
    assert policy.to_dict()["overrides"][999] == {"sku": "S999", "category": None, "tag": None, "days": 5}


def test_times_no_language_can_hold_are_refused_before_any_change():
    """Regression (#33 item 4): a holiday extension until +262142-12-31 was accepted, then
    request_return approved the return and raised; a promise in year +262142 broke summary(),
    a scan at 9999-12-31 broke evaluate(). Each is now refused as input, with nothing changed."""
    from datetime import datetime, timezone
    with pytest.raises(pp.InvalidConfigError) as e:
        pp.ReturnPolicy({"holiday_extension": {"placed_from": "2026-11-01", "placed_to": "2026-12-24",
                                               "returnable_until": "+262142-12-31"}})
    assert any(p[0] == "holiday_extension.returnable_until" for p in e.value.problems)
    order = {"id": "o-1", "customer": "c-1", "currency": "EUR", "placed_at": "2026-03-01T09:00:00Z",
             "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 1, "unit_price": {"amount": "10.00", "currency": "EUR"}}]}
    o = _order({"order": order}, "2026-03-03T10:00:00Z")
    before, version = o.state(), o.version
    bad = [
        {"type": "create_shipment", "shipment": {"id": "s2", "lines": [], "carrier": "x", "promised_by": "+262142-12-31T00:00:00Z"}},
        {"type": "record_tracking", "shipment": "s1", "event": {"occurred_at": "9999-12-31T00:00:00Z", "status": "delivered"}},
        {"type": "mark_delivered", "shipment": "s1", "at": "9999-12-31T00:00:00Z"},
    ]
    for n, cmd in enumerate(bad):
        with pytest.raises(pp.InvalidInputError) as e:
            o.handle(cmd, f"bad{n}", datetime(2026, 3, 4, tzinfo=timezone.utc))
        assert e.value.code == "input.invalid"
    assert o.state() == before and o.version == version
    assert o.summary(datetime(2026, 3, 4, tzinfo=timezone.utc)).id == "o-1"
