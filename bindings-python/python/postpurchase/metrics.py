"""The customer summary the CLV models use, from transaction columns."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, Optional

import numpy as np

from . import _native
from .errors import InvalidTypeError
from ._convert import array, call, floats


def summary_data_from_transaction_data(
    customers: Any,
    times: Any,
    amounts: Any,
    observation_end: _dt.date,
    calibration_end: Optional[_dt.date] = None,
    freq: str = "D",
) -> Dict[str, np.ndarray]:
    """frequency, recency, T and monetary_value per customer (same-day purchases merged), as
    ``lifetimes`` defines them; ``freq`` is ``"D"`` (days) or ``"W"`` (weeks). ``customers`` are
    integer keys (factorise strings with ``pandas.factorize``); ``times`` are datetime64 values in UTC.
    """
    cust = np.asarray(customers)
    if not np.issubdtype(cust.dtype, np.integer):
        raise InvalidTypeError("customers must be integer keys; use pandas.factorize for strings")
    t = np.asarray(times)
    if not np.issubdtype(t.dtype, np.datetime64):
        raise InvalidTypeError("times must be datetime64 values (UTC)")
    ns = np.ascontiguousarray(t.astype("datetime64[ns]").astype("<i8")).tobytes()
    cal = calibration_end.isoformat() if calibration_end is not None else None
    ids, f, r, tt, m, fh, dh = call(
        _native.summary, np.ascontiguousarray(cust, dtype="<i8").tobytes(), ns, floats(amounts, "amounts"), observation_end.isoformat(), cal, freq
    )
    out = {"customer": np.frombuffer(ids, dtype="<i8").astype(np.int64), "frequency": array(f), "recency": array(r), "T": array(tt), "monetary_value": array(m)}
    if fh is not None:
        out["frequency_holdout"] = array(fh)
        out["duration_holdout"] = np.full(len(out["frequency"]), dh)
    return out
