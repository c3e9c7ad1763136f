"""Delivery promises learnt from the shop's own history (the core's ``promise`` module), over
pandas DataFrames.

A shipment has a lane (``carrier``, ``service``, ``origin``, ``destination``: regions are whatever
you hold, a postcode prefix, a state, a country), when it was ordered, handed to the carrier and
delivered (``NaT`` while not yet). Durations are counted in the shop's business calendar; parcels
still travelling are censored, not dropped; sparse lanes borrow from their carrier's service,
the carrier and the whole shop. Dates come back as ``datetime64[D]`` (``NaT``: no date).

>>> import pandas as pd, postpurchase as pp
>>> cal = pp.promise.calendar("Europe/Berlin", cutoff="14:00")
>>> history = pd.DataFrame({
...     "carrier": ["dhl"] * 40, "service": ["paket"] * 40, "origin": ["DE-1"] * 40, "destination": ["DE-8"] * 40,
...     "ordered_at": pd.Timestamp("2026-03-02 08:00", tz="UTC"),
...     "handed_over_at": pd.Timestamp("2026-03-02 12:00", tz="UTC"),
...     "delivered_at": pd.Timestamp("2026-03-04 15:00", tz="UTC")})
>>> model = pp.promise.PromiseModel.fit(history, cal, as_of="2026-03-20T00:00:00Z")
>>> orders = history.head(1).assign(ordered_at=pd.Timestamp("2026-03-09 09:00", tz="UTC"))
>>> model.predict(orders)[["likely", "latest", "confidence"]]
       likely     latest confidence
0  2026-03-11 2026-03-11       high
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import _native
from ._convert import call
from .errors import InvalidTypeError

__all__ = ["calendar", "PromiseModel", "LANE_COLUMNS", "CONFIDENCE", "REASONS"]

#: The columns that make a lane, in order.
LANE_COLUMNS = ("carrier", "service", "origin", "destination")
#: Confidence codes as the native side numbers them.
CONFIDENCE = ("high", "medium", "low", "none")
#: Reasons as the native side's bits.
REASONS = (("thin_data", 1), ("unknown_lane", 2), ("volatile_lane", 4), ("censored", 8))

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NAT = np.iinfo(np.int64).min


def calendar(time_zone: str = "UTC", cutoff: str = "14:00", working_days: Sequence[str] = ("mon", "tue", "wed", "thu", "fri"), holidays: Sequence[Any] = ()) -> Dict[str, Any]:
    """A business calendar: working ``working_days`` (``"mon"`` .. ``"sun"``) in ``time_zone``,
    minus ``holidays`` (dates), with the daily ``cutoff`` (``"HH:MM"``) after which an order or a
    handover counts from the next working day. Checked when a model is fitted.

    >>> calendar("Europe/Rome", cutoff="15:30", holidays=["2026-12-25"])["cutoff"]
    '15:30:00'
    """
    import datetime as _dt

    days = [d.lower()[:3] for d in working_days]
    unknown = [d for d in days if d not in _WEEKDAYS]
    if unknown:
        raise InvalidTypeError(f"working days are mon..sun, not {unknown}")
    when = [h if isinstance(h, str) else _dt.date.fromisoformat(str(h)[:10]).isoformat() for h in holidays]
    return {
        "time_zone": time_zone,
        "working_days": [d in days for d in _WEEKDAYS],
        "holidays": sorted(when),
        "cutoff": f"{cutoff}:00" if len(cutoff) == 5 else cutoff,
    }


def _pandas() -> Any:
    import importlib

    try:
        return importlib.import_module("pandas")
    except ImportError as e:  # pragma: no cover - pandas is a test dependency
        raise InvalidTypeError("this function works on pandas DataFrames: pip install pandas") from e


def _frame_column(data: Any, name: str) -> Any:
    try:
        return data[name]
    except (KeyError, IndexError, TypeError) as e:
        raise InvalidTypeError(f"expected a DataFrame with a {name!r} column") from e


def _lanes(data: Any, columns: Sequence[str]) -> Tuple[List[Tuple[str, str, str, str]], np.ndarray]:
    """The distinct lanes and each row's code: each column factorised on its own (a missing value
    is the empty region), the codes combined into one integer per row and factorised again."""
    pd = _pandas()
    if len(columns) != 4:
        raise InvalidTypeError("a lane is four columns: carrier, service, origin, destination")
    parts = [_frame_column(data, c) for c in columns]
    n = len(parts[0])
    if n == 0:
        return [], np.empty(0, dtype="<i8")
    combined = np.zeros(n, dtype="<i8")
    levels: List[List[str]] = []
    size = 1
    for part in parts:
        codes, uniques = pd.factorize(part, use_na_sentinel=True)
        names = [str(u) for u in uniques] + [""]
        size *= len(names)
        if size >= 2**62:
            raise InvalidTypeError("too many distinct lane values to combine")
        combined = combined * len(names) + np.where(codes < 0, len(names) - 1, codes)
        levels.append(names)
    row_codes, distinct = pd.factorize(combined)
    lanes = []
    for key in np.asarray(distinct).tolist():
        parts_of: List[str] = []
        for names in reversed(levels):
            key, i = divmod(key, len(names))
            parts_of.append(names[i])
        c, s_, o, d = reversed(parts_of)
        lanes.append((c, s_, o, d))
    return lanes, np.ascontiguousarray(row_codes, dtype="<i8")


def _nanos(values: Any) -> np.ndarray:
    """Times as int64 nanoseconds in UTC (``NaT`` kept as the native side's missing marker)."""
    pd = _pandas()
    t = pd.to_datetime(values, utc=True)
    return np.ascontiguousarray(t.dt.tz_convert(None).to_numpy(dtype="datetime64[ns]").view("<i8"))


def _instant(value: Any) -> int:
    pd = _pandas()
    t = pd.Timestamp(value)
    t = t.tz_localize("UTC") if t.tzinfo is None else t.tz_convert("UTC")
    return int(t.value)


def _counts(values: np.ndarray) -> Any:
    """Whole numbers with the missing marker as ``<NA>`` (a pandas nullable Int64 array)."""
    pd = _pandas()
    return pd.arrays.IntegerArray(values.copy(), values == _NAT)


def _dates(buf: bytes) -> np.ndarray:
    return np.frombuffer(buf, dtype="<i8").view("datetime64[D]")


def _reasons(bits: np.ndarray) -> np.ndarray:
    """Reason bits as comma-separated names (a lookup of the sixteen combinations)."""
    table = np.array([",".join(name for name, bit in REASONS if b & bit) for b in range(16)], dtype=object)
    return table[bits & 15]  # type: ignore[no-any-return]


def _example() -> Tuple["PromiseModel", Any]:
    """A model of forty DHL parcels (ordered Monday 2 March 2026 08:00 UTC, handed over at noon,
    delivered on Wednesday) and that history, for the examples."""
    pd = _pandas()
    rows = pd.DataFrame({
        "carrier": ["dhl"] * 40, "service": ["paket"] * 40, "origin": ["DE-1"] * 40, "destination": ["DE-8"] * 40,
        "ordered_at": pd.Timestamp("2026-03-02 08:00", tz="UTC"),
        "handed_over_at": pd.Timestamp("2026-03-02 12:00", tz="UTC"),
        "delivered_at": pd.Timestamp("2026-03-04 15:00", tz="UTC"),
    })
    return PromiseModel.fit(rows, calendar("Europe/Berlin"), "2026-03-20T00:00:00Z"), rows


class PromiseModel:
    """What the shop's history says of its delivery times, per lane (fit, merge, store, predict).

    >>> model, history = _example()
    >>> model.predict(history.head(1))["likely"].dt.strftime("%Y-%m-%d").tolist()
    ['2026-03-04']
    """

    def __init__(self, native: _native.NativePromiseModel) -> None:
        self._native = native

    @classmethod
    def fit(cls, shipments: Any, calendar: Dict[str, Any], as_of: Any, *, lane: Sequence[str] = LANE_COLUMNS, ordered_at: str = "ordered_at", handed_over_at: str = "handed_over_at", delivered_at: str = "delivered_at") -> "PromiseModel":
        """Learns from ``shipments`` as they stood at ``as_of`` (a time; later events are left
        out and counted). Parcels not handed over or not delivered yet are censored.

        >>> _, history = _example()
        >>> model = PromiseModel.fit(history, calendar("Europe/Berlin"), "2026-03-20T00:00:00Z")
        >>> model.predict(history.head(1))["confidence"].tolist()
        ['high']
        """
        lanes, codes = _lanes(shipments, lane)
        native = call(
            _native.NativePromiseModel.fit,
            json.dumps(calendar),
            lanes,
            codes,
            _nanos(_frame_column(shipments, ordered_at)),
            _nanos(_frame_column(shipments, handed_over_at)),
            _nanos(_frame_column(shipments, delivered_at)),
            _instant(as_of),
        )
        return cls(native)

    @classmethod
    def from_json(cls, text: str) -> "PromiseModel":
        """Reads a model document (``store.schema_too_new`` for one from a newer version).

        >>> model, _ = _example()
        >>> PromiseModel.from_json(model.to_json()) == model
        True
        """
        return cls(call(_native.NativePromiseModel.from_json, text))

    def to_json(self) -> str:
        """The model as its versioned JSON document.

        >>> model, _ = _example()
        >>> json.loads(model.to_json())["version"]
        1
        """
        return call(self._native.to_json)

    def merge(self, other: "PromiseModel") -> "PromiseModel":
        """This model and ``other`` (fitted on another partition of the history) as one: the
        model of both histories, exactly.

        >>> model, history = _example()
        >>> cal = calendar("Europe/Berlin")
        >>> halves = [PromiseModel.fit(part, cal, "2026-03-20T00:00:00Z") for part in (history[:10], history[10:])]
        >>> halves[0].merge(halves[1]) == model
        True
        """
        return PromiseModel(call(self._native.merged, other._native))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PromiseModel) and self._native.same_as(other._native)

    __hash__ = None  # type: ignore[assignment]

    def predict(self, orders: Any, percentile: float = 0.9, *, lane: Sequence[str] = LANE_COLUMNS, ordered_at: str = "ordered_at") -> Any:
        """The promise for each order: ``earliest``, ``likely``, ``latest`` (``latest`` at
        ``percentile``, ``NaT`` where the history supports no date), ``confidence`` and its
        ``reasons`` (comma-separated), as a DataFrame on the orders' index.

        >>> import pandas as pd
        >>> model, history = _example()
        >>> orders = history.head(1).assign(ordered_at=pd.Timestamp("2026-03-09 09:00", tz="UTC"))
        >>> model.predict(orders, percentile=0.95)["latest"].dt.strftime("%Y-%m-%d").tolist()
        ['2026-03-11']
        """
        pd = _pandas()
        lanes, codes = _lanes(orders, lane)
        e, m, l, c, r = call(self._native.promise, lanes, codes, _nanos(_frame_column(orders, ordered_at)), float(percentile))
        confidence = np.frombuffer(c, dtype="u1")
        return pd.DataFrame(
            {
                "earliest": _dates(e),
                "likely": _dates(m),
                "latest": _dates(l),
                "confidence": pd.Categorical.from_codes(confidence, categories=list(CONFIDENCE)),
                "reasons": _reasons(np.frombuffer(r, dtype="u1")),
            },
            index=orders.index,
        )

    def in_transit(self, parcels: Any, now: Any, percentile: float = 0.9, *, lane: Sequence[str] = LANE_COLUMNS, handed_over_at: str = "handed_over_at", promised: Optional[str] = None) -> Any:
        """Where each parcel handed over at ``handed_over_at`` stands at ``now``: business days
        elapsed, the likely and latest arrival, and (with a ``promised`` date column) the risk of
        arriving after it, as a DataFrame. A parcel not handed over by ``now`` (``NaT``, or a
        later time) has no window: ``<NA>``, ``NaT``, ``NaN`` and confidence ``none``.

        >>> import pandas as pd
        >>> model, history = _example()
        >>> parcels = history.head(1).assign(handed_over_at=pd.Timestamp("2026-03-09 12:00", tz="UTC"), promised=pd.Timestamp("2026-03-12"))
        >>> model.in_transit(parcels, "2026-03-10T18:00:00Z", promised="promised")[["elapsed_days", "late_risk"]]
           elapsed_days  late_risk
        0             1        0.0
        """
        pd = _pandas()
        lanes, codes = _lanes(parcels, lane)
        n = len(codes)
        if promised is None:
            days = np.full(n, _NAT, dtype="<i8")
        else:
            days = np.ascontiguousarray(pd.to_datetime(_frame_column(parcels, promised)).to_numpy(dtype="datetime64[D]").view("<i8"))
        el, m, l, risk, c = call(self._native.in_transit, lanes, codes, _nanos(_frame_column(parcels, handed_over_at)), _instant(now), float(percentile), days)
        return pd.DataFrame(
            {
                "elapsed_days": _counts(np.frombuffer(el, dtype="<i8")),
                "likely": _dates(m),
                "latest": _dates(l),
                "late_risk": np.frombuffer(risk, dtype="<f8"),
                "confidence": pd.Categorical.from_codes(np.frombuffer(c, dtype="u1"), categories=list(CONFIDENCE)),
            },
            index=parcels.index,
        )

    def accuracy(self, test: Any, percentile: float = 0.9, fixed_days: Optional[int] = None, warn_at: float = 0.5, *, lane: Sequence[str] = LANE_COLUMNS, ordered_at: str = "ordered_at", handed_over_at: str = "handed_over_at", delivered_at: str = "delivered_at", carrier_flagged_at: Optional[str] = None, promised_by: Optional[str] = None) -> Dict[str, Any]:
        """How good the model's promises were on ``test`` (parcels it did not learn from), beside
        a fixed promise of ``fixed_days`` business days (or each parcel's own ``promised_by``
        column, what the shop told its customer): the P50 error, the share by the promised
        date, pinball losses, the evening-before late warning at ``warn_at`` and a reliability
        table (the core's ``AccuracyReport`` as a dict).

        >>> model, history = _example()
        >>> report = model.accuracy(history, fixed_days=5)
        >>> report["parcels"], report["model"]["mae_days"], report["fixed"]["mae_days"]
        (40, 0.0, 3.0)
        """
        lanes, codes = _lanes(test, lane)
        flagged = None if carrier_flagged_at is None else _nanos(_frame_column(test, carrier_flagged_at))
        promised = None if promised_by is None else _nanos(_frame_column(test, promised_by))
        options = json.dumps({"percentile": float(percentile), "fixed_days": fixed_days, "warn_at": float(warn_at)})
        text = call(
            self._native.accuracy,
            lanes,
            codes,
            _nanos(_frame_column(test, ordered_at)),
            _nanos(_frame_column(test, handed_over_at)),
            _nanos(_frame_column(test, delivered_at)),
            flagged,
            promised,
            options,
        )
        report: Dict[str, Any] = json.loads(text)
        return report
