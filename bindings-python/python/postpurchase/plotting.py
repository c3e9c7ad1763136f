"""The plots ``lifetimes.plotting`` users know, over postpurchase models (``pip install
"postpurchase[plot]"`` for matplotlib). Each draws on ``ax`` (or a new axes) and returns it.

One deliberate difference: ``plot_period_transactions`` shows the model's *expected* number of
customers per repeat-purchase count (the sum over customers of P(X(T) = n)) where lifetimes draws
one random simulation, so the plot is the same on every run.
"""

from __future__ import annotations

from typing import Any, Optional

import numpy as np

from .errors import InvalidTypeError
from .metrics import _pandas, calculate_alive_path, expected_cumulative_transactions


def _pyplot() -> Any:
    import importlib

    try:
        return importlib.import_module("matplotlib.pyplot")
    except ImportError as e:
        raise InvalidTypeError('the plots need matplotlib: pip install "postpurchase[plot]"') from e


def _axes(ax: Any) -> Any:
    return ax if ax is not None else _pyplot().subplots()[1]


def _fitted_data(model: Any) -> Any:
    data = getattr(model, "data", None)
    if data is None:
        raise InvalidTypeError("fit the model first (its fitted columns are plotted)")
    return data


def plot_period_transactions(
    model: Any,
    max_frequency: int = 7,
    title: str = "Frequency of Repeat Transactions",
    xlabel: str = "Number of Calibration Period Transactions",
    ylabel: str = "Customers",
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """Customers per number of repeat purchases: as observed, and as the model expects.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import postpurchase as pp
    >>> sim = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}).generate_new_data(2000, T=39.0, seed=3)
    >>> bgf = pp.BetaGeoFitter().fit(sim)
    >>> ax = pp.plotting.plot_period_transactions(bgf)
    >>> ax.get_xlabel(), len(ax.patches)
    ('Number of Calibration Period Transactions', 14)
    """
    pd = _pandas()
    data = _fitted_data(model)
    counts = np.arange(max_frequency)
    actual = data["frequency"].value_counts().reindex(counts, fill_value=0).astype(float)
    ages = data["T"].to_numpy(dtype=float)
    weights = data["weights"].to_numpy(dtype=float)
    expected = [float((model.probability_of_n_purchases_up_to_time(ages, np.full(len(ages), n)) * weights).sum()) for n in counts]
    frame = pd.DataFrame({"Actual": actual.to_numpy(), "Model": expected}, index=counts)
    ax = frame.plot(kind="bar", ax=_axes(ax), **kwargs)
    ax.legend()
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def _matrix(model: Any, value: Any, max_frequency: Optional[int], max_recency: Optional[int]) -> np.ndarray:
    data = _fitted_data(model)
    mf = int(data["frequency"].max()) if max_frequency is None else int(max_frequency)
    mr = int(data["T"].max()) if max_recency is None else int(max_recency)
    f, r = np.meshgrid(np.arange(mf + 1, dtype=float), np.arange(mr + 1, dtype=float))
    # a customer with no repeat purchase has recency 0; those cells are left empty
    valid = (f > 0) | (r == 0)
    z = np.full(f.shape, np.nan)
    z[valid] = value(f[valid], r[valid], np.full(int(valid.sum()), float(mr)))
    return z


def _show_matrix(z: np.ndarray, title: str, xlabel: str, ylabel: str, ax: Any, **kwargs: Any) -> Any:
    ax = _axes(ax)
    image = ax.imshow(z, interpolation=kwargs.pop("interpolation", "none"), aspect="auto", **kwargs)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.figure.colorbar(image, ax=ax)
    return ax


def plot_frequency_recency_matrix(
    model: Any,
    T: float = 1,
    max_frequency: Optional[int] = None,
    max_recency: Optional[int] = None,
    title: Optional[str] = None,
    xlabel: str = "Customer's Historical Frequency",
    ylabel: str = "Customer's Recency",
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """Expected purchases in the next ``T`` by frequency (columns) and recency (rows), for a
    customer as old as the oldest fitted one.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import postpurchase as pp
    >>> sim = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}).generate_new_data(2000, T=39.0, seed=3)
    >>> bgf = pp.BetaGeoFitter().fit(sim)
    >>> pp.plotting.plot_frequency_recency_matrix(bgf).get_xlabel()
    "Customer's Historical Frequency"
    """
    z = _matrix(model, lambda f, r, t: model.conditional_expected_number_of_purchases_up_to_time(T, f, r, t), max_frequency, max_recency)
    title = title or f"Expected Number of Future Purchases for {T} Unit{'s' if T != 1 else ''} of Time,\nby Frequency and Recency of a Customer"
    return _show_matrix(z, title, xlabel, ylabel, ax, **kwargs)


def plot_probability_alive_matrix(
    model: Any,
    max_frequency: Optional[int] = None,
    max_recency: Optional[int] = None,
    title: str = "Probability Customer is Alive,\nby Frequency and Recency of a Customer",
    xlabel: str = "Customer's Historical Frequency",
    ylabel: str = "Customer's Recency",
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """P(alive) by frequency (columns) and recency (rows), for a customer as old as the oldest.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import postpurchase as pp
    >>> sim = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}).generate_new_data(2000, T=39.0, seed=3)
    >>> bgf = pp.BetaGeoFitter().fit(sim)
    >>> pp.plotting.plot_probability_alive_matrix(bgf).get_ylabel()
    "Customer's Recency"
    """
    z = _matrix(model, lambda f, r, t: model.conditional_probability_alive(f, r, t), max_frequency, max_recency)
    return _show_matrix(z, title, xlabel, ylabel, ax, **kwargs)


_X_LABELS = {
    "frequency_cal": "Purchases in calibration period",
    "recency_cal": "Age of customer at last purchase",
    "T_cal": "Age of customer at the end of calibration period",
    "time_since_last_purchase": "Time since user made last purchase",
}


def plot_calibration_purchases_vs_holdout_purchases(model: Any, calibration_holdout_matrix: Any, kind: str = "frequency_cal", n: int = 7, ax: Any = None, **kwargs: Any) -> Any:
    """Mean holdout purchases, observed and predicted, grouped by a calibration column (the
    DataFrame of ``metrics.calibration_and_holdout_data``).

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"])})
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> holdout = pp.metrics.calibration_and_holdout_data(tx, "id", "at", "2026-02-28", "2026-03-31")
    >>> ax = pp.plotting.plot_calibration_purchases_vs_holdout_purchases(bgf, holdout)
    >>> [line.get_label() for line in ax.get_lines()]
    ['frequency_holdout', 'model_predictions']
    """
    if kind not in _X_LABELS:
        raise InvalidTypeError(f"kind is one of {sorted(_X_LABELS)}")
    s = calibration_holdout_matrix.copy()
    duration = float(s.iloc[0]["duration_holdout"])
    s["model_predictions"] = model.conditional_expected_number_of_purchases_up_to_time(duration, s["frequency_cal"], s["recency_cal"], s["T_cal"])
    if kind == "time_since_last_purchase":
        s["time_since_last_purchase"] = s["T_cal"] - s["recency_cal"]
    means = s.groupby(kind)[["frequency_holdout", "model_predictions"]].mean().iloc[:n]
    ax = means.plot(ax=_axes(ax), **kwargs)
    ax.set_title("Actual Purchases in Holdout Period vs Predicted Purchases")
    ax.set_xlabel(_X_LABELS[kind])
    ax.set_ylabel("Average of Purchases in Holdout Period")
    ax.legend()
    return ax


def plot_cumulative_transactions(
    model: Any,
    transactions: Any,
    datetime_col: str,
    customer_id_col: str,
    t: int,
    t_cal: int,
    datetime_format: Optional[str] = None,
    freq: str = "D",
    set_index_date: bool = False,
    title: str = "Tracking Cumulative Transactions",
    xlabel: str = "day",
    ylabel: str = "Cumulative Transactions",
    ax: Any = None,
    **kwargs: Any,
) -> Any:
    """Cumulative repeat purchases, observed and expected, with the calibration end marked.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"])})
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> ax = pp.plotting.plot_cumulative_transactions(bgf, tx, "at", "id", t=80, t_cal=50)
    >>> ax.get_xlabel()
    'day'
    """
    frame = expected_cumulative_transactions(model, transactions, datetime_col, customer_id_col, t, datetime_format=datetime_format, freq=freq, set_index_date=set_index_date)
    ax = frame.plot(ax=_axes(ax), title=title, **kwargs)
    ax.axvline(x=frame.index[int(t_cal)] if set_index_date else t_cal, color="r", linestyle="--")
    ax.set_xlabel("date" if set_index_date else xlabel)
    ax.set_ylabel(ylabel)
    return ax


def plot_history_alive(model: Any, t: int, transactions: Any, datetime_col: str, freq: str = "D", start_date: Any = None, ax: Any = None, **kwargs: Any) -> Any:
    """One customer's P(alive) over ``t`` periods from the first purchase, with the purchases.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"])})
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> ax = pp.plotting.plot_history_alive(bgf, 80, tx[tx["id"] == "a"], "at")
    >>> ax.get_ylabel()
    'P_alive'
    """
    pd = _pandas()
    ax = _axes(ax)
    path = calculate_alive_path(model, transactions, datetime_col, t, freq)
    times = pd.to_datetime(transactions[datetime_col])
    dates = pd.date_range(start=times.min(), periods=len(path), freq=freq)
    ax.plot(dates, path, "-", label="P_alive", **kwargs)
    bought = times.dt.to_period(freq).dt.to_timestamp().drop_duplicates()
    ax.vlines(bought.to_numpy(), ymin=0, ymax=1, colors="r", linestyles="dashed", label="purchases")
    ax.set_ylim(0, 1.0)
    ax.set_yticks(np.arange(0, 1.1, 0.1))
    ax.set_xlim(start_date if start_date is not None else times.min(), dates[-1])
    ax.legend(loc=3)
    ax.set_ylabel("P_alive")
    ax.set_title("History of P_alive")
    return ax
