//! One error type for the whole library, with a `Copy` kind and a stable machine code.
//!
//! Codes are part of the public contract: every binding exposes them unchanged and the
//! conformance vectors compare them. Messages never carry personal data (no names, e-mail
//! addresses or free text from customers); identifiers the host chose are allowed.

use std::fmt;

/// Calls `$callback! { … }` with every error kind as `/// doc` + `Kind => "code",`, in
/// declaration order: the one list the core's [`ErrorKind`] and every binding's error type are
/// generated from, so a binding cannot miss or misspell a kind.
///
/// ```
/// macro_rules! count { ($($(#[$m:meta])* $kind:ident => $code:literal,)+) => { [$($code),+].len() } }
/// assert_eq!(postpurchase::for_each_error_kind!(count), postpurchase::ErrorKind::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_error_kind {
    ($callback:ident) => {
        $callback! {
            /// A currency code that is not an active ISO 4217 code.
            UnknownCurrency => "money.unknown_currency",
            /// Two amounts in different currencies were combined or compared.
            CurrencyMismatch => "money.currency_mismatch",
            /// Arithmetic overflowed the decimal range.
            Overflow => "money.overflow",
            /// An amount is not valid here (negative, or finer than the currency allows).
            InvalidAmount => "money.invalid_amount",
            /// Allocation weights are empty, negative or sum to zero.
            InvalidWeights => "money.invalid_weights",
            /// An identifier is empty or malformed.
            InvalidId => "input.invalid_id",
            /// An input value is malformed (NaN, out of range, wrong shape).
            InvalidInput => "input.invalid",
            /// A configuration (policy, programme) failed validation; see [`Error::problems`].
            InvalidConfig => "config.invalid",
            /// The same idempotency key was reused for a different command.
            IdempotencyConflict => "command.idempotency_conflict",
            /// A command was sent to an order that has not been placed.
            OrderNotPlaced => "order.not_placed",
            /// The order was already placed.
            OrderAlreadyPlaced => "order.already_placed",
            /// The new order itself is invalid (no lines, zero quantity, bad totals).
            InvalidOrder => "order.invalid",
            /// The command is not allowed in the order's current state.
            InvalidTransition => "order.invalid_transition",
            /// The order is on hold and cannot be fulfilled.
            OrderOnHold => "order.on_hold",
            /// The order is fully cancelled.
            OrderCancelled => "order.cancelled",
            /// A line id that is not on the order.
            UnknownLine => "order.unknown_line",
            /// A quantity is zero or negative where a positive quantity is required.
            InvalidQuantity => "order.invalid_quantity",
            /// More units than are still unfulfilled were put in a shipment.
            QuantityExceedsUnfulfilled => "order.quantity_exceeds_unfulfilled",
            /// More units than can still be cancelled (some already shipped or cancelled).
            QuantityExceedsCancellable => "order.quantity_exceeds_cancellable",
            /// A shipment id that is not on the order.
            UnknownShipment => "order.unknown_shipment",
            /// A shipment id that is already used on the order.
            DuplicateShipment => "order.duplicate_shipment",
            /// A payment id that is not on the order.
            UnknownPayment => "payment.unknown",
            /// A refund above what is left to refund on a payment.
            PaymentAmountExceedsAvailable => "payment.amount_exceeds_available",
            /// A capture above what was authorised, or, without an authorisation, above what the
            /// order still has to collect.
            PaymentOverCapture => "payment.over_capture",
            /// The payment was voided or cannot be voided.
            PaymentVoided => "payment.voided",
            /// Appending to a stream with a stale expected version; nothing was written.
            ConcurrencyConflict => "store.concurrency_conflict",
            /// A stream or message that does not exist.
            NotFound => "store.not_found",
            /// The host's storage failed (I/O, database); nothing was written.
            Storage => "store.failure",
            /// The return request is for an order of another customer; refused outright.
            ReturnWrongCustomer => "return.wrong_customer",
            /// A return id that is not on the order.
            UnknownReturn => "return.unknown",
            /// A return id that is already used on the order.
            DuplicateReturn => "return.duplicate_id",
            /// The return command is not allowed in the return's current state.
            ReturnInvalidTransition => "return.invalid_transition",
            /// More units than can be returned (delivered minus requested or returned).
            ReturnQuantityExceedsReturnable => "return.quantity_exceeds_returnable",
            /// More units received than were approved for the return.
            ReturnQuantityExceedsRequested => "return.quantity_exceeds_requested",
            /// Nothing received (or claimed) that could be refunded.
            ReturnNothingToRefund => "return.nothing_to_refund",
            /// The refund method is not offered by the policy or lacks its details.
            RefundMethodNotAllowed => "return.refund_method_not_allowed",
            /// An advance exchange cannot be charged before its deadline.
            ExchangeDeadlineNotReached => "return.exchange_deadline_not_reached",
            /// A survey answer that is out of range, not a whole number, NaN or missing; the error names the positions.
            InvalidAnswer => "feedback.invalid_answer",
            /// A transaction that cannot be used (negative or NaN amount, returned above amount).
            InvalidTransaction => "metrics.invalid_transaction",
            /// The data cannot identify the model (no customers, no repeat buyers, inconsistent recency).
            DegenerateData => "clv.degenerate_data",
            /// The optimiser did not converge to finite parameters.
            FitFailed => "clv.fit_failed",
            /// A redemption for more available points than the member has.
            InsufficientPoints => "loyalty.insufficient_points",
            /// A redemption below the minimum, above the maximum per order, or worth more than the order.
            RedemptionOutOfBounds => "loyalty.redemption_out_of_bounds",
            /// A redemption id that is not in the ledger.
            UnknownRedemption => "loyalty.unknown_redemption",
            /// A redemption that was already reversed.
            AlreadyReversed => "loyalty.already_reversed",
            /// An event award that the programme does not allow now (sign-up twice, second birthday award in a year, referral cap reached).
            LoyaltyRuleNotApplicable => "loyalty.rule_not_applicable",
            /// A manual adjustment without a reason.
            MissingReason => "loyalty.missing_reason",
            /// A notification recipient whose preferences belong to another customer; refused outright.
            NotifyWrongCustomer => "notify.wrong_customer",
            /// A bug inside the library, caught at a binding boundary (a panic) instead of taking the
            /// host down; report it with the message.
            Internal => "internal",
            /// A webhook's signature header is malformed or no given secret made it: do not trust the body.
            WebhookSignatureMismatch => "webhook.signature_mismatch",
            /// A webhook's signed timestamp is outside the tolerance: a replay or a wrong clock.
            WebhookStaleTimestamp => "webhook.stale_timestamp",
        }
    };
}

macro_rules! define_error_kinds {
    ($($(#[$m:meta])* $kind:ident => $code:literal,)+) => {
        /// The kind of an [`Error`]; each kind has a stable [`code`](ErrorKind::code).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorKind {
            $($(#[$m])* $kind,)+
        }

        impl ErrorKind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [ErrorKind] = &[$(ErrorKind::$kind,)+];

            /// The stable machine code, `area.reason`, e.g. `"money.currency_mismatch"`.
            pub const fn code(self) -> &'static str {
                match self {
                    $(ErrorKind::$kind => $code,)+
                }
            }
        }
    };
}

for_each_error_kind!(define_error_kinds);

impl ErrorKind {
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

    /// The `internal` error for a panic caught at a binding boundary, with the panic's message.
    pub fn from_panic(payload: &(dyn std::any::Any + Send)) -> Self {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Error::new(ErrorKind::Internal, format!("a bug inside postpurchase ({what}); please report it"))
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
            // `area.reason`, except the one code a host matches without an area
            assert!(kind.code().contains('.') || *kind == ErrorKind::Internal, "{}", kind.code());
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
