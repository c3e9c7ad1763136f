"""The customer summary the CLV models use, from transactions.

Two conventions, side by side:

- ``summary_data_from_transaction_data`` and ``calibration_and_holdout_data`` take and give what
  ``lifetimes.utils`` does (a DataFrame in, a DataFrame indexed by customer out), counting in
  calendar periods: each purchase moves to the start of its hour, day or week (Monday to Sunday),
  and ``recency`` and ``T`` are differences of period starts.
- ``customer_summary`` keeps the continuous convention of the BTYD papers: days between purchase
  days, divided by 7 for weeks.

They differ for weeks. Purchases on Sunday 1 March 2026 and Monday 2 March, observed to Sunday
15 March: calendar weeks give recency 1 and T 2 (the Monday starts a new week); the continuous
convention gives recency 1/7 and T 2.

>>> import pandas as pd, postpurchase as pp
>>> tx = pd.DataFrame({"id": ["ann", "ann"], "at": pd.to_datetime(["2026-03-01", "2026-03-02"])})
>>> pp.metrics.summary_data_from_transaction_data(tx, "id", "at", observation_period_end="2026-03-15", freq="W")
     frequency  recency    T
id
ann        1.0      1.0  2.0
>>> s = pp.metrics.customer_summary([1, 1], tx["at"].to_numpy(), [0.0, 0.0], pd.Timestamp("2026-03-15").date(), freq="W")
>>> float(s["recency"][0]), float(s["T"][0])
(0.14285714285714285, 2.0)
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, Optional, Tuple

import numpy as np

from . import _native
from .errors import InvalidTypeError
from ._convert import array, call, floats


def _pandas() -> Any:
    """pandas, imported when a DataFrame function is called (it is an optional dependency)."""
    import importlib

    try:
        return importlib.import_module("pandas")
    except ImportError as e:
        raise InvalidTypeError("this function works on pandas DataFrames: pip install pandas") from e


def customer_summary(
    customers: Any,
    times: Any,
    amounts: Any,
    observation_end: _dt.date,
    calibration_end: Optional[_dt.date] = None,
    freq: str = "D",
) -> Dict[str, np.ndarray]:
    """frequency, recency, T and monetary_value per customer in the continuous convention of the
    BTYD papers (same-day purchases merged; ``freq`` ``"D"`` or ``"W"`` = days / 7), as numpy
    columns. ``customers`` are integer keys; ``times`` are datetime64 values in UTC.

    >>> import numpy as np, datetime as dt, postpurchase as pp
    >>> s = pp.metrics.customer_summary([7, 7], np.array(["2026-03-01", "2026-03-04"], dtype="datetime64[ns]"), [10.0, 30.0], dt.date(2026, 3, 8))
    >>> [float(s[k][0]) for k in ("frequency", "recency", "T", "monetary_value")]
    [1.0, 3.0, 7.0, 30.0]
    """
    cust = np.asarray(customers)
    if not np.issubdtype(cust.dtype, np.integer):
        raise InvalidTypeError("customers must be integer keys; use pandas.factorize for strings")
    t = np.asarray(times)
    if not np.issubdtype(t.dtype, np.datetime64):
        raise InvalidTypeError("times must be datetime64 values (UTC)")
    ns = np.ascontiguousarray(t.astype("datetime64[ns]").view("<i8"))
    cal = calibration_end.isoformat() if calibration_end is not None else None
    ids, f, r, tt, m, fh, dh = call(
        _native.summary, np.ascontiguousarray(cust, dtype="<i8"), ns, floats(amounts, "amounts"), observation_end.isoformat(), cal, freq
    )
    out = {"customer": np.frombuffer(ids, dtype="<i8").astype(np.int64), "frequency": array(f), "recency": array(r), "T": array(tt), "monetary_value": array(m)}
    if fh is not None:
        out["frequency_holdout"] = array(fh)
        out["duration_holdout"] = np.full(len(out["frequency"]), dh)
    return out


def _instants(values: Any, datetime_format: Optional[str]) -> Any:
    """Times as pandas datetimes without a zone (UTC when they had one)."""
    pd = _pandas()

    t = pd.to_datetime(values, format=datetime_format)
    if getattr(t, "tz", None) is not None or (hasattr(t, "dt") and t.dt.tz is not None):
        t = t.tz_convert("UTC").tz_localize(None) if not hasattr(t, "dt") else t.dt.tz_convert("UTC").dt.tz_localize(None)
    return t


def _nanos(value: Any, datetime_format: Optional[str]) -> int:
    pd = _pandas()

    t = _instants(pd.Series([value]), datetime_format).iloc[0]
    return int(t.value)


def _columns(transactions: Any, customer_id_col: str, datetime_col: str, monetary_value_col: Optional[str], datetime_format: Optional[str]) -> Tuple[np.ndarray, str, np.ndarray, np.ndarray, Any, Any]:
    """The customer column as the native side takes it and its kind (int64 or uint64 ids as
    they are; other ids factorised in sorted order, missing ones as -1), times in ns, amounts,
    the sorted distinct ids when factorised, and the times as pandas datetimes."""
    pd = _pandas()

    ids = transactions[customer_id_col]
    raw = np.asarray(ids)
    uniques = None
    if raw.dtype.kind == "i":
        customers, kind = np.ascontiguousarray(raw, dtype="<i8"), "int64"
    elif raw.dtype.kind == "u":
        customers, kind = np.ascontiguousarray(raw, dtype="<u8"), "uint64"
    else:
        codes, uniques = pd.factorize(ids, sort=True)
        customers, kind = np.ascontiguousarray(codes, dtype="<i8"), "codes"
    times = _instants(transactions[datetime_col], datetime_format)
    ns = np.ascontiguousarray(times.to_numpy(dtype="datetime64[ns]").view("<i8"))
    amounts = floats(transactions[monetary_value_col], monetary_value_col) if monetary_value_col else np.zeros(len(customers))
    return customers, kind, ns, amounts, uniques, times


def _index(ids: bytes, kind: str, uniques: Any, name: str) -> Any:
    """The summary's customer index: the ids exactly as given."""
    pd = _pandas()

    if kind == "codes":
        return pd.Index(uniques.take(np.frombuffer(ids, dtype="<i8")), name=name)
    return pd.Index(np.frombuffer(ids, dtype="<i8" if kind == "int64" else "<u8"), name=name)


