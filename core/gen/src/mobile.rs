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

/// One field of a generated record or variant.
struct Field {
    /// The core's (JSON) name.
    name: String,
    /// The Rust identifier (`r#type` for a keyword).
    ident: String,
    /// The Rust type.
    ty: String,
    /// Whether the field may be left out (an absent optional field is not written).
    optional: bool,
}

/// The fields of an object schema (all but `skip`, the tag), in the core's order (its required
/// fields as declared, then the optional ones), which is the order of the Kotlin constructor's
/// and Swift initialiser's parameters; written one per line.
fn fields(
    out: &mut String,
    indent: &str,
    schema: &Value,
    skip: Option<&str>,
    defs: &BTreeMap<String, Value>,
) -> Vec<Field> {
    let mut list = Vec::new();
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
            ident = if indent.len() > 4 { ident.clone() } else { format!("pub {ident}") }
        );
        list.push(Field { name, ident, ty: t, optional: not_required });
    }
    list
}

/// One variant of a tagged enum: its Rust name, its code and its fields.
struct Variant {
    rust: String,
    code: String,
    fields: Vec<Field>,
}

const WIRE: &str = "crate::wire";

/// A record's or variant's pattern (`Name { .. }`), its tag and code (a tagged enum's) and
/// its fields.
type Pattern<'a> = (String, Option<(&'a str, &'a str)>, &'a [Field]);

