import json
import pathlib
from datetime import datetime, timezone

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
DATA = ROOT / "conformance" / "data"


def vectors(name):
    return json.loads((ROOT / "conformance" / name).read_text())["cases"]


def utc(*a):
    return datetime(*a, tzinfo=timezone.utc)


@pytest.fixture
def data():
    return DATA


def check(case, run, compare=None):
    """Runs a conformance case: the expected output, or a PostPurchaseError with the expected code."""
    import postpurchase as pp

    if "error" in case:
        with pytest.raises(pp.PostPurchaseError) as e:
            run()
        assert e.value.code == case["error"], case["name"]
    elif compare is not None:
        compare(run(), case["expected"])
    else:
        assert run() == case["expected"], case["name"]
