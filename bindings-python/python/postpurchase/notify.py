"""Notification intents from signals, preferences and a policy."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, cast

from . import _native
from ._convert import NativeConfig, call, dumps, load_list
from .contract import Preferences, Signal


class NotifyPolicy(NativeConfig):
    """A validated notification policy, parsed once: ``NotifyPolicy(dict or JSON/TOML text)`` or
    ``NotifyPolicy.from_path(path)``."""

    @staticmethod
    def _load(text: str, toml: bool) -> Any:
        return _native.NativeNotifyPolicy.load(text, toml)


def plan(signal: Signal, preferences: Preferences, policy: NotifyPolicy, history: Optional[List[Dict[str, Any]]] = None) -> List[Dict[str, Any]]:
    """Intents ``{kind, customer, channel, send_at, dedupe_key, payload, locale?}`` for one signal
    (``locale`` is the preferences' ``locale``, for :func:`postpurchase.customer.message`)."""
    return load_list(call(_native.plan_notifications, dumps(signal), dumps(preferences), policy._native, dumps(history or [])))


def order_signals(events_before: List[Dict[str, Any]], new_events: List[Dict[str, Any]]) -> List[Signal]:
    """Signals for new order events (one per shipment status change, not per scan), typed as
    :class:`postpurchase.contract.Signal` for :func:`plan`."""
    return cast(List[Signal], load_list(call(_native.order_signals, dumps(events_before), dumps(new_events), None)))
