//! Every core error kind mapped explicitly to the code thrown as `err.code` (a new kind breaks
//! this build until it is mapped), and the codes as a string enum so `index.d.ts` exports their union.

use napi_derive::napi;
use postpurchase::ErrorKind;

/// Every stable error code the package throws as `err.code`.
#[napi(string_enum)]
pub enum ErrorCode {
    /// `money.unknown_currency`
    #[napi(value = "money.unknown_currency")]
    UnknownCurrency,
    /// `money.currency_mismatch`
    #[napi(value = "money.currency_mismatch")]
    CurrencyMismatch,
    /// `money.overflow`
    #[napi(value = "money.overflow")]
    Overflow,
    /// `money.invalid_amount`
    #[napi(value = "money.invalid_amount")]
    InvalidAmount,
    /// `money.invalid_weights`
    #[napi(value = "money.invalid_weights")]
    InvalidWeights,
    /// `input.invalid_id`
    #[napi(value = "input.invalid_id")]
    InvalidId,
    /// `input.invalid`
    #[napi(value = "input.invalid")]
    InvalidInput,
    /// `config.invalid`
    #[napi(value = "config.invalid")]
    InvalidConfig,
    /// `command.idempotency_conflict`
    #[napi(value = "command.idempotency_conflict")]
    IdempotencyConflict,
    /// `order.not_placed`
    #[napi(value = "order.not_placed")]
    OrderNotPlaced,
    /// `order.already_placed`
    #[napi(value = "order.already_placed")]
    OrderAlreadyPlaced,
    /// `order.invalid`
    #[napi(value = "order.invalid")]
    InvalidOrder,
    /// `order.invalid_transition`
    #[napi(value = "order.invalid_transition")]
    InvalidTransition,
    /// `order.on_hold`
    #[napi(value = "order.on_hold")]
    OrderOnHold,
    /// `order.cancelled`
    #[napi(value = "order.cancelled")]
    OrderCancelled,
    /// `order.unknown_line`
    #[napi(value = "order.unknown_line")]
    UnknownLine,
    /// `order.invalid_quantity`
    #[napi(value = "order.invalid_quantity")]
    InvalidQuantity,
    /// `order.quantity_exceeds_unfulfilled`
    #[napi(value = "order.quantity_exceeds_unfulfilled")]
    QuantityExceedsUnfulfilled,
    /// `order.quantity_exceeds_cancellable`
    #[napi(value = "order.quantity_exceeds_cancellable")]
    QuantityExceedsCancellable,
    /// `order.unknown_shipment`
    #[napi(value = "order.unknown_shipment")]
    UnknownShipment,
    /// `order.duplicate_shipment`
    #[napi(value = "order.duplicate_shipment")]
    DuplicateShipment,
    /// `payment.unknown`
    #[napi(value = "payment.unknown")]
    UnknownPayment,
    /// `payment.amount_exceeds_available`
    #[napi(value = "payment.amount_exceeds_available")]
    PaymentAmountExceedsAvailable,
    /// `payment.voided`
    #[napi(value = "payment.voided")]
    PaymentVoided,
    /// `store.concurrency_conflict`
    #[napi(value = "store.concurrency_conflict")]
    ConcurrencyConflict,
    /// `store.not_found`
    #[napi(value = "store.not_found")]
    NotFound,
    /// `store.failure`
    #[napi(value = "store.failure")]
    Storage,
    /// `return.wrong_customer`
    #[napi(value = "return.wrong_customer")]
    ReturnWrongCustomer,
    /// `return.unknown`
    #[napi(value = "return.unknown")]
    UnknownReturn,
    /// `return.duplicate_id`
    #[napi(value = "return.duplicate_id")]
    DuplicateReturn,
    /// `return.invalid_transition`
    #[napi(value = "return.invalid_transition")]
    ReturnInvalidTransition,
    /// `return.quantity_exceeds_returnable`
    #[napi(value = "return.quantity_exceeds_returnable")]
    ReturnQuantityExceedsReturnable,
    /// `return.quantity_exceeds_requested`
    #[napi(value = "return.quantity_exceeds_requested")]
    ReturnQuantityExceedsRequested,
    /// `return.nothing_to_refund`
    #[napi(value = "return.nothing_to_refund")]
    ReturnNothingToRefund,
    /// `return.refund_method_not_allowed`
    #[napi(value = "return.refund_method_not_allowed")]
    RefundMethodNotAllowed,
    /// `return.exchange_deadline_not_reached`
    #[napi(value = "return.exchange_deadline_not_reached")]
    ExchangeDeadlineNotReached,
    /// `feedback.invalid_answer`
    #[napi(value = "feedback.invalid_answer")]
    InvalidAnswer,
    /// `metrics.invalid_transaction`
    #[napi(value = "metrics.invalid_transaction")]
    InvalidTransaction,
    /// `clv.degenerate_data`
    #[napi(value = "clv.degenerate_data")]
    DegenerateData,
    /// `clv.fit_failed`
    #[napi(value = "clv.fit_failed")]
    FitFailed,
    /// `loyalty.insufficient_points`
    #[napi(value = "loyalty.insufficient_points")]
    InsufficientPoints,
    /// `loyalty.redemption_out_of_bounds`
    #[napi(value = "loyalty.redemption_out_of_bounds")]
    RedemptionOutOfBounds,
    /// `loyalty.unknown_redemption`
    #[napi(value = "loyalty.unknown_redemption")]
    UnknownRedemption,
    /// `loyalty.rule_not_applicable`
    #[napi(value = "loyalty.rule_not_applicable")]
    LoyaltyRuleNotApplicable,
    /// `loyalty.missing_reason`
    #[napi(value = "loyalty.missing_reason")]
    MissingReason,
}

