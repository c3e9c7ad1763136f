//! The Kotlin/Swift side of the contract: Rust records and enums for uniffi
//! (`bindings-mobile/src/contract.rs`), generated from the same schemas. uniffi turns them into
//! Kotlin data classes and sealed classes and Swift structs and enums; serde gives them the
//! core's JSON shape, so the binding converts with one generic function each way.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

/// The documents Kotlin and Swift take as typed values besides those the bindings give out
/// (`WRITTEN` in contract.rs); with everything they contain, they are the generated records.
pub const TAKEN: &[&str] = &[
    "NewOrder",
    "OrderCommand",
    "LoyaltyCommand",
    "ReturnRequest",
    "EligibilityContext",
    "CustomerPurchases",
    "StageRules",
    "StageFacts",
    "RfmMeasures",
    "HoldoutCase",
    "BetaGeo",
    "CarrierSource",
];

/// Rust's keywords that a field could be named by.
const RUST_KEYWORDS: &[&str] = &["type", "ref", "move", "match", "mod", "fn", "impl", "loop", "self", "use", "where"];

/// What a definition becomes.
enum Shape<'a> {
    /// A plain string (an id, a currency code): `String`.
    Text,
    /// A map of names to strings (facts): `HashMap<String, String>`.
    Names,
    /// String codes: a fieldless enum.
    Codes(Vec<(String, Option<String>)>),
    /// An object: a record.
    Record(&'a Value),
    /// Objects tagged by a constant property (`type`, `kind`): an enum with named fields.
    Tagged(String, Vec<&'a Value>),
    /// Codes and objects of one property (`{"payment": "p1"}` or `"store_credit"`), serde's
    /// default: an enum of unit and one-value variants.
    External(Vec<&'a Value>),
}

fn shape(def: &Value) -> Shape<'_> {
    let options = def.get("oneOf").or_else(|| def.get("anyOf")).and_then(Value::as_array);
    if let Some(options) = options {
        let codes: Vec<(String, Option<String>)> = options
            .iter()
            .filter_map(|o| o.get("const").and_then(Value::as_str).map(|c| (c.to_string(), description(o))))
            .collect();
        if codes.len() == options.len() {
            return Shape::Codes(codes);
        }
        let tag = options.first().and_then(|o| {
            o.get("properties")?.as_object()?.iter().find(|(_, s)| s.get("const").is_some()).map(|(k, _)| k.clone())
        });
        if let Some(tag) = tag {
            return Shape::Tagged(tag, options.iter().collect());
        }
        return Shape::External(options.iter().collect());
    }
    if let Some(Value::Array(values)) = def.get("enum") {
        return Shape::Codes(values.iter().filter_map(Value::as_str).map(|v| (v.to_string(), None)).collect());
    }
    if def.get("properties").is_some() {
        return Shape::Record(def);
    }
    if def.get("additionalProperties").is_some_and(Value::is_object) {
        return Shape::Names;
    }
    Shape::Text
}

fn description(schema: &Value) -> Option<String> {
    schema.get("description").and_then(Value::as_str).map(|d| d.replace('\n', " "))
}

/// `snake_case` (or `earn.spend`) to `CamelCase`.
fn camel(s: &str) -> String {
    s.split(['_', '.', '-'])
        .map(|w| w.get(..1).unwrap_or_default().to_uppercase() + w.get(1..).unwrap_or_default())
        .collect()
}

/// The Rust type of a field's schema, and the serde attribute it needs (`with` for times).
fn field_type(schema: &Value, defs: &BTreeMap<String, Value>) -> (String, Option<&'static str>) {
    if let Some(Value::String(r)) = schema.get("$ref") {
        let name = r.rsplit('/').next().unwrap_or_default();
        return match defs.get(name).map(shape) {
            Some(Shape::Text) | None => ("String".into(), None),
            Some(Shape::Names) => ("HashMap<String, String>".into(), None),
            Some(_) => (name.to_string(), None),
        };
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(options)) = schema.get(key) {
            let some: Vec<&Value> = options.iter().filter(|o| o.get("type") != Some(&Value::from("null"))).collect();
            if let [one] = some.as_slice() {
                let (t, with) = field_type(one, defs);
                return (format!("Option<{t}>"), with.map(optional));
            }
        }
    }
    if let Some(Value::Array(types)) = schema.get("type") {
        let some: Vec<&Value> = types.iter().filter(|t| t.as_str() != Some("null")).collect();
        if let [one] = some.as_slice() {
            let mut single = schema.clone();
            if let Some(o) = single.as_object_mut() {
                o.insert("type".into(), (*one).clone());
            }
            let (t, with) = field_type(&single, defs);
            return (format!("Option<{t}>"), with.map(optional));
        }
    }
    let format = schema.get("format").and_then(Value::as_str);
    match (schema.get("type").and_then(Value::as_str), format) {
        (Some("string"), Some("date-time")) => ("SystemTime".into(), Some("crate::wire::time")),
        (Some("string"), Some("decimal")) => ("Amount".into(), None),
        (Some("string"), _) => ("String".into(), None),
        (Some("integer"), _) => ("i64".into(), None),
        (Some("number"), _) => ("f64".into(), None),
        (Some("boolean"), _) => ("bool".into(), None),
        (Some("array"), _) => {
            let (t, with) = schema.get("items").map_or(("String".into(), None), |i| field_type(i, defs));
            (format!("Vec<{t}>"), with.map(|_| "crate::wire::times"))
        }
        (Some("object"), _) => {
            let values = schema.get("additionalProperties").filter(|a| a.is_object());
            let (t, _) = values.map_or(("String".into(), None), |v| field_type(v, defs));
            (format!("HashMap<String, {t}>"), None)
        }
        _ => ("String".into(), None),
    }
}

