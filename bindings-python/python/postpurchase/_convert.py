"""Conversions at the boundary: Decimal money, timezone-aware datetimes, JSON, numpy buffers.

No domain rule lives here; the core decides everything.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from decimal import Decimal
from typing import Any, Callable, Dict, List, Optional, TypeVar

import numpy as np

from . import _native
from .errors import BY_CODE, InternalError, InvalidInputError, InvalidTypeError, PostPurchaseError

T = TypeVar("T")


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Calls the native module and re-raises core errors as their typed exceptions; text that is
    not valid Unicode (lone surrogates) and integers beyond 64 bits are the package's input error."""
    try:
        return fn(*args, **kwargs)
    except _native.CoreError as e:
        code, message, details, problems = e.args
        cls = BY_CODE.get(code, PostPurchaseError)
        raise cls(message, code, dict(details), [tuple(p) for p in problems]) from None
    except (UnicodeEncodeError, OverflowError) as e:
        raise InvalidInputError(f"invalid input: {e}", "input.invalid") from e
    except BaseException as e:
        # pyo3 raises a panic inside the library as PanicException, a BaseException that
        # `except Exception` would miss: it becomes InternalError, a PostPurchaseError
        if type(e).__name__ == "PanicException":
            raise InternalError(f"internal: a bug inside postpurchase ({e}); please report it", "internal") from None
        raise


def decimal_text(value: Decimal) -> str:
    """A Decimal as the plain digits the core reads: ``Decimal("1E+1")`` is ``"10"`` and
    ``Decimal("10").scaleb(1)`` is ``"100"`` (exact values in exponent form are normal Python).
    NaN, infinities and exponents too large to be an amount stay as written, for the core to
    refuse with ``money.invalid_amount``."""
    if value.is_finite() and -64 <= value.as_tuple().exponent <= 64:  # type: ignore[operator]
        return format(value, "f")
    return str(value)


def money(value: Any) -> str:
    """A money amount as a decimal string; floats are refused (they are not exact)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise InvalidTypeError("money must be a decimal.Decimal, int or str, never a float")
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    raise InvalidTypeError(f"money must be a decimal.Decimal, int or str, not {type(value).__name__}")


def when(value: Any) -> str:
    """A timezone-aware datetime as RFC 3339; naive datetimes are refused."""
    if isinstance(value, str):
        return value
    if not isinstance(value, _dt.datetime):
        raise InvalidTypeError(f"expected a timezone-aware datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInputError("naive datetime: pass a timezone-aware datetime (e.g. tzinfo=timezone.utc)", "input.invalid")
    return value.isoformat()


def _scalar(o: Any) -> Any:
    """A value JSON has no type for, as the core reads it: Decimal as plain digits, datetime as
    RFC 3339, date as ISO; a set, bytes or any other object has no place in a document."""
    if isinstance(o, Decimal):
        return decimal_text(o)
    if isinstance(o, _dt.datetime):
        return when(o)
    if isinstance(o, _dt.date):
        return o.isoformat()
    raise InvalidTypeError(f"a document holds dicts, lists, str, int, bool, None, Decimal and datetime, not {type(o).__name__}")


def _walk(o: Any) -> Any:
    if isinstance(o, dict):
        return {str(k): _walk(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [_walk(v) for v in o]
    if isinstance(o, float):
        raise InvalidTypeError("floats are not exact: pass amounts and rates as decimal.Decimal or str")
    if o is None or isinstance(o, (str, int)):
        return o
    return _scalar(o)


def dumps(obj: Any) -> str:
    """JSON text for the native module (Decimals as strings, datetimes as RFC 3339). A document
    nested too deeply to walk is the package's input error, not a RecursionError."""
    try:
        return json.dumps(_walk(obj))
    except RecursionError as e:
        raise InvalidInputError("the document is nested too deeply", "input.invalid") from e




