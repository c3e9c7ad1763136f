"""Exceptions: one class per core error kind, rooted at :class:`PostPurchaseError`.

Input errors also subclass :class:`ValueError`. Every exception carries the stable ``code`` and
its ``category`` (``input``, ``not_found``, ``conflict``, ``refused``, ``data``, ``security``,
``failure``), which says what the caller can do about it.
Generated from the core's one list of error kinds by core/gen, do not edit.
"""

from __future__ import annotations

from typing import Dict, List, Tuple, Type


class PostPurchaseError(Exception):
    """Base of every postpurchase error."""

    code: str = ""
    #: what kind of trouble it is: input, not_found, conflict, refused, data, security or failure
    category: str = ""

    def __init__(self, message: str, code: str = "", details: Dict[str, str] | None = None, problems: List[Tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.code = code or type(self).code
        self.details: Dict[str, str] = dict(details or {})
        self.problems: List[Tuple[str, str]] = list(problems or [])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={str(self)!r})"


class UnknownCurrencyError(PostPurchaseError, ValueError):
    """``money.unknown_currency``: A currency code that is not an active ISO 4217 code."""

    code = "money.unknown_currency"
    category = "input"


class CurrencyMismatchError(PostPurchaseError, ValueError):
    """``money.currency_mismatch``: Two amounts in different currencies were combined or compared."""

    code = "money.currency_mismatch"
    category = "input"


class MoneyOverflowError(PostPurchaseError):
    """``money.overflow``: Arithmetic overflowed the decimal range."""

    code = "money.overflow"
    category = "failure"


class InvalidAmountError(PostPurchaseError, ValueError):
    """``money.invalid_amount``: An amount is not valid here (negative, or finer than the currency allows)."""

    code = "money.invalid_amount"
    category = "input"


class InvalidWeightsError(PostPurchaseError, ValueError):
    """``money.invalid_weights``: Allocation weights are empty, negative or sum to zero."""

    code = "money.invalid_weights"
    category = "input"


class InvalidIdError(PostPurchaseError, ValueError):
    """``input.invalid_id``: An identifier is empty or malformed."""

    code = "input.invalid_id"
    category = "input"


class InvalidInputError(PostPurchaseError, ValueError):
    """``input.invalid``: An input value is malformed (NaN, out of range, wrong shape)."""

    code = "input.invalid"
    category = "input"


class InvalidTypeError(InvalidInputError, TypeError):
    """``input.invalid`` for an argument of the wrong type: a ``PostPurchaseError`` that is also
    the ``TypeError`` Python code expects."""

    code = "input.invalid"


class InvalidConfigError(PostPurchaseError, ValueError):
    """``config.invalid``: A configuration (policy, programme) failed validation; see ``Error::problems``."""

    code = "config.invalid"
    category = "input"


class IdempotencyConflictError(PostPurchaseError):
    """``command.idempotency_conflict``: The same idempotency key was reused for a different command."""

    code = "command.idempotency_conflict"
    category = "conflict"


class OrderNotPlacedError(PostPurchaseError):
    """``order.not_placed``: A command was sent to an order that has not been placed."""

    code = "order.not_placed"
    category = "not_found"


class OrderAlreadyPlacedError(PostPurchaseError):
    """``order.already_placed``: The order was already placed."""

    code = "order.already_placed"
    category = "conflict"


class InvalidOrderError(PostPurchaseError, ValueError):
    """``order.invalid``: The new order itself is invalid (no lines, zero quantity, bad totals)."""

    code = "order.invalid"
    category = "input"


class InvalidTransitionError(PostPurchaseError):
    """``order.invalid_transition``: The command is not allowed in the order's current state."""

    code = "order.invalid_transition"
    category = "refused"


class OrderOnHoldError(PostPurchaseError):
    """``order.on_hold``: The order is on hold and cannot be fulfilled."""

    code = "order.on_hold"
    category = "refused"


class OrderCancelledError(PostPurchaseError):
    """``order.cancelled``: The order is fully cancelled."""

    code = "order.cancelled"
    category = "refused"


class UnknownLineError(PostPurchaseError, ValueError):
    """``order.unknown_line``: A line id that is not on the order."""

    code = "order.unknown_line"
    category = "input"


class InvalidQuantityError(PostPurchaseError, ValueError):
    """``order.invalid_quantity``: A quantity is zero or negative where a positive quantity is required."""

    code = "order.invalid_quantity"
    category = "input"


class QuantityExceedsUnfulfilledError(PostPurchaseError):
    """``order.quantity_exceeds_unfulfilled``: More units than are still unfulfilled were put in a shipment."""

    code = "order.quantity_exceeds_unfulfilled"
    category = "refused"


class QuantityExceedsCancellableError(PostPurchaseError):
    """``order.quantity_exceeds_cancellable``: More units than can still be cancelled (some already shipped or cancelled)."""

    code = "order.quantity_exceeds_cancellable"
    category = "refused"


class UnknownShipmentError(PostPurchaseError):
    """``order.unknown_shipment``: A shipment id that is not on the order."""

    code = "order.unknown_shipment"
    category = "not_found"


class DuplicateShipmentError(PostPurchaseError):
    """``order.duplicate_shipment``: A shipment id that is already used on the order."""

    code = "order.duplicate_shipment"
    category = "conflict"


class UnknownPaymentError(PostPurchaseError):
    """``payment.unknown``: A payment id that is not on the order."""

    code = "payment.unknown"
    category = "not_found"


class PaymentAmountExceedsAvailableError(PostPurchaseError):
    """``payment.amount_exceeds_available``: A refund above what is left to refund on a payment."""

    code = "payment.amount_exceeds_available"
    category = "refused"


class PaymentOverCaptureError(PostPurchaseError):
    """``payment.over_capture``: A capture above what was authorised, or, without an authorisation, above what the order still has to collect."""

    code = "payment.over_capture"
    category = "refused"


class PaymentVoidedError(PostPurchaseError):
    """``payment.voided``: The payment was voided or cannot be voided."""

    code = "payment.voided"
    category = "refused"


class ConcurrencyConflictError(PostPurchaseError):
    """``store.concurrency_conflict``: Appending to a stream with a stale expected version; nothing was written."""

    code = "store.concurrency_conflict"
    category = "conflict"


class NotFoundError(PostPurchaseError):
    """``store.not_found``: A stream or message that does not exist."""

    code = "store.not_found"
    category = "not_found"


class StorageError(PostPurchaseError):
    """``store.failure``: The host's storage failed (I/O, database); nothing was written."""

    code = "store.failure"
    category = "failure"


class ForeignDatabaseError(PostPurchaseError):
    """``store.foreign_database``: The database belongs to another application (it has tables, none of ours); nothing was created in it."""

    code = "store.foreign_database"
    category = "refused"


class SchemaTooNewError(PostPurchaseError):
    """``store.schema_too_new``: The database's schema was written by a newer version of the store; nothing was changed."""

    code = "store.schema_too_new"
    category = "data"


class ReturnWrongCustomerError(PostPurchaseError):
    """``return.wrong_customer``: The return request is for an order of another customer; refused outright."""

    code = "return.wrong_customer"
    category = "refused"


class UnknownReturnError(PostPurchaseError):
    """``return.unknown``: A return id that is not on the order."""

    code = "return.unknown"
    category = "not_found"


class DuplicateReturnError(PostPurchaseError):
    """``return.duplicate_id``: A return id that is already used on the order."""

    code = "return.duplicate_id"
    category = "conflict"


class ReturnInvalidTransitionError(PostPurchaseError):
    """``return.invalid_transition``: The return command is not allowed in the return's current state."""

    code = "return.invalid_transition"
    category = "refused"


class ReturnQuantityExceedsReturnableError(PostPurchaseError):
    """``return.quantity_exceeds_returnable``: More units than can be returned (delivered minus requested or returned)."""

    code = "return.quantity_exceeds_returnable"
    category = "refused"


class ReturnQuantityExceedsRequestedError(PostPurchaseError):
    """``return.quantity_exceeds_requested``: More units received than were approved for the return."""

    code = "return.quantity_exceeds_requested"
    category = "refused"


class ReturnNothingToRefundError(PostPurchaseError):
    """``return.nothing_to_refund``: Nothing received (or claimed) that could be refunded."""

    code = "return.nothing_to_refund"
    category = "refused"


class RefundMethodNotAllowedError(PostPurchaseError, ValueError):
    """``return.refund_method_not_allowed``: The refund method is not offered by the policy or lacks its details."""

    code = "return.refund_method_not_allowed"
    category = "input"


class ExchangeDeadlineNotReachedError(PostPurchaseError):
    """``return.exchange_deadline_not_reached``: An advance exchange cannot be charged before its deadline."""

    code = "return.exchange_deadline_not_reached"
    category = "refused"


class InvalidAnswerError(PostPurchaseError, ValueError):
    """``feedback.invalid_answer``: A survey answer that is out of range, not a whole number, NaN or missing; the error names the positions."""

    code = "feedback.invalid_answer"
    category = "input"


class InvalidTransactionError(PostPurchaseError, ValueError):
    """``metrics.invalid_transaction``: A transaction that cannot be used (negative or NaN amount, returned above amount)."""

    code = "metrics.invalid_transaction"
    category = "input"


class DegenerateDataError(PostPurchaseError):
    """``clv.degenerate_data``: The data cannot identify the model (no customers, no repeat buyers, inconsistent recency)."""

    code = "clv.degenerate_data"
    category = "data"


class FitFailedError(PostPurchaseError):
    """``clv.fit_failed``: The optimiser did not converge to finite parameters."""

    code = "clv.fit_failed"
    category = "data"


class InsufficientPointsError(PostPurchaseError):
    """``loyalty.insufficient_points``: A redemption for more available points than the member has."""

    code = "loyalty.insufficient_points"
    category = "refused"


class RedemptionOutOfBoundsError(PostPurchaseError):
    """``loyalty.redemption_out_of_bounds``: A redemption below the minimum, above the maximum per order, or worth more than the order."""

    code = "loyalty.redemption_out_of_bounds"
    category = "refused"


class UnknownRedemptionError(PostPurchaseError):
    """``loyalty.unknown_redemption``: A redemption id that is not in the ledger."""

    code = "loyalty.unknown_redemption"
    category = "not_found"


class AlreadyReversedError(PostPurchaseError):
    """``loyalty.already_reversed``: A redemption that was already reversed."""

    code = "loyalty.already_reversed"
    category = "conflict"


class LoyaltyRuleNotApplicableError(PostPurchaseError):
    """``loyalty.rule_not_applicable``: An event award that the programme does not allow now (sign-up twice, second birthday award in a year, referral cap reached)."""

    code = "loyalty.rule_not_applicable"
    category = "refused"


class MissingReasonError(PostPurchaseError):
    """``loyalty.missing_reason``: A manual adjustment without a reason."""

    code = "loyalty.missing_reason"
    category = "refused"


class NotifyWrongCustomerError(PostPurchaseError):
    """``notify.wrong_customer``: A notification recipient whose preferences belong to another customer; refused outright."""

    code = "notify.wrong_customer"
    category = "refused"


class InternalError(PostPurchaseError):
    """``internal``: A bug inside the library, caught at a binding boundary (a panic) instead of taking the host down; report it with the message."""

    code = "internal"
    category = "failure"


class WebhookSignatureMismatchError(PostPurchaseError):
    """``webhook.signature_mismatch``: A webhook's signature header is malformed or no given secret made it: do not trust the body."""

    code = "webhook.signature_mismatch"
    category = "security"


class WebhookStaleTimestampError(PostPurchaseError):
    """``webhook.stale_timestamp``: A webhook's signed timestamp is outside the tolerance: a replay or a wrong clock."""

    code = "webhook.stale_timestamp"
    category = "security"


class PlatformUnmappableError(PostPurchaseError, ValueError):
    """``platform.unmappable``: A platform's webhook body (Shopify, WooCommerce, Medusa) says something the library cannot map without guessing: the ``field`` detail names where (a topic it does not handle is named as ``topic``)."""

    code = "platform.unmappable"
    category = "input"


class PlatformPayloadTooLargeError(PostPurchaseError, ValueError):
    """``platform.payload_too_large``: A platform's webhook body is over the size limit; it was refused before parsing."""

    code = "platform.payload_too_large"
    category = "input"


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
    "ForeignDatabaseError": ForeignDatabaseError,
    "SchemaTooNewError": SchemaTooNewError,
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
    "PlatformUnmappableError": PlatformUnmappableError,
    "PlatformPayloadTooLargeError": PlatformPayloadTooLargeError,
}

