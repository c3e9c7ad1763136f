//! Turning JS arguments into core values. Every argument arrives as `Unknown` and is checked here,
//! so a wrong type is the core's `input.invalid` (naming the argument), never napi's own error or
//! a silent coercion. Documents (orders, commands, policies…) are a JSON string or a plain object,
//! in the core's JSON shape; an object goes through `JSON.stringify`, so `Date`s inside become
//! ISO-8601 strings.

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::*;
use napi::{JsDate, ValueType};
use postpurchase as pp;

/// A core error as a JS error whose `code` is the stable core code.
pub(crate) fn js(e: pp::Error) -> napi::Error<String> {
    let mut message = e.message().to_string();
    for (k, v) in e.details() {
        message.push_str(&format!(" ({k}: {v})"));
    }
    for p in e.problems() {
        if !message.contains(&p.message) {
            message.push_str(&format!("; {}: {}", p.path, p.message));
        }
    }
    napi::Error::new(crate::errors::code_str(e.kind()).to_string(), message)
}

/// `input.invalid` naming the argument.
pub(crate) fn invalid(arg: &str, what: &str) -> napi::Error<String> {
    js(pp::Error::new(pp::ErrorKind::InvalidInput, format!("{arg} {what}")).with("argument", arg))
}

/// napi's own failure while reading a value, as `input.invalid`.
fn napi_failed(arg: &str) -> impl Fn(napi::Error) -> napi::Error<String> + '_ {
    move |e| invalid(arg, &format!("could not be read: {}", e.reason))
}

fn kind(v: &Unknown<'_>, arg: &str) -> Result<ValueType, String> {
    v.get_type().map_err(napi_failed(arg))
}

/// A string argument.
pub(crate) fn text(v: &Unknown<'_>, arg: &str) -> Result<String, String> {
    match kind(v, arg)? {
        // SAFETY: the value was checked to be a string.
        ValueType::String => unsafe { v.cast::<String>() }.map_err(napi_failed(arg)),
        other => Err(invalid(arg, &format!("must be a string, not {other}"))),
    }
}

/// A finite number.
pub(crate) fn number(v: &Unknown<'_>, arg: &str) -> Result<f64, String> {
    match kind(v, arg)? {
        ValueType::Number => {
            // SAFETY: the value was checked to be a number.
            let n = unsafe { v.cast::<f64>() }.map_err(napi_failed(arg))?;
            if n.is_finite() { Ok(n) } else { Err(invalid(arg, "must be a finite number")) }
        }
        other => Err(invalid(arg, &format!("must be a number, not {other}"))),
    }
}

/// A whole number ≥ 0 (a count or a quantity): anything else is `order.invalid_quantity`.
pub(crate) fn count(v: &Unknown<'_>, arg: &str) -> Result<u32, String> {
    let bad = || {
        js(pp::Error::new(pp::ErrorKind::InvalidQuantity, "a quantity is a whole number >= 0").with("argument", arg))
    };
    let n = number(v, arg).map_err(|_| bad())?;
    if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) { Ok(n as u32) } else { Err(bad()) }
}

fn is_date(v: &Unknown<'_>, arg: &str) -> Result<bool, String> {
    v.is_date().map_err(napi_failed(arg))
}

/// A time: a valid `Date` or an ISO-8601 string with an offset.
pub(crate) fn time(v: &Unknown<'_>, arg: &str) -> Result<DateTime<Utc>, String> {
    match kind(v, arg)? {
        ValueType::String => {
            let s = text(v, arg)?;
            DateTime::parse_from_rfc3339(&s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| invalid(arg, "must be an ISO-8601 time with an offset, e.g. 2026-03-01T09:00:00Z"))
        }
        ValueType::Object if is_date(v, arg)? => {
            // SAFETY: the value was checked to be a Date.
            let ms = unsafe { v.cast::<JsDate>() }.and_then(|d| d.value_of()).map_err(napi_failed(arg))?;
            if !ms.is_finite() {
                return Err(invalid(arg, "is an invalid Date"));
            }
            DateTime::from_timestamp_millis(ms as i64).ok_or_else(|| invalid(arg, "is out of range"))
        }
        other => Err(invalid(arg, &format!("must be a Date or an ISO-8601 string, not {other}"))),
    }
}

/// An optional time (`undefined` or `null` for none).
pub(crate) fn opt_time(v: Option<Unknown<'_>>, arg: &str) -> Result<Option<DateTime<Utc>>, String> {
    match v {
        Some(v) if !matches!(kind(&v, arg)?, ValueType::Undefined | ValueType::Null) => time(&v, arg).map(Some),
        _ => Ok(None),
    }
}

