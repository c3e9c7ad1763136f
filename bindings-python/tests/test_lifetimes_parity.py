"""The summary functions against lifetimes run live on the same data (CDNOW and edge cases)."""

import numpy as np
import pandas as pd
import pytest

import postpurchase as pp
from conftest import DATA

import lifetimes.utils as lifetimes_utils  # noqa: E402  (scripts/test-python installs lifetimes 0.11.3)


@pytest.fixture(scope="module")
def cdnow():
    rows = [l.split() for l in (DATA / "cdnow" / "CDNOW_sample.txt").read_text().splitlines() if l.strip()]
    return pd.DataFrame({
        "customer_id": [int(r[1]) for r in rows],
        "date": pd.to_datetime([r[2] for r in rows], format="%Y%m%d"),
        "spend": [float(r[4]) for r in rows],
    })


def _same(ours, theirs):
    assert list(ours.columns) == list(theirs.columns)
    assert list(ours.index) == list(theirs.index)
    assert ours.index.name == theirs.index.name
    np.testing.assert_allclose(ours.to_numpy(), theirs.to_numpy(dtype=float), rtol=1e-12, atol=1e-9)


@pytest.mark.parametrize("freq,multiplier", [("D", 1), ("W", 1), ("h", 24)])
@pytest.mark.parametrize("monetary", [None, "spend"])
@pytest.mark.parametrize("include_first", [False, True])
def test_summary_equals_lifetimes_on_cdnow(cdnow, freq, multiplier, monetary, include_first):
    args = dict(monetary_value_col=monetary, observation_period_end="1997-09-30", freq=freq, freq_multiplier=multiplier, include_first_transaction=include_first)
    _same(pp.metrics.summary_data_from_transaction_data(cdnow, "customer_id", "date", **args),
          lifetimes_utils.summary_data_from_transaction_data(cdnow, "customer_id", "date", **args))


@pytest.mark.parametrize("freq", ["D", "W"])
@pytest.mark.parametrize("monetary", [None, "spend"])
def test_calibration_and_holdout_equal_lifetimes_on_cdnow(cdnow, freq, monetary):
    args = dict(calibration_period_end="1997-06-30", observation_period_end="1997-09-30", freq=freq, monetary_value_col=monetary)
    _same(pp.metrics.calibration_and_holdout_data(cdnow, "customer_id", "date", **args),
          lifetimes_utils.calibration_and_holdout_data(cdnow, "customer_id", "date", **args))


def test_string_and_large_integer_ids_come_back_exactly():
    t = pd.to_datetime(["2026-03-01 10:00", "2026-03-01 18:00", "2026-03-09 00:00", "2026-03-02 00:00", "2026-03-03 00:00"])
    for ids in (["zoe", "zoe", "zoe", "ann", "ann"], [2**62 + 1, 2**62 + 1, 2**62 + 1, 2**62, 2**62]):
        tx = pd.DataFrame({"who": ids, "at": t, "paid": [1.0, 2.0, 4.0, 8.0, 16.0]})
        ours = pp.metrics.summary_data_from_transaction_data(tx, "who", "at", "paid", observation_period_end="2026-03-15")
        _same(ours, lifetimes_utils.summary_data_from_transaction_data(tx, "who", "at", "paid", observation_period_end="2026-03-15"))
        assert list(ours.index) == sorted(set(ids)), "each id once, as given"
    # through float64 the two large ids above would be one customer
    assert float(2**62 + 1) == float(2**62)


def test_the_default_observation_end_is_the_last_purchase_and_a_zone_is_read_as_utc():
    tx = pd.DataFrame({"who": [1, 1, 2], "at": pd.to_datetime(["2026-03-01T23:30:00+01:00", "2026-03-04T00:30:00Z", "2026-03-06T12:00:00Z"], utc=True)})
    ours = pp.metrics.summary_data_from_transaction_data(tx, "who", "at")
    naive = tx.assign(at=tx["at"].dt.tz_convert("UTC").dt.tz_localize(None))
    _same(ours, lifetimes_utils.summary_data_from_transaction_data(naive, "who", "at"))
    assert ours.loc[1, "recency"] == 3.0 and ours.loc[1, "T"] == 5.0


def test_bad_columns_are_typed_errors():
    tx = pd.DataFrame({"who": [1, None], "at": pd.to_datetime(["2026-03-01", "2026-03-02"]), "paid": [1.0, -2.0]})
    with pytest.raises(pp.InvalidTransactionError):
        pp.metrics.summary_data_from_transaction_data(tx, "who", "at")
    with pytest.raises(pp.InvalidTransactionError):
        pp.metrics.summary_data_from_transaction_data(tx.fillna(2), "who", "at", "paid")
    with pytest.raises(pp.InvalidInputError):
        pp.metrics.summary_data_from_transaction_data(tx.fillna(2), "who", "at", freq="M")
    with pytest.raises(ValueError):
        pp.metrics.calibration_and_holdout_data(tx.fillna(2), "who", "at", "2026-03-05", "2026-03-06")


