"""The generated contract module: the typed usage runs, and the TypedDicts name the core's codes."""

import runpy
import typing
from decimal import Decimal

from postpurchase import contract


def test_the_typed_usage_runs():
    assert runpy.run_path(str(__import__("pathlib").Path(__file__).with_name("typed_usage.py")))["run"]() == Decimal("100.00")


def test_the_typed_dicts_follow_the_core():
    assert set(typing.get_args(contract.ReturnReason)) >= {"does_not_fit", "defective", "changed_mind"}
    assert contract.NewOrder.__required_keys__ == {"id", "customer", "currency", "placed_at", "lines"}
    assert "tax_mode" in contract.NewOrder.__optional_keys__
    assert len(typing.get_args(contract.OrderCommand)) == 15
