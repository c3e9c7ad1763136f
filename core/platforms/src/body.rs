//! Reading a platform's JSON body field by field: every value a mapping needs comes through here,
//! so a missing or malformed one is a typed error that names its path (`line_items[2].price`).

use std::str::FromStr;

use chrono::{DateTime, NaiveDateTime, Utc};
use postpurchase_kernel::error::{Error, ErrorKind, Result};
use postpurchase_kernel::money::{Currency, Money};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::MAX_BODY_BYTES;

/// The error for a field that cannot be mapped.
pub(crate) fn unmappable(field: &str, why: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::PlatformUnmappable, format!("{field}: {why}")).with("field", field)
}

/// Refuses a body over [`MAX_BODY_BYTES`] before anything reads it.
pub(crate) fn check_size(body: &[u8]) -> Result<()> {
    if body.len() > MAX_BODY_BYTES {
        return Err(Error::new(ErrorKind::PlatformPayloadTooLarge, "the body is over the size limit")
            .with("bytes", body.len())
            .with("limit", MAX_BODY_BYTES));
    }
    Ok(())
}

/// Parses a body, refusing one over the limit before reading a byte of it.
pub(crate) fn parse(body: &[u8]) -> Result<Value> {
    check_size(body)?;
    let value: Value = serde_json::from_slice(body).map_err(|e| unmappable("$", format!("not JSON ({e})")))?;
    if !value.is_object() {
        return Err(unmappable("$", "not a JSON object"));
    }
    Ok(value)
}

/// A JSON object and where it sits in the body.
#[derive(Clone, Copy)]
pub(crate) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: &'a str,
}

