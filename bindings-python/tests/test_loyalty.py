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
    p = pp.Programme({"earning": {"signup": 100, "review": 5}})
    m = pp.Member("c-1")
    m.handle({"type": "award", "award": {"kind": "signup"}}, p, "k1", "2026-01-01T00:00:00Z")
    with pytest.raises(pp.ConcurrencyConflictError):
        m.handle({"type": "award", "award": {"kind": "review"}}, p, "k2", "2026-01-01T00:00:00Z", expected_version=0)
    assert m.balance == 100
