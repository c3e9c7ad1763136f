import pytest

import postpurchase as pp
from conftest import check, vectors


@pytest.mark.parametrize("case", vectors("loyalty.json"), ids=lambda c: c["name"])
def test_loyalty_vectors(case):
    i = case["input"]
    def run():
        p = pp.Programme(i["programme"])
        m = pp.Member("c-1")
        for n, s in enumerate(i["steps"]):
            m.handle(s["command"], p, f"k{n + 1}", s["now"])
        st = m._state()
        return {"balance": st["balance"], "pending": st["pending"], "debt": st["debt"], "tier": st["tier"]}
    check(case, run)


def test_stale_version_conflicts():
    p = pp.Programme({"currency": "USD", "earning": {"signup": 100, "review": 5}})
    m = pp.Member("c-1")
    m.handle({"type": "award", "award": {"kind": "signup"}}, p, "k1", "2026-01-01T00:00:00Z")
    with pytest.raises(pp.ConcurrencyConflictError):
        m.handle({"type": "award", "award": {"kind": "review"}}, p, "k2", "2026-01-01T00:00:00Z", expected_version=0)
    assert m.balance == 100


def test_tier_progress_shows_what_the_next_tier_needs():
    from decimal import Decimal
    p = pp.Programme({"currency": "USD", "earning": {"points_per_currency_unit": "1"}, "pending": {"days_after_delivery": 0},
                      "tiers": {"levels": [{"name": "member", "threshold": "0"}, {"name": "silver", "threshold": "200"}]}})
    m = pp.Member("c-1")
    at = "2026-03-01T09:00:00Z"
    m.handle({"type": "earn_order", "order": "o-1", "lines": [{"line": "a", "spend": {"amount": "129.00", "currency": "USD"}}], "delivered_at": at}, p, "earn", at)
    m.handle({"type": "release_pending"}, p, "release", "2026-03-01T10:00:00Z")
    m.handle({"type": "evaluate_tier"}, p, "tier", "2026-03-01T10:00:01Z")
    g = m.tier_progress(p, "2026-03-02T00:00:00Z")
    assert (g.tier, g.metric, g.value, g.next_tier, g.remaining) == ("member", "net_spend", Decimal("129"), "silver", Decimal("71"))


def test_a_member_is_rebuilt_from_its_entries_and_reads_its_state_natively():
    p = pp.Programme({"currency": "USD", "earning": {"signup": 100, "review": 5}})
    m = pp.Member("c-1")
    m.handle({"type": "award", "award": {"kind": "signup"}}, p, "k1", "2026-01-01T00:00:00Z")
    m.handle({"type": "award", "award": {"kind": "review"}}, p, "k2", "2026-01-02T00:00:00Z")
    m.handle({"type": "adjust", "points": -30, "reason": "goodwill reversed"}, p, "k3", "2026-01-03T00:00:00Z")
    assert (m.customer, m.balance, m.pending, m.debt, m.version) == ("c-1", 75, 0, 0, 3)
    entries = m.entries()
    assert [e["rule"] for e in entries] == ["award.signup", "award.review", "adjust"]
    assert entries[2]["reason"] == "goodwill reversed"
    again = pp.Member.from_entries("c-1", entries)
    assert (again.balance, again.version, again.tier) == (75, 3, None)
    # the rebuilt ledger goes on where the first left off; a stale version is refused
    with pytest.raises(pp.ConcurrencyConflictError):
        again.handle({"type": "award", "award": {"kind": "review"}}, p, "k4", "2026-01-04T00:00:00Z", expected_version=2)
    again.handle({"type": "award", "award": {"kind": "review"}}, p, "k4", "2026-01-04T00:00:00Z", expected_version=3)
    assert again.balance == 80 and "balance=80" in repr(again)


def test_entries_whose_sums_pass_64_bits_are_refused():
    """Regression (#33 item 10): two adjustments of 2^63-1 gave a balance of 2^63-1 while the
    entries summed to 2^64-2; such a ledger is refused, not saturated."""
    import copy
    from datetime import datetime, timezone
    p = pp.Programme({"currency": "USD", "earning": {}})
    m = pp.Member("c-1")
    m.handle({"type": "adjust", "points": 5, "reason": "x"}, p, "a", datetime(2026, 3, 1, tzinfo=timezone.utc))
    e1 = copy.deepcopy(m.entries()[0])
    e1["points"] = 2**63 - 1
    e1["balance_after"] = 2**63 - 1
    e2 = dict(e1, seq=2, key="b")
    with pytest.raises(pp.InvalidInputError) as e:
        pp.Member.from_entries("c-1", [e1, e2])
    assert e.value.code == "input.invalid"


def test_a_command_stored_before_amounts_were_money_retries_as_a_no_op():
    """Regression (#33 item 2): retrying an earn_order or clawback recorded by the release that
    wrote amounts as decimal strings gave command.idempotency_conflict."""
    import json
    import pathlib
    root = pathlib.Path(__file__).resolve().parents[2]
    f = json.loads((root / "core/tests/fixtures/v2/commands.json").read_text())
    programme = dict(f["programme"], currency="EUR")
    programme["redemption"] = dict(programme["redemption"], rewards=[
        dict(r, value={"amount": r["value"], "currency": "EUR"}) for r in programme["redemption"]["rewards"]])
    p = pp.Programme(programme)
    s = f["members"]["member-c-1"]
    m = pp.Member.from_entries("c-1", s["entries"])
    money = lambda v: {"amount": v, "currency": "EUR"}  # noqa: E731
    retried = 0
    for c in s["commands"]:
        cmd = dict(c["command"])
        if cmd["type"] not in ("earn_order", "clawback"):
            continue
        cmd["lines"] = [{"line": l["line"], "spend": money(l["spend"]), **({"tax": money(l["tax"])} if l["tax"] != "0" else {})}
                        for l in cmd["lines"]]
        if "shipping" in cmd:
            cmd["shipping"] = money(cmd["shipping"]) if cmd["shipping"] != "0" else None
        cmd = {k: v for k, v in cmd.items() if v is not None}
        assert m.handle(cmd, p, c["key"], c["now"]) == [], c["key"]
        retried += 1
    assert retried == 3