/// A document as JSON text: a string as given, an object or array through `JSON.stringify`.
pub(crate) fn json_text(env: &Env, v: &Unknown<'_>, arg: &str) -> Result<String, String> {
    match kind(v, arg)? {
        ValueType::String => text(v, arg),
        ValueType::Object if !is_date(v, arg)? => {
            let global = env.get_global().map_err(napi_failed(arg))?;
            let json: Object<'_> = global.get_named_property("JSON").map_err(napi_failed(arg))?;
            let stringify: Function<'_, Unknown<'_>, Unknown<'_>> =
                json.get_named_property("stringify").map_err(napi_failed(arg))?;
            let out = stringify.call(*v).map_err(napi_failed(arg))?;
            text(&out, arg)
        }
        other => Err(invalid(arg, &format!("must be a JSON string or an object, not {other}"))),
    }
}

/// A document of the typed contract (order, order command, return request, loyalty command):
/// as [`doc`], but its field names may be camelCase (`placedAt`), as JavaScript writes them, or
/// the core's snake_case. A field given twice, in either spelling, is refused. Values are never
/// touched, nor the keys of maps that hold data (`contract_maps::MAP_FIELDS`, generated).
///
/// Read in one pass from the text `JSON.stringify` gives for an object (or the caller's own JSON
/// text), with no `serde_json::Value` in between (`crate::js_serde::from_json_text`).
pub(crate) fn contract_doc<T: serde::de::DeserializeOwned>(env: &Env, v: &Unknown<'_>, arg: &str) -> Result<T, String> {
    match kind(v, arg)? {
        ValueType::String => {
            crate::js_serde::from_json_text(&text(v, arg)?).map_err(|e| js(pp::Error::from_json_error(arg, &e)))
        }
        ValueType::Object if !is_date(v, arg)? => {
            let text = json_text(env, v, arg)?;
            crate::js_serde::from_json_text(&text).map_err(|e| js(pp::Error::from_json_error(arg, &e)))
        }
        other => Err(invalid(arg, &format!("must be a JSON string or an object, not {other}"))),
    }
}

/// A plain value (a list of strings, numbers or times): an array, or its JSON text; anything
/// else is `input.invalid` naming the argument, never napi's own conversion error.
pub(crate) fn plain<T: serde::de::DeserializeOwned>(env: &Env, v: &Unknown<'_>, arg: &str) -> Result<T, String> {
    match kind(v, arg)? {
        ValueType::String => serde_json::from_str(&text(v, arg)?).map_err(|e| js(pp::Error::from_json_error(arg, &e))),
        _ => {
            let text = json_text(env, v, arg)?;
            serde_json::from_str(&text).map_err(|e| js(pp::Error::from_json_error(arg, &e)))
        }
    }
}

/// An optional plain value (`undefined` or `null` for none).
pub(crate) fn opt_plain<T: serde::de::DeserializeOwned>(
    env: &Env,
    v: Option<Unknown<'_>>,
    arg: &str,
) -> Result<Option<T>, String> {
    match v {
        Some(v) if !matches!(kind(&v, arg)?, ValueType::Undefined | ValueType::Null) => plain(env, &v, arg).map(Some),
        _ => Ok(None),
    }
}

/// The shop's delay thresholds (camelCase or snake_case fields; defaults for any left out and for
/// `undefined` or `null`), bounds checked as for any configuration.
pub(crate) fn thresholds(env: &Env, v: Option<Unknown<'_>>, arg: &str) -> Result<pp::DelayThresholds, String> {
    let th: pp::DelayThresholds = opt_contract_doc(env, v, arg)?;
    pp::config::from_value(serde_json::to_value(th).unwrap_or_default()).map_err(js)
}

/// An optional count (`undefined` or `null` for none).
pub(crate) fn opt_count(v: Option<Unknown<'_>>, arg: &str) -> Result<Option<u32>, String> {
    match v {
        Some(v) if !matches!(kind(&v, arg)?, ValueType::Undefined | ValueType::Null) => count(&v, arg).map(Some),
        _ => Ok(None),
    }
}

use crate::js_serde::snake_case;

/// A configuration read with its keys in snake_case (configurations keep the core's loader,
/// which reads a `serde_json::Value` to report every problem at once).
struct SnakeKeys(serde_json::Value);

impl<'de> serde::Deserialize<'de> for SnakeKeys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(SnakeVisitor).map(SnakeKeys)
    }
}

struct SnakeVisitor;

impl<'de> serde::de::Visitor<'de> for SnakeVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(SnakeKeys(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(serde_json::Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Self::Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let key = snake_case(&key);
            // a map with data for keys (a signal's payload) keeps its keys as given
            let value = if crate::contract_maps::MAP_FIELDS.contains(&key.as_str()) {
                map.next_value::<serde_json::Value>()?
            } else {
                map.next_value::<SnakeKeys>()?.0
            };
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
            }
            out.insert(key, value);
        }
        Ok(serde_json::Value::Object(out))
    }
}

