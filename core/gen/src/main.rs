//! `postpurchase-gen`: generates the contract of the documents that cross a binding from the
//! core's types (`schemars`, feature `schema`): the JSON Schema in `conformance/contract/`, the
//! TypeScript interfaces the Node package declares (`bindings-node/contract.d.ts`, the header of
//! its `index.d.ts`), the Python `TypedDict`s, result classes and exceptions
//! (`postpurchase/contract.py`, `results.py`, `errors.py`), Node's field maps and the records and
//! enums uniffi turns into Kotlin and Swift (`bindings-mobile/src/contract.rs`).
//!
//! `cargo run -p postpurchase-gen` writes them; `cargo run -p postpurchase-gen -- --check` writes
//! nothing and fails, naming each one, when a committed file differs from what it would write
//! (CI runs it). `scripts/gen-contract` runs the writer and then what is built around it (the
//! Kotlin/Swift bindings, napi's `index.d.ts`). Every file it writes is marked generated in
//! `.gitattributes`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use postpurchase::clv::BetaGeo;
use postpurchase::customer::{
    Answer, AnswerRequest, LoyaltySummaryRequest, Message, MessageRequest, OrderView, PolicySummaryRequest, Summary,
    ViewRequest,
};
use postpurchase::feedback::{CesResult, CsatResult, NpsResult};
use postpurchase::journey::{
    CustomerPurchases, HitRate, HoldoutCase, NextPurchase, Recommendation, RfmMeasures, RfmScore, StageAssignment,
    StageFacts, StageRules, StageTransitions,
};
use postpurchase::loyalty::{Entry, LoyaltyCommand, MemberStatus, Programme};
use postpurchase::notify::{Intent, NotifyPolicy, Preferences, Sent, Signal};
use postpurchase::order::{NewOrder, OrderCommand, OrderEvent, OrderSummary, ReturnSummary};
use postpurchase::returns::{EligibilityContext, ReturnCase, ReturnPolicy, ReturnPreview};
use postpurchase::{CarrierSource, DelayAssessment, MappedStatus};
use serde_json::Value;

mod errors;
mod mobile;
mod python_results;

/// The documents in the contract: (name, schema).
fn documents() -> Vec<(&'static str, Value)> {
    vec![
        ("NewOrder", schemars::schema_for!(NewOrder).to_value()),
        ("OrderCommand", schemars::schema_for!(OrderCommand).to_value()),
        ("LoyaltyCommand", schemars::schema_for!(LoyaltyCommand).to_value()),
        ("EligibilityContext", schemars::schema_for!(EligibilityContext).to_value()),
        ("Preferences", schemars::schema_for!(Preferences).to_value()),
        ("Signal", schemars::schema_for!(Signal).to_value()),
        ("CustomerPurchases", schemars::schema_for!(CustomerPurchases).to_value()),
        ("StageRules", schemars::schema_for!(StageRules).to_value()),
        ("StageFacts", schemars::schema_for!(StageFacts).to_value()),
        ("RfmMeasures", schemars::schema_for!(RfmMeasures).to_value()),
        ("HoldoutCase", schemars::schema_for!(HoldoutCase).to_value()),
        ("BetaGeo", schemars::schema_for!(BetaGeo).to_value()),
        ("CarrierSource", schemars::schema_for!(CarrierSource).to_value()),
        ("OrderEvent", written::<OrderEvent>()),
        ("LedgerEntry", written::<Entry>()),
        ("ReturnPolicyConfig", schemars::schema_for!(ReturnPolicy).to_value()),
        ("LoyaltyProgrammeConfig", schemars::schema_for!(Programme).to_value()),
        ("NotifyPolicyConfig", schemars::schema_for!(NotifyPolicy).to_value()),
        ("SentNotification", schemars::schema_for!(Sent).to_value()),
        ("ViewRequest", schemars::schema_for!(ViewRequest).to_value()),
        ("AnswerRequest", schemars::schema_for!(AnswerRequest).to_value()),
        ("MessageRequest", schemars::schema_for!(MessageRequest).to_value()),
        ("PolicySummaryRequest", schemars::schema_for!(PolicySummaryRequest).to_value()),
        ("LoyaltySummaryRequest", schemars::schema_for!(LoyaltySummaryRequest).to_value()),
        ("OrderView", written::<OrderView>()),
        ("CustomerAnswer", written::<Answer>()),
        ("CustomerMessage", written::<Message>()),
        ("PlainSummary", written::<Summary>()),
        ("ReturnPreview", written::<ReturnPreview>()),
        ("DelayAssessment", written::<DelayAssessment>()),
        ("OrderSummary", written::<OrderSummary>()),
        ("ReturnSummary", written::<ReturnSummary>()),
        ("ReturnCase", written::<ReturnCase>()),
        ("LoyaltyStatus", written::<MemberStatus>()),
        ("MappedStatus", written::<MappedStatus>()),
        ("NotificationIntent", written::<Intent>()),
        ("NpsResult", written::<NpsResult>()),
        ("CsatResult", written::<CsatResult>()),
        ("CesResult", written::<CesResult>()),
        ("RfmScore", written::<RfmScore>()),
        ("Recommendation", written::<Recommendation>()),
        ("HitRate", written::<HitRate>()),
        ("StageAssignment", written::<StageAssignment>()),
        ("NextPurchase", written::<NextPurchase>()),
        ("StageTransitions", written::<StageTransitions>()),
    ]
}

