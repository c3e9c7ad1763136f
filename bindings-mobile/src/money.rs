//! Money: a decimal string plus an ISO 4217 code, never a float.
use postpurchase as pp;

use crate::{Money, Result};

/// An exact decimal: `java.math.BigDecimal` in Kotlin, `Foundation.Decimal` in Swift
/// (`uniffi.toml`). It crosses the FFI as its decimal string, so no digit is lost; the core
/// parses it and refuses what is not a decimal (`money.invalid_amount`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amount(pub String);

uniffi::custom_type!(Amount, String, {
    lower: |a| a.0,
    try_lift: |s| Ok(Amount(s)),
});

impl Money {
    /// Parses into the core's money.
    pub(crate) fn to_core(&self) -> Result<pp::Money> {
        Ok(pp::Money::parse(&self.amount.0, &self.currency)?)
    }
}

impl From<&pp::Money> for Money {
    fn from(m: &pp::Money) -> Self {
        Money { amount: Amount(m.amount().to_string()), currency: m.currency().code().to_string() }
    }
}

impl From<pp::Money> for Money {
    fn from(m: pp::Money) -> Self {
        Money::from(&m)
    }
}

/// A count from the foreign side: whole and not negative, else `order.invalid_quantity`.
pub(crate) fn quantity(n: i64, field: &str) -> Result<u32> {
    u32::try_from(n).map_err(|_| {
        pp::Error::new(pp::ErrorKind::InvalidQuantity, "a quantity is a whole number >= 0").with("field", field).into()
    })
}

/// Digits after the decimal point of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD).
#[uniffi::export]
pub fn currency_minor_units(code: String) -> Result<u32> {
    crate::guard(|| Ok(pp::Currency::from_code(&code)?.minor_units()))
}

/// Splits `total` over `weights` (decimal strings) so the parts add up exactly (largest remainder).
#[uniffi::export]
pub fn allocate(total: Money, weights: Vec<String>) -> Result<Vec<Money>> {
    crate::guard(|| {
        let m = total.to_core()?;
        let w = weights
            .iter()
            .map(|s| {
                s.parse::<rust_decimal::Decimal>().map_err(|_| {
                    pp::Error::new(pp::ErrorKind::InvalidWeights, "weights are decimal strings")
                        .with("weight", s)
                        .into()
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(m.allocate(&w)?.iter().map(Money::from).collect())
    })
}

/// The amount of `taken` units out of `remaining` (half-up; the last unit takes the rest).
#[uniffi::export]
pub fn take_units(amount: Money, taken: i64, remaining: i64) -> Result<Money> {
    crate::guard(|| {
        let m = amount.to_core()?;
        Ok(m.take_units(quantity(taken, "taken")?, quantity(remaining, "remaining")?)?.into())
    })
}

/// Whether `due` and `paid` differ by less than one minor unit.
#[uniffi::export]
pub fn is_settled(due: Money, paid: Money) -> Result<bool> {
    crate::guard(|| Ok(due.to_core()?.checked_sub(&paid.to_core()?)?.is_settled()))
}