/// The serde helper for an optional value of a type that needs `with`.
fn optional(with: &'static str) -> &'static str {
    if with.ends_with("times") { "crate::wire::optional_times" } else { "crate::wire::optional_time" }
}

fn doc(out: &mut String, indent: &str, text: Option<String>) {
    if let Some(text) = text {
        let _ = writeln!(out, "{indent}#[doc = {:?}]", text);
    }
}

/// The fields of an object schema (all but `skip`, the tag), one per line.
fn fields(out: &mut String, indent: &str, schema: &Value, skip: Option<&str>, defs: &BTreeMap<String, Value>) {
    // in the core's order (its required fields as declared, then the optional ones), which is
    // the order of the Kotlin constructor's and Swift initialiser's parameters
    for (name, s, required) in super::ordered_fields(schema) {
        if Some(name.as_str()) == skip {
            continue;
        }
        doc(out, indent, description(s));
        let (mut t, mut with) = field_type(s, defs);
        let not_required = !required;
        if not_required && !t.starts_with("Option<") {
            t = format!("Option<{t}>");
            with = with.map(optional);
        }
        if not_required {
            let _ = writeln!(out, "{indent}#[serde(default, skip_serializing_if = \"Option::is_none\")]");
            let _ = writeln!(out, "{indent}#[uniffi(default = None)]");
        }
        if let Some(with) = with {
            let _ = writeln!(out, "{indent}#[serde(with = \"{with}\")]");
        }
        let ident = if RUST_KEYWORDS.contains(&name.as_str()) { format!("r#{name}") } else { name.clone() };
        let _ = writeln!(
            out,
            "{indent}{ident}: {t},",
            ident = if indent.len() > 4 { ident } else { format!("pub {ident}") }
        );
    }
}

const DERIVES: &str = "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize";

/// The types that hold a float somewhere (they cannot be `Eq`).
fn with_floats(defs: &BTreeMap<String, Value>, names: &BTreeSet<String>) -> BTreeSet<String> {
    let text = |name: &String| defs.get(name).map(Value::to_string).unwrap_or_default();
    let mut floats: BTreeSet<String> = names
        .iter()
        .filter(|n| text(n).contains("\"type\":\"number\"") || text(n).contains("\"number\",\"null\""))
        .cloned()
        .collect();
    loop {
        let more: Vec<String> = names
            .iter()
            .filter(|n| !floats.contains(*n))
            .filter(|n| floats.iter().any(|f| text(n).contains(&format!("/{f}\""))))
            .cloned()
            .collect();
        if more.is_empty() {
            return floats;
        }
        floats.extend(more);
    }
}

/// The generated module.
pub fn generate(defs: &BTreeMap<String, Value>, names: &BTreeSet<String>) -> String {
    let floats = with_floats(defs, names);
    let mut out = String::from(
        "//! The documents Kotlin and Swift hold as typed values (orders, commands, events, ledger\n\
         //! entries), generated from the core's types by core/gen: do not edit.\n\
         //! serde gives each the core's JSON shape; `crate::wire` converts them to and from the core.\n\
         #![allow(missing_docs, clippy::large_enum_variant)]\n\n\
         use std::collections::HashMap;\n\
         use std::time::SystemTime;\n\n\
         use crate::Amount;\n\n",
    );
    for name in names {
        let Some(def) = defs.get(name) else { continue };
        let eq = if floats.contains(name) { "" } else { ", Eq" };
        match shape(def) {
            Shape::Text | Shape::Names => continue,
            Shape::Codes(codes) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}, Copy, Eq, Hash, uniffi::Enum)]\npub enum {name} {{");
                for (code, d) in codes {
                    doc(&mut out, "    ", d);
                    let _ = writeln!(out, "    #[serde(rename = \"{code}\")]\n    {},", camel(&code));
                }
            }
            Shape::Record(schema) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Record)]\npub struct {name} {{");
                fields(&mut out, "    ", schema, None, defs);
            }
            Shape::Tagged(tag, variants) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Enum)]\n#[serde(tag = \"{tag}\")]\npub enum {name} {{");
                for v in variants {
                    let code = v.pointer(&format!("/properties/{tag}/const")).and_then(Value::as_str).unwrap_or("");
                    doc(&mut out, "    ", description(v));
                    let _ = write!(out, "    #[serde(rename = \"{code}\")]\n    {}", camel(code));
                    let mut body = String::new();
                    fields(&mut body, "        ", v, Some(&tag), defs);
                    if body.is_empty() {
                        out.push_str(",\n");
                    } else {
                        let _ = write!(out, " {{\n{body}    }},\n");
                    }
                }
            }
            Shape::External(variants) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Enum)]\npub enum {name} {{");
                for v in variants {
                    doc(&mut out, "    ", description(v));
                    if let Some(code) = v.get("const").and_then(Value::as_str) {
                        let _ = writeln!(out, "    #[serde(rename = \"{code}\")]\n    {},", camel(code));
                    } else if let Some((key, s)) =
                        v.get("properties").and_then(Value::as_object).and_then(|p| p.iter().next())
                    {
                        let (t, _) = field_type(s, defs);
                        let _ = writeln!(out, "    #[serde(rename = \"{key}\")]\n    {}({t}),", camel(key));
                    }
                }
            }
        }
        out.push_str("}\n\n");
    }
    out
}