/// The schema of a document the core writes (events, entries, results): its serialized shape, so
/// a field that is always written is required, and a type read through an upcast (`try_from`)
/// is described as it is written now.
fn written<T: schemars::JsonSchema>() -> Value {
    schemars::generate::SchemaSettings::default()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The files the contract generates: path (from the repository root) and text.
fn generated() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let mut ts = String::from(
        "/* The documents that cross the binding, generated from the core's types (core/gen): do not edit. */\n\
         /* Amounts are decimal strings; times are `Date`s (as arguments, RFC 3339 text with an offset too). */\n\
         /* Field names are camelCase; as arguments the core's snake_case names are accepted too. */\n\n\
         /** A document as an argument: wherever the document has a `Date`, RFC 3339 text is taken too. */\n\
         export type Input<T> = T extends Date\n  ? Date | string\n  : T extends ReadonlyArray<infer U>\n    ? Array<Input<U>>\n    : T extends object\n      ? { [K in keyof T]: Input<T[K]> }\n      : T\n\n",
    );
    let mut defs: BTreeMap<String, Value> = BTreeMap::new();
    for (name, schema) in documents() {
        let text = serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
        files.push((PathBuf::from(format!("conformance/contract/{name}.schema.json")), text));
        if let Some(Value::Object(d)) = schema.get("$defs") {
            // a type both read and written keeps its reading's schema (the documents that are
            // read come first): a field with a default is optional there
            for (k, v) in d {
                defs.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        defs.insert(name.to_string(), schema);
    }
    let node = node_unions();
    let napi = napi_declared();
    let written = reachable(&defs, WRITTEN);
    for (name, schema) in &defs {
        // a code union the Node binding declares itself (it types its results with it) is not
        // declared twice; `the_node_code_unions_equal_the_contract` keeps the two equal
        if !node.contains_key(name) && !napi.contains(name) {
            declare(&mut ts, name, schema, written.contains(name));
        }
    }
    ts.push_str(END_OF_CONTRACT);
    files.push((PathBuf::from("bindings-node/contract.d.ts"), ts));
    // Python's TypedDicts are what the binding takes and the stored documents; its results are
    // the dataclasses of results.py
    let taken: Vec<&str> =
        documents().iter().map(|(n, _)| *n).filter(|n| !python_results::results().contains(n)).collect();
    let taken = reachable(&defs, &taken);
    let py_defs: BTreeMap<String, Value> =
        defs.iter().filter(|(k, _)| taken.contains(*k)).map(|(k, v)| (k.clone(), v.clone())).collect();
    files.push((PathBuf::from("bindings-python/python/postpurchase/contract.py"), python(&py_defs)));
    files.push((
        PathBuf::from("bindings-python/python/postpurchase/results.py"),
        python_results::generate(&defs, &reachable(&defs, &python_results::results())),
    ));
    files.push((PathBuf::from("bindings-python/python/postpurchase/errors.py"), errors::generate()));
    files.push((PathBuf::from("bindings-node/src/contract_maps.rs"), map_fields(&defs)));
    files.push((
        PathBuf::from("bindings-mobile/src/contract.rs"),
        mobile::generate(&defs, &reachable(&defs, &[WRITTEN, mobile::TAKEN].concat())),
    ));
    files
}

/// The fields whose values are maps with data for keys (a signal's `payload`): the Node binding
/// turns camelCase field names into snake_case everywhere but inside these.
fn map_fields(defs: &BTreeMap<String, Value>) -> String {
    let mut names: Vec<String> = Vec::new();
    let mut visit = |schema: &Value| {
        if let Some(Value::Object(props)) = schema.get("properties") {
            for (field, s) in props {
                if s.get("additionalProperties").is_some_and(Value::is_object) && !names.contains(field) {
                    names.push(field.clone());
                }
            }
        }
    };
    for schema in defs.values() {
        visit(schema);
        for key in ["oneOf", "anyOf"] {
            for v in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                visit(v);
            }
        }
    }
    names.sort();
    let quote = |names: &[String]| names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
    format!(
        "//! Generated from the core's types by core/gen: do not edit.\n\n\
         /// Contract fields whose values are maps with data for keys: their keys are never renamed.\n\
         pub(crate) const MAP_FIELDS: &[&str] = &[{}];\n\n\
         /// Contract fields that hold a time (or a list of times): JavaScript gets them as `Date`s.\n\
         pub(crate) const DATE_FIELDS: &[&str] = &[{}];\n",
        quote(&names),
        quote(&date_fields(defs).into_iter().collect::<Vec<_>>())
    )
}

/// Whether a field's schema is a time, an optional time or a list of times.
fn is_time(schema: &Value) -> bool {
    let date = |s: &Value| s.get("format").and_then(Value::as_str) == Some("date-time");
    date(schema)
        || schema.get("items").is_some_and(date)
        || ["anyOf", "oneOf"]
            .iter()
            .any(|k| schema.get(*k).and_then(Value::as_array).is_some_and(|o| o.iter().any(date)))
}

/// Whether a schema admits a string, or a list of strings (a `$ref` may: ids are strings).
fn may_be_text(schema: &Value) -> bool {
    let text = |s: &Value| match s.get("type") {
        Some(Value::String(t)) => t == "string",
        Some(Value::Array(ts)) => ts.iter().any(|t| t == "string"),
        _ => s.get("$ref").is_some(),
    };
    text(schema)
        || schema.get("items").is_some_and(text)
        || ["anyOf", "oneOf"]
            .iter()
            .any(|k| schema.get(*k).and_then(Value::as_array).is_some_and(|o| o.iter().any(text)))
}

/// Every field name of the contract that may hold text, with whether it holds a time where it
/// appears.
fn field_kinds(defs: &BTreeMap<String, Value>) -> BTreeMap<String, std::collections::BTreeSet<bool>> {
    fn walk(schema: &Value, out: &mut BTreeMap<String, std::collections::BTreeSet<bool>>) {
        match schema {
            Value::Object(o) => {
                if let Some(Value::Object(props)) = o.get("properties") {
                    for (field, s) in props {
                        // only text can be mistaken for a time (a count named `purchases` cannot)
                        if is_time(s) || may_be_text(s) {
                            out.entry(field.clone()).or_default().insert(is_time(s));
                        }
                    }
                }
                o.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    defs.values().for_each(|s| walk(s, &mut out));
    out
}

/// The fields that hold times.
fn date_fields(defs: &BTreeMap<String, Value>) -> std::collections::BTreeSet<String> {
    field_kinds(defs).into_iter().filter(|(_, kinds)| kinds.contains(&true)).map(|(f, _)| f).collect()
}

/// The Python module of `TypedDict`s and `Literal` unions: amounts may be given as `Decimal`
/// and times as timezone-aware `datetime` (the package converts them), or as the core's strings.
fn python(defs: &BTreeMap<String, Value>) -> String {
    let mut head = String::from(
        "\"\"\"The documents the core takes (and the events and ledger entries it writes for a store), as\n\
         TypedDicts for type checkers: generated from the core's types by core/gen, do\n\
         not edit. What the core gives back is in ``postpurchase.results``.\n\n\
         Amounts may be ``Decimal`` and times timezone-aware ``datetime`` (or the core's strings).\n\
         \"\"\"\n\n\
         from datetime import datetime\n\
         from decimal import Decimal\n\
         from typing import Dict, List, Literal, NotRequired, Optional, TypedDict, Union\n\n",
    );
    let (mut aliases, mut classes, mut unions) = (String::new(), String::new(), String::new());
    let mut names = Vec::new();
    for (name, schema) in defs {
        names.push(name.clone());
        let variants =
            schema.get("oneOf").and_then(Value::as_array).filter(|v| v.iter().all(|o| o.get("properties").is_some()));
        if let Some(variants) = variants {
            let mut members = Vec::new();
            for v in variants {
                // the variant's tag: its one property with a constant value (`type`, `kind`,
                // `action`), or the one property of an externally tagged variant (`percent`)
                let props = v.get("properties").and_then(Value::as_object);
                let tag = props
                    .and_then(|p| p.values().find_map(|s| s.get("const").and_then(Value::as_str)))
                    .or_else(|| props.filter(|p| p.len() == 1).and_then(|p| p.keys().next()).map(String::as_str))
                    .unwrap_or("variant");
                let class = format!("{name}{}", camel(tag));
                py_class(&mut classes, &class, v);
                names.push(class.clone());
                members.push(class);
            }
            let _ = writeln!(unions, "{name} = Union[{}]\n", members.join(", "));
        } else if schema.get("properties").is_some() {
            py_class(&mut classes, name, schema);
        } else {
            let _ = writeln!(aliases, "{name} = {}", py_type(schema));
        }
    }
    head.push_str(&aliases);
    head.push_str("\n\n");
    head.push_str(&classes);
    head.push_str(&unions);
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let _ = writeln!(head, "__all__ = [{}]", quoted.join(", "));
    head
}

/// The fields of an object in the order the core writes them: its required fields in declaration
/// order, then the optional ones.
pub(crate) fn ordered_fields(schema: &Value) -> Vec<(String, &Value, bool)> {
    let props = schema.get("properties").and_then(Value::as_object);
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map_or(Vec::new(), |r| r.iter().filter_map(Value::as_str).collect());
    let mut fields: Vec<(String, &Value, bool)> =
        required.iter().filter_map(|f| props.and_then(|p| p.get(*f)).map(|s| ((*f).to_string(), s, true))).collect();
    for (f, s) in props.into_iter().flatten() {
        if !required.contains(&f.as_str()) {
            fields.push((f.clone(), s, false));
        }
    }
    fields
}

/// `snake_case` to `lowerCamelCase`.
fn lower_camel(field: &str) -> String {
    let upper = camel(field);
    upper.get(..1).unwrap_or_default().to_lowercase() + upper.get(1..).unwrap_or_default()
}

/// `snake_case` to `CamelCase`.
fn camel(tag: &str) -> String {
    tag.split('_').map(|w| w.get(..1).unwrap_or_default().to_uppercase() + w.get(1..).unwrap_or_default()).collect()
}

fn py_class(out: &mut String, name: &str, schema: &Value) {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map_or(Vec::new(), |r| r.iter().filter_map(Value::as_str).collect());
    let fields: Vec<(String, String)> = schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(field, s)| {
            let t = py_type(s);
            (field.clone(), if required.contains(&field.as_str()) { t } else { format!("NotRequired[{t}]") })
        })
        .collect();
    if fields.iter().any(|(f, _)| PY_KEYWORDS.contains(&f.as_str())) {
        // a field named by a keyword (`from`) needs the functional form
        let items: Vec<String> = fields.iter().map(|(f, t)| format!("\"{f}\": {t}")).collect();
        let _ = writeln!(out, "{name} = TypedDict(\"{name}\", {{{}}})\n\n", items.join(", "));
        return;
    }
    let _ = writeln!(out, "class {name}(TypedDict):");
    if let Some(Value::String(d)) = schema.get("description") {
        let _ = writeln!(out, "    \"\"\"{}\"\"\"\n", d.replace('\n', " ").replace("\"\"\"", "'''"));
    }
    for (field, t) in &fields {
        let _ = writeln!(out, "    {field}: {t}");
    }
    if fields.is_empty() {
        out.push_str("    pass\n");
    }
    out.push_str("\n\n");
}

/// Python's keywords, which cannot name a field of a class-form `TypedDict`.
const PY_KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Which side of the Python binding a type is written for.
#[derive(Clone, Copy, PartialEq)]
enum PySide {
    /// A `TypedDict` field of a document the binding takes: text is accepted for decimals and times.
    Taken,
    /// A field of a result class: the value as Python's type.
    Given,
}

/// The Python type of a schema in a document the binding takes.
fn py_type(schema: &Value) -> String {
    py_type_as(schema, PySide::Taken)
}

/// The Python type of a schema on one side of the binding.
fn py_type_as(schema: &Value, side: PySide) -> String {
    let given = side == PySide::Given;
    let any = if given { "Any" } else { "object" };
    if let Some(Value::String(r)) = schema.get("$ref") {
        let name = r.rsplit('/').next().unwrap_or("object");
        // a TypedDict's is quoted: a forward reference, resolved when every class exists
        return if given { name.to_string() } else { format!("\"{name}\"") };
    }
    if let Some(c) = schema.get("const") {
        return format!("Literal[{c}]");
    }
    let lits = literals(schema);
    if !lits.is_empty() && schema.get("properties").is_none() {
        let quoted: Vec<String> = lits.iter().map(|l| format!("\"{l}\"")).collect();
        return format!("Literal[{}]", quoted.join(", "));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(options)) = schema.get(key) {
            return union(options.iter().map(|o| py_type_as(o, side)).collect());
        }
    }
    match schema.get("type") {
        Some(Value::Array(types)) => union(
            types
                .iter()
                .map(|t| {
                    let mut one = schema.clone();
                    if let Some(o) = one.as_object_mut() {
                        o.insert("type".into(), t.clone());
                    }
                    py_type_as(&one, side)
                })
                .collect(),
        ),
        Some(Value::String(t)) => match (t.as_str(), schema.get("format").and_then(Value::as_str)) {
            ("string", Some("date-time")) => (if given { "datetime" } else { "Union[str, datetime]" }).into(),
            ("string", Some("decimal")) => (if given { "Decimal" } else { "Union[str, Decimal]" }).into(),
            ("string", _) => "str".into(),
            ("integer", _) => "int".into(),
            ("number", _) => "float".into(),
            ("boolean", _) => "bool".into(),
            ("null", _) => "None".into(),
            ("array", _) => format!("List[{}]", schema.get("items").map_or(any.into(), |i| py_type_as(i, side))),
            ("object", _) => match schema.get("additionalProperties").filter(|a| a.is_object()) {
                Some(values) => format!("Dict[str, {}]", py_type_as(values, side)),
                None => (if given { "Dict[str, Any]" } else { "object" }).into(),
            },
            _ => any.into(),
        },
        _ => any.into(),
    }
}

/// `Optional[T]` when `None` is one of the types, else `Union[...]`.
fn union(types: Vec<String>) -> String {
    let some: Vec<String> = types.iter().filter(|t| *t != "None").cloned().collect();
    let inner = if some.len() == 1 { some.concat() } else { format!("Union[{}]", some.join(", ")) };
    if some.len() < types.len() { format!("Optional[{inner}]") } else { inner }
}

/// The last line of the contract header in `index.d.ts`: what follows is napi's declarations.
const END_OF_CONTRACT: &str = "/* end of the generated contract */\n";

/// The string-literal unions napi declares in the committed `index.d.ts` (after the contract
/// header): name → the literals.
fn node_unions() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(root().join("bindings-node/index.d.ts")).unwrap_or_default();
    let napi = text.split(END_OF_CONTRACT).last().unwrap_or_default();
    napi.lines()
        .filter_map(|l| l.strip_prefix("export type "))
        .filter_map(|l| l.split_once(" = "))
        .filter(|(_, rhs)| rhs.starts_with('\''))
        .map(|(name, rhs)| {
            let mut literals: Vec<String> = rhs.split(" | ").map(|v| v.trim().trim_matches('\'').to_string()).collect();
            literals.sort();
            (name.to_string(), literals)
        })
        .collect()
}

/// The documents the binding gives out (as well as, for some, takes).
const WRITTEN: &[&str] = &[
    "OrderEvent",
    "LedgerEntry",
    "Signal",
    "OrderView",
    "CustomerAnswer",
    "CustomerMessage",
    "PlainSummary",
    "ReturnPreview",
    "DelayAssessment",
    "OrderSummary",
    "ReturnSummary",
    "LoyaltyStatus",
    "MappedStatus",
    "NotificationIntent",
    "NpsResult",
    "CsatResult",
    "CesResult",
    "RfmScore",
    "Recommendation",
    "HitRate",
    "StageAssignment",
    "NextPurchase",
    "StageTransitions",
];

/// The names of the definitions the roots refer to, directly or through others, and the roots.
fn reachable(defs: &BTreeMap<String, Value>, roots: &[&str]) -> std::collections::BTreeSet<String> {
    fn refs(schema: &Value, out: &mut Vec<String>) {
        match schema {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r.rsplit('/').next().unwrap_or_default().to_string());
                }
                o.iter().filter(|(k, _)| *k != "$defs").for_each(|(_, v)| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut todo: Vec<String> = roots.iter().map(|r| (*r).to_string()).collect();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone()) {
            defs.get(&name).into_iter().for_each(|d| refs(d, &mut todo));
        }
    }
    seen
}

