"""Side by side: postpurchase vs lifetimes (or numpy, or a hand-written pandas groupby) on the
same data, in one run. Each row runs both sides alternately REPS times (3 unless the environment
says BENCH_REPS) and reports the medians and their ratio, with the issue's goal beside it; results
are checked to agree before they are timed. Installs nothing: run it through scripts/bench-python,
which makes the venv. `scripts/bench-python quick` runs smaller sizes.
"""

from __future__ import annotations

import os
import pathlib
import statistics
import sys
import time

import numpy as np
import pandas as pd

import postpurchase as pp

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT / "conformance" / "data"


def synthetic(n: int, seed: int = 42) -> pd.DataFrame:
    """BG/NBD process with the CDNOW parameters, weekly rates, daily grid, 39-week observation."""
    rng = np.random.default_rng(seed)
    r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
    lam = rng.gamma(r, 1 / alpha, n)
    p = rng.beta(a, b, n)
    nu = rng.gamma(3.74, 1 / 15.44, n)
    join = rng.integers(0, 84, n)
    horizon = (273 - join).astype(float)
    x = np.zeros(n)
    last = np.zeros(n)
    spend = np.zeros(n)
    t = np.zeros(n)
    alive = np.ones(n, dtype=bool)
    while alive.any():
        idx = np.flatnonzero(alive)
        t[idx] += rng.exponential(1 / np.maximum(lam[idx], 1e-12)) * 7
        over = t[idx] > horizon[idx]
        alive[idx[over]] = False
        idx = idx[~over]
        day = np.floor(t[idx])
        new = day != last[idx]
        x[idx[new]] += 1
        last[idx[new]] = day[new]
        spend[idx[new]] += rng.gamma(6.25, 1 / nu[idx[new]])
        drop = rng.random(len(idx)) < p[idx]
        alive[idx[drop]] = False
    m = np.where(x > 0, spend / np.maximum(x, 1), 0)
    return pd.DataFrame({"frequency": x, "recency": last / 7, "T": horizon / 7, "monetary_value": m})


REPS = int(os.environ.get("BENCH_REPS", "3"))


def side_by_side(peer, ours):
    """Median seconds of `peer` and `ours`, run alternately REPS times (after one warm-up each)."""
    peer(), ours()
    tp, to = [], []
    for _ in range(REPS):
        for f, ts in ((peer, tp), (ours, to)):
            t0 = time.perf_counter()
            f()
            ts.append(time.perf_counter() - t0)
    return statistics.median(tp), statistics.median(to)


def agree(a, b, rel=5e-4) -> bool:
    """The same to 4 significant digits."""
    return all(abs(float(a[k]) - float(b[k])) <= rel * max(abs(float(a[k])), abs(float(b[k]))) for k in a.index)


def transactions(customers: int, per_customer: float, seed: int = 3) -> pd.DataFrame:
    """A log of about customers × per_customer purchases over 2 years, string dates removed."""
    rng = np.random.default_rng(seed)
    n = int(customers * per_customer)
    ids = rng.integers(0, customers, n)
    days = rng.integers(0, 730, n)
    return pd.DataFrame({"id": ids, "date": pd.Timestamp("2024-01-01") + pd.to_timedelta(days, unit="D"), "amount": rng.gamma(2.0, 20.0, n)})


def pandas_summary(tx: pd.DataFrame, end: pd.Timestamp) -> pd.DataFrame:
    """frequency, recency, T and monetary value per customer with a plain pandas groupby (days)."""
    day = tx["date"].dt.floor("D")
    per_day = tx.assign(day=day).groupby(["id", "day"], sort=True)["amount"].sum().reset_index()
    g = per_day.groupby("id", sort=True)
    first, last, count = g["day"].min(), g["day"].max(), g["day"].size()
    repeat_sum = g["amount"].sum() - per_day.groupby("id", sort=True)["amount"].first()
    out = pd.DataFrame({"frequency": count - 1.0, "recency": (last - first).dt.days.astype(float), "T": (end - first).dt.days.astype(float)})
    out["monetary_value"] = np.where(out["frequency"] > 0, repeat_sum / out["frequency"].clip(lower=1), 0.0)
    return out


