"""Notification intents from signals, preferences and a policy."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union, cast

from . import _native
from ._convert import NativeConfig, call, dumps, load_list
from .contract import NotifyPolicyConfig, Preferences, SentNotification, Signal
from .results import NotificationIntent


class NotifyPolicy(NativeConfig):
    """A validated notification policy, parsed once: ``NotifyPolicy(dict or JSON/TOML text)`` or
    ``NotifyPolicy.from_path(path)``."""

    @staticmethod
    def _load(text: str, toml: bool) -> Any:
        return _native.NativeNotifyPolicy.load(text, toml)

    def __init__(self, config: Union[NotifyPolicyConfig, str]) -> None:
        """Parses and validates ``config``: the document (typed by :class:`postpurchase.contract.NotifyPolicyConfig`)
        or its JSON or TOML text."""
        super().__init__(config)


def plan(
    signal: Signal,
    preferences: Preferences,
    policy: NotifyPolicy,
    history: Optional[List[SentNotification]] = None,
) -> List[NotificationIntent]:
    """The notifications to send for one signal (``send_at`` an aware ``datetime``; ``locale``
    the preferences' ``locale``, for :func:`postpurchase.customer.message`)."""
    planned = load_list(call(_native.plan_notifications, dumps(signal), dumps(preferences), policy._native, dumps(history or [])))
    return [NotificationIntent.from_dict(i) for i in planned]


def order_signals(events_before: List[Dict[str, Any]], new_events: List[Dict[str, Any]]) -> List[Signal]:
    """Signals for new order events (one per shipment status change, not per scan), typed as
    :class:`postpurchase.contract.Signal` for :func:`plan`."""
    return cast(List[Signal], load_list(call(_native.order_signals, dumps(events_before), dumps(new_events), None)))