/// Every name napi declares in the committed `index.d.ts` (after the contract header).
fn napi_declared() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("bindings-node/index.d.ts")).unwrap_or_default();
    let napi = text.split(END_OF_CONTRACT).last().unwrap_or_default();
    napi.lines()
        .filter_map(|l| l.strip_prefix("export interface ").or_else(|| l.strip_prefix("export declare class ")))
        .filter_map(|l| l.split([' ', '<']).next())
        .map(str::to_string)
        .collect()
}

/// `export interface` for an object with properties, else `export type`.
fn declare(out: &mut String, name: &str, schema: &Value, written: bool) {
    doc(out, schema, "");
    if schema.get("properties").is_some() {
        let _ = writeln!(out, "export interface {name} {}", object_body(schema, "", written));
    } else {
        let _ = writeln!(out, "export type {name} = {}", ts_type(schema, written));
    }
}

fn doc(out: &mut String, schema: &Value, indent: &str) {
    if let Some(Value::String(d)) = schema.get("description") {
        let _ = writeln!(out, "{indent}/** {} */", d.replace("*/", "* /").replace('\n', " "));
    }
}

fn object_body(schema: &Value, indent: &str, written: bool) -> String {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map_or(Vec::new(), |r| r.iter().filter_map(Value::as_str).collect());
    let mut body = String::from("{\n");
    if let Some(Value::Object(props)) = schema.get("properties") {
        for (field, s) in props {
            doc(&mut body, s, &format!("{indent}  "));
            let optional = if required.contains(&field.as_str()) { "" } else { "?" };
            // JavaScript writes camelCase; the Node binding also takes the core's snake_case
            let _ = writeln!(body, "{indent}  {}{optional}: {}", lower_camel(field), ts_type(s, written));
        }
    }
    body.push_str(indent);
    body.push('}');
    body
}