def test_pandas_in_pandas_out_and_params_as_a_series(cdnow):
    from lifetimes import BetaGeoFitter, GammaGammaFitter
    summary = pp.metrics.summary_data_from_transaction_data(cdnow, "customer_id", "date", "spend", observation_period_end="1997-09-30", freq="W")
    ours = pp.BetaGeoFitter().fit(summary)
    theirs = BetaGeoFitter().fit(summary["frequency"], summary["recency"], summary["T"])
    assert isinstance(ours.params_, pd.Series) and list(ours.params_.index) == ["r", "alpha", "a", "b"]
    np.testing.assert_allclose(ours.params_[["r", "alpha", "a", "b"]], theirs.params_[["r", "alpha", "a", "b"]], rtol=2e-4)
    # a Series in gives a Series on its index; the whole DataFrame too; numpy gives numpy
    shuffled = summary.sample(frac=1.0, random_state=1)
    got = ours.conditional_expected_number_of_purchases_up_to_time(10, shuffled["frequency"], shuffled["recency"], shuffled["T"])
    assert isinstance(got, pd.Series) and got.index.equals(shuffled.index)
    want = theirs.conditional_expected_number_of_purchases_up_to_time(10, shuffled["frequency"], shuffled["recency"], shuffled["T"])
    np.testing.assert_allclose(got.loc[want.index], want, rtol=1e-3)
    alive = ours.conditional_probability_alive(shuffled)
    assert isinstance(alive, pd.Series) and alive.index.equals(shuffled.index)
    raw = ours.conditional_probability_alive(shuffled["frequency"].to_numpy(), shuffled["recency"].to_numpy(), shuffled["T"].to_numpy())
    assert isinstance(raw, np.ndarray) and np.array_equal(raw, alive.to_numpy())
    # Gamma-Gamma on the repeat buyers, with expected spend and CLV on the same index
    repeat = summary[summary["frequency"] > 0]
    gg = pp.GammaGammaFitter().fit(repeat["frequency"], repeat["monetary_value"])
    gg_theirs = GammaGammaFitter().fit(repeat["frequency"], repeat["monetary_value"])
    assert list(gg.params_.index) == ["p", "q", "v"]
    np.testing.assert_allclose(gg.params_[["p", "q", "v"]], gg_theirs.params_[["p", "q", "v"]], rtol=2e-4)
    spend = gg.conditional_expected_average_profit(repeat)
    assert isinstance(spend, pd.Series) and spend.index.equals(repeat.index)
    clv = gg.customer_lifetime_value(ours, repeat["frequency"], repeat["recency"], repeat["T"], repeat["monetary_value"], freq="W")
    assert isinstance(clv, pd.Series) and clv.index.equals(repeat.index) and (clv > 0).all()


@pytest.mark.parametrize("name", ["BetaGeoFitter", "ModifiedBetaGeoFitter", "ParetoNBDFitter"])
def test_penalizer_means_what_it_means_in_lifetimes(cdnow, name):
    import lifetimes
    s = pp.metrics.summary_data_from_transaction_data(cdnow, "customer_id", "date", observation_period_end="1997-09-30", freq="W")
    # lifetimes fits Pareto/NBD with Nelder-Mead, whose stopping point moves in the 4th digit
    # at larger penalties; at 0.01 (the case) every model agrees to 4 significant digits
    for pen in (0.01,) if name == "ParetoNBDFitter" else (0.01, 0.1):
        ours = getattr(pp, name)(penalizer_coef=pen).fit(s)
        theirs = getattr(lifetimes, name)(penalizer_coef=pen).fit(s["frequency"], s["recency"], s["T"])
        names = list(ours.params_.index)
        np.testing.assert_allclose(ours.params_[names], theirs.params_[names], rtol=5e-4)


def test_gamma_gamma_penalizer_as_lifetimes(cdnow):
    from lifetimes import GammaGammaFitter
    s = pp.metrics.summary_data_from_transaction_data(cdnow, "customer_id", "date", "spend", observation_period_end="1997-09-30", freq="W")
    repeat = s[s["frequency"] > 0]
    ours = pp.GammaGammaFitter(penalizer_coef=0.01).fit(repeat)
    theirs = GammaGammaFitter(penalizer_coef=0.01).fit(repeat["frequency"], repeat["monetary_value"])
    np.testing.assert_allclose(ours.params_[["p", "q", "v"]], theirs.params_[["p", "q", "v"]], rtol=2e-4)