def dumps_stored(obj: Any) -> str:
    """JSON text for stored documents (events, ledger entries) as the library wrote them: one
    pass of the C encoder, not a walk in Python (a 100,000-line order's events are millions of
    values). Decimals and datetimes are converted as in :func:`dumps`; a float stays a JSON
    number, which the core refuses wherever an amount is read."""
    try:
        return json.dumps(obj, default=_scalar)
    except RecursionError as e:
        raise InvalidInputError("the document is nested too deeply", "input.invalid") from e
    except ValueError as e:
        raise InvalidInputError(f"not a JSON document: {e}", "input.invalid") from e


def loads(text: str) -> Any:
    """Parses JSON from the native module; decimal strings stay strings."""
    return json.loads(text)


def load_dict(text: str) -> Dict[str, Any]:
    """Parses a JSON object from the native module."""
    out = json.loads(text)
    if not isinstance(out, dict):
        raise InvalidTypeError(f"expected a JSON object from the native module, got {type(out).__name__}")
    return out


def load_list(text: str) -> List[Dict[str, Any]]:
    """Parses a JSON list of objects from the native module."""
    out = json.loads(text)
    if not isinstance(out, list):
        raise InvalidTypeError(f"expected a JSON list from the native module, got {type(out).__name__}")
    return out


def config_text(config: Any) -> tuple[str, bool]:
    """A config given as a dict or as JSON/TOML text: returns (text, is_toml).

    A string is always parsed as text, never opened as a path (a web app passing user text must
    not make the library read server files): load files with ``from_path``.
    """
    if isinstance(config, dict):
        return dumps(config), False
    if isinstance(config, str):
        return config, not config.lstrip().startswith("{")
    if isinstance(config, os.PathLike):
        raise InvalidTypeError("a config given as a path is loaded with from_path(path); a string is always parsed as JSON or TOML text")
    raise InvalidTypeError("a config is a dict or JSON/TOML text (files: from_path)")


class NativeConfig:
    """A configuration validated once and kept parsed on the native side, so every call that uses
    it skips parsing. Subclasses name their native loader in ``_load``."""

    _native: Any

    @staticmethod
    def _load(text: str, toml: bool) -> Any:
        raise InvalidTypeError("NativeConfig is abstract")

    def __init__(self, config: Any) -> None:
        text, is_toml = config_text(config)
        self._native = call(type(self)._load, text, is_toml)

    @classmethod
    def from_path(cls, path: "str | os.PathLike[str]") -> Any:
        """Loads a JSON or TOML file (TOML when the name ends in ``.toml``)."""
        name = os.fspath(path)
        with open(name, encoding="utf-8") as f:
            text = f.read()
        self = cls.__new__(cls)
        self._native = call(cls._load, text, name.endswith(".toml"))
        return self

    @property
    def json(self) -> str:
        """The configuration as canonical JSON text."""
        text: str = self._native.to_json()
        return text

    def to_dict(self) -> Dict[str, Any]:
        return load_dict(self.json)


#: dtypes the native side reads as they are: float64 in place, the others converted in one pass
_NATIVE_FLOATS = (np.dtype("<f8"), np.dtype("<f4"), np.dtype("<i8"), np.dtype("<i4"), np.dtype("u1"))


def numeric(values: Any) -> np.ndarray:
    """A one-dimensional numpy view of a column, copied only when it must be: numpy arrays,
    pandas Series and Index, Python sequences, and Arrow arrays (pyarrow, polars, or anything
    with ``__arrow_c_array__`` / ``__arrow_c_stream__``, read through pyarrow)."""
    if isinstance(values, np.ndarray):
        arr = values
    elif hasattr(values, "__arrow_c_array__") or hasattr(values, "__arrow_c_stream__"):
        arr = _from_arrow(values)
    elif hasattr(values, "to_numpy"):
        arr = values.to_numpy()
    else:
        arr = np.asarray(values)
    if arr.dtype == object:
        try:
            arr = arr.astype("<f8")
        except (TypeError, ValueError) as e:
            raise InvalidTypeError("the column must be numeric") from e
    return arr.reshape(-1)