/// The TypeScript type of a schema; a time is a `Date` in a type the binding gives out
/// (`written`), and a `Date` or RFC 3339 text in one it only takes.
fn ts_type(schema: &Value, written: bool) -> String {
    if let Some(Value::String(r)) = schema.get("$ref") {
        return r.rsplit('/').next().unwrap_or("unknown").to_string();
    }
    if let Some(c) = schema.get("const") {
        return c.to_string();
    }
    if let Some(Value::Array(values)) = schema.get("enum") {
        return values.iter().map(Value::to_string).collect::<Vec<_>>().join(" | ");
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(options)) = schema.get(key) {
            return options.iter().map(|o| ts_type(o, written)).collect::<Vec<_>>().join(" | ");
        }
    }
    match schema.get("type") {
        Some(Value::Array(types)) => types
            .iter()
            .map(|t| {
                let mut one = schema.clone();
                if let Some(o) = one.as_object_mut() {
                    o.insert("type".into(), t.clone());
                }
                ts_type(&one, written)
            })
            .collect::<Vec<_>>()
            .join(" | "),
        Some(Value::String(t)) => match t.as_str() {
            // the binding gives times as `Date`s; `Input<T>` also takes RFC 3339 text
            "string" if schema.get("format").and_then(Value::as_str) == Some("date-time") => {
                if written {
                    "Date".into()
                } else {
                    "Date | string".into()
                }
            }
            "string" => "string".into(),
            "integer" | "number" => "number".into(),
            "boolean" => "boolean".into(),
            "null" => "null".into(),
            "array" => format!("Array<{}>", schema.get("items").map_or("unknown".into(), |i| ts_type(i, written))),
            "object" if schema.get("properties").is_some() => object_body(schema, "", written),
            "object" => format!(
                "Record<string, {}>",
                schema
                    .get("additionalProperties")
                    .filter(|a| a.is_object())
                    .map_or("unknown".into(), |i| ts_type(i, written))
            ),
            _ => "unknown".into(),
        },
        _ => "unknown".into(),
    }
}

