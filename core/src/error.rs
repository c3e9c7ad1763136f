//! One error type for the whole library, with a `Copy` kind and a stable machine code.
//!
//! Codes are part of the public contract: every binding exposes them unchanged and the
//! conformance vectors compare them. Messages never carry personal data (no names, e-mail
//! addresses or free text from customers); identifiers the host chose are allowed.

use std::fmt;

/// The kind of an [`Error`]; each kind has a stable [`code`](ErrorKind::code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// A currency code that is not an active ISO 4217 code.
    UnknownCurrency,
    /// Two amounts in different currencies were combined or compared.
    CurrencyMismatch,
    /// Arithmetic overflowed the decimal range.
    Overflow,
    /// An amount is not valid here (negative, or finer than the currency allows).
    InvalidAmount,
    /// Allocation weights are empty, negative or sum to zero.
    InvalidWeights,
    /// An identifier is empty or malformed.
    InvalidId,
    /// An input value is malformed (NaN, out of range, wrong shape).
    InvalidInput,
    /// A configuration (policy, programme) failed validation; see [`Error::problems`].
    InvalidConfig,
    /// The same idempotency key was reused for a different command.
    IdempotencyConflict,
    /// A command was sent to an order that has not been placed.
    OrderNotPlaced,
    /// The order was already placed.
    OrderAlreadyPlaced,
    /// The new order itself is invalid (no lines, zero quantity, bad totals).
    InvalidOrder,
    /// The command is not allowed in the order's current state.
    InvalidTransition,
    /// The order is on hold and cannot be fulfilled.
    OrderOnHold,
    /// The order is fully cancelled.
    OrderCancelled,
    /// A line id that is not on the order.
    UnknownLine,
    /// A quantity is zero or negative where a positive quantity is required.
    InvalidQuantity,
    /// More units than are still unfulfilled were put in a shipment.
    QuantityExceedsUnfulfilled,
    /// More units than can still be cancelled (some already shipped or cancelled).
    QuantityExceedsCancellable,
    /// A shipment id that is not on the order.
    UnknownShipment,
    /// A shipment id that is already used on the order.
    DuplicateShipment,
    /// A payment id that is not on the order.
    UnknownPayment,
    /// A payment operation for more than is available (capture above authorised, refund above captured).
    PaymentAmountExceedsAvailable,
    /// The payment was voided or cannot be voided.
    PaymentVoided,
    /// Appending to a stream with a stale expected version; nothing was written.
    ConcurrencyConflict,
    /// A stream or message that does not exist.
    NotFound,
    /// The host's storage failed (I/O, database); nothing was written.
    Storage,
    /// The return request is for an order of another customer; refused outright.
    ReturnWrongCustomer,
    /// A return id that is not on the order.
    UnknownReturn,
    /// A return id that is already used on the order.
    DuplicateReturn,
    /// The return command is not allowed in the return's current state.
    ReturnInvalidTransition,
    /// More units than can be returned (delivered minus requested or returned).
    ReturnQuantityExceedsReturnable,
    /// More units received than were approved for the return.
    ReturnQuantityExceedsRequested,
    /// Nothing received (or claimed) that could be refunded.
    ReturnNothingToRefund,
    /// The refund method is not offered by the policy or lacks its details.
    RefundMethodNotAllowed,
    /// An advance exchange cannot be charged before its deadline.
    ExchangeDeadlineNotReached,
    /// A survey answer that is out of range, not a whole number, NaN or missing; the error names the positions.
    InvalidAnswer,
    /// A transaction that cannot be used (negative or NaN amount, returned above amount).
    InvalidTransaction,
    /// The data cannot identify the model (no customers, no repeat buyers, inconsistent recency).
    DegenerateData,
    /// The optimiser did not converge to finite parameters.
    FitFailed,
    /// A redemption for more available points than the member has.
    InsufficientPoints,
    /// A redemption below the minimum, above the maximum per order, or worth more than the order.
    RedemptionOutOfBounds,
    /// A redemption id that is not in the ledger, or already reversed.
    UnknownRedemption,
    /// An event award that the programme does not allow now (sign-up twice, second birthday award in a year, referral cap reached).
    LoyaltyRuleNotApplicable,
    /// A manual adjustment without a reason.
    MissingReason,
}