/// An optional contract document (`undefined` or `null` gives the default), as [`contract_doc`].
pub(crate) fn opt_contract_doc<T: serde::de::DeserializeOwned + Default>(
    env: &Env,
    v: Option<Unknown<'_>>,
    arg: &str,
) -> Result<T, String> {
    optional(env, v, arg, contract_doc)
}

/// `parse` of a given argument, or the default for a missing, `undefined` or `null` one.
fn optional<T: Default>(
    env: &Env,
    v: Option<Unknown<'_>>,
    arg: &str,
    parse: impl Fn(&Env, &Unknown<'_>, &str) -> Result<T, String>,
) -> Result<T, String> {
    match v {
        Some(v) if !matches!(kind(&v, arg)?, ValueType::Undefined | ValueType::Null) => parse(env, &v, arg),
        _ => Ok(T::default()),
    }
}

/// A configuration document (policy, programme): every problem is reported at once as `config.invalid`.
pub(crate) fn config<T: serde::de::DeserializeOwned + pp::config::Validate>(
    env: &Env,
    v: &Unknown<'_>,
    arg: &str,
) -> Result<T, String> {
    let text = json_text(env, v, arg)?;
    // a key repeated in one spelling is a problem of the document; in two, a problem of its keys
    pp::config::reject_duplicate_keys(&text).map_err(js)?;
    let snake: SnakeKeys = serde_json::from_str(&text)
        .map_err(|e| js(pp::Error::invalid_config(vec![pp::Problem::new("$", e.to_string())])))?;
    pp::config::from_value(snake.0).map_err(js)
}

/// An array of strings.
pub(crate) fn strings(v: &Unknown<'_>, arg: &str) -> Result<Vec<String>, String> {
    if !v.is_array().map_err(napi_failed(arg))? {
        return Err(invalid(arg, "must be an array of strings"));
    }
    // SAFETY: checked to be an array; each element is checked below.
    let items = unsafe { v.cast::<Vec<Unknown<'_>>>() }.map_err(napi_failed(arg))?;
    items.iter().map(|i| text(i, arg)).collect()
}

/// An array of numbers or a `Float64Array`, each finite.
pub(crate) fn numbers(v: &Unknown<'_>, arg: &str) -> Result<Vec<f64>, String> {
    if v.is_typedarray().map_err(napi_failed(arg))? {
        // SAFETY: checked to be a typed array; a non-f64 one fails the cast and is reported.
        let arr = unsafe { v.cast::<Float64Array>() }
            .map_err(|_| invalid(arg, "must be a Float64Array or an array of numbers"))?;
        return Ok(arr.to_vec());
    }
    if !v.is_array().map_err(napi_failed(arg))? {
        return Err(invalid(arg, "must be an array of numbers"));
    }
    // SAFETY: checked to be an array; each element is checked below.
    let items = unsafe { v.cast::<Vec<Unknown<'_>>>() }.map_err(napi_failed(arg))?;
    items
        .iter()
        .map(|i| match kind(i, arg)? {
            // NaN stays NaN here so the core can name its position
            // SAFETY: checked to be a number.
            ValueType::Number => unsafe { i.cast::<f64>() }.map_err(napi_failed(arg)),
            other => Err(invalid(arg, &format!("must contain only numbers, not {other}"))),
        })
        .collect()
}

/// A command's idempotency key and time.
pub(crate) fn meta(key: &Unknown<'_>, now: &Unknown<'_>) -> Result<pp::CommandMeta, String> {
    Ok(pp::CommandMeta::new(pp::IdempotencyKey::new(text(key, "key")?).map_err(js)?, time(now, "now")?))
}

/// An optional version argument: `None` when absent or `undefined`.
pub(crate) fn version_arg(v: Option<&Unknown<'_>>, arg: &str) -> Result<Option<u64>, String> {
    match v {
        Some(v) if !matches!(v.get_type(), Ok(napi::ValueType::Undefined | napi::ValueType::Null)) => {
            let n = number(v, arg)?;
            if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 {
                Ok(Some(n as u64))
            } else {
                Err(js(pp::Error::new(pp::ErrorKind::InvalidInput, "a version is a whole number >= 0")
                    .with("argument", arg)))
            }
        }
        _ => Ok(None),
    }
}

/// Command metadata with the version the caller last saw, if it passed one.
pub(crate) fn meta_expecting(
    key: &Unknown<'_>,
    now: &Unknown<'_>,
    expected_version: Option<&Unknown<'_>>,
) -> Result<pp::CommandMeta, String> {
    let m = meta(key, now)?;
    Ok(match version_arg(expected_version, "expectedVersion")? {
        Some(v) => m.expecting(v),
        None => m,
    })
}

/// Writes a core value as JSON text.
pub(crate) fn dump<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string(v).map_err(|e| js(pp::Error::from_json_error("output", &e)))
}