def summary_data_from_transaction_data(
    transactions: Any,
    customer_id_col: str,
    datetime_col: str,
    monetary_value_col: Optional[str] = None,
    datetime_format: Optional[str] = None,
    observation_period_end: Any = None,
    freq: str = "D",
    freq_multiplier: float = 1,
    include_first_transaction: bool = False,
) -> Any:
    """``lifetimes.utils.summary_data_from_transaction_data``, with its arguments and results: a
    DataFrame indexed by customer id (ids exactly as given, ints or strings) with frequency,
    recency and T (and monetary_value with ``monetary_value_col``), counted in calendar periods
    (``freq`` ``"h"``, ``"D"`` or ``"W"``). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": [2**62 + 1, 2**62 + 1, 5], "at": ["2026-03-01", "2026-03-05", "2026-03-02"], "paid": [10.0, 30.0, 7.0]})
    >>> pp.metrics.summary_data_from_transaction_data(tx, "id", "at", "paid", observation_period_end="2026-03-08")
                         frequency  recency    T  monetary_value
    id
    5                          0.0      0.0  6.0             0.0
    4611686018427387905        1.0      4.0  7.0            30.0
    """
    pd = _pandas()

    customers, kind, ns, amounts, uniques, times = _columns(transactions, customer_id_col, datetime_col, monetary_value_col, datetime_format)
    end = int(times.max().value) if observation_period_end is None else _nanos(observation_period_end, datetime_format)
    (ids, f, r, t, m, _, _), _ = call(_native.period_summary, customers, ns, amounts, end, None, freq, float(freq_multiplier), bool(include_first_transaction), kind)
    index = _index(ids, kind, uniques, customer_id_col)
    df = pd.DataFrame({"frequency": array(f), "recency": array(r), "T": array(t)}, index=index)
    if monetary_value_col:
        df["monetary_value"] = array(m)
    return df


def calibration_and_holdout_data(
    transactions: Any,
    customer_id_col: str,
    datetime_col: str,
    calibration_period_end: Any,
    observation_period_end: Any = None,
    freq: str = "D",
    freq_multiplier: float = 1,
    datetime_format: Optional[str] = None,
    monetary_value_col: Optional[str] = None,
    include_first_transaction: bool = False,
) -> Any:
    """``lifetimes.utils.calibration_and_holdout_data``, with its arguments and results: the
    calibration summary (``frequency_cal``, ``recency_cal``, ``T_cal``, ``monetary_value_cal``) and
    the holdout per calibrated customer (``frequency_holdout``, ``monetary_value_holdout`` with a
    monetary column, ``duration_holdout``). No purchase in the holdout raises ``InvalidInputError``
    (a ``ValueError``, as in lifetimes). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b"], "at": ["2026-03-01", "2026-03-03", "2026-03-10", "2026-03-02"]})
    >>> pp.metrics.calibration_and_holdout_data(tx, "id", "at", "2026-03-05", "2026-03-15")
        frequency_cal  recency_cal  T_cal  frequency_holdout  duration_holdout
    id
    a             1.0          2.0    4.0                1.0              10.0
    b             0.0          0.0    3.0                0.0              10.0
    """
    pd = _pandas()

    customers, kind, ns, amounts, uniques, times = _columns(transactions, customer_id_col, datetime_col, monetary_value_col, datetime_format)
    end = int(times.max().value) if observation_period_end is None else _nanos(observation_period_end, datetime_format)
    cal = _nanos(calibration_period_end, datetime_format)
    (ids, f, r, t, m, fh, dh), mh = call(_native.period_summary, customers, ns, amounts, end, cal, freq, float(freq_multiplier), bool(include_first_transaction), kind)
    index = _index(ids, kind, uniques, customer_id_col)
    df = pd.DataFrame({"frequency_cal": array(f), "recency_cal": array(r), "T_cal": array(t)}, index=index)
    if monetary_value_col:
        df["monetary_value_cal"] = array(m)
    df["frequency_holdout"] = array(fh)
    if monetary_value_col:
        df["monetary_value_holdout"] = array(mh)
    df["duration_holdout"] = float(dh) if dh is not None else 0.0
    return df


