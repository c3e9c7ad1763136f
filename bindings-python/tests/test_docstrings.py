"""Every public function, class, method and property of the data-team modules has a docstring
with an example, and the doctest run (scripts/test-python) runs every example."""

import importlib
import inspect

import pytest

MODULES = ["postpurchase.clv", "postpurchase.metrics", "postpurchase.feedback", "postpurchase.plotting", "postpurchase.journey", "postpurchase.promise", "postpurchase.spark"]


def public_items(module):
    m = importlib.import_module(module)
    names = getattr(m, "__all__", None) or [n for n in vars(m) if not n.startswith("_")]
    for name in names:
        obj = getattr(m, name)
        if getattr(obj, "__module__", None) != module:
            continue  # imported from elsewhere
        if inspect.isclass(obj) and issubclass(obj, (BaseException, Warning)):
            continue
        if inspect.isfunction(obj):
            yield f"{module}.{name}", obj
        elif inspect.isclass(obj):
            yield f"{module}.{name}", obj
            for klass in obj.__mro__:
                if not klass.__module__.startswith("postpurchase"):
                    continue
                for attr, member in vars(klass).items():
                    if attr.startswith("_"):
                        continue
                    if isinstance(member, (classmethod, staticmethod)):
                        member = member.__func__
                    if inspect.isfunction(member) or isinstance(member, property):
                        yield f"{module}.{name}.{attr}", member


@pytest.mark.parametrize("module", MODULES)
def test_every_public_item_has_an_example(module):
    missing = sorted({name for name, obj in public_items(module) if ">>>" not in (inspect.getdoc(obj) or "")})
    assert not missing, "no example in: " + ", ".join(missing)