impl ErrorKind {
    /// Every kind, in declaration order (bindings use it to check their mapping is complete).
    pub const ALL: &'static [ErrorKind] = &[
        ErrorKind::UnknownCurrency,
        ErrorKind::CurrencyMismatch,
        ErrorKind::Overflow,
        ErrorKind::InvalidAmount,
        ErrorKind::InvalidWeights,
        ErrorKind::InvalidId,
        ErrorKind::InvalidInput,
        ErrorKind::InvalidConfig,
        ErrorKind::IdempotencyConflict,
        ErrorKind::OrderNotPlaced,
        ErrorKind::OrderAlreadyPlaced,
        ErrorKind::InvalidOrder,
        ErrorKind::InvalidTransition,
        ErrorKind::OrderOnHold,
        ErrorKind::OrderCancelled,
        ErrorKind::UnknownLine,
        ErrorKind::InvalidQuantity,
        ErrorKind::QuantityExceedsUnfulfilled,
        ErrorKind::QuantityExceedsCancellable,
        ErrorKind::UnknownShipment,
        ErrorKind::DuplicateShipment,
        ErrorKind::UnknownPayment,
        ErrorKind::PaymentAmountExceedsAvailable,
        ErrorKind::PaymentVoided,
        ErrorKind::ConcurrencyConflict,
        ErrorKind::NotFound,
        ErrorKind::Storage,
        ErrorKind::ReturnWrongCustomer,
        ErrorKind::UnknownReturn,
        ErrorKind::DuplicateReturn,
        ErrorKind::ReturnInvalidTransition,
        ErrorKind::ReturnQuantityExceedsReturnable,
        ErrorKind::ReturnQuantityExceedsRequested,
        ErrorKind::ReturnNothingToRefund,
        ErrorKind::RefundMethodNotAllowed,
        ErrorKind::ExchangeDeadlineNotReached,
        ErrorKind::InvalidAnswer,
        ErrorKind::InvalidTransaction,
        ErrorKind::DegenerateData,
        ErrorKind::FitFailed,
        ErrorKind::InsufficientPoints,
        ErrorKind::RedemptionOutOfBounds,
        ErrorKind::UnknownRedemption,
        ErrorKind::LoyaltyRuleNotApplicable,
        ErrorKind::MissingReason,
    ];

    /// The stable machine code, `area.reason`, e.g. `"money.currency_mismatch"`.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::UnknownCurrency => "money.unknown_currency",
            ErrorKind::CurrencyMismatch => "money.currency_mismatch",
            ErrorKind::Overflow => "money.overflow",
            ErrorKind::InvalidAmount => "money.invalid_amount",
            ErrorKind::InvalidWeights => "money.invalid_weights",
            ErrorKind::InvalidId => "input.invalid_id",
            ErrorKind::InvalidInput => "input.invalid",
            ErrorKind::InvalidConfig => "config.invalid",
            ErrorKind::IdempotencyConflict => "command.idempotency_conflict",
            ErrorKind::OrderNotPlaced => "order.not_placed",
            ErrorKind::OrderAlreadyPlaced => "order.already_placed",
            ErrorKind::InvalidOrder => "order.invalid",
            ErrorKind::InvalidTransition => "order.invalid_transition",
            ErrorKind::OrderOnHold => "order.on_hold",
            ErrorKind::OrderCancelled => "order.cancelled",
            ErrorKind::UnknownLine => "order.unknown_line",
            ErrorKind::InvalidQuantity => "order.invalid_quantity",
            ErrorKind::QuantityExceedsUnfulfilled => "order.quantity_exceeds_unfulfilled",
            ErrorKind::QuantityExceedsCancellable => "order.quantity_exceeds_cancellable",
            ErrorKind::UnknownShipment => "order.unknown_shipment",
            ErrorKind::DuplicateShipment => "order.duplicate_shipment",
            ErrorKind::UnknownPayment => "payment.unknown",
            ErrorKind::PaymentAmountExceedsAvailable => "payment.amount_exceeds_available",
            ErrorKind::PaymentVoided => "payment.voided",
            ErrorKind::ConcurrencyConflict => "store.concurrency_conflict",
            ErrorKind::NotFound => "store.not_found",
            ErrorKind::Storage => "store.failure",
            ErrorKind::ReturnWrongCustomer => "return.wrong_customer",
            ErrorKind::UnknownReturn => "return.unknown",
            ErrorKind::DuplicateReturn => "return.duplicate_id",
            ErrorKind::ReturnInvalidTransition => "return.invalid_transition",
            ErrorKind::ReturnQuantityExceedsReturnable => "return.quantity_exceeds_returnable",
            ErrorKind::ReturnQuantityExceedsRequested => "return.quantity_exceeds_requested",
            ErrorKind::ReturnNothingToRefund => "return.nothing_to_refund",
            ErrorKind::RefundMethodNotAllowed => "return.refund_method_not_allowed",
            ErrorKind::ExchangeDeadlineNotReached => "return.exchange_deadline_not_reached",
            ErrorKind::InvalidAnswer => "feedback.invalid_answer",
            ErrorKind::InvalidTransaction => "metrics.invalid_transaction",
            ErrorKind::DegenerateData => "clv.degenerate_data",
            ErrorKind::FitFailed => "clv.fit_failed",
            ErrorKind::InsufficientPoints => "loyalty.insufficient_points",
            ErrorKind::RedemptionOutOfBounds => "loyalty.redemption_out_of_bounds",
            ErrorKind::UnknownRedemption => "loyalty.unknown_redemption",
            ErrorKind::LoyaltyRuleNotApplicable => "loyalty.rule_not_applicable",
            ErrorKind::MissingReason => "loyalty.missing_reason",
        }
    }

    /// The kind with this code, if any.
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.iter().copied().find(|k| k.code() == code)
    }

    /// Whether the error is caused by bad input from the caller (as opposed to state or conflicts).
    pub const fn is_input(self) -> bool {
        matches!(
            self,
            ErrorKind::UnknownCurrency
                | ErrorKind::InvalidAmount
                | ErrorKind::InvalidWeights
                | ErrorKind::InvalidId
                | ErrorKind::InvalidInput
                | ErrorKind::InvalidConfig
                | ErrorKind::InvalidOrder
                | ErrorKind::InvalidQuantity
                | ErrorKind::UnknownLine
                | ErrorKind::CurrencyMismatch
                | ErrorKind::InvalidAnswer
                | ErrorKind::InvalidTransaction
                | ErrorKind::RefundMethodNotAllowed
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One problem found while validating a configuration: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// Path of the offending field, e.g. `"overrides[2].days"`.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl Problem {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { path: path.into(), message: message.into() }
    }
}