def expected_cumulative_transactions(
    model: Any,
    transactions: Any,
    datetime_col: str,
    customer_id_col: str,
    t: int,
    datetime_format: Optional[str] = None,
    freq: str = "D",
    set_index_date: bool = False,
    freq_multiplier: int = 1,
) -> Any:
    """``lifetimes.utils.expected_cumulative_transactions``: per period from the first purchase
    in the log, the cumulative repeat purchases observed (``actual``) and the model's
    expectation for the customers acquired so far (``predicted``: each cohort of first
    purchases times E[X(age)] from ``expected_number_of_purchases_up_to_time``). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]})
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> cum = pp.metrics.expected_cumulative_transactions(bgf, tx, "at", "id", t=90)
    >>> list(cum.columns), len(cum)
    (['actual', 'predicted'], 90)
    """
    pd = _pandas()
    times = _instants(transactions[datetime_col], datetime_format)
    start = times.min()
    start_period = start.to_period(freq)
    end = start_period + t
    periods = times.dt.to_period(freq)
    log = pd.DataFrame({"customer": transactions[customer_id_col].to_numpy(), "period": periods.to_numpy()})
    log = log[log["period"] <= end].drop_duplicates().sort_values(["customer", "period"])
    first = log.groupby("customer", sort=True).head(1)
    repeated = log.drop(first.index)
    date_periods = pd.date_range(start, periods=t + 1, freq=freq).to_period(freq)
    cohorts = first.groupby("period").size()
    predicted = []
    for i, period in enumerate(date_periods):
        if i % freq_multiplier == 0 and i > 0:
            earlier = cohorts[cohorts.index < period]
            ages = np.array([(period - p).n for p in earlier.index], dtype=float) / freq_multiplier
            expected = model.expected_number_of_purchases_up_to_time(ages) if len(ages) else np.zeros(0)
            predicted.append(float(np.sum(np.asarray(expected) * earlier.to_numpy())))
    observed = repeated.groupby("period").size().reindex(date_periods, fill_value=0)
    actual = [float(observed.iloc[: j * freq_multiplier].sum()) for j in range(1, t // freq_multiplier + 1)]
    index = date_periods[freq_multiplier - 1 : -1 : freq_multiplier] if set_index_date else range(0, t // freq_multiplier)
    return pd.DataFrame({"actual": actual, "predicted": predicted}, index=index)


def calculate_alive_path(model: Any, transactions: Any, datetime_col: str, t: int, freq: str = "D") -> Any:
    """``lifetimes.utils.calculate_alive_path``: one customer's P(alive) at each of ``t + 1``
    periods from the first purchase (frequency, recency and age as of each period). Needs pandas.

    >>> import pandas as pd, postpurchase as pp
    >>> tx = pd.DataFrame({"id": ["a", "a", "a", "b", "b", "c"], "at": pd.to_datetime(["2026-01-03", "2026-02-10", "2026-03-20", "2026-01-15", "2026-03-01", "2026-03-25"]), "paid": [40.0, 25.0, 60.0, 15.0, 15.0, 90.0]})
    >>> bgf = pp.BetaGeoFitter.from_params({"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426})
    >>> path = pp.metrics.calculate_alive_path(bgf, tx[tx["id"] == "a"], "at", t=80)
    >>> len(path), float(path.iloc[0])
    (81, 1.0)
    """
    pd = _pandas()
    times = pd.Series(1, index=pd.DatetimeIndex(_instants(transactions[datetime_col], None)))
    bought = (times.resample(freq).sum() > 0).astype(int).to_numpy()
    bought = np.append(bought, np.zeros(max(0, t + 1 - len(bought)), dtype=int))
    age = np.arange(len(bought), dtype=float)
    frequency = np.cumsum(bought) - 1.0
    recency = pd.Series(np.where(bought > 0, age, np.nan)).ffill().fillna(0).to_numpy()
    # at age 0 no time has passed: alive for certain (the models need an age above 0)
    alive = np.ones(len(age))
    later = age > 0
    alive[later] = np.asarray(model.conditional_probability_alive(frequency[later], recency[later], age[later]))
    return pd.Series(alive)