/// The code for a kind.
pub(crate) fn code(kind: ErrorKind) -> ErrorCode {
    match kind {
        ErrorKind::UnknownCurrency => ErrorCode::UnknownCurrency,
        ErrorKind::CurrencyMismatch => ErrorCode::CurrencyMismatch,
        ErrorKind::Overflow => ErrorCode::Overflow,
        ErrorKind::InvalidAmount => ErrorCode::InvalidAmount,
        ErrorKind::InvalidWeights => ErrorCode::InvalidWeights,
        ErrorKind::InvalidId => ErrorCode::InvalidId,
        ErrorKind::InvalidInput => ErrorCode::InvalidInput,
        ErrorKind::InvalidConfig => ErrorCode::InvalidConfig,
        ErrorKind::IdempotencyConflict => ErrorCode::IdempotencyConflict,
        ErrorKind::OrderNotPlaced => ErrorCode::OrderNotPlaced,
        ErrorKind::OrderAlreadyPlaced => ErrorCode::OrderAlreadyPlaced,
        ErrorKind::InvalidOrder => ErrorCode::InvalidOrder,
        ErrorKind::InvalidTransition => ErrorCode::InvalidTransition,
        ErrorKind::OrderOnHold => ErrorCode::OrderOnHold,
        ErrorKind::OrderCancelled => ErrorCode::OrderCancelled,
        ErrorKind::UnknownLine => ErrorCode::UnknownLine,
        ErrorKind::InvalidQuantity => ErrorCode::InvalidQuantity,
        ErrorKind::QuantityExceedsUnfulfilled => ErrorCode::QuantityExceedsUnfulfilled,
        ErrorKind::QuantityExceedsCancellable => ErrorCode::QuantityExceedsCancellable,
        ErrorKind::UnknownShipment => ErrorCode::UnknownShipment,
        ErrorKind::DuplicateShipment => ErrorCode::DuplicateShipment,
        ErrorKind::UnknownPayment => ErrorCode::UnknownPayment,
        ErrorKind::PaymentAmountExceedsAvailable => ErrorCode::PaymentAmountExceedsAvailable,
        ErrorKind::PaymentVoided => ErrorCode::PaymentVoided,
        ErrorKind::ConcurrencyConflict => ErrorCode::ConcurrencyConflict,
        ErrorKind::NotFound => ErrorCode::NotFound,
        ErrorKind::Storage => ErrorCode::Storage,
        ErrorKind::ReturnWrongCustomer => ErrorCode::ReturnWrongCustomer,
        ErrorKind::UnknownReturn => ErrorCode::UnknownReturn,
        ErrorKind::DuplicateReturn => ErrorCode::DuplicateReturn,
        ErrorKind::ReturnInvalidTransition => ErrorCode::ReturnInvalidTransition,
        ErrorKind::ReturnQuantityExceedsReturnable => ErrorCode::ReturnQuantityExceedsReturnable,
        ErrorKind::ReturnQuantityExceedsRequested => ErrorCode::ReturnQuantityExceedsRequested,
        ErrorKind::ReturnNothingToRefund => ErrorCode::ReturnNothingToRefund,
        ErrorKind::RefundMethodNotAllowed => ErrorCode::RefundMethodNotAllowed,
        ErrorKind::ExchangeDeadlineNotReached => ErrorCode::ExchangeDeadlineNotReached,
        ErrorKind::InvalidAnswer => ErrorCode::InvalidAnswer,
        ErrorKind::InvalidTransaction => ErrorCode::InvalidTransaction,
        ErrorKind::DegenerateData => ErrorCode::DegenerateData,
        ErrorKind::FitFailed => ErrorCode::FitFailed,
        ErrorKind::InsufficientPoints => ErrorCode::InsufficientPoints,
        ErrorKind::RedemptionOutOfBounds => ErrorCode::RedemptionOutOfBounds,
        ErrorKind::UnknownRedemption => ErrorCode::UnknownRedemption,
        ErrorKind::LoyaltyRuleNotApplicable => ErrorCode::LoyaltyRuleNotApplicable,
        ErrorKind::MissingReason => ErrorCode::MissingReason,
    }
}