/// The string literals of a code union: `enum`, or `oneOf` of `const`s (documented variants).
fn literals(def: &Value) -> Vec<String> {
    let strings = |v: &Value| v.as_str().map(str::to_string);
    match (def.get("enum"), def.get("oneOf")) {
        (Some(Value::Array(values)), _) => values.iter().filter_map(strings).collect(),
        (_, Some(Value::Array(options))) => options
            .iter()
            .flat_map(|o| match (o.get("const"), o.get("enum")) {
                (Some(c), _) => strings(c).into_iter().collect::<Vec<_>>(),
                (_, Some(Value::Array(vs))) => vs.iter().filter_map(strings).collect(),
                _ => Vec::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Writes the generated files, or with `--check` compares them with the committed ones.
fn main() -> std::process::ExitCode {
    let check = match std::env::args().skip(1).collect::<Vec<_>>().as_slice() {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            eprintln!("usage: postpurchase-gen [--check]");
            return std::process::ExitCode::from(2);
        }
    };
    let mut stale = Vec::new();
    for (path, text) in generated() {
        let full = root().join(&path);
        if check {
            if std::fs::read_to_string(&full).ok().as_deref() != Some(text.as_str()) {
                stale.push(path.display().to_string());
            }
            continue;
        }
        let written = full.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&full, text));
        if let Err(e) = written {
            eprintln!("{}: {e}", path.display());
            return std::process::ExitCode::FAILURE;
        }
    }
    if stale.is_empty() {
        if check {
            println!("the generated contract files are fresh");
        }
        std::process::ExitCode::SUCCESS
    } else {
        for p in &stale {
            eprintln!("{p} is stale: run scripts/gen-contract (or cargo run -p postpurchase-gen)");
        }
        std::process::ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_document_is_described_field_by_field() {
        let schema = schemars::schema_for!(NewOrder).to_value();
        let required: Vec<&str> = schema["required"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        assert_eq!(required, ["id", "customer", "currency", "placed_at", "lines"]);
        assert_eq!(schema["additionalProperties"], Value::Bool(false), "unknown fields are refused");
        let files = generated();
        let text = |name: &str| files.iter().find(|(p, _)| p.ends_with(name)).map(|(_, t)| t.clone()).unwrap();
        let ts = &text("contract.d.ts");
        let py = &text("contract.py");
        assert!(
            py.contains("class NewOrder(TypedDict):") && py.contains("    placed_at: Union[str, datetime]"),
            "{py}"
        );
        assert!(py.contains("    amount: Union[str, Decimal]"), "{py}");
        assert!(ts.contains("export interface NewOrder {") && ts.contains("  placedAt: Date"), "{ts}");
        assert!(ts.contains("  unitPrice: Money") && ts.contains("  amount: string"), "{ts}");
    }

    #[test]
    fn python_results_are_dataclasses_in_python_types() {
        let files = generated();
        let py = files.iter().find(|(p, _)| p.ends_with("results.py")).map(|(_, t)| t.clone()).unwrap();
        assert!(py.contains("@dataclass(frozen=True)\nclass OrderSummary(Result):"), "{py}");
        assert!(py.contains("    amount: Decimal\n") && py.contains("    placed_at: datetime\n"), "{py}");
        assert!(py.contains("total=Money._read(d[\"total\"]),"), "{py}");
        // a keyword-named field keeps its JSON name for to_dict
        assert!(py.contains("    from_: Optional[Stage] = field(metadata={\"key\": \"from\"})"), "{py}");
        // the stored documents stay JSON, typed as TypedDicts
        assert!(!py.contains("class OrderEvent"), "events are not result classes");
        let taken = files.iter().find(|(p, _)| p.ends_with("contract.py")).map(|(_, t)| t.clone()).unwrap();
        assert!(taken.contains("OrderEvent") && !taken.contains("class OrderSummary("), "{taken}");
    }

    #[test]
    fn the_node_binding_declares_no_contract_type_itself() {
        // a union or interface napi declared beside the contract's would be a hand mirror of a core
        // type: the binding returns documents typed by the contract instead
        let mut names = std::collections::BTreeSet::new();
        for (name, schema) in documents() {
            names.insert(name.to_string());
            if let Some(Value::Object(defs)) = schema.get("$defs") {
                names.extend(defs.keys().cloned());
            }
        }
        let napi: Vec<String> = napi_declared().into_iter().chain(node_unions().into_keys()).collect();
        let mirrored: Vec<&String> = napi.iter().filter(|n| names.contains(*n)).collect();
        assert!(mirrored.is_empty(), "the Node binding declares contract types itself: {mirrored:?}");
        assert!(napi.iter().any(|n| n == "Order"), "the committed index.d.ts is read");
    }

    #[test]
    fn a_field_that_holds_a_time_holds_one_wherever_it_appears() {
        // the Node binding turns the values of these fields into `Date`s by name alone
        let mut defs: BTreeMap<String, Value> = BTreeMap::new();
        for (name, schema) in documents() {
            defs.insert(name.to_string(), schema);
        }
        let mixed: Vec<String> =
            field_kinds(&defs).into_iter().filter(|(_, kinds)| kinds.len() > 1).map(|(f, _)| f).collect();
        assert!(mixed.is_empty(), "fields that are a time in one document and not in another: {mixed:?}");
        assert!(date_fields(&defs).contains("placed_at") && date_fields(&defs).contains("recent_returns"));
    }

    #[test]
    fn no_amount_or_rate_is_typed_as_a_number() {
        // a Decimal without `schemars(with = "String")` would be `string | number`, and the core
        // refuses JSON numbers for amounts
        for (path, text) in generated() {
            assert!(!text.contains("string | number"), "{}: a decimal typed as a number", path.display());
        }
    }
}
