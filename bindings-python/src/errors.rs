//! Maps every core error kind to its Python exception class name, explicitly: a new kind breaks
//! this build until it is mapped. The native module raises `CoreError(code, message, class_name,
//! details)`; the Python package re-raises it as the named subclass of `PostPurchaseError`.

use postpurchase::{Error, ErrorKind};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    _native,
    CoreError,
    PyException,
    "An error from the postpurchase core: (code, message, class name, details)."
);

/// The Python class name for a kind.
pub(crate) fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::UnknownCurrency => "UnknownCurrencyError",
        ErrorKind::CurrencyMismatch => "CurrencyMismatchError",
        ErrorKind::Overflow => "MoneyOverflowError",
        ErrorKind::InvalidAmount => "InvalidAmountError",
        ErrorKind::InvalidWeights => "InvalidWeightsError",
        ErrorKind::InvalidId => "InvalidIdError",
        ErrorKind::InvalidInput => "InvalidInputError",
        ErrorKind::InvalidConfig => "InvalidConfigError",
        ErrorKind::IdempotencyConflict => "IdempotencyConflictError",
        ErrorKind::OrderNotPlaced => "OrderNotPlacedError",
        ErrorKind::OrderAlreadyPlaced => "OrderAlreadyPlacedError",
        ErrorKind::InvalidOrder => "InvalidOrderError",
        ErrorKind::InvalidTransition => "InvalidTransitionError",
        ErrorKind::OrderOnHold => "OrderOnHoldError",
        ErrorKind::OrderCancelled => "OrderCancelledError",
        ErrorKind::UnknownLine => "UnknownLineError",
        ErrorKind::InvalidQuantity => "InvalidQuantityError",
        ErrorKind::QuantityExceedsUnfulfilled => "QuantityExceedsUnfulfilledError",
        ErrorKind::QuantityExceedsCancellable => "QuantityExceedsCancellableError",
        ErrorKind::UnknownShipment => "UnknownShipmentError",
        ErrorKind::DuplicateShipment => "DuplicateShipmentError",
        ErrorKind::UnknownPayment => "UnknownPaymentError",
        ErrorKind::PaymentAmountExceedsAvailable => "PaymentAmountExceedsAvailableError",
        ErrorKind::PaymentVoided => "PaymentVoidedError",
        ErrorKind::ConcurrencyConflict => "ConcurrencyConflictError",
        ErrorKind::NotFound => "NotFoundError",
        ErrorKind::Storage => "StorageError",
        ErrorKind::ReturnWrongCustomer => "ReturnWrongCustomerError",
        ErrorKind::UnknownReturn => "UnknownReturnError",
        ErrorKind::DuplicateReturn => "DuplicateReturnError",
        ErrorKind::ReturnInvalidTransition => "ReturnInvalidTransitionError",
        ErrorKind::ReturnQuantityExceedsReturnable => "ReturnQuantityExceedsReturnableError",
        ErrorKind::ReturnQuantityExceedsRequested => "ReturnQuantityExceedsRequestedError",
        ErrorKind::ReturnNothingToRefund => "ReturnNothingToRefundError",
        ErrorKind::RefundMethodNotAllowed => "RefundMethodNotAllowedError",
        ErrorKind::ExchangeDeadlineNotReached => "ExchangeDeadlineNotReachedError",
        ErrorKind::InvalidAnswer => "InvalidAnswerError",
        ErrorKind::InvalidTransaction => "InvalidTransactionError",
        ErrorKind::DegenerateData => "DegenerateDataError",
        ErrorKind::FitFailed => "FitFailedError",
        ErrorKind::InsufficientPoints => "InsufficientPointsError",
        ErrorKind::RedemptionOutOfBounds => "RedemptionOutOfBoundsError",
        ErrorKind::UnknownRedemption => "UnknownRedemptionError",
        ErrorKind::LoyaltyRuleNotApplicable => "LoyaltyRuleNotApplicableError",
        ErrorKind::MissingReason => "MissingReasonError",
    }
}

/// Converts a core error into the native exception.
pub(crate) fn to_py(e: Error) -> PyErr {
    let details: Vec<(String, String)> = e.details().iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
    let problems: Vec<(String, String)> = e.problems().iter().map(|p| (p.path.clone(), p.message.clone())).collect();
    CoreError::new_err((e.code(), e.message().to_string(), class_name(e.kind()), details, problems))
}

/// Every kind as (code, class name, is an input error), for the Python package to build its classes.
#[pyfunction]
fn error_kinds() -> Vec<(&'static str, &'static str, bool)> {
    ErrorKind::ALL.iter().map(|k| (k.code(), class_name(*k), k.is_input())).collect()
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("CoreError", m.py().get_type::<CoreError>())?;
    m.add_function(wrap_pyfunction!(error_kinds, m)?)?;
    Ok(())
}