@pytest.mark.parametrize("name", ["BetaGeoFitter", "ModifiedBetaGeoFitter", "ParetoNBDFitter"])
def test_the_model_is_the_same_in_weeks_days_or_hours(data, name):
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)
    f, r, T = d[:, 1], d[:, 2], d[:, 3]
    for pen in (0.0, 0.01):
        weeks = getattr(pp, name)(penalizer_coef=pen).fit(f, r, T).params_
        for per_week in (7, 168):
            other = getattr(pp, name)(penalizer_coef=pen).fit(f, r * per_week, T * per_week).params_.copy()
            for scale in ("alpha", "beta"):
                if scale in other.index:
                    other[scale] /= per_week
            np.testing.assert_allclose(other, weeks, rtol=1e-4)


def test_a_fit_that_stops_early_warns(data):
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)
    with pytest.warns(pp.ConvergenceWarning):
        m = pp.ParetoNBDFitter().fit(d[:, 1], d[:, 2], d[:, 3], maxiter=2)
    assert m.diagnostics_["converged"] is False
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", pp.ConvergenceWarning)
        pp.ParetoNBDFitter().fit(d[:, 1], d[:, 2], d[:, 3])


@pytest.mark.parametrize("name", ["BetaGeoFitter", "ModifiedBetaGeoFitter", "ParetoNBDFitter"])
def test_new_customer_predictions_equal_lifetimes(data, name):
    import lifetimes
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)
    ours = getattr(pp, name)().fit(d[:, 1], d[:, 2], d[:, 3])
    theirs = getattr(lifetimes, name)()
    theirs.params_ = ours.params_.copy()       # the same model: only the formulas are compared
    for t in (1.0, 12.0, 39.0):
        for n in (0, 1, 3):
            if hasattr(theirs, "probability_of_n_purchases_up_to_time"):   # lifetimes has none for Pareto/NBD
                assert ours.probability_of_n_purchases_up_to_time(t, n) == pytest.approx(float(theirs.probability_of_n_purchases_up_to_time(t, n)), rel=1e-8)
        assert ours.expected_number_of_purchases_up_to_time(t) == pytest.approx(float(theirs.expected_number_of_purchases_up_to_time(t)), rel=1e-8)
    ts = np.array([1.0, 12.0, 39.0])
    np.testing.assert_allclose(ours.expected_number_of_purchases_up_to_time(ts), [ours.expected_number_of_purchases_up_to_time(t) for t in ts])
    probs = ours.probability_of_n_purchases_up_to_time(39.0, np.arange(0, 300))
    assert abs(probs.sum() - 1) < 1e-6
    row = d[:5]
    np.testing.assert_array_equal(ours.predict(10, row[:, 1], row[:, 2], row[:, 3]), ours.conditional_expected_number_of_purchases_up_to_time(10, row[:, 1], row[:, 2], row[:, 3]))


def test_models_are_saved_and_loaded_as_versioned_json(tmp_path, data):
    import json
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)
    m = pp.BetaGeoFitter(penalizer_coef=0.01).fit(d[:, 1], d[:, 2], d[:, 3])
    m.save_model(tmp_path / "bg.json")
    again = pp.BetaGeoFitter.load_model(tmp_path / "bg.json")
    assert again.params_.equals(m.params_) and again.penalizer_coef == 0.01 and again.log_likelihood_ == m.log_likelihood_
    np.testing.assert_array_equal(again.conditional_probability_alive(d[:, 1], d[:, 2], d[:, 3]), m.conditional_probability_alive(d[:, 1], d[:, 2], d[:, 3]))
    doc = json.loads((tmp_path / "bg.json").read_text())
    assert (doc["format"], doc["version"], doc["model"]) == ("postpurchase.model", 1, "BetaGeoFitter")
    with pytest.raises(pp.InvalidInputError):
        pp.ParetoNBDFitter.load_model(tmp_path / "bg.json")
    (tmp_path / "future.json").write_text(json.dumps({**doc, "version": 2}))
    with pytest.raises(pp.InvalidInputError):
        pp.BetaGeoFitter.load_model(tmp_path / "future.json")
    m5 = np.loadtxt(data / "cdnow" / "cdnow_customers_summary_with_transactions.csv", delimiter=",", skiprows=1)
    repeat = m5[m5[:, 1] > 0]
    gg = pp.GammaGammaFitter().fit(repeat[:, 1], repeat[:, 4])
    assert np.isfinite(gg.log_likelihood_) and gg.log_likelihood_ < 0
    gg.save_model(tmp_path / "gg.json")
    assert pp.GammaGammaFitter.load_model(tmp_path / "gg.json").params_.equals(gg.params_)