/// The code as text.
pub(crate) fn code_str(kind: ErrorKind) -> &'static str {
    match code(kind) {
        ErrorCode::UnknownCurrency => "money.unknown_currency",
        ErrorCode::CurrencyMismatch => "money.currency_mismatch",
        ErrorCode::Overflow => "money.overflow",
        ErrorCode::InvalidAmount => "money.invalid_amount",
        ErrorCode::InvalidWeights => "money.invalid_weights",
        ErrorCode::InvalidId => "input.invalid_id",
        ErrorCode::InvalidInput => "input.invalid",
        ErrorCode::InvalidConfig => "config.invalid",
        ErrorCode::IdempotencyConflict => "command.idempotency_conflict",
        ErrorCode::OrderNotPlaced => "order.not_placed",
        ErrorCode::OrderAlreadyPlaced => "order.already_placed",
        ErrorCode::InvalidOrder => "order.invalid",
        ErrorCode::InvalidTransition => "order.invalid_transition",
        ErrorCode::OrderOnHold => "order.on_hold",
        ErrorCode::OrderCancelled => "order.cancelled",
        ErrorCode::UnknownLine => "order.unknown_line",
        ErrorCode::InvalidQuantity => "order.invalid_quantity",
        ErrorCode::QuantityExceedsUnfulfilled => "order.quantity_exceeds_unfulfilled",
        ErrorCode::QuantityExceedsCancellable => "order.quantity_exceeds_cancellable",
        ErrorCode::UnknownShipment => "order.unknown_shipment",
        ErrorCode::DuplicateShipment => "order.duplicate_shipment",
        ErrorCode::UnknownPayment => "payment.unknown",
        ErrorCode::PaymentAmountExceedsAvailable => "payment.amount_exceeds_available",
        ErrorCode::PaymentVoided => "payment.voided",
        ErrorCode::ConcurrencyConflict => "store.concurrency_conflict",
        ErrorCode::NotFound => "store.not_found",
        ErrorCode::Storage => "store.failure",
        ErrorCode::ReturnWrongCustomer => "return.wrong_customer",
        ErrorCode::UnknownReturn => "return.unknown",
        ErrorCode::DuplicateReturn => "return.duplicate_id",
        ErrorCode::ReturnInvalidTransition => "return.invalid_transition",
        ErrorCode::ReturnQuantityExceedsReturnable => "return.quantity_exceeds_returnable",
        ErrorCode::ReturnQuantityExceedsRequested => "return.quantity_exceeds_requested",
        ErrorCode::ReturnNothingToRefund => "return.nothing_to_refund",
        ErrorCode::RefundMethodNotAllowed => "return.refund_method_not_allowed",
        ErrorCode::ExchangeDeadlineNotReached => "return.exchange_deadline_not_reached",
        ErrorCode::InvalidAnswer => "feedback.invalid_answer",
        ErrorCode::InvalidTransaction => "metrics.invalid_transaction",
        ErrorCode::DegenerateData => "clv.degenerate_data",
        ErrorCode::FitFailed => "clv.fit_failed",
        ErrorCode::InsufficientPoints => "loyalty.insufficient_points",
        ErrorCode::RedemptionOutOfBounds => "loyalty.redemption_out_of_bounds",
        ErrorCode::UnknownRedemption => "loyalty.unknown_redemption",
        ErrorCode::LoyaltyRuleNotApplicable => "loyalty.rule_not_applicable",
        ErrorCode::MissingReason => "loyalty.missing_reason",
    }
}
