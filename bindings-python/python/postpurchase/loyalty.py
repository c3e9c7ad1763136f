"""Loyalty: programmes and members' append-only points ledgers."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Dict, List, Optional, Union

from . import _native
from ._convert import NativeConfig, call, dumps, dumps_stored, load_dict, load_list, when
from .contract import LoyaltyCommand, LoyaltyProgrammeConfig
from .results import LoyaltyStatus, TierProgress


class Programme(NativeConfig):
    """A validated loyalty programme, parsed once: ``Programme(dict or JSON/TOML text)`` or
    ``Programme.from_path(path)``."""

    @staticmethod
    def _load(text: str, toml: bool) -> Any:
        return _native.NativeProgramme.load(text, toml)

    def __init__(self, config: Union[LoyaltyProgrammeConfig, str]) -> None:
        """Parses and validates ``config``: the document (typed by :class:`postpurchase.contract.LoyaltyProgrammeConfig`)
        or its JSON or TOML text."""
        super().__init__(config)


class Member:
    """A member's ledger, kept on the Rust side: balances, tier and version read in O(1).
    ``handle`` checks the expected version (default: the current one)."""

    def __init__(self, customer: str) -> None:
        self._native = call(_native.NativeMember, customer)

    @classmethod
    def from_entries(cls, customer: str, entries: List[Dict[str, Any]]) -> "Member":
        """Rebuilds a member from the entries a store kept (older entry versions are upcast)."""
        m = cls.__new__(cls)
        m._native = call(_native.NativeMember.from_entries, customer, dumps_stored(entries))
        return m

    def handle(self, command: LoyaltyCommand, programme: Programme, key: str, now: _dt.datetime, expected_version: Optional[int] = None) -> List[Dict[str, Any]]:
        """Decides and applies a command; the new entries. With ``expected_version`` (the member's
        ``version`` when the caller read it), a ledger that has moved on raises
        ``store.concurrency_conflict`` and nothing changes; a retried key answers with no entries."""
        return load_list(call(self._native.handle, dumps(command), programme._native, key, when(now), expected_version))

    def _state(self) -> Dict[str, Any]:
        return load_dict(call(self._native.state_json))

    @property
    def customer(self) -> str:
        return str(self._native.customer)

    @property
    def balance(self) -> int:
        """Available points."""
        return int(self._native.balance)

    @property
    def pending(self) -> int:
        """Points waiting for delivery and the return window."""
        return int(self._native.pending)

    @property
    def debt(self) -> int:
        """Points owed from clawbacks of spent points."""
        return int(self._native.debt)

    def tier_progress(self, programme: Programme, now: _dt.datetime) -> TierProgress:
        """Where the member stands against the tier ladder at ``now``."""
        return TierProgress.from_dict(load_dict(call(self._native.tier_progress, programme._native, when(now))))

    def status(self, programme: Programme, now: _dt.datetime) -> LoyaltyStatus:
        """Balances, tier (and since when), tier progress and version at ``now``, in one read."""
        return LoyaltyStatus.from_dict(load_dict(call(self._native.status_json, programme._native, when(now))))

    @property
    def tier(self) -> Optional[str]:
        tier = self._native.tier
        return None if tier is None else str(tier)

    @property
    def version(self) -> int:
        """Entries applied: the ``expected_version`` of the next command."""
        return int(self._native.version)

    def entries(self) -> List[Dict[str, Any]]:
        """Every entry, as a store keeps them."""
        return load_list(call(self._native.entries_json))

    def __repr__(self) -> str:
        return f"Member(customer={self.customer!r}, balance={self.balance}, pending={self.pending}, tier={self.tier!r})"
