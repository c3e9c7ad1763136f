"""Type-checked with ``mypy --strict`` by scripts/test-python (and run by test_contract.py): the
documents the package takes are TypedDicts generated from the core's types, so a misspelt field,
a missing one or an unknown code is a type error. Each ``type: ignore[...]`` below must stay
needed: ``--strict`` reports an ignore that no longer matches an error."""

from datetime import datetime, timezone
from decimal import Decimal

import postpurchase as pp
from postpurchase.contract import NewOrder, OrderCommand, ReturnRequest


def t(day: int) -> datetime:
    return datetime(2026, 3, day, 10, tzinfo=timezone.utc)


def run() -> Decimal:
    order_doc: NewOrder = {
        "id": "1001", "customer": "c-42", "currency": "USD", "placed_at": t(1),
        "lines": [{"id": "l1", "sku": "BOOT", "title": "Boots", "quantity": 3, "unit_price": {"amount": Decimal("100.00"), "currency": "USD"}}],
    }
    order = pp.Order.place(order_doc, key="place", now=t(1))
    pay: OrderCommand = {"type": "capture_payment", "payment": "card", "amount": {"amount": "300.00", "currency": "USD"}}
    order.handle(pay, key="pay", now=t(1))
    order.handle({"type": "create_shipment", "shipment": {"id": "s1", "carrier": "ups", "lines": [{"line": "l1", "quantity": 3}]}}, key="ship", now=t(2))
    order.handle({"type": "mark_delivered", "shipment": "s1", "at": t(3)}, key="deliver", now=t(3))
    policy = pp.ReturnPolicy({"window": {"days": 30}, "restocking_fee": {"default": {"percent": "0"}}})
    request: ReturnRequest = {"id": "R1", "customer": "c-42", "method": "original_payment", "lines": [{"line": "l1", "quantity": 1, "reason": "does_not_fit"}]}
    pp.returns.request_return(order, request, policy, key="r1", now=t(5))
    pp.returns.return_command(order, {"action": "receive", "return_id": "R1", "items": [{"line": "l1", "quantity": 1, "condition": "resellable"}]}, key="r1-in", now=t(8))
    pp.returns.return_command(order, {"action": "refund", "return_id": "R1"}, key="r1-refund", now=t(8))
    programme = pp.Programme({"currency": "USD", "earning": {"signup": 100}})
    member = pp.Member("c-42")
    member.handle({"type": "award", "award": {"kind": "signup"}}, programme, key="signup", now=t(3))
    assert member.balance == 100
    # results are dataclasses typed field by field
    summary: pp.results.OrderSummary = order.summary(t(9))
    due: Decimal = summary.amount_due.amount
    status: pp.results.ReturnStatus = order.returns()[0].status
    progress: Decimal = member.status(programme, t(9)).progress.value
    assert due >= 0 and status == "refunded" and progress == 0
    return order.refunded


def _never_called(order: pp.Order, member: pp.Member, programme: pp.Programme) -> None:
    # a misspelt field of the order document
    pp.Order.place({"id": "x", "customer": "c", "currency": "USD", "placedAt": t(1), "lines": []}, key="k", now=t(1))  # type: ignore[typeddict-unknown-key, typeddict-item]
    # a command without its required reason
    order.handle({"type": "cancel_units", "lines": [{"line": "l1", "quantity": 1}]}, key="k", now=t(1))  # type: ignore[arg-type]
    # an amount is a decimal or its string, never a float
    order.handle({"type": "capture_payment", "payment": "card", "amount": {"amount": 1.5, "currency": "USD"}}, key="k", now=t(1))  # type: ignore[misc, arg-type]
    # a return reason is one of the core's codes
    bad: ReturnRequest = {"id": "R2", "customer": "c", "method": "original_payment", "lines": [{"line": "l1", "quantity": 1, "reason": "bored"}]}  # type: ignore[typeddict-item]
    # an award names a kind the programme knows
    member.handle({"type": "award", "award": {"kind": "anniversary"}}, programme, key="k", now=t(1))  # type: ignore[misc, typeddict-item]
    # configurations are typed too: a misspelt key of a return policy
    pp.ReturnPolicy({"windw": {"days": 30}})  # type: ignore[arg-type]
    # a fee is a percent or a fixed amount, as a decimal
    pp.ReturnPolicy({"restocking_fee": {"default": {"percent": 10.0}}})  # type: ignore[arg-type]
    # a result's amount is a Decimal, not text, and its fields are read as attributes
    text: str = order.summary().total.amount  # type: ignore[assignment]
    order.summary()["total"]  # type: ignore[index]


if __name__ == "__main__":
    print(run())
