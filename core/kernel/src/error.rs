//! One error type for the whole library, with a `Copy` kind and a stable machine code.
//!
//! Codes are part of the public contract: every binding exposes them unchanged and the
//! conformance vectors compare them. Messages never carry personal data (no names, e-mail
//! addresses or free text from customers); identifiers the host chose are allowed.

use std::fmt;

/// Calls `$callback! { … }` with every error kind as `/// doc` + `Kind => "code" in Category,`,
/// in declaration order: the one list the core's [`ErrorKind`], its [`ErrorCategory`] and every
/// binding's error type are generated from, so a binding cannot miss or misspell a kind.
///
/// ```
/// macro_rules! count { ($($(#[$m:meta])* $kind:ident => $code:literal in $cat:ident,)+) => { [$($code),+].len() } }
/// assert_eq!(postpurchase::for_each_error_kind!(count), postpurchase::ErrorKind::ALL.len());
/// ```
#[macro_export]
macro_rules! for_each_error_kind {
    ($callback:ident) => {
        $callback! {
            /// A currency code that is not an active ISO 4217 code.
            UnknownCurrency => "money.unknown_currency" in Input,
            /// Two amounts in different currencies were combined or compared.
            CurrencyMismatch => "money.currency_mismatch" in Input,
            /// Arithmetic overflowed the decimal range.
            Overflow => "money.overflow" in Failure,
            /// An amount is not valid here (negative, or finer than the currency allows).
            InvalidAmount => "money.invalid_amount" in Input,
            /// Allocation weights are empty, negative or sum to zero.
            InvalidWeights => "money.invalid_weights" in Input,
            /// An identifier is empty or malformed.
            InvalidId => "input.invalid_id" in Input,
            /// An input value is malformed (NaN, out of range, wrong shape).
            InvalidInput => "input.invalid" in Input,
            /// A configuration (policy, programme) failed validation; see [`Error::problems`].
            InvalidConfig => "config.invalid" in Input,
            /// The same idempotency key was reused for a different command.
            IdempotencyConflict => "command.idempotency_conflict" in Conflict,
            /// A command was sent to an order that has not been placed.
            OrderNotPlaced => "order.not_placed" in NotFound,
            /// The order was already placed.
            OrderAlreadyPlaced => "order.already_placed" in Conflict,
            /// The new order itself is invalid (no lines, zero quantity, bad totals).
            InvalidOrder => "order.invalid" in Input,
            /// The command is not allowed in the order's current state.
            InvalidTransition => "order.invalid_transition" in Refused,
            /// The order is on hold and cannot be fulfilled.
            OrderOnHold => "order.on_hold" in Refused,
            /// The order is fully cancelled.
            OrderCancelled => "order.cancelled" in Refused,
            /// A line id that is not on the order.
            UnknownLine => "order.unknown_line" in Input,
            /// A quantity is zero or negative where a positive quantity is required.
            InvalidQuantity => "order.invalid_quantity" in Input,
            /// More units than are still unfulfilled were put in a shipment.
            QuantityExceedsUnfulfilled => "order.quantity_exceeds_unfulfilled" in Refused,
            /// More units than can still be cancelled (some already shipped or cancelled).
            QuantityExceedsCancellable => "order.quantity_exceeds_cancellable" in Refused,
            /// A shipment id that is not on the order.
            UnknownShipment => "order.unknown_shipment" in NotFound,
            /// A shipment id that is already used on the order.
            DuplicateShipment => "order.duplicate_shipment" in Conflict,
            /// A payment id that is not on the order.
            UnknownPayment => "payment.unknown" in NotFound,
            /// A refund above what is left to refund on a payment.
            PaymentAmountExceedsAvailable => "payment.amount_exceeds_available" in Refused,
            /// A capture above what was authorised, or, without an authorisation, above what the
            /// order still has to collect.
            PaymentOverCapture => "payment.over_capture" in Refused,
            /// The payment was voided or cannot be voided.
            PaymentVoided => "payment.voided" in Refused,
            /// Appending to a stream with a stale expected version; nothing was written.
            ConcurrencyConflict => "store.concurrency_conflict" in Conflict,
            /// A stream or message that does not exist.
            NotFound => "store.not_found" in NotFound,
            /// The host's storage failed (I/O, database); nothing was written.
            Storage => "store.failure" in Failure,
            /// The database belongs to another application (it has tables, none of ours); nothing
            /// was created in it.
            ForeignDatabase => "store.foreign_database" in Refused,
            /// The database's schema was written by a newer version of the store; nothing was
            /// changed.
            SchemaTooNew => "store.schema_too_new" in Data,
            /// The return request is for an order of another customer; refused outright.
            ReturnWrongCustomer => "return.wrong_customer" in Refused,
            /// A return id that is not on the order.
            UnknownReturn => "return.unknown" in NotFound,
            /// A return id that is already used on the order.
            DuplicateReturn => "return.duplicate_id" in Conflict,
            /// The return command is not allowed in the return's current state.
            ReturnInvalidTransition => "return.invalid_transition" in Refused,
            /// More units than can be returned (delivered minus requested or returned).
            ReturnQuantityExceedsReturnable => "return.quantity_exceeds_returnable" in Refused,
            /// More units received than were approved for the return.
            ReturnQuantityExceedsRequested => "return.quantity_exceeds_requested" in Refused,
            /// Nothing received (or claimed) that could be refunded.
            ReturnNothingToRefund => "return.nothing_to_refund" in Refused,
            /// The refund method is not offered by the policy or lacks its details.
            RefundMethodNotAllowed => "return.refund_method_not_allowed" in Input,
            /// An advance exchange cannot be charged before its deadline.
            ExchangeDeadlineNotReached => "return.exchange_deadline_not_reached" in Refused,
            /// A survey answer that is out of range, not a whole number, NaN or missing; the error names the positions.
            InvalidAnswer => "feedback.invalid_answer" in Input,
            /// A transaction that cannot be used (negative or NaN amount, returned above amount).
            InvalidTransaction => "metrics.invalid_transaction" in Input,
            /// The data cannot identify the model (no customers, no repeat buyers, inconsistent recency).
            DegenerateData => "clv.degenerate_data" in Data,
            /// The optimiser did not converge to finite parameters.
            FitFailed => "clv.fit_failed" in Data,
            /// A redemption for more available points than the member has.
            InsufficientPoints => "loyalty.insufficient_points" in Refused,
            /// A redemption below the minimum, above the maximum per order, or worth more than the order.
            RedemptionOutOfBounds => "loyalty.redemption_out_of_bounds" in Refused,
            /// A redemption id that is not in the ledger.
            UnknownRedemption => "loyalty.unknown_redemption" in NotFound,
            /// A redemption that was already reversed.
            AlreadyReversed => "loyalty.already_reversed" in Conflict,
            /// An event award that the programme does not allow now (sign-up twice, second birthday award in a year, referral cap reached).
            LoyaltyRuleNotApplicable => "loyalty.rule_not_applicable" in Refused,
            /// A manual adjustment without a reason.
            MissingReason => "loyalty.missing_reason" in Refused,
            /// A notification recipient whose preferences belong to another customer; refused outright.
            NotifyWrongCustomer => "notify.wrong_customer" in Refused,
            /// A bug inside the library, caught at a binding boundary (a panic) instead of taking the
            /// host down; report it with the message.
            Internal => "internal" in Failure,
            /// A webhook's signature header is malformed or no given secret made it: do not trust the body.
            WebhookSignatureMismatch => "webhook.signature_mismatch" in Security,
            /// A webhook's signed timestamp is outside the tolerance: a replay or a wrong clock.
            WebhookStaleTimestamp => "webhook.stale_timestamp" in Security,
            /// A platform's webhook body (Shopify, WooCommerce, Medusa) says something the library
            /// cannot map without guessing: the `field` detail names where (a topic it does not
            /// handle is named as `topic`).
            PlatformUnmappable => "platform.unmappable" in Input,
            /// A platform's webhook body is over the size limit; it was refused before parsing.
            PlatformPayloadTooLarge => "platform.payload_too_large" in Input,
        }
    };
}

