"""Returns: policies from a dict, JSON/TOML text or a path; eligibility decisions; refunds."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, List, Optional, Union

from . import _native
from ._convert import NativeConfig, call, dumps, load_dict, loads, when
from .orders import Order
from .contract import EligibilityContext, ReturnCommand, ReturnPolicyConfig, ReturnRequest
from .results import EligibilityReport, RefundBreakdown, ReturnCase, ReturnPreview


class ReturnPolicy(NativeConfig):
    """A validated return policy (every problem is reported at once on load), parsed once:
    ``ReturnPolicy(dict or JSON/TOML text)`` or ``ReturnPolicy.from_path(path)``."""

    @staticmethod
    def _load(text: str, toml: bool) -> Any:
        return _native.NativeReturnPolicy.load(text, toml)

    def __init__(self, config: Union[ReturnPolicyConfig, str]) -> None:
        """Parses and validates ``config``: the document (typed by :class:`postpurchase.contract.ReturnPolicyConfig`)
        or its JSON or TOML text."""
        super().__init__(config)

    def __repr__(self) -> str:
        d = self.to_dict()
        return f"ReturnPolicy(window={d['window']}, time_zone={d['time_zone']!r})"


def _report(d: Dict[str, Any]) -> EligibilityReport:
    return EligibilityReport.from_dict(d)


def evaluate(order: Order, request: ReturnRequest, policy: ReturnPolicy, now: _dt.datetime, context: Optional[EligibilityContext] = None) -> EligibilityReport:
    """Evaluates a return request without changing the order."""
    return _report(loads(call(_native.evaluate_return, order._native, dumps(request), policy._native, dumps(context or {}), when(now))))


def preview(order: Order, request: ReturnRequest, policy: ReturnPolicy, now: _dt.datetime, context: Optional[EligibilityContext] = None) -> ReturnPreview:
    """The decision plus the refund the return would pay once the lines that are not denied come
    back resellable (fees, shipping rules and the cap on what was captured included). The order is
    not changed."""
    return ReturnPreview.from_dict(load_dict(call(_native.preview_return, order._native, dumps(request), policy._native, dumps(context or {}), when(now))))


def request_return(order: Order, request: ReturnRequest, policy: ReturnPolicy, key: str, now: _dt.datetime, context: Optional[EligibilityContext] = None, expected_version: Optional[int] = None) -> EligibilityReport:
    """Opens a return on the order (reserving the units) and returns the decision.

    With ``expected_version``, an order that has moved on since the caller read it raises
    ``ConcurrencyConflictError``.
    """
    report, events = call(_native.open_return, order._native, dumps(request), policy._native, dumps(context or {}), key, when(now), expected_version)
    order.events.extend(loads(events))
    return _report(loads(report))


def return_command(order: Order, command: ReturnCommand, key: str, now: _dt.datetime) -> List[Dict[str, Any]]:
    """Sends a return command (``{"action": "receive", "return_id": …}``) to the order."""
    return order.handle({"type": "return", "command": command}, key, now)


def refund_quote(order: Order, return_id: str, payment_order: Optional[List[str]] = None) -> RefundBreakdown:
    """The refund breakdown the return would pay now (amounts as ``Decimal``)."""
    return RefundBreakdown.from_dict(load_dict(call(_native.quote_refund, order._native, return_id, list(payment_order or []))))


def return_case(order: Order, return_id: str) -> ReturnCase:
    """A return's full state as the order keeps it: its lines (requested, approved, received per
    condition), money terms, label, scans, decision and, once settled, the refund or exchange
    (amounts as ``Decimal``, times as ``datetime``). ``Order.returns()`` gives the short form of
    every return."""
    return ReturnCase.from_dict(load_dict(call(_native.return_case, order._native, return_id)))
