"""Exact money: allocation with deterministic remainders, unit-by-unit takes, settlement."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable, List

from . import _native
from ._convert import call, money


def currency_minor_units(code: str) -> int:
    """Digits after the decimal point for an ISO 4217 code (2 for USD, 0 for JPY, 3 for KWD)."""
    return call(_native.currency_minor_units, code)


def allocate(amount: Any, currency: str, weights: Iterable[Any]) -> List[Decimal]:
    """Splits ``amount`` over ``weights`` so the parts add up exactly (largest remainder first)."""
    parts = call(_native.allocate, money(amount), currency, [money(w) for w in weights])
    return [Decimal(p) for p in parts]


def take_units(amount: Any, currency: str, taken: int, remaining: int) -> Decimal:
    """The share of ``taken`` units out of ``remaining`` (half-up; the last unit takes the rest)."""
    return Decimal(call(_native.take_units, money(amount), currency, taken, remaining))


def is_settled(due: Any, paid: Any, currency: str) -> bool:
    """Whether the gap is smaller than one minor unit."""
    return call(_native.is_settled, money(due), money(paid), currency)