macro_rules! define_error_kinds {
    ($($(#[$m:meta])* $kind:ident => $code:literal in $cat:ident,)+) => {
        /// The kind of an [`Error`]; each kind has a stable [`code`](ErrorKind::code) and a
        /// [`category`](ErrorKind::category). New kinds may come in a minor release: match with a
        /// wildcard arm, or on the category.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
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

            /// What kind of trouble it is, which says what a caller can do about it.
            pub const fn category(self) -> ErrorCategory {
                match self {
                    $(ErrorKind::$kind => ErrorCategory::$cat,)+
                }
            }
        }
    };
}

/// What kind of trouble an error is, which says what a caller can do about it. Each
/// [`ErrorKind`] has one, given beside it in the one list of kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCategory {
    /// The caller's data is malformed or out of range: fix the input; retrying cannot help.
    Input,
    /// What the call names (an order, line, shipment, payment, return, stream) does not exist.
    NotFound,
    /// The state moved on or the id is taken (a concurrent writer, a reused key or id): reload
    /// and decide again.
    Conflict,
    /// A rule refuses the command in the current state (too many units, nothing to refund,
    /// insufficient points): tell the user; the state is unchanged.
    Refused,
    /// The data cannot support the model (no repeat buyers, a fit that does not converge).
    Data,
    /// A check of where a message came from failed: do not trust it.
    Security,
    /// Not the caller's doing: an overflow, the host's storage, or a bug in the library.
    Failure,
}

