//! Money: decimal strings with a currency code, never JS numbers.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;

use crate::args::{count, js, strings, text};

fn money(amount: &Unknown<'_>, currency: &Unknown<'_>, arg: &str) -> Result<pp::Money, String> {
    pp::Money::parse(&text(amount, arg)?, &text(currency, "currency")?).map_err(js)
}

/// Digits after the decimal point of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD).
#[napi]
pub fn currency_minor_units(#[napi(ts_arg_type = "string")] code: Unknown<'_>) -> Result<u32, String> {
    crate::guard(|| pp::Currency::from_code(&text(&code, "code")?).map(pp::Currency::minor_units).map_err(js))
}

/// Splits an amount over weights (decimal strings) so the parts add up exactly.
#[napi]
pub fn allocate(
    #[napi(ts_arg_type = "string")] amount: Unknown<'_>,
    #[napi(ts_arg_type = "string")] currency: Unknown<'_>,
    #[napi(ts_arg_type = "string[]")] weights: Unknown<'_>,
) -> Result<Vec<String>, String> {
    crate::guard(|| {
        let m = money(&amount, &currency, "amount")?;
        let w = strings(&weights, "weights")?
            .iter()
            .map(|s| {
                s.parse().map_err(|_| {
                    js(pp::Error::new(pp::ErrorKind::InvalidWeights, "weights are decimal strings").with("weight", s))
                })
            })
            .collect::<Result<Vec<rust_decimal::Decimal>, String>>()?;
        Ok(m.allocate(&w).map_err(js)?.iter().map(|p| p.amount().to_string()).collect())
    })
}

/// Units taken out of a line: amount × taken ÷ remaining, half-up; the last unit takes the rest.
#[napi]
pub fn take_units(
    #[napi(ts_arg_type = "string")] amount: Unknown<'_>,
    #[napi(ts_arg_type = "string")] currency: Unknown<'_>,
    #[napi(ts_arg_type = "number")] taken: Unknown<'_>,
    #[napi(ts_arg_type = "number")] remaining: Unknown<'_>,
) -> Result<String, String> {
    crate::guard(|| {
        let m = money(&amount, &currency, "amount")?;
        Ok(m.take_units(count(&taken, "taken")?, count(&remaining, "remaining")?).map_err(js)?.amount().to_string())
    })
}

/// Whether the gap between two amounts is smaller than one minor unit.
#[napi]
pub fn is_settled(
    #[napi(ts_arg_type = "string")] due: Unknown<'_>,
    #[napi(ts_arg_type = "string")] paid: Unknown<'_>,
    #[napi(ts_arg_type = "string")] currency: Unknown<'_>,
) -> Result<bool, String> {
    crate::guard(|| {
        let d = money(&due, &currency, "due")?;
        let p = money(&paid, &currency, "paid")?;
        Ok(d.checked_sub(&p).map_err(js)?.is_settled())
    })
}
