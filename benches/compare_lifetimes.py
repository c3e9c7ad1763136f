"""Side by side: postpurchase vs lifetimes on the same data, in one run.

Fits BG/NBD and Gamma-Gamma on CDNOW and on seeded synthetic BG/NBD data (100,000 and 1,000,000
customers), checks the parameters agree to 4 significant digits, prints times and ratios, and
compares NPS on 10 million answers with a numpy expression. Installs nothing: run it through
scripts/bench-python, which makes the venv.
"""

from __future__ import annotations

import pathlib
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


def timed(f):
    t0 = time.perf_counter()
    out = f()
    return out, time.perf_counter() - t0


def agree(a: dict, b: dict) -> bool:
    """The same to 4 significant digits: within half a unit of the 4th digit, relative.

    Comparing the rounded strings instead would call 4.70349 and 4.70351 different."""
    return all(abs(a[k] - b[k]) <= 5e-4 * max(abs(a[k]), abs(b[k])) for k in a)


def bgnbd_objective(params: dict, df: pd.DataFrame) -> float:
    """lifetimes' own BG/NBD objective (mean negative log-likelihood) at the given parameters."""
    from lifetimes import BetaGeoFitter

    log_params = np.log([params["r"], params["alpha"], params["a"], params["b"]])
    w = np.ones(len(df))
    return float(BetaGeoFitter._negative_log_likelihood(log_params, df["frequency"].to_numpy(), df["recency"].to_numpy(), df["T"].to_numpy(), w, 0.0))


def main() -> int:
    from lifetimes import BetaGeoFitter, GammaGammaFitter

    d = np.loadtxt(SHARED / "cdnow" / "cdnow_customers_summary_with_transactions.csv", delimiter=",", skiprows=1)
    cdnow = pd.DataFrame({"frequency": d[:, 1], "recency": d[:, 2], "T": d[:, 3], "monetary_value": d[:, 4]})
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
    rows = []
    ok = True
    for name, df in [("CDNOW 2,357", cdnow)] + [(f"synthetic {n:,}", synthetic(n)) for n in sizes]:
        ours, t_ours = timed(lambda: pp.BetaGeoFitter().fit(df["frequency"], df["recency"], df["T"]))
        theirs, t_theirs = timed(lambda: BetaGeoFitter().fit(df["frequency"], df["recency"], df["T"]))
        peer_params = {k: float(theirs.params_[k]) for k in ours.params_}
        same = agree(ours.params_, peer_params)
        ok &= same
        rows.append((name, "BG/NBD", t_theirs, t_ours, same, ours.params_))
        print(
            f"{name}: BG/NBD ours " + " ".join(f"{k}={v:.6f}" for k, v in ours.params_.items())
            + " | lifetimes " + " ".join(f"{k}={v:.6f}" for k, v in peer_params.items())
            + f" | lifetimes' objective at ours {bgnbd_objective(ours.params_, df):.10f}, at its own {bgnbd_objective(peer_params, df):.10f} (lower is better)"
        )
        rep = df[df["frequency"] > 0]
        g_ours, t_g_ours = timed(lambda: pp.GammaGammaFitter().fit(rep["frequency"], rep["monetary_value"]))
        g_theirs, t_g_theirs = timed(lambda: GammaGammaFitter().fit(rep["frequency"], rep["monetary_value"]))
        same = agree(g_ours.params_, {k: g_theirs.params_[k] for k in g_ours.params_})
        ok &= same
        rows.append((name, "Gamma-Gamma", t_g_theirs, t_g_ours, same, g_ours.params_))
    answers = np.random.default_rng(1).integers(0, 11, 10_000_000).astype(float)
    ours, t_ours = timed(lambda: pp.nps(answers))
    np_score, t_np = timed(lambda: 100 * (np.mean(answers >= 9) - np.mean(answers <= 6)))
    rows.append(("10M answers", "NPS (vs numpy)", t_np, t_ours, abs(ours.score - np_score) < 1e-9, {"nps": ours.score}))
    print(f"{'data':<22}{'model':<16}{'peer s':>10}{'ours s':>10}{'ratio':>9}  same params  parameters")
    for name, model, tp, to, same, params in rows:
        ps = " ".join(f"{k}={v:.4g}" for k, v in params.items())
        print(f"{name:<22}{model:<16}{tp:>10.3f}{to:>10.3f}{tp / to:>8.1f}x  {str(same):<11}  {ps}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