def main() -> int:
    import lifetimes
    from lifetimes import BetaGeoFitter, ParetoNBDFitter
    from lifetimes.utils import summary_data_from_transaction_data

    quick = sys.argv[1:] == ["quick"]
    k = 10 if quick else 1
    rows = []
    ok = True

    def row(name, peer_name, goal, peer, ours, same):
        nonlocal ok
        tp, to = side_by_side(peer, ours)
        ok &= bool(same)
        rows.append((name, peer_name, tp, to, goal, same))
        print(f"  {name}: {peer_name} {tp:.4f} s, ours {to:.4f} s, {tp / to:.1f}x (goal {goal}x), agree={same}", flush=True)

    answers = np.random.default_rng(1).integers(0, 11, 10_000_000 // k).astype(np.uint8)
    score = pp.nps(answers).score
    expr = 100 * ((answers >= 9).mean() - (answers <= 6).mean())
    row(f"NPS over {len(answers):,} uint8 answers", "numpy expression", 2,
        lambda: (answers >= 9).mean() - (answers <= 6).mean(), lambda: pp.nps(answers), abs(score - expr) < 1e-9)
    # every numeric dtype a column arrives in, read where it lies
    for dtype in ("float64", "float32", "int64", "int32"):
        col = answers.astype(dtype)
        got = pp.nps(col).score
        want = 100 * ((col >= 9).mean() - (col <= 6).mean())
        row(f"NPS over {len(col):,} {dtype} answers", "numpy expression", 2,
            lambda c=col: (c >= 9).mean() - (c <= 6).mean(), lambda c=col: pp.nps(c), abs(got - want) < 1e-9)

    small = synthetic(100_000 // k)
    ours_p, theirs_p = pp.ParetoNBDFitter().fit(small), ParetoNBDFitter().fit(small["frequency"], small["recency"], small["T"])
    row(f"Pareto/NBD fit, {len(small):,} customers", "lifetimes", 100,
        lambda: ParetoNBDFitter().fit(small["frequency"], small["recency"], small["T"]), lambda: pp.ParetoNBDFitter().fit(small),
        agree(ours_p.params_, theirs_p.params_, rel=5e-3))

    big = synthetic(1_000_000 // k)
    f, r, t = big["frequency"], big["recency"], big["T"]
    bg, bg_theirs = pp.BetaGeoFitter().fit(big), BetaGeoFitter().fit(f, r, t)
    row(f"BG/NBD fit, {len(big):,} customers", "lifetimes", 50,
        lambda: BetaGeoFitter().fit(f, r, t), lambda: pp.BetaGeoFitter().fit(big), agree(bg.params_, bg_theirs.params_))
    for name, ours_m, cls, goal_e, goal_a in (("BG/NBD", bg, BetaGeoFitter, 10, 3), ("Pareto/NBD", pp.ParetoNBDFitter().fit(big), ParetoNBDFitter, 10, 10)):
        theirs = cls()
        theirs.params_ = ours_m.params_.copy()
        e_ours = ours_m.conditional_expected_number_of_purchases_up_to_time(10, f, r, t)
        e_theirs = theirs.conditional_expected_number_of_purchases_up_to_time(10, f, r, t)
        row(f"{name} conditional expected purchases, {len(big):,}", "lifetimes", goal_e,
            lambda: theirs.conditional_expected_number_of_purchases_up_to_time(10, f, r, t),
            lambda: ours_m.conditional_expected_number_of_purchases_up_to_time(10, f, r, t),
            np.allclose(e_ours, e_theirs, rtol=1e-6))
        a_ours, a_theirs = ours_m.conditional_probability_alive(f, r, t), theirs.conditional_probability_alive(f, r, t)
        row(f"{name} P(alive), {len(big):,}", "lifetimes", goal_a,
            lambda: theirs.conditional_probability_alive(f, r, t), lambda: ours_m.conditional_probability_alive(f, r, t),
            np.allclose(a_ours, a_theirs, rtol=1e-6))

    tx = transactions(1_000_000 // k, 5.0)
    end = pd.Timestamp("2025-12-31")
    ours_s = pp.metrics.summary_data_from_transaction_data(tx, "id", "date", "amount", observation_period_end=end)
    theirs_s = summary_data_from_transaction_data(tx, "id", "date", "amount", observation_period_end=end)
    hand = pandas_summary(tx, end)
    same = np.allclose(ours_s.to_numpy(), theirs_s.to_numpy(), rtol=1e-9) and np.allclose(ours_s.to_numpy(), hand.to_numpy(), rtol=1e-9)
    row(f"summary of {len(tx):,} transactions", "lifetimes", 10,
        lambda: summary_data_from_transaction_data(tx, "id", "date", "amount", observation_period_end=end),
        lambda: pp.metrics.summary_data_from_transaction_data(tx, "id", "date", "amount", observation_period_end=end), same)
    row(f"summary of {len(tx):,} transactions", "pandas groupby", 2, lambda: pandas_summary(tx, end),
        lambda: pp.metrics.summary_data_from_transaction_data(tx, "id", "date", "amount", observation_period_end=end), same)

    # the journey: no peer; the time of stages and RFM for every customer of the log above
    def journey():
        stages = pp.journey.stages(tx, "id", "date", at=end)
        return stages.join(pp.journey.rfm_from_transactions(tx, "id", "date", "amount", as_of=end))

    times = []
    for _ in range(REPS):
        t0 = time.perf_counter()
        j = journey()
        times.append(time.perf_counter() - t0)
    print(f"  journey: stages + RFM of {len(j):,} customers from {len(tx):,} transactions: {sorted(times)[len(times) // 2]:.2f} s "
          f"(median of {REPS}); stages {j['stage'].value_counts().to_dict()}", flush=True)

    print(f"\nlifetimes {lifetimes.__version__}, pandas {pd.__version__}, numpy {np.__version__}; medians of {REPS} interleaved runs")
    print(f"| row | peer | peer median | ours median | ratio | goal | agree |")
    print("|---|---|---|---|---|---|---|")
    for name, peer, tp, to, goal, same in rows:
        met = "met" if tp / to >= goal else "not met"
        print(f"| {name} | {peer} | {tp:.4f} s | {to:.4f} s | {tp / to:.1f}x | {goal}x ({met}) | {same} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
