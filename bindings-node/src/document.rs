//! The core's documents as JavaScript values, typed by the generated contract (`contract.d.ts`):
//! field names in camelCase (the keys of data maps, `contract_maps::MAP_FIELDS`, as they are),
//! times as `Date`s (`contract_maps::DATE_FIELDS`), amounts as the core's decimal strings.
use napi::bindgen_prelude::*;
use napi::sys;

/// A core value on its way to JavaScript as a document of the contract, written straight into
/// JavaScript values when napi hands it over (`crate::js_serde`: no JSON in between).
pub struct Document(Box<dyn FnOnce(sys::napi_env) -> std::result::Result<sys::napi_value, serde_json::Error>>);

impl Document {
    /// The document of a core value (its serde shape).
    pub(crate) fn of<T: serde::Serialize + Clone + 'static>(value: &T, _what: &str) -> Result<Document, String> {
        Ok(Document::owned(value.clone()))
    }

    /// The document of a core value the caller gives up.
    pub(crate) fn owned<T: serde::Serialize + 'static>(value: T) -> Document {
        Document(Box::new(move |env| crate::js_serde::to_js(env, &value)))
    }

    /// The documents of a list of core values.
    pub(crate) fn all<T: serde::Serialize + Clone + 'static>(
        values: &[T],
        what: &str,
    ) -> Result<Vec<Document>, String> {
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
        (val.0)(raw).map_err(|e| napi::Error::from_reason(format!("internal: a result could not be written: {e}")))
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