#: stable code -> class, for every core error kind (how a native error finds its class)
BY_CODE: Dict[str, Type[PostPurchaseError]] = {cls.code: cls for cls in CLASSES.values()}

__all__ = ["PostPurchaseError", "CLASSES", "BY_CODE", "InvalidTypeError", "UnknownCurrencyError", "CurrencyMismatchError", "MoneyOverflowError", "InvalidAmountError", "InvalidWeightsError", "InvalidIdError", "InvalidInputError", "InvalidConfigError", "IdempotencyConflictError", "OrderNotPlacedError", "OrderAlreadyPlacedError", "InvalidOrderError", "InvalidTransitionError", "OrderOnHoldError", "OrderCancelledError", "UnknownLineError", "InvalidQuantityError", "QuantityExceedsUnfulfilledError", "QuantityExceedsCancellableError", "UnknownShipmentError", "DuplicateShipmentError", "UnknownPaymentError", "PaymentAmountExceedsAvailableError", "PaymentOverCaptureError", "PaymentVoidedError", "ConcurrencyConflictError", "NotFoundError", "StorageError", "ForeignDatabaseError", "SchemaTooNewError", "ReturnWrongCustomerError", "UnknownReturnError", "DuplicateReturnError", "ReturnInvalidTransitionError", "ReturnQuantityExceedsReturnableError", "ReturnQuantityExceedsRequestedError", "ReturnNothingToRefundError", "RefundMethodNotAllowedError", "ExchangeDeadlineNotReachedError", "InvalidAnswerError", "InvalidTransactionError", "DegenerateDataError", "FitFailedError", "InsufficientPointsError", "RedemptionOutOfBoundsError", "UnknownRedemptionError", "AlreadyReversedError", "LoyaltyRuleNotApplicableError", "MissingReasonError", "NotifyWrongCustomerError", "InternalError", "WebhookSignatureMismatchError", "WebhookStaleTimestampError", "PlatformUnmappableError", "PlatformPayloadTooLargeError"]
