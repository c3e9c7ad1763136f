import postpurchase as pp
from postpurchase import _native
from postpurchase.errors import CLASSES


def test_every_core_kind_has_its_class():
    kinds = _native.error_kinds()
    assert {name for _, name, _ in kinds} == set(CLASSES)
    for code, name, is_input in kinds:
        cls = CLASSES[name]
        assert cls.code == code
        assert issubclass(cls, pp.PostPurchaseError)
        assert issubclass(cls, ValueError) == is_input, name
