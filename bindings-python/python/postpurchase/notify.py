"""Notification intents from signals, preferences and a policy."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import _native
from ._convert import call, config_text, dumps, load_list


class NotifyPolicy:
    """A validated notification policy."""

    def __init__(self, config: Any) -> None:
        text, is_toml = config_text(config)
        self.json: str = call(_native.notify_policy, text, is_toml)


def plan(signal: Dict[str, Any], preferences: Dict[str, Any], policy: NotifyPolicy, history: Optional[List[Dict[str, Any]]] = None) -> List[Dict[str, Any]]:
    """Intents ``{kind, customer, channel, send_at, dedupe_key, payload}`` for one signal."""
    return load_list(call(_native.plan_notifications, dumps(signal), dumps(preferences), policy.json, dumps(history or [])))


def order_signals(events_before: List[Dict[str, Any]], new_events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Signals for new order events (one per shipment status change, not per scan)."""
    return load_list(call(_native.order_signals, dumps(events_before), dumps(new_events), None))
