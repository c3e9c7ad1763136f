"""RFM segments, co-purchase recommendations and survey states: the shared vectors, and the
pandas surface."""

import numpy as np
import pandas as pd
import pytest

import postpurchase as pp
from conftest import vectors


def run(case):
    i = case["input"]
    if case["op"] == "rfm":
        scored = pp.journey.rfm(pd.DataFrame(i["customers"]))
        return {"scores": [[int(a), int(b), int(c), str(s)] for a, b, c, s in zip(scored.r, scored.f, scored.m, scored.segment)]}
    if case["op"] == "survey_merge":
        kinds = i["kind"] if isinstance(i["kind"], list) else [i["kind"]] * len(i["parts"])
        return {"state": pp.feedback.merge_survey_states([pp.feedback.survey_state(k, p) for k, p in zip(kinds, i["parts"])])}
    if case["op"] == "next_purchase":
        bgf = pp.BetaGeoFitter.from_params(i["params"])
        out = pp.journey.next_purchase(bgf, [i["frequency"]], [i["recency"]], [i["T"]], horizon=i["horizon"])
        wait = float(out["median_wait"][0])
        return {"p_alive": float(out["p_alive"][0]), "p_within": float(out["p_purchase_within"][0]), "median_wait": None if np.isnan(wait) else wait}
    if case["op"] in ("stage", "transitions"):
        return run_stage(case["op"], i)
    model = pp.journey.CoPurchase(i["baskets"], i["min_pair_count"], i["min_item_count"])
    if case["op"] == "recommend":
        return {"items": [r.__dict__ for r in model.recommend(i["basket"], i["exclude"], i["k"])]}
    return model.hit_rate([tuple(c) for c in i["cases"]], i["k"]).__dict__


BASE = pd.Timestamp("2026-01-01")


def run_stage(op, i):
    day = lambda d: BASE + pd.Timedelta(days=d)
    if op == "stage":
        tx = pd.DataFrame({"c": ["x"] * len(i["purchase_days"]), "at": [day(d) for d in i["purchase_days"]]})
        cust = pd.DataFrame({k: [i.get(k, np.nan)] for k in ("latest_nps", "referrals", "p_alive")}, index=pd.Index(["x"], name="c"))
        row = pp.journey.stages(tx, "c", "at", day(i["at_day"]), customers=cust, rules=i.get("rules")).iloc[0]
        if pd.isna(row["stage"]):
            return {"assignment": None}
        gap = None if pd.isna(row["typical_gap_days"]) else float(row["typical_gap_days"])
        return {"assignment": {"stage": row["stage"], "rule": row["rule"], "purchases": int(row["purchases"]),
                               "days_since_last": float(row["days_since_last"]), "typical_gap_days": gap}}
    tx = pd.DataFrame([(k, day(d)) for k, ds in i["customers"].items() for d in ds], columns=["c", "at"])
    dates = [day(d) for d in i["date_days"]]
    stages, moves = pp.journey.transitions(tx, "c", "at", dates)
    return {"stages": {k: [None if pd.isna(v) else v for v in stages.loc[k]] for k in i["customers"]},
            "moves": [[dates.index(r.from_date), r["from"], r["to"], int(r.customers)] for _, r in moves.iterrows()]}


@pytest.mark.parametrize("case", vectors("journey.json"), ids=lambda c: c["name"])
def test_journey_vectors(case):
    if "error" in case:
        with pytest.raises(pp.PostPurchaseError) as e:
            run(case)
        assert e.value.code == case["error"]
    elif case["op"] == "next_purchase":
        got = run(case)
        for k, want in case["expected"].items():
            assert (got[k] is None and want is None) or abs(got[k] - want) <= 1e-12, (k, got[k], want)
    else:
        assert run(case) == case["expected"]


def test_rfm_from_transactions_keeps_any_ids_and_sums_segments():
    tx = pd.DataFrame({
        "who": ["a", "a", "b", "c", "c", "c", "d", "e"],
        "at": ["2026-01-02", "2026-03-01", "2026-02-20", "2026-01-05", "2026-02-01", "2026-03-03", "2025-11-01", "2026-04-01"],
        "spend": [10.0, 30.0, 5.0, 50.0, 50.0, 80.0, 200.0, 1.0],
    })
    scored = pp.journey.rfm_from_transactions(tx, "who", "at", "spend", as_of="2026-03-04")
    # e bought after the date: not a customer yet
    assert list(scored.index) == ["a", "b", "c", "d"]
    assert scored.loc["c", ["recency_days", "frequency", "monetary"]].tolist() == [1.0, 3.0, 180.0]
    # of four customers the best scores 1 + floor(5 * 3 / 4) = 4; c spends less than d
    assert scored.loc["c", ["r", "f", "m"]].tolist() == [4, 4, 3] and scored.loc["c", "segment"] == "potential_loyalists"
    assert scored.loc["d", ["r", "rfm"]].tolist() == [1, 114]
    table = pp.journey.segment_summary(scored)
    assert list(table.index) == list(pp.journey.SEGMENTS)
    assert table["customers"].sum() == 4 and table["monetary"].sum() == scored["monetary"].sum()
    with pytest.raises(pp.InvalidInputError):
        pp.journey.rfm(pd.DataFrame({"recency_days": [np.nan], "frequency": [1.0], "monetary": [1.0]}))


def test_the_recommender_beats_the_popularity_baseline_on_a_holdout():
    # customers buy within one of four themes; the most popular items are spread over all
    rng = np.random.default_rng(5)
    themes = [[f"{t}-{k}" for k in range(6)] for t in ("camp", "run", "cook", "read")]
    history, cases = [], []
    for _ in range(1500):
        theme = themes[rng.integers(0, 4)]
        items = list(rng.choice(theme, size=4, replace=False))
        before, after = items[:2], items[2:]
        history.append(before)
        cases.append((before, after))
    train, test = history[:1000] + [b + a for b, a in cases[:1000]], cases[1000:]
    model = pp.journey.CoPurchase(train)
    h = model.hit_rate(test, k=2)
    assert h.customers == 500
    assert h.rate > 2 * h.popular_rate, h


def test_hostile_journey_input_is_a_typed_error():
    tx = pd.DataFrame({"c": ["x", "y"], "at": ["2026-01-01", "2026-01-02"]})
    for bad in ({"latest_nps": [-1, 5]}, {"latest_nps": [11, 5]}, {"referrals": [1.5, 0]}, {"p_alive": [1.5, 0.5]}):
        customers = pd.DataFrame(bad, index=pd.Index(["x", "y"], name="c"))
        with pytest.raises(pp.InvalidInputError):
            pp.journey.stages(tx, "c", "at", "2026-02-01", customers=customers)
    with pytest.raises(pp.InvalidInputError):
        pp.journey.stages(tx, "c", "at", "2026-02-01", rules={"new_days": 10**9})
    with pytest.raises(pp.InvalidInputError):
        pp.journey.CoPurchase([[f"i{k}" for k in range(1001)]])
    with pytest.raises(pp.InvalidInputError):
        pp.journey.next_purchase(pp.BetaGeoFitter.from_params({"r": 0.2, "alpha": 4, "a": 0.8, "b": 2.4}), [1.0], [5.0], [2.0])
    with pytest.raises(pp.InvalidInputError):
        pp.feedback.survey_result('{"v": 1, "kind": "csat", "scale_low": 1, "scale_high": 5, "top_boxes": 2, "counts": [1]}')
