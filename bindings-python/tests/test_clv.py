import numpy as np
import pytest

import postpurchase as pp


def cdnow(data):
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary_with_transactions.csv", delimiter=",", skiprows=1)
    return {"frequency": d[:, 1], "recency": d[:, 2], "T": d[:, 3], "monetary_value": d[:, 4]}


def test_bgnbd_matches_the_published_fit(data):
    df = cdnow(data)
    bgf = pp.BetaGeoFitter().fit(df)
    p = bgf.params_
    assert [round(p[k], 3) for k in ("r", "alpha", "a", "b")] == [0.243, 4.414, 0.793, 2.426]
    assert round(bgf.log_likelihood_, 1) == -9582.4
    e = bgf.conditional_expected_number_of_purchases_up_to_time(39, [2.0], [30.43], [38.86])
    assert round(float(e[0]), 3) == 1.226
    alive = bgf.conditional_probability_alive(df["frequency"], df["recency"], df["T"])
    assert alive.shape == (2357,) and ((alive > 0) & (alive <= 1)).all()


def test_gamma_gamma_and_clv(data):
    df = cdnow(data)
    gg = pp.GammaGammaFitter().fit(df["frequency"], df["monetary_value"])
    assert round(gg.params_["p"], 2) == 6.25 and round(gg.params_["q"], 2) == 3.74
    bgf = pp.BetaGeoFitter().fit(df["frequency"], df["recency"], df["T"])
    clv = gg.customer_lifetime_value(bgf, df["frequency"], df["recency"], df["T"], df["monetary_value"], time=12, discount_rate=0.01, freq="W")
    assert clv.shape == (2357,) and np.isfinite(clv).all()


def test_pareto_fits(data):
    df = cdnow(data)
    m = pp.ParetoNBDFitter().fit(df)
    assert round(m.params_["r"], 3) == 0.553


def test_degenerate_and_bad_input():
    with pytest.raises(pp.DegenerateDataError):
        pp.BetaGeoFitter().fit([0, 0], [0, 0], [5, 6])
    with pytest.raises(pp.InvalidInputError) as e:
        pp.BetaGeoFitter().fit([1, np.nan], [1, 1], [5, 6])
    assert e.value.details["positions"] == "1"
    with pytest.raises(TypeError):
        pp.BetaGeoFitter().fit(["a"], [1], [2])


def test_summary_from_transactions(data):
    import datetime as dt
    rows = [l.split() for l in (data / "cdnow" / "CDNOW_sample.txt").read_text().splitlines() if l.strip()]
    cust = np.array([int(r[1]) for r in rows])
    times = np.array([np.datetime64(f"{r[2][:4]}-{r[2][4:6]}-{r[2][6:]}T12:00") for r in rows])
    amounts = np.array([float(r[4]) for r in rows])
    s = pp.metrics.customer_summary(cust, times, amounts, dt.date(1997, 9, 30), freq="W")
    assert len(s["frequency"]) == 2357
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)
    assert np.array_equal(s["frequency"], d[:, 1])
    assert np.allclose(s["recency"], d[:, 2], atol=0.006)


def test_long_columns_are_predicted_in_parallel_chunks_with_the_same_results_and_errors():
    rng = np.random.default_rng(5)
    n = 50_000
    T = rng.uniform(1, 60, n)
    x = rng.integers(0, 20, n).astype(float)
    r = np.where(x > 0, rng.uniform(0, 1, n) * T, 0.0)
    for m in (pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}),
              pp.ParetoNBDFitter.from_params({"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669})):
        whole = m.conditional_expected_number_of_purchases_up_to_time(10, x, r, T)
        pieces = np.concatenate([m.conditional_expected_number_of_purchases_up_to_time(10, x[i:i + 1000], r[i:i + 1000], T[i:i + 1000]) for i in range(0, n, 1000)])
        np.testing.assert_array_equal(whole, pieces)
        alive = m.conditional_probability_alive(x, r, T)
        assert alive.shape == (n,) and ((alive >= 0) & (alive <= 1)).all()
    bad = T.copy()
    bad[40_001] = -1.0
    with pytest.raises(pp.InvalidInputError) as e:
        pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}).conditional_probability_alive(x, r, bad)
    assert "40001" in str(e.value)


def test_generate_new_data_matches_lifetimes_generators_in_distribution():
    """Same model, same T: our simulated customers and lifetimes' agree in mean frequency and
    share alive (different random streams, so within sampling error), and a seed repeats."""
    import numpy as np
    from lifetimes.generate_data import beta_geometric_nbd_model, pareto_nbd_model

    n, T = 4000, 30.0
    bg = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    ours = bg.generate_new_data(size=n, T=T, seed=5)
    assert list(ours.columns) == ["frequency", "recency", "T", "lambda", "p", "alive", "customer_id"]
    assert ours.equals(bg.generate_new_data(size=n, T=T, seed=5))
    assert not ours.equals(bg.generate_new_data(size=n, T=T, seed=6))
    np.random.seed(5)
    theirs = beta_geometric_nbd_model(T, 0.243, 4.414, 0.793, 2.426, size=n)
    assert abs(ours["frequency"].mean() - theirs["frequency"].astype(float).mean()) < 0.15 * theirs["frequency"].astype(float).mean()
    assert abs(ours["alive"].mean() - theirs["alive"].astype(float).mean()) < 0.04
    assert (ours["recency"] <= ours["T"]).all() and (ours["frequency"] <= ours["T"]).all()

    pareto = pp.ParetoNBDFitter.from_params({"r": 0.55, "alpha": 10.58, "s": 0.61, "beta": 11.67})
    p_ours = pareto.generate_new_data(size=n, T=T, seed=1)
    assert "mu" in p_ours.columns
    np.random.seed(1)
    p_theirs = pareto_nbd_model(T, 0.55, 10.58, 0.61, 11.67, size=n)
    assert abs(p_ours["alive"].mean() - p_theirs["alive"].astype(float).mean()) < 0.04
    # one T per customer
    per = bg.generate_new_data(T=[10.0, 20.0, 30.0], seed=2)
    assert list(per["T"]) == [10.0, 20.0, 30.0]
    with pytest.raises(pp.PostPurchaseError) as e:
        bg.generate_new_data(size=3, T=-1.0, seed=1)
    assert e.value.code == "input.invalid"
