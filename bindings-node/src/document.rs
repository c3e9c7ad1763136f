//! The core's documents as JavaScript values, typed by the generated contract (`contract.d.ts`):
//! field names in camelCase (the keys of data maps, `contract_maps::MAP_FIELDS`, as they are),
//! times as `Date`s (`contract_maps::DATE_FIELDS`), amounts as the core's decimal strings.
use chrono::DateTime;
use napi::bindgen_prelude::*;
use napi::{JsValue, sys};
use postpurchase as pp;
use serde_json::Value;

use crate::args::js;
use crate::contract_maps::{DATE_FIELDS, MAP_FIELDS};

/// A core value on its way to JavaScript as a document of the contract.
pub struct Document(Value);

impl Document {
    /// The document of a core value (its serde shape).
    pub(crate) fn of<T: serde::Serialize>(value: &T, what: &str) -> Result<Document, String> {
        serde_json::to_value(value).map(Document).map_err(|e| js(pp::Error::from_json_error(what, &e)))
    }

    /// The documents of a list of core values.
    pub(crate) fn all<T: serde::Serialize>(values: &[T], what: &str) -> Result<Vec<Document>, String> {
        values.iter().map(|v| Document::of(v, what)).collect()
    }
}

impl TypeName for Document {
    fn type_name() -> &'static str {
        "Document"
    }

    fn value_type() -> ValueType {
        ValueType::Object
    }
}

impl ToNapiValue for Document {
    unsafe fn to_napi_value(raw: sys::napi_env, val: Self) -> napi::Result<sys::napi_value> {
        let env = Env::from_raw(raw);
        let built = build(&env, val.0, None)?;
        // SAFETY: `built` was created in this very environment, which napi hands us.
        unsafe { Unknown::to_napi_value(raw, built) }
    }
}

/// `occurred_at` → `occurredAt`.
pub(crate) fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The JavaScript value of a JSON value found under `field`.
fn build<'e>(env: &'e Env, value: Value, field: Option<&str>) -> napi::Result<Unknown<'e>> {
    match value {
        Value::Object(map) => {
            let mut object = Object::new(env)?;
            for (key, v) in map {
                // a map with data for keys (a signal's payload) is given as the core wrote it
                let child =
                    if MAP_FIELDS.contains(&key.as_str()) { env.to_js_value(&v)? } else { build(env, v, Some(&key))? };
                object.set(camel_case(&key), child)?;
            }
            Ok(object.to_unknown())
        }
        Value::Array(items) => {
            let mut array = env.create_array(u32::try_from(items.len()).unwrap_or(u32::MAX))?;
            for (i, item) in (0u32..).zip(items) {
                array.set(i, build(env, item, field)?)?;
            }
            Ok(array.to_unknown())
        }
        Value::String(text) if field.is_some_and(|f| DATE_FIELDS.contains(&f)) => {
            match DateTime::parse_from_rfc3339(&text) {
                // the core writes every time in RFC 3339; a `Date` holds milliseconds
                Ok(t) => Ok(env.create_date(t.timestamp_millis() as f64)?.to_unknown()),
                Err(_) => env.to_js_value(&text),
            }
        }
        other => env.to_js_value(&other),
    }
}
