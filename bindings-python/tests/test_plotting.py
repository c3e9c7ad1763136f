"""The lifetimes-style plots render on the Agg backend, and show the right labels and data."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import postpurchase as pp  # noqa: E402
from conftest import DATA  # noqa: E402
import lifetimes.utils as lifetimes_utils  # noqa: E402


@pytest.fixture(scope="module")
def cdnow():
    rows = [l.split() for l in (DATA / "cdnow" / "CDNOW_sample.txt").read_text().splitlines() if l.strip()]
    return pd.DataFrame({"id": [int(r[1]) for r in rows], "date": pd.to_datetime([r[2] for r in rows], format="%Y%m%d")})


@pytest.fixture(scope="module")
def model(cdnow):
    s = pp.metrics.summary_data_from_transaction_data(cdnow, "id", "date", observation_period_end="1997-09-30", freq="W")
    return pp.BetaGeoFitter().fit(s)


def _render(ax, path):
    ax.figure.savefig(path)
    assert path.stat().st_size > 1000
    plt.close(ax.figure)


def test_period_transactions(model, tmp_path):
    ax = pp.plotting.plot_period_transactions(model)
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == ("Frequency of Repeat Transactions", "Number of Calibration Period Transactions", "Customers")
    bars = [p.get_height() for p in ax.patches]
    actual = model.data["frequency"].value_counts().reindex(range(7), fill_value=0).to_numpy()
    np.testing.assert_array_equal(bars[:7], actual)
    # the model's expected counts are close to the observed ones on CDNOW (a good fit)
    assert abs(bars[7] - actual[0]) / actual[0] < 0.05
    _render(ax, tmp_path / "period.png")


@pytest.mark.parametrize("which", ["frequency_recency", "probability_alive"])
def test_matrices(model, tmp_path, which):
    if which == "frequency_recency":
        ax = pp.plotting.plot_frequency_recency_matrix(model, T=4)
        assert ax.get_title().startswith("Expected Number of Future Purchases for 4 Units of Time")
    else:
        ax = pp.plotting.plot_probability_alive_matrix(model)
        assert ax.get_title().startswith("Probability Customer is Alive")
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Customer's Historical Frequency", "Customer's Recency")
    z = ax.get_images()[0].get_array()
    mf, mr = int(model.data["frequency"].max()), int(model.data["T"].max())
    assert z.shape == (mr + 1, mf + 1)
    want = model.conditional_probability_alive(3.0, 10.0, float(mr)) if which == "probability_alive" else \
        model.conditional_expected_number_of_purchases_up_to_time(4, 3.0, 10.0, float(mr))
    assert z[10, 3] == pytest.approx(float(np.asarray(want).ravel()[0]))
    _render(ax, tmp_path / f"{which}.png")


def test_calibration_vs_holdout(cdnow, tmp_path):
    ch = pp.metrics.calibration_and_holdout_data(cdnow, "id", "date", "1997-06-30", "1997-09-30", freq="W")
    m = pp.BetaGeoFitter().fit(ch["frequency_cal"], ch["recency_cal"], ch["T_cal"])
    ax = pp.plotting.plot_calibration_purchases_vs_holdout_purchases(m, ch)
    assert ax.get_xlabel() == "Purchases in calibration period" and ax.get_ylabel() == "Average of Purchases in Holdout Period"
    observed = ax.get_lines()[0].get_ydata()
    np.testing.assert_allclose(observed, ch.groupby("frequency_cal")["frequency_holdout"].mean().iloc[:7])
    _render(ax, tmp_path / "holdout.png")


def test_cumulative_transactions_equal_lifetimes_and_plot(cdnow, model, tmp_path):
    from lifetimes import BetaGeoFitter
    theirs = BetaGeoFitter()
    theirs.params_ = model.params_.copy()
    ours = pp.metrics.expected_cumulative_transactions(model, cdnow, "date", "id", 39 * 7, freq="D")
    want = lifetimes_utils.expected_cumulative_transactions(theirs, cdnow, "date", "id", 39 * 7, freq="D")
    np.testing.assert_allclose(ours.to_numpy(), want.to_numpy(), rtol=1e-9)
    ax = pp.plotting.plot_cumulative_transactions(model, cdnow, "date", "id", 39 * 7, 26 * 7, freq="D")
    assert ax.get_title() == "Tracking Cumulative Transactions" and ax.get_ylabel() == "Cumulative Transactions"
    np.testing.assert_allclose(ax.get_lines()[0].get_ydata(), ours["actual"])
    _render(ax, tmp_path / "cumulative.png")


def test_history_alive_equals_lifetimes_and_plot(cdnow, model, tmp_path):
    from lifetimes import BetaGeoFitter
    theirs = BetaGeoFitter()
    theirs.params_ = model.params_.copy()
    one = cdnow[cdnow["id"] == cdnow["id"].value_counts().index[0]]
    ours = pp.metrics.calculate_alive_path(model, one, "date", 40, freq="W")
    want = lifetimes_utils.calculate_alive_path(theirs, one, "date", 40, freq="W")
    # lifetimes evaluates age 0 too (1.0 for a first purchase); later weeks must agree
    want = np.array([float(np.ravel(v)[0]) for v in want])   # lifetimes gives one array per row
    np.testing.assert_allclose(ours.to_numpy()[1:], want[1:], rtol=1e-9)
    ax = pp.plotting.plot_history_alive(model, 40, one, "date", freq="W")
    assert (ax.get_title(), ax.get_ylabel()) == ("History of P_alive", "P_alive")
    np.testing.assert_allclose(ax.get_lines()[0].get_ydata(), ours.to_numpy())
    _render(ax, tmp_path / "alive.png")


def test_unfitted_models_and_bad_kinds_are_refused(cdnow):
    with pytest.raises(pp.InvalidTypeError):
        pp.plotting.plot_period_transactions(pp.BetaGeoFitter())
    ch = pp.metrics.calibration_and_holdout_data(cdnow, "id", "date", "1997-06-30", "1997-09-30", freq="W")
    with pytest.raises(pp.InvalidTypeError):
        pp.plotting.plot_calibration_purchases_vs_holdout_purchases(pp.BetaGeoFitter(), ch, kind="nope")
