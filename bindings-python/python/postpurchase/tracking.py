"""Carrier status mapping, merchant status and delay detection."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Iterable, Mapping, Optional, Tuple

from . import _native
from .errors import InvalidTypeError
from ._convert import call, dumps, loads, when
from .results import DelayAssessment, MappedStatus


def map_carrier_status(source: str, code: str) -> MappedStatus:
    """Maps an AfterShip, EasyPost, Shippo or Shopify status code."""
    status, delayed = call(_native.map_status, source, code)
    return MappedStatus.from_dict({"raw_code": code, "status": status, "delayed": delayed})


def _events(events: Iterable[Tuple[Any, str]]) -> str:
    return dumps([{"occurred_at": when(t), "status": s} for t, s in events])


def merchant_status(events: Iterable[Tuple[_dt.datetime, str]]) -> str:
    """The status from (time, status) scans in any arrival order; it never moves backwards."""
    return call(_native.shipment_status, _events(events))


def assess_delay(
    events: Iterable[Tuple[_dt.datetime, str]],
    shipped_at: _dt.datetime,
    promised_by: Optional[_dt.datetime],
    now: _dt.datetime,
    international: bool = False,
    thresholds: Optional[Mapping[str, int]] = None,
) -> DelayAssessment:
    """Late, stalled and presumed-lost detection at ``now``. ``thresholds`` overrides any of
    ``stalled_after_days`` (default 3), ``lost_after_days_domestic`` (7),
    ``lost_after_days_international`` (20) and ``lost_after_promise_hours`` (48); days are 1 to
    3650 and hours 1 to 87600, anything else raises ``InvalidConfigError``."""
    promised = when(promised_by) if promised_by is not None else None
    limits = None if thresholds is None else dumps(dict(thresholds))
    return DelayAssessment.from_dict(loads(call(_native.delay, _events(events), when(shipped_at), promised, international, when(now), limits)))


def verify_webhook(
    source: str,
    body: bytes,
    signature: str,
    secrets: "str | Iterable[str]",
    now: _dt.datetime,
    tolerance_seconds: int = 300,
) -> None:
    """Verifies that a webhook comes from ``source`` (``aftership``, ``easypost``, ``shippo`` or
    ``shopify``): ``body`` the raw bytes received (before JSON parsing), ``signature`` the value of
    its signature header, ``secrets`` the shared secret or secrets (two while rotating). Returns
    None when verified; raises ``WebhookSignatureMismatchError`` or ``WebhookStaleTimestampError``."""
    if isinstance(body, str):
        raise InvalidTypeError("body must be the raw bytes received, not text")
    keys = [secrets] if isinstance(secrets, str) else list(secrets)
    call(_native.verify_webhook, source, bytes(body), signature, keys, when(now), tolerance_seconds)