/// The reading side of a record or of a tagged enum's variants: `Fields` and `Feed`. Each
/// variant is its pattern (`Name { .. }`), its tag and code (a tagged enum's) and its fields.
fn feed_fields(out: &mut String, name: &str, variants: &[Pattern<'_>]) {
    let places = |tag: &Option<(&str, &str)>, fields: &[Field]| fields.len().saturating_add(usize::from(tag.is_some()));
    let _ = writeln!(out, "impl {WIRE}::Fields for {name} {{\n    fn places(&self) -> usize {{\n        match self {{");
    for (pattern, tag, fields) in variants {
        let _ = writeln!(out, "            {pattern} => {},", places(tag, fields));
    }
    let _ = writeln!(
        out,
        "        }}\n    }}\n\n    fn name(&self, i: usize) -> Option<&'static str> {{\n        match (self, i) {{"
    );
    for (pattern, tag, fields) in variants {
        let first = usize::from(tag.is_some());
        if let Some((tag, _)) = tag {
            let _ = writeln!(out, "            ({pattern}, 0) => Some(\"{tag}\"),");
        }
        for (i, f) in fields.iter().enumerate() {
            let at = i.saturating_add(first);
            if f.optional {
                let bound = bind(pattern, &f.ident);
                let _ = writeln!(out, "            ({bound}, {at}) => x.as_ref().map(|_| \"{}\"),", f.name);
            } else {
                let _ = writeln!(out, "            ({pattern}, {at}) => Some(\"{}\"),", f.name);
            }
        }
    }
    let _ = writeln!(
        out,
        "            _ => None,\n        }}\n    }}\n\n    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, {WIRE}::Error> {{\n        match (self, i) {{"
    );
    for (pattern, tag, fields) in variants {
        let first = usize::from(tag.is_some());
        if let Some((_, code)) = tag {
            let _ = writeln!(out, "            ({pattern}, 0) => {WIRE}::code(\"{code}\", seed),");
        }
        for (i, f) in fields.iter().enumerate() {
            let at = i.saturating_add(first);
            let _ =
                writeln!(out, "            ({}, {at}) => seed.deserialize({WIRE}::De(x)),", bind(pattern, &f.ident));
        }
    }
    let _ = writeln!(
        out,
        "            _ => Err({WIRE}::unknown(&i.to_string(), \"{name}\")),\n        }}\n    }}\n}}\n\n\
         impl {WIRE}::Feed for {name} {{\n    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, {WIRE}::Error> {{\n        \
         v.visit_map({WIRE}::FieldMap::new(self))\n    }}\n}}\n"
    );
}

/// `Name { .. }` with one field bound to `x`.
fn bind(pattern: &str, ident: &str) -> String {
    match pattern.strip_suffix("{ .. }") {
        Some(head) => format!("{head}{{ {ident}: x, .. }}"),
        None => pattern.to_string(),
    }
}

/// The slot of a field while it is written, and its value when the writing is done.
fn slot_value(f: &Field, slot: &str, of: &str) -> String {
    if f.ty.starts_with("Option<") {
        format!("{slot}.flatten()")
    } else {
        format!("{slot}.ok_or_else(|| {WIRE}::missing(\"{}\", \"{of}\"))?", f.name)
    }
}

/// The writing side of a record: its slots and `Build`.
fn build_record(out: &mut String, name: &str, fields: &[Field]) {
    let _ = writeln!(out, "#[derive(Default)]\npub(crate) struct {name}Slots {{");
    for f in fields {
        let _ = writeln!(out, "    {}: Option<{}>,", f.ident, f.ty);
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl {WIRE}::Build for {name} {{\n    type Slots = {name}Slots;\n    const WHAT: &'static str = \"{name}\";\n\n    \
         fn put<V: serde::Serialize + ?Sized>(s: &mut {name}Slots, key: &str, v: &V) -> Result<(), {WIRE}::Error> {{\n        match key {{"
    );
    for f in fields {
        let _ = writeln!(out, "            \"{}\" => s.{} = Some({WIRE}::build(v)?),", f.name, f.ident);
    }
    let _ = writeln!(
        out,
        "            _ => return Err({WIRE}::unknown(key, \"{name}\")),\n        }}\n        Ok(())\n    }}\n\n    \
         fn finish(s: {name}Slots) -> Result<Self, {WIRE}::Error> {{\n        Ok({name} {{"
    );
    for f in fields {
        let _ = writeln!(out, "            {}: {},", f.ident, slot_value(f, &format!("s.{}", f.ident), name));
    }
    let _ = writeln!(out, "        }})\n    }}\n}}\n");
}

/// The writing side of a tagged enum: the tag comes first (serde writes it first), then the
/// fields of its variant.
fn build_tagged(out: &mut String, name: &str, tag: &str, variants: &[Variant]) {
    let _ = writeln!(out, "#[derive(Default)]\npub(crate) struct {name}Slots {{\n    tag: Option<String>,");
    for (k, v) in variants.iter().enumerate() {
        for f in &v.fields {
            let _ = writeln!(out, "    v{k}_{}: Option<{}>,", f.name, f.ty);
        }
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl {WIRE}::Build for {name} {{\n    type Slots = {name}Slots;\n    const WHAT: &'static str = \"{name}\";\n\n    \
         fn put<V: serde::Serialize + ?Sized>(s: &mut {name}Slots, key: &str, v: &V) -> Result<(), {WIRE}::Error> {{\n        \
         if key == \"{tag}\" {{\n            s.tag = Some({WIRE}::build(v)?);\n            return Ok(());\n        }}\n        \
         match (s.tag.as_deref(), key) {{"
    );
    for (k, v) in variants.iter().enumerate() {
        for f in &v.fields {
            let _ = writeln!(
                out,
                "            (Some(\"{}\"), \"{}\") => s.v{k}_{} = Some({WIRE}::build(v)?),",
                v.code, f.name, f.name
            );
        }
    }
    let _ = writeln!(
        out,
        "            _ => return Err({WIRE}::unknown(key, \"{name}\")),\n        }}\n        Ok(())\n    }}\n\n    \
         fn finish(s: {name}Slots) -> Result<Self, {WIRE}::Error> {{\n        match s.tag.as_deref() {{"
    );
    for (k, v) in variants.iter().enumerate() {
        if v.fields.is_empty() {
            let _ = writeln!(out, "            Some(\"{}\") => Ok({name}::{}),", v.code, v.rust);
            continue;
        }
        let _ = writeln!(out, "            Some(\"{}\") => Ok({name}::{} {{", v.code, v.rust);
        for f in &v.fields {
            let _ =
                writeln!(out, "                {}: {},", f.ident, slot_value(f, &format!("s.v{k}_{}", f.name), name));
        }
        out.push_str("            }),\n");
    }
    let _ = writeln!(
        out,
        "            Some(other) => Err({WIRE}::unknown(other, \"{name}\")),\n            None => Err({WIRE}::missing(\"{tag}\", \"{name}\")),\n        }}\n    }}\n}}\n"
    );
}

/// Both sides of an enum of codes and one-value variants (`codes` are (Rust name, code),
/// `carried` (Rust name, code)): a code is text where the core reads any value and a unit
/// variant where it reads an enum.
fn codes_and_values(out: &mut String, name: &str, codes: &[(String, String)], carried: &[(String, String)]) {
    let _ = writeln!(
        out,
        "impl {WIRE}::Feed for {name} {{\n    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, {WIRE}::Error> {{\n        match self {{"
    );
    for (rust, code) in codes {
        let _ = writeln!(out, "            {name}::{rust} => v.visit_borrowed_str(\"{code}\"),");
    }
    for (rust, code) in carried {
        let _ = writeln!(out, "            {name}::{rust}(x) => v.visit_map({WIRE}::OneField::new(\"{code}\", x)),");
    }
    let _ = writeln!(
        out,
        "        }}\n    }}\n\n    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, {WIRE}::Error> {{\n        match self {{"
    );
    for (rust, code) in codes {
        let _ = writeln!(out, "            {name}::{rust} => v.visit_enum({WIRE}::UnitVariant(\"{code}\")),");
    }
    for (rust, code) in carried {
        let _ = writeln!(out, "            {name}::{rust}(x) => v.visit_enum({WIRE}::NewtypeVariant(\"{code}\", x)),");
    }
    let _ = writeln!(
        out,
        "        }}\n    }}\n}}\n\nimpl {WIRE}::Build for {name} {{\n    type Slots = ();\n    const WHAT: &'static str = \"{name}\";\n\n    \
         fn from_str(v: &str) -> Result<Self, {WIRE}::Error> {{\n        match v {{"
    );
    for (rust, code) in codes {
        let _ = writeln!(out, "            \"{code}\" => Ok({name}::{rust}),");
    }
    let _ = writeln!(out, "            _ => Err({WIRE}::unknown(v, \"{name}\")),\n        }}\n    }}");
    if !carried.is_empty() {
        let _ = writeln!(
            out,
            "\n    fn from_newtype_variant<V: serde::Serialize + ?Sized>(variant: &'static str, v: &V) -> Result<Self, {WIRE}::Error> {{\n        match variant {{"
        );
        for (rust, code) in carried {
            let _ = writeln!(out, "            \"{code}\" => Ok({name}::{rust}({WIRE}::build(v)?)),");
        }
        let _ = writeln!(out, "            _ => Err({WIRE}::unknown(variant, \"{name}\")),\n        }}\n    }}");
    }
    out.push_str("}\n\n");
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
         //! serde gives each the core's JSON shape; after each type come its `crate::wire::Feed`\n\
         //! (the document read into a core type) and `crate::wire::Build` (a core value written\n\
         //! into the document), so no JSON is made on the way.\n\
         #![allow(missing_docs, clippy::large_enum_variant, clippy::match_single_binding, unused_variables)]\n\n\
         use std::collections::HashMap;\n\
         use std::time::SystemTime;\n\n\
         use crate::Amount;\n\n",
    );
    for name in names {
        let Some(def) = defs.get(name) else { continue };
        let eq = if floats.contains(name) { "" } else { ", Eq" };
        let mut wire = String::new();
        match shape(def) {
            Shape::Text | Shape::Names => continue,
            Shape::Codes(codes) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}, Copy, Eq, Hash, uniffi::Enum)]\npub enum {name} {{");
                for (code, d) in &codes {
                    doc(&mut out, "    ", d.clone());
                    let _ = writeln!(out, "    #[serde(rename = \"{code}\")]\n    {},", camel(code));
                }
                let codes: Vec<(String, String)> = codes.iter().map(|(c, _)| (camel(c), c.clone())).collect();
                codes_and_values(&mut wire, name, &codes, &[]);
            }
            Shape::Record(schema) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Record)]\npub struct {name} {{");
                let list = fields(&mut out, "    ", schema, None, defs);
                feed_fields(&mut wire, name, &[(format!("{name} {{ .. }}"), None, &list)]);
                build_record(&mut wire, name, &list);
            }
            Shape::Tagged(tag, variants) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Enum)]\n#[serde(tag = \"{tag}\")]\npub enum {name} {{");
                let mut all = Vec::new();
                for v in variants {
                    let code = v.pointer(&format!("/properties/{tag}/const")).and_then(Value::as_str).unwrap_or("");
                    doc(&mut out, "    ", description(v));
                    let _ = write!(out, "    #[serde(rename = \"{code}\")]\n    {}", camel(code));
                    let mut body = String::new();
                    let list = fields(&mut body, "        ", v, Some(&tag), defs);
                    if body.is_empty() {
                        out.push_str(",\n");
                    } else {
                        let _ = write!(out, " {{\n{body}    }},\n");
                    }
                    all.push(Variant { rust: camel(code), code: code.to_string(), fields: list });
                }
                let patterns: Vec<Pattern<'_>> = all
                    .iter()
                    .map(|v| {
                        let body = if v.fields.is_empty() { "" } else { " { .. }" };
                        (format!("{name}::{}{body}", v.rust), Some((tag.as_str(), v.code.as_str())), &v.fields[..])
                    })
                    .collect();
                feed_fields(&mut wire, name, &patterns);
                build_tagged(&mut wire, name, &tag, &all);
            }
            Shape::External(variants) => {
                doc(&mut out, "", description(def));
                let _ = writeln!(out, "{DERIVES}{eq}, uniffi::Enum)]\npub enum {name} {{");
                let (mut codes, mut carried) = (Vec::new(), Vec::new());
                for v in variants {
                    doc(&mut out, "    ", description(v));
                    if let Some(code) = v.get("const").and_then(Value::as_str) {
                        let _ = writeln!(out, "    #[serde(rename = \"{code}\")]\n    {},", camel(code));
                        codes.push((camel(code), code.to_string()));
                    } else if let Some((key, s)) =
                        v.get("properties").and_then(Value::as_object).and_then(|p| p.iter().next())
                    {
                        let (t, _) = field_type(s, defs);
                        let _ = writeln!(out, "    #[serde(rename = \"{key}\")]\n    {}({t}),", camel(key));
                        carried.push((camel(key), key.clone()));
                    }
                }
                codes_and_values(&mut wire, name, &codes, &carried);
            }
        }
        out.push_str("}\n\n");
        out.push_str(&wire);
        out.push('\n');
    }
    out
}
