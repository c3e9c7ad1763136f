import postpurchase as pp
from postpurchase import _native
from postpurchase.errors import BY_CODE, CLASSES


def test_every_core_kind_has_its_class():
    kinds = _native.error_kinds()
    assert {code for code, _ in kinds} == set(BY_CODE) == {cls.code for cls in CLASSES.values()}
    assert len(CLASSES) == len(kinds), "one class per kind"
    for code, is_input in kinds:
        cls = BY_CODE[code]
        assert cls.code == code and CLASSES[cls.__name__] is cls
        assert issubclass(cls, pp.PostPurchaseError)
        assert issubclass(cls, ValueError) == is_input, code
        assert cls.category in {"input", "not_found", "conflict", "refused", "data", "security", "failure"}, code
        assert (cls.category == "input") == is_input, code
    assert BY_CODE["store.concurrency_conflict"].category == "conflict"
    assert BY_CODE["return.nothing_to_refund"].category == "refused"
    assert BY_CODE["internal"].category == "failure"
    # Python's own OverflowError is not shadowed
    assert BY_CODE["money.overflow"].__name__ == "MoneyOverflowError"
