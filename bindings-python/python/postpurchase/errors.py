"""Exceptions: one class per core error kind, rooted at :class:`PostPurchaseError`.

Input errors also subclass :class:`ValueError`. Every exception carries the stable ``code``.
Generated from the core's error kinds; ``tests/test_errors.py`` checks the mapping is complete.
"""

from __future__ import annotations

from typing import Dict, List, Tuple, Type


class PostPurchaseError(Exception):
    """Base of every postpurchase error."""

    code: str = ""

    def __init__(self, message: str, code: str = "", details: Dict[str, str] | None = None, problems: List[Tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.code = code or type(self).code
        self.details: Dict[str, str] = dict(details or {})
        self.problems: List[Tuple[str, str]] = list(problems or [])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={str(self)!r})"


class UnknownCurrencyError(PostPurchaseError, ValueError):
    """``money.unknown_currency``"""

    code = "money.unknown_currency"


class CurrencyMismatchError(PostPurchaseError, ValueError):
    """``money.currency_mismatch``"""

    code = "money.currency_mismatch"


class MoneyOverflowError(PostPurchaseError):
    """``money.overflow``"""

    code = "money.overflow"


class InvalidAmountError(PostPurchaseError, ValueError):
    """``money.invalid_amount``"""

    code = "money.invalid_amount"


class InvalidWeightsError(PostPurchaseError, ValueError):
    """``money.invalid_weights``"""

    code = "money.invalid_weights"


class InvalidIdError(PostPurchaseError, ValueError):
    """``input.invalid_id``"""

    code = "input.invalid_id"


class InvalidInputError(PostPurchaseError, ValueError):
    """``input.invalid``"""

    code = "input.invalid"


class InvalidTypeError(InvalidInputError, TypeError):
    """``input.invalid`` for an argument of the wrong type: a ``PostPurchaseError`` that is also
    the ``TypeError`` Python code expects."""

    code = "input.invalid"


class InvalidConfigError(PostPurchaseError, ValueError):
    """``config.invalid``"""

    code = "config.invalid"


class IdempotencyConflictError(PostPurchaseError):
    """``command.idempotency_conflict``"""

    code = "command.idempotency_conflict"


class OrderNotPlacedError(PostPurchaseError):
    """``order.not_placed``"""

    code = "order.not_placed"


class OrderAlreadyPlacedError(PostPurchaseError):
    """``order.already_placed``"""

    code = "order.already_placed"


class InvalidOrderError(PostPurchaseError, ValueError):
    """``order.invalid``"""

    code = "order.invalid"


class InvalidTransitionError(PostPurchaseError):
    """``order.invalid_transition``"""

    code = "order.invalid_transition"


class OrderOnHoldError(PostPurchaseError):
    """``order.on_hold``"""

    code = "order.on_hold"


class OrderCancelledError(PostPurchaseError):
    """``order.cancelled``"""

    code = "order.cancelled"


class UnknownLineError(PostPurchaseError, ValueError):
    """``order.unknown_line``"""

    code = "order.unknown_line"


class InvalidQuantityError(PostPurchaseError, ValueError):
    """``order.invalid_quantity``"""

    code = "order.invalid_quantity"


class QuantityExceedsUnfulfilledError(PostPurchaseError):
    """``order.quantity_exceeds_unfulfilled``"""

    code = "order.quantity_exceeds_unfulfilled"


class QuantityExceedsCancellableError(PostPurchaseError):
    """``order.quantity_exceeds_cancellable``"""

    code = "order.quantity_exceeds_cancellable"


class UnknownShipmentError(PostPurchaseError):
    """``order.unknown_shipment``"""

    code = "order.unknown_shipment"


class DuplicateShipmentError(PostPurchaseError):
    """``order.duplicate_shipment``"""

    code = "order.duplicate_shipment"


class UnknownPaymentError(PostPurchaseError):
    """``payment.unknown``"""

    code = "payment.unknown"


class PaymentAmountExceedsAvailableError(PostPurchaseError):
    """``payment.amount_exceeds_available``"""

    code = "payment.amount_exceeds_available"


class PaymentOverCaptureError(PostPurchaseError):
    """``payment.over_capture``"""

    code = "payment.over_capture"


class PaymentVoidedError(PostPurchaseError):
    """``payment.voided``"""

    code = "payment.voided"


class ConcurrencyConflictError(PostPurchaseError):
    """``store.concurrency_conflict``"""

    code = "store.concurrency_conflict"


class NotFoundError(PostPurchaseError):
    """``store.not_found``"""

    code = "store.not_found"


class StorageError(PostPurchaseError):
    """``store.failure``"""

    code = "store.failure"


class ReturnWrongCustomerError(PostPurchaseError):
    """``return.wrong_customer``"""

    code = "return.wrong_customer"


class UnknownReturnError(PostPurchaseError):
    """``return.unknown``"""

    code = "return.unknown"


class DuplicateReturnError(PostPurchaseError):
    """``return.duplicate_id``"""

    code = "return.duplicate_id"


class ReturnInvalidTransitionError(PostPurchaseError):
    """``return.invalid_transition``"""

    code = "return.invalid_transition"


class ReturnQuantityExceedsReturnableError(PostPurchaseError):
    """``return.quantity_exceeds_returnable``"""

    code = "return.quantity_exceeds_returnable"


class ReturnQuantityExceedsRequestedError(PostPurchaseError):
    """``return.quantity_exceeds_requested``"""

    code = "return.quantity_exceeds_requested"


class ReturnNothingToRefundError(PostPurchaseError):
    """``return.nothing_to_refund``"""

    code = "return.nothing_to_refund"


class RefundMethodNotAllowedError(PostPurchaseError, ValueError):
    """``return.refund_method_not_allowed``"""

    code = "return.refund_method_not_allowed"


class ExchangeDeadlineNotReachedError(PostPurchaseError):
    """``return.exchange_deadline_not_reached``"""

    code = "return.exchange_deadline_not_reached"


class InvalidAnswerError(PostPurchaseError, ValueError):
    """``feedback.invalid_answer``"""

    code = "feedback.invalid_answer"


class InvalidTransactionError(PostPurchaseError, ValueError):
    """``metrics.invalid_transaction``"""

    code = "metrics.invalid_transaction"


class DegenerateDataError(PostPurchaseError):
    """``clv.degenerate_data``"""

    code = "clv.degenerate_data"


class FitFailedError(PostPurchaseError):
    """``clv.fit_failed``"""

    code = "clv.fit_failed"


class InsufficientPointsError(PostPurchaseError):
    """``loyalty.insufficient_points``"""

    code = "loyalty.insufficient_points"


class RedemptionOutOfBoundsError(PostPurchaseError):
    """``loyalty.redemption_out_of_bounds``"""

    code = "loyalty.redemption_out_of_bounds"


class UnknownRedemptionError(PostPurchaseError):
    """``loyalty.unknown_redemption``"""

    code = "loyalty.unknown_redemption"


class AlreadyReversedError(PostPurchaseError):
    """``loyalty.already_reversed``"""

    code = "loyalty.already_reversed"


class LoyaltyRuleNotApplicableError(PostPurchaseError):
    """``loyalty.rule_not_applicable``"""

    code = "loyalty.rule_not_applicable"


class MissingReasonError(PostPurchaseError):
    """``loyalty.missing_reason``"""

    code = "loyalty.missing_reason"


class NotifyWrongCustomerError(PostPurchaseError):
    """``notify.wrong_customer``"""

    code = "notify.wrong_customer"


class WebhookSignatureMismatchError(PostPurchaseError):
    """``webhook.signature_mismatch``"""

    code = "webhook.signature_mismatch"


class WebhookStaleTimestampError(PostPurchaseError):
    """``webhook.stale_timestamp``"""

    code = "webhook.stale_timestamp"


class InternalError(PostPurchaseError):
    """``internal``: a bug inside the library, caught at the boundary instead of crashing."""

    code = "internal"


#: class name -> class, for every core error kind
CLASSES: Dict[str, Type[PostPurchaseError]] = {
    "UnknownCurrencyError": UnknownCurrencyError,
    "CurrencyMismatchError": CurrencyMismatchError,
    "MoneyOverflowError": MoneyOverflowError,
    "InvalidAmountError": InvalidAmountError,
    "InvalidWeightsError": InvalidWeightsError,
    "InvalidIdError": InvalidIdError,
    "InvalidInputError": InvalidInputError,
    "InvalidConfigError": InvalidConfigError,
    "IdempotencyConflictError": IdempotencyConflictError,
    "OrderNotPlacedError": OrderNotPlacedError,
    "OrderAlreadyPlacedError": OrderAlreadyPlacedError,
    "InvalidOrderError": InvalidOrderError,
    "InvalidTransitionError": InvalidTransitionError,
    "OrderOnHoldError": OrderOnHoldError,
    "OrderCancelledError": OrderCancelledError,
    "UnknownLineError": UnknownLineError,
    "InvalidQuantityError": InvalidQuantityError,
    "QuantityExceedsUnfulfilledError": QuantityExceedsUnfulfilledError,
    "QuantityExceedsCancellableError": QuantityExceedsCancellableError,
    "UnknownShipmentError": UnknownShipmentError,
    "DuplicateShipmentError": DuplicateShipmentError,
    "UnknownPaymentError": UnknownPaymentError,
    "PaymentAmountExceedsAvailableError": PaymentAmountExceedsAvailableError,
    "PaymentOverCaptureError": PaymentOverCaptureError,
    "PaymentVoidedError": PaymentVoidedError,
    "ConcurrencyConflictError": ConcurrencyConflictError,
    "NotFoundError": NotFoundError,
    "StorageError": StorageError,
    "ReturnWrongCustomerError": ReturnWrongCustomerError,
    "UnknownReturnError": UnknownReturnError,
    "DuplicateReturnError": DuplicateReturnError,
    "ReturnInvalidTransitionError": ReturnInvalidTransitionError,
    "ReturnQuantityExceedsReturnableError": ReturnQuantityExceedsReturnableError,
    "ReturnQuantityExceedsRequestedError": ReturnQuantityExceedsRequestedError,
    "ReturnNothingToRefundError": ReturnNothingToRefundError,
    "RefundMethodNotAllowedError": RefundMethodNotAllowedError,
    "ExchangeDeadlineNotReachedError": ExchangeDeadlineNotReachedError,
    "InvalidAnswerError": InvalidAnswerError,
    "InvalidTransactionError": InvalidTransactionError,
    "DegenerateDataError": DegenerateDataError,
    "FitFailedError": FitFailedError,
    "InsufficientPointsError": InsufficientPointsError,
    "RedemptionOutOfBoundsError": RedemptionOutOfBoundsError,
    "UnknownRedemptionError": UnknownRedemptionError,
    "AlreadyReversedError": AlreadyReversedError,
    "LoyaltyRuleNotApplicableError": LoyaltyRuleNotApplicableError,
    "MissingReasonError": MissingReasonError,
    "NotifyWrongCustomerError": NotifyWrongCustomerError,
    "InternalError": InternalError,
    "WebhookSignatureMismatchError": WebhookSignatureMismatchError,
    "WebhookStaleTimestampError": WebhookStaleTimestampError,
}

__all__ = ["PostPurchaseError", "CLASSES", "InvalidTypeError", "UnknownCurrencyError", "CurrencyMismatchError", "MoneyOverflowError", "InvalidAmountError", "InvalidWeightsError", "InvalidIdError", "InvalidInputError", "InvalidConfigError", "IdempotencyConflictError", "OrderNotPlacedError", "OrderAlreadyPlacedError", "InvalidOrderError", "InvalidTransitionError", "OrderOnHoldError", "OrderCancelledError", "UnknownLineError", "InvalidQuantityError", "QuantityExceedsUnfulfilledError", "QuantityExceedsCancellableError", "UnknownShipmentError", "DuplicateShipmentError", "UnknownPaymentError", "PaymentAmountExceedsAvailableError", "PaymentOverCaptureError", "PaymentVoidedError", "ConcurrencyConflictError", "NotFoundError", "StorageError", "ReturnWrongCustomerError", "UnknownReturnError", "DuplicateReturnError", "ReturnInvalidTransitionError", "ReturnQuantityExceedsReturnableError", "ReturnQuantityExceedsRequestedError", "ReturnNothingToRefundError", "RefundMethodNotAllowedError", "ExchangeDeadlineNotReachedError", "InvalidAnswerError", "InvalidTransactionError", "DegenerateDataError", "FitFailedError", "InsufficientPointsError", "RedemptionOutOfBoundsError", "UnknownRedemptionError", "AlreadyReversedError", "LoyaltyRuleNotApplicableError", "MissingReasonError", "NotifyWrongCustomerError", "InternalError", "WebhookSignatureMismatchError", "WebhookStaleTimestampError"]