/// The library's error: a kind, a message without personal data, and structured details.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", kind.code())]
pub struct Error {
    kind: ErrorKind,
    message: String,
    details: Vec<(&'static str, String)>,
    problems: Vec<Problem>,
}

impl Error {
    /// A new error of `kind` with a message.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), details: Vec::new(), problems: Vec::new() }
    }

    /// A configuration error listing every problem found.
    pub fn invalid_config(problems: Vec<Problem>) -> Self {
        let message = problems.iter().map(|p| format!("{}: {}", p.path, p.message)).collect::<Vec<_>>().join("; ");
        Error { kind: ErrorKind::InvalidConfig, message, details: Vec::new(), problems }
    }

    /// Adds a structured detail (`field`, `value`).
    #[must_use]
    pub fn with(mut self, field: &'static str, value: impl ToString) -> Self {
        self.details.push((field, value.to_string()));
        self
    }

    /// Converts a JSON decoding error. Our own `Deserialize` impls (currencies, identifiers) report
    /// their error as `code: message`, so that kind is kept (an unknown currency inside an order
    /// stays `money.unknown_currency`); anything else is [`ErrorKind::InvalidInput`].
    pub fn from_json_error(what: &str, e: &serde_json::Error) -> Error {
        let text = e.to_string();
        let kind = text
            .split_once(':')
            .and_then(|(code, _)| ErrorKind::from_code(code.trim()))
            .unwrap_or(ErrorKind::InvalidInput);
        Error::new(kind, format!("invalid {what}: {text}"))
    }

    /// The kind.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable machine code (same as `self.kind().code()`).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The human-readable message (no personal data).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Structured details as `(field, value)` pairs.
    pub fn details(&self) -> &[(&'static str, String)] {
        &self.details
    }

    /// The value of one detail field, if present.
    pub fn detail(&self, field: &str) -> Option<&str> {
        self.details.iter().find(|(f, _)| *f == field).map(|(_, v)| v.as_str())
    }

    /// Every configuration problem (empty unless the kind is [`ErrorKind::InvalidConfig`]).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

/// Result alias used across the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for kind in ErrorKind::ALL {
            assert!(seen.insert(kind.code()), "duplicate code {}", kind.code());
            assert_eq!(ErrorKind::from_code(kind.code()), Some(*kind));
            assert!(kind.code().contains('.'));
        }
    }

    #[test]
    fn display_starts_with_code() {
        let e = Error::new(ErrorKind::CurrencyMismatch, "USD vs EUR").with("left", "USD");
        assert_eq!(e.to_string(), "money.currency_mismatch: USD vs EUR");
        assert_eq!(e.detail("left"), Some("USD"));
    }

    #[test]
    fn config_error_lists_every_problem() {
        let e = Error::invalid_config(vec![Problem::new("a", "bad"), Problem::new("b", "worse")]);
        assert_eq!(e.problems().len(), 2);
        assert_eq!(e.message(), "a: bad; b: worse");
    }
}
