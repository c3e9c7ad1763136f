//! Money: allocation, unit takes, settlement, currencies. Amounts cross as decimal strings.

use postpurchase::{Currency, Error, ErrorKind, Money};
use pyo3::prelude::*;
use rust_decimal::Decimal;

use crate::to_py;

fn dec(s: &str) -> PyResult<Decimal> {
    s.trim().parse().map_err(|_| to_py(Error::new(ErrorKind::InvalidAmount, "not a decimal number")))
}

fn count(n: i64, what: &'static str) -> PyResult<u32> {
    u32::try_from(n).map_err(|_| {
        to_py(
            Error::new(ErrorKind::InvalidQuantity, "quantity must be a non-negative whole number").with("field", what),
        )
    })
}

#[pyfunction]
fn currency_minor_units(code: &str) -> PyResult<u32> {
    Currency::from_code(code).map(Currency::minor_units).map_err(to_py)
}

#[pyfunction]
fn allocate(amount: &str, currency: &str, weights: Vec<String>) -> PyResult<Vec<String>> {
    let m = Money::parse(amount, currency).map_err(to_py)?;
    let w = weights.iter().map(|s| dec(s)).collect::<PyResult<Vec<_>>>()?;
    Ok(m.allocate(&w).map_err(to_py)?.iter().map(|p| p.amount().to_string()).collect())
}

#[pyfunction]
fn take_units(amount: &str, currency: &str, taken: i64, remaining: i64) -> PyResult<String> {
    let m = Money::parse(amount, currency).map_err(to_py)?;
    Ok(m.take_units(count(taken, "taken")?, count(remaining, "remaining")?).map_err(to_py)?.amount().to_string())
}

#[pyfunction]
fn is_settled(due: &str, paid: &str, currency: &str) -> PyResult<bool> {
    let d = Money::parse(due, currency).map_err(to_py)?;
    let p = Money::parse(paid, currency).map_err(to_py)?;
    Ok(d.checked_sub(&p).map_err(to_py)?.is_settled())
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(currency_minor_units, m)?)?;
    m.add_function(wrap_pyfunction!(allocate, m)?)?;
    m.add_function(wrap_pyfunction!(take_units, m)?)?;
    m.add_function(wrap_pyfunction!(is_settled, m)?)?;
    Ok(())
}