/// A path below `path`.
pub(crate) fn below(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

impl<'a> Obj<'a> {
    /// The body's root object.
    pub(crate) fn root(value: &'a Value) -> Result<Obj<'a>> {
        Obj::of(value, "")
    }

    /// `value` as an object at `path`.
    pub(crate) fn of(value: &'a Value, path: &'a str) -> Result<Obj<'a>> {
        value.as_object().map(|map| Obj { map, path }).ok_or_else(|| unmappable(name(path), "not an object"))
    }

    pub(crate) fn path(&self) -> &'a str {
        self.path
    }

    /// A field's value, absent when missing or null.
    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn need(&self, key: &str) -> Result<&'a Value> {
        self.get(key).ok_or_else(|| unmappable(&below(self.path, key), "missing"))
    }

    /// A required text field.
    pub(crate) fn text(&self, key: &str) -> Result<&'a str> {
        self.need(key)?.as_str().ok_or_else(|| unmappable(&below(self.path, key), "not text"))
    }

    /// An optional text field (an empty text is absent).
    pub(crate) fn opt_text(&self, key: &str) -> Result<Option<&'a str>> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .map(|s| Some(s.trim()).filter(|s| !s.is_empty()))
                .ok_or_else(|| unmappable(&below(self.path, key), "not text")),
        }
    }

    /// A required id: text, or a whole number (Shopify's and WooCommerce's ids are numbers).
    pub(crate) fn id(&self, key: &str) -> Result<String> {
        self.opt_id(key)?.ok_or_else(|| unmappable(&below(self.path, key), "missing"))
    }

    /// An optional id (a `0` or empty id is absent: WooCommerce's guest customer is `0`).
    pub(crate) fn opt_id(&self, key: &str) -> Result<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty() && s != "0")),
            Some(Value::Number(n)) if n.is_u64() => Ok(Some(n.to_string()).filter(|s| s != "0")),
            Some(_) => Err(unmappable(&below(self.path, key), "not an id (text or a whole number)")),
        }
    }

    /// A required decimal: text (`"12.50"`) or a number, read from its digits (never through a
    /// float's arithmetic).
    pub(crate) fn decimal(&self, key: &str) -> Result<Decimal> {
        self.opt_decimal(key)?.ok_or_else(|| unmappable(&below(self.path, key), "missing"))
    }

    /// An optional decimal.
    pub(crate) fn opt_decimal(&self, key: &str) -> Result<Option<Decimal>> {
        let path = || below(self.path, key);
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => {
                decimal_text(s.trim()).map(Some).ok_or_else(|| unmappable(&path(), "not a decimal"))
            }
            Some(Value::Number(n)) => {
                decimal_text(&n.to_string()).map(Some).ok_or_else(|| unmappable(&path(), "not a decimal"))
            }
            Some(_) => Err(unmappable(&path(), "not a decimal")),
        }
    }

    /// A required amount in `currency`.
    pub(crate) fn money(&self, key: &str, currency: Currency) -> Result<Money> {
        money(self.decimal(key)?, currency, &below(self.path, key))
    }

    /// A required count of units (a whole number from 0 to 4,294,967,295).
    pub(crate) fn count(&self, key: &str) -> Result<u32> {
        let path = below(self.path, key);
        let v = self.need(key)?;
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| unmappable(&path, "not a count of units"))
    }

    /// An optional boolean (absent is `false`).
    pub(crate) fn flag(&self, key: &str) -> Result<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(v) => v.as_bool().ok_or_else(|| unmappable(&below(self.path, key), "not true or false")),
        }
    }

    /// A required time with an offset (RFC 3339).
    pub(crate) fn time(&self, key: &str) -> Result<DateTime<Utc>> {
        self.opt_time(key)?.ok_or_else(|| unmappable(&below(self.path, key), "missing"))
    }

    /// An optional time with an offset (RFC 3339).
    pub(crate) fn opt_time(&self, key: &str) -> Result<Option<DateTime<Utc>>> {
        self.opt_text(key)?
            .map(|t| {
                DateTime::parse_from_rfc3339(t)
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(|_| unmappable(&below(self.path, key), "not a time with an offset (RFC 3339)"))
            })
            .transpose()
    }

    /// An optional UTC time written without an offset (WooCommerce's `*_gmt` fields).
    pub(crate) fn opt_utc_time(&self, key: &str) -> Result<Option<DateTime<Utc>>> {
        self.opt_text(key)?
            .map(|t| {
                NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S")
                    .map(|t| t.and_utc())
                    .or_else(|_| DateTime::parse_from_rfc3339(t).map(|t| t.with_timezone(&Utc)))
                    .map_err(|_| unmappable(&below(self.path, key), "not a UTC time"))
            })
            .transpose()
    }

    /// A list field (absent is empty); its items with their paths.
    pub(crate) fn list(&self, key: &str) -> Result<Vec<(String, &'a Value)>> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                Ok(items.iter().enumerate().map(|(i, v)| (format!("{}[{i}]", below(self.path, key)), v)).collect())
            }
            Some(_) => Err(unmappable(&below(self.path, key), "not a list")),
        }
    }

    /// An optional object field.
    pub(crate) fn object(&self, key: &str) -> Option<&'a Value> {
        self.get(key).filter(|v| v.is_object())
    }

    /// The first of `keys` that holds text.
    pub(crate) fn first_text(&self, keys: &[&str]) -> Result<&'a str> {
        for k in keys {
            if let Some(t) = self.opt_text(k)? {
                return Ok(t);
            }
        }
        Err(unmappable(&below(self.path, keys.first().copied().unwrap_or("?")), "missing"))
    }

    /// A line's SKU at `key`, else `{prefix}:{id}` from the first of `ids` present (a product or
    /// variant without a SKU is still one item).
    pub(crate) fn sku(&self, key: &str, ids: &[&str], prefix: &str) -> Result<String> {
        if let Some(s) = self.opt_text(key)? {
            return Ok(s.to_string());
        }
        for k in ids {
            if let Some(id) = self.opt_id(k)? {
                return Ok(format!("{prefix}:{id}"));
            }
        }
        Err(unmappable(&below(self.path, key), "missing, and no product or variant to name the item by"))
    }

    /// The currency code at `key`.
    pub(crate) fn currency(&self, key: &str) -> Result<Currency> {
        let code = self.text(key)?;
        Currency::from_code(&code.trim().to_ascii_uppercase())
            .map_err(|_| unmappable(&below(self.path, key), format!("`{code}` is not an ISO 4217 currency")))
    }
}

fn name(path: &str) -> &str {
    if path.is_empty() { "$" } else { path }
}

/// A decimal's digits (`12.50`, `-3`, `1e2` refused: platforms write plain decimals).
fn decimal_text(s: &str) -> Option<Decimal> {
    if s.contains(['e', 'E']) {
        return None;
    }
    Decimal::from_str_exact(s).or_else(|_| Decimal::from_str(s)).ok()
}

/// An amount in `currency`, named by `path` when refused.
pub(crate) fn money(amount: Decimal, currency: Currency, path: &str) -> Result<Money> {
    Money::new(amount, currency).map_err(|e| unmappable(path, e.message()))
}