impl ErrorCategory {
    /// Every category.
    pub const ALL: &'static [ErrorCategory] = &[
        ErrorCategory::Input,
        ErrorCategory::NotFound,
        ErrorCategory::Conflict,
        ErrorCategory::Refused,
        ErrorCategory::Data,
        ErrorCategory::Security,
        ErrorCategory::Failure,
    ];

    /// The category's stable name (`input`, `not_found`, `conflict`, `refused`, `data`,
    /// `security`, `failure`).
    pub const fn name(self) -> &'static str {
        match self {
            ErrorCategory::Input => "input",
            ErrorCategory::NotFound => "not_found",
            ErrorCategory::Conflict => "conflict",
            ErrorCategory::Refused => "refused",
            ErrorCategory::Data => "data",
            ErrorCategory::Security => "security",
            ErrorCategory::Failure => "failure",
        }
    }
}

for_each_error_kind!(define_error_kinds);

impl ErrorKind {
    /// The kind with this code, if any.
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.iter().copied().find(|k| k.code() == code)
    }

    /// Whether the caller's data is at fault ([`ErrorCategory::Input`]).
    pub const fn is_input(self) -> bool {
        matches!(self.category(), ErrorCategory::Input)
    }

    /// Whether what the call names does not exist ([`ErrorCategory::NotFound`]).
    pub const fn is_not_found(self) -> bool {
        matches!(self.category(), ErrorCategory::NotFound)
    }

    /// Whether the state moved on or an id is taken ([`ErrorCategory::Conflict`]).
    pub const fn is_conflict(self) -> bool {
        matches!(self.category(), ErrorCategory::Conflict)
    }

    /// Whether a rule refuses the command in the current state ([`ErrorCategory::Refused`]).
    pub const fn is_refused(self) -> bool {
        matches!(self.category(), ErrorCategory::Refused)
    }

    /// Whether the data cannot support the model ([`ErrorCategory::Data`]).
    pub const fn is_data(self) -> bool {
        matches!(self.category(), ErrorCategory::Data)
    }

    /// Whether a check of a message's origin failed ([`ErrorCategory::Security`]).
    pub const fn is_security(self) -> bool {
        matches!(self.category(), ErrorCategory::Security)
    }

    /// Whether it is not the caller's doing ([`ErrorCategory::Failure`]).
    pub const fn is_failure(self) -> bool {
        matches!(self.category(), ErrorCategory::Failure)
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
    fn every_category_has_kinds_and_the_predicates_follow_the_categories() {
        for c in ErrorCategory::ALL {
            assert!(ErrorKind::ALL.iter().any(|k| k.category() == *c), "{} has no kind", c.name());
        }
        for k in ErrorKind::ALL {
            let c = k.category();
            assert_eq!(k.is_input(), c == ErrorCategory::Input, "{k}");
            assert_eq!(k.is_not_found(), c == ErrorCategory::NotFound, "{k}");
            assert_eq!(k.is_conflict(), c == ErrorCategory::Conflict, "{k}");
            assert_eq!(k.is_refused(), c == ErrorCategory::Refused, "{k}");
            assert_eq!(k.is_data(), c == ErrorCategory::Data, "{k}");
            assert_eq!(k.is_security(), c == ErrorCategory::Security, "{k}");
            assert_eq!(k.is_failure(), c == ErrorCategory::Failure, "{k}");
        }
        // a few by hand, from what a caller does about them
        assert_eq!(ErrorKind::ConcurrencyConflict.category(), ErrorCategory::Conflict);
        assert_eq!(ErrorKind::IdempotencyConflict.category(), ErrorCategory::Conflict);
        assert_eq!(ErrorKind::InsufficientPoints.category(), ErrorCategory::Refused);
        assert_eq!(ErrorKind::UnknownReturn.category(), ErrorCategory::NotFound);
        assert_eq!(ErrorKind::InvalidId.category(), ErrorCategory::Input);
        assert_eq!(ErrorKind::WebhookStaleTimestamp.category(), ErrorCategory::Security);
        assert_eq!(ErrorKind::Internal.category(), ErrorCategory::Failure);
    }

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
