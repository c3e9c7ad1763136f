//! The Python side of the results: frozen dataclasses (`postpurchase/results.py`) for every
//! document the binding gives back, generated from the same schemas as the `TypedDict`s the
//! binding takes. Each class reads the core's JSON with `from_dict` (amounts become `Decimal`,
//! times timezone-aware `datetime`, nested documents their classes) and gives it back with
//! `to_dict`; codes stay their strings, typed as `Literal`s.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::Value;

/// The documents a store keeps as the core wrote them: the Python binding gives them as JSON,
/// not as classes.
const STORED: &[&str] = &["OrderEvent", "LedgerEntry", "Signal"];

/// What only the Python binding gives out: a return's full state (`returns.return_case`).
const PYTHON_ONLY: &[&str] = &["ReturnCase"];

/// The results the Python binding returns as classes: what the bindings give out (`WRITTEN`),
/// less the stored documents, and what only Python gives out.
pub fn results() -> Vec<&'static str> {
    super::WRITTEN.iter().copied().filter(|n| !STORED.contains(n)).chain(PYTHON_ONLY.iter().copied()).collect()
}

const HEAD: &str = r#""""What the core gives back, as frozen dataclasses: generated from the core's types by
core/gen, do not edit.

Amounts are ``Decimal``, times timezone-aware ``datetime``, codes their strings (typed as
``Literal``). ``from_dict`` reads the core's JSON document (as ``json.loads`` gives it; a document
of another shape raises ``InvalidInputError``); ``to_dict`` gives it back in Python's types, with a
field named by a keyword under its JSON name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, List, Literal, Optional, Tuple, Type, TypeVar, Union

from .errors import InvalidInputError

R = TypeVar("R", bound="Result")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def _code(value: Any, codes: Tuple[str, ...]) -> Any:
    if value not in codes or not isinstance(value, str):
        raise ValueError(f"{value!r} is not one of {codes!r}")
    return value


def _time(value: Any) -> datetime:
    t = datetime.fromisoformat(_str(value).replace("Z", "+00:00"))
    if t.tzinfo is None:
        raise ValueError(f"{value!r} has no offset")
    return t


def _dec(value: Any) -> Decimal:
    d = Decimal(_str(value))
    if not d.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal")
    return d


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, not {type(value).__name__}")
    return value