def _from_arrow(values: Any) -> np.ndarray:
    """An Arrow column through the PyCapsule interface (pyarrow reads the capsule; numeric
    columns without nulls come over without a copy). Nulls become NaN."""
    import importlib

    try:
        pa = importlib.import_module("pyarrow")
    except ImportError:
        if hasattr(values, "__array__"):
            return np.asarray(values)
        raise InvalidTypeError("reading an Arrow column needs pyarrow (pip install pyarrow)") from None
    col = pa.array(values) if hasattr(values, "__arrow_c_array__") else pa.chunked_array(values)
    if col.null_count:
        col = col.cast(pa.float64())
    return np.asarray(col.to_numpy(zero_copy_only=False))


def instant(text: Optional[str]) -> Optional[_dt.datetime]:
    """A core time (RFC 3339 with an offset) as a timezone-aware ``datetime`` (``None`` stays)."""
    return None if text is None else _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


# The order state's time fields, by name: the fields the core's order, line, shipment, carrier
# scan, payment and return types declare as times (a test walks a full state against them).
# Conversion goes by field, never by the look of a value: an id or a title that reads like a
# timestamp stays the text it is.
_ORDER_TIME_FIELDS = frozenset({
    "placed_at", "created_at", "delivered_at", "occurred_at", "estimated_delivery", "promised_by",
    "requested_at", "advance_deadline", "window_end", "at",
})
# Subtrees whose keys are data, not fields: idempotency keys and their fingerprints, and the
# facts of a decision (texts every language shares).
_ORDER_OPAQUE = frozenset({"processed", "facts"})


def order_state(obj: Any, field: Optional[str] = None) -> Any:
    """An order state document in Python's types: money (a ``{"amount", "currency"}`` field)
    with a ``Decimal`` amount and the time fields as timezone-aware ``datetime``."""
    if isinstance(obj, dict):
        if set(obj) == {"amount", "currency"} and isinstance(obj["amount"], str):
            return {"amount": Decimal(obj["amount"]), "currency": obj["currency"]}
        return {k: v if k in _ORDER_OPAQUE else order_state(v, k) for k, v in obj.items()}
    if isinstance(obj, list):
        return [order_state(v, field) for v in obj]
    if isinstance(obj, str) and field in _ORDER_TIME_FIELDS:
        return instant(obj)
    return obj


def floats(values: Any, name: str = "values") -> np.ndarray:
    """A numeric column as the native side reads it (float64, float32, int64, int32 or uint8,
    C-contiguous; bool as a uint8 view; anything else converted to float64)."""
    try:
        arr = numeric(values)
    except InvalidTypeError as e:
        raise InvalidTypeError(f"{name} must be numeric") from e
    if arr.dtype == bool:
        return np.ascontiguousarray(arr).view(np.uint8)
    if not np.issubdtype(arr.dtype, np.number) or np.issubdtype(arr.dtype, np.complexfloating):
        raise InvalidTypeError(f"{name} must be real numbers, not {arr.dtype}")
    if arr.dtype in _NATIVE_FLOATS:
        return np.ascontiguousarray(arr)
    return np.ascontiguousarray(arr, dtype="<f8")


def ints(values: Any, name: str = "values") -> np.ndarray:
    """An integer column as an int64 array (in place when it is one)."""
    arr = numeric(values)
    if not np.issubdtype(arr.dtype, np.integer):
        raise InvalidTypeError(f"{name} must be integers")
    return np.ascontiguousarray(arr, dtype="<i8")


def array(buf: Optional[bytes]) -> np.ndarray:
    """A float64 numpy array over a native buffer."""
    return np.frombuffer(buf if buf is not None else b"", dtype="<f8")


def column(data: Any, name: str) -> Any:
    """Column `name` of a DataFrame-like object."""
    try:
        return data[name]
    except (KeyError, IndexError, TypeError) as e:
        raise InvalidTypeError(f"expected a DataFrame with a {name!r} column") from e


JsonDict = Dict[str, Any]