def test_standard_errors_and_summary_as_lifetimes(cdnow):
    from lifetimes import BetaGeoFitter, GammaGammaFitter
    s = pp.metrics.summary_data_from_transaction_data(cdnow, "customer_id", "date", "spend", observation_period_end="1997-09-30", freq="W")
    ours = pp.BetaGeoFitter().fit(s)
    theirs = BetaGeoFitter().fit(s["frequency"], s["recency"], s["T"])
    np.testing.assert_allclose(ours.standard_errors_, theirs.standard_errors_[ours.params_.index], rtol=1e-3)
    assert list(ours.summary.columns) == list(theirs.summary.columns)
    np.testing.assert_allclose(ours.summary.to_numpy(), theirs.summary.loc[ours.params_.index].to_numpy(), rtol=1e-3)
    repeat = s[s["frequency"] > 0]
    gg = pp.GammaGammaFitter().fit(repeat)
    gg_theirs = GammaGammaFitter().fit(repeat["frequency"], repeat["monetary_value"])
    np.testing.assert_allclose(gg.standard_errors_, gg_theirs.standard_errors_[["p", "q", "v"]], rtol=1e-3)
    # Pareto/NBD has them too (lifetimes has none to compare with): finite and positive
    pareto = pp.ParetoNBDFitter().fit(s)
    assert (pareto.standard_errors_ > 0).all() and (pareto.confidence_intervals_["lower 95% bound"] < pareto.params_).all()


@pytest.mark.parametrize("freq", ["H", "D", "W", "M"])
def test_customer_lifetime_value_in_every_unit_equals_lifetimes(data, freq):
    from lifetimes import BetaGeoFitter, GammaGammaFitter
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary_with_transactions.csv", delimiter=",", skiprows=1)
    repeat = pd.DataFrame(d[d[:, 1] > 0][:200, 1:], columns=["frequency", "recency", "T", "monetary_value"])
    bg = pp.BetaGeoFitter().fit(repeat)
    gg = pp.GammaGammaFitter().fit(repeat)
    bg_theirs, gg_theirs = BetaGeoFitter(), GammaGammaFitter()
    bg_theirs.params_, gg_theirs.params_ = bg.params_.copy(), gg.params_.copy()
    bg_theirs.predict = bg_theirs.conditional_expected_number_of_purchases_up_to_time   # lifetimes sets it in fit
    args = (repeat["frequency"], repeat["recency"], repeat["T"], repeat["monetary_value"])
    ours = gg.customer_lifetime_value(bg, *args, time=12, discount_rate=0.01, freq=freq)
    theirs = gg_theirs.customer_lifetime_value(bg_theirs, *args, time=12, discount_rate=0.01, freq=freq)
    np.testing.assert_allclose(ours, theirs, rtol=1e-9)
    assert ours.index.equals(repeat.index)


def test_pareto_conditional_probability_of_n_purchases_equals_lifetimes(data):
    from lifetimes import ParetoNBDFitter
    d = np.loadtxt(data / "cdnow" / "cdnow_customers_summary.csv", delimiter=",", skiprows=1)[:300]
    ours = pp.ParetoNBDFitter.from_params({"r": 0.553, "alpha": 10.578, "s": 0.606, "beta": 11.669})
    theirs = ParetoNBDFitter()
    theirs.params_ = ours.params_.copy()
    f, r, T = d[:, 1], d[:, 2], d[:, 3]
    for n in (0, 1, 2, 5):
        for t in (4.0, 39.0):
            got = ours.conditional_probability_of_n_purchases_up_to_time(n, t, f, r, T)
            want = theirs.conditional_probability_of_n_purchases_up_to_time(n, t, f, r, T)
            np.testing.assert_allclose(got, want, rtol=1e-7, atol=1e-12)
    # over n it is a distribution whose mean is the conditional expectation
    probs = np.array([ours.conditional_probability_of_n_purchases_up_to_time(n, 39.0, f[:20], r[:20], T[:20]) for n in range(150)])
    np.testing.assert_allclose(probs.sum(axis=0), 1.0, atol=1e-6)
    mean = (np.arange(150)[:, None] * probs).sum(axis=0)
    np.testing.assert_allclose(mean, ours.conditional_expected_number_of_purchases_up_to_time(39.0, f[:20], r[:20], T[:20]), rtol=1e-4)