def _num(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, not {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, not {type(value).__name__}")
    return value


def _list(value: Any) -> List[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _dict(value: Any) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, not {type(value).__name__}")
    return value


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.metadata.get("key", f.name): _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Result:
    """The base of every result class."""

    @classmethod
    def from_dict(cls: Type[R], d: Dict[str, Any]) -> R:
        """Reads the core's JSON document; one of another shape raises ``InvalidInputError``."""
        try:
            return cls._read(_dict(d))
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as e:
            raise InvalidInputError(f"not a {cls.__name__} document: {e!r}", "input.invalid") from e

    @classmethod
    def _read(cls: Type[R], d: Dict[str, Any]) -> R:
        raise TypeError(f"{cls.__name__} is the base of the result classes, not a document")

    def to_dict(self) -> Dict[str, Any]:
        """The result as a dict of Python values (``Decimal``, ``datetime``), keyed as the core's JSON."""
        out: Dict[str, Any] = _plain(self)
        return out


"#;

/// `results.py`.
pub fn generate(defs: &BTreeMap<String, Value>, reachable: &BTreeSet<String>) -> String {
    let mut out = String::from(HEAD);
    let (mut aliases, mut classes, mut unions) = (String::new(), String::new(), String::new());
    let mut names = vec!["Result".to_string()];
    for name in reachable {
        let Some(schema) = defs.get(name) else { continue };
        names.push(name.clone());
        if schema.get("properties").is_some() {
            class(&mut classes, name, schema, defs);
        } else if let Some(variants) = external_variants(schema) {
            // codes and one-property objects (`"store_credit"` or `{"payment": "p1"}`)
            let mut members = Vec::new();
            let mut reads = Vec::new();
            for v in variants {
                if let Some(c) = v.get("const").and_then(Value::as_str) {
                    members.push(format!("Literal[\"{c}\"]"));
                    reads.push(format!("    if value == \"{c}\":\n        return \"{c}\"\n"));
                } else if let Some(key) = v.get("properties").and_then(Value::as_object).and_then(|p| p.keys().next()) {
                    let variant = format!("{name}{}", super::camel(key));
                    class(&mut classes, &variant, v, defs);
                    names.push(variant.clone());
                    members.push(variant.clone());
                    reads.push(format!(
                        "    if isinstance(value, dict) and \"{key}\" in value:\n        return {variant}._read(value)\n"
                    ));
                }
            }
            // after the classes it names
            let _ = writeln!(unions, "{name} = Union[{}]\n", members.join(", "));
            let _ = writeln!(
                classes,
                "def _read_{name}(value: Any) -> {name}:\n{}    raise ValueError(f\"not a {name}: {{value!r}}\")\n\n",
                reads.concat()
            );
        } else {
            let _ = writeln!(aliases, "{name} = {}", py_type(schema));
        }
    }
    out.push_str(&aliases);
    out.push_str("\n\n");
    out.push_str(&classes);
    out.push_str(&unions);
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let _ = writeln!(out, "__all__ = [{}]", quoted.join(", "));
    out
}

/// The variants of a union of codes and one-property objects, if the schema is one.
fn external_variants(schema: &Value) -> Option<&Vec<Value>> {
    schema.get("oneOf").and_then(Value::as_array).filter(|v| {
        v.iter().any(|o| o.get("properties").is_some())
            && v.iter().all(|o| {
                o.get("const").is_some() || o.get("properties").and_then(Value::as_object).is_some_and(|p| p.len() == 1)
            })
    })
}

fn class(out: &mut String, name: &str, schema: &Value, defs: &BTreeMap<String, Value>) {
    let fields = super::ordered_fields(schema);
    let _ = writeln!(out, "@dataclass(frozen=True)\nclass {name}(Result):");
    let d = schema.get("description").and_then(Value::as_str).unwrap_or("A result.");
    let _ = writeln!(out, "    \"\"\"{}\"\"\"\n", d.replace('\n', " ").replace("\"\"\"", "'''").replace('\\', "\\\\"));
    let mut args = Vec::new();
    for (f, s, required) in &fields {
        let t = py_type(s);
        let t = if *required || t.starts_with("Optional[") { t } else { format!("Optional[{t}]") };
        let attr = if super::PY_KEYWORDS.contains(&f.as_str()) { format!("{f}_") } else { f.clone() };
        if attr == *f {
            let _ = writeln!(out, "    {attr}: {t}");
        } else {
            let _ = writeln!(out, "    {attr}: {t} = field(metadata={{\"key\": \"{f}\"}})");
        }
        if let Some(Value::String(doc)) = s.get("description") {
            let _ = writeln!(
                out,
                "    \"\"\"{}\"\"\"",
                doc.replace('\n', " ").replace("\"\"\"", "'''").replace('\\', "\\\\")
            );
        }
        let access = format!("d[\"{f}\"]");
        let value = read(s, &access, defs, 0);
        let value = match (*required, value.strip_prefix(&format!("(None if {access} is None else "))) {
            (true, _) => value,
            // an optional field the core leaves out when it has no value
            (false, _) if value == access => format!("d.get(\"{f}\")"),
            (false, Some(rest)) => format!("(None if d.get(\"{f}\") is None else {rest}"),
            (false, None) => format!("(None if d.get(\"{f}\") is None else {value})"),
        };
        args.push(format!("            {attr}={value},"));
    }
    let _ = writeln!(
        out,
        "\n    @classmethod\n    def _read(cls, d: Dict[str, Any]) -> \"{name}\":\n        return cls(\n{}\n        )\n\n",
        args.join("\n")
    );
}

/// The Python type of a schema in a result.
fn py_type(schema: &Value) -> String {
    super::py_type_as(schema, super::PySide::Given)
}

fn with_type(schema: &Value, t: &Value) -> Value {
    let mut one = schema.clone();
    if let Some(o) = one.as_object_mut() {
        o.insert("type".into(), t.clone());
    }
    one
}

/// The Python expression that reads the JSON value `expr` as the schema's Python value.
fn read(schema: &Value, expr: &str, defs: &BTreeMap<String, Value>, depth: usize) -> String {
    if let Some(Value::String(r)) = schema.get("$ref") {
        let name = r.rsplit('/').next().unwrap_or_default();
        let target = defs.get(name).cloned().unwrap_or(Value::Null);
        if target.get("properties").is_some() {
            return format!("{name}._read({expr})");
        }
        if external_variants(&target).is_some() {
            return format!("_read_{name}({expr})");
        }
        return read(&target, expr, defs, depth);
    }
    let nullable = |inner: &Value| {
        let r = read(inner, expr, defs, depth);
        if r == expr { r } else { format!("(None if {expr} is None else {r})") }
    };
    for key in ["oneOf", "anyOf"] {
        if let Some(Value::Array(options)) = schema.get(key) {
            // a union of codes: one of them, nothing else
            let consts: Vec<String> = options
                .iter()
                .filter_map(|o| o.get("const").and_then(Value::as_str))
                .map(|c| format!("\"{c}\""))
                .collect();
            if !consts.is_empty() && consts.len() == options.len() {
                return format!("_code({expr}, ({},))", consts.join(", "));
            }
            let some: Vec<&Value> = options.iter().filter(|o| o.get("type") != Some(&Value::from("null"))).collect();
            return match some.as_slice() {
                [one] => nullable(one),
                _ => expr.to_string(),
            };
        }
    }
    match schema.get("type") {
        Some(Value::Array(types)) => {
            let some: Vec<&Value> = types.iter().filter(|t| t.as_str() != Some("null")).collect();
            match some.as_slice() {
                [one] => nullable(&with_type(schema, one)),
                _ => expr.to_string(),
            }
        }
        Some(Value::String(t)) => match (t.as_str(), schema.get("format").and_then(Value::as_str)) {
            ("string", Some("date-time")) => format!("_time({expr})"),
            ("string", Some("decimal")) => format!("_dec({expr})"),
            ("string", _) => {
                match (schema.get("enum").and_then(Value::as_array), schema.get("const").and_then(Value::as_str)) {
                    (Some(codes), _) => {
                        let codes: Vec<String> =
                            codes.iter().filter_map(Value::as_str).map(|c| format!("\"{c}\"")).collect();
                        format!("_code({expr}, ({},))", codes.join(", "))
                    }
                    (None, Some(c)) => format!("_code({expr}, (\"{c}\",))"),
                    (None, None) => format!("_str({expr})"),
                }
            }
            ("integer", _) => format!("_int({expr})"),
            ("number", _) => format!("_num({expr})"),
            ("boolean", _) => format!("_bool({expr})"),
            ("array", _) => {
                let v = format!("x{depth}");
                let item = schema.get("items").map_or(v.clone(), |i| read(i, &v, defs, depth + 1));
                if item == v { format!("list(_list({expr}))") } else { format!("[{item} for {v} in _list({expr})]") }
            }
            ("object", _) => match schema.get("additionalProperties").filter(|a| a.is_object()) {
                Some(values) => {
                    let v = format!("x{depth}");
                    let item = read(values, &v, defs, depth + 1);
                    format!("{{_str(k{depth}): {item} for k{depth}, {v} in _dict({expr}).items()}}")
                }
                None => format!("dict(_dict({expr}))"),
            },
            _ => expr.to_string(),
        },
        _ => expr.to_string(),
    }
}
