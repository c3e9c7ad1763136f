//! The Python exception classes (`postpurchase/errors.py`), one per core error kind, generated
//! from the core's one list of kinds (`for_each_error_kind!`) with its doc comments, so no binding
//! keeps its own list. Node's `ErrorCode` union and Kotlin/Swift's exception variants are expanded
//! from the same list by the binding crates' macros.

use std::fmt::Write as _;

use postpurchase::ErrorKind;

/// (kind, code, documentation) for every kind, in declaration order.
macro_rules! kinds_with_docs {
    ($($(#[doc = $doc:literal])* $kind:ident => $code:literal in $cat:ident,)+) => {
        vec![$((stringify!($kind), $code, concat!($($doc, "\n",)*)),)+]
    };
}

fn kinds() -> Vec<(&'static str, &'static str, &'static str)> {
    postpurchase::for_each_error_kind!(kinds_with_docs)
}

/// The Python class of a kind: `<Kind>Error`, but `money.overflow` is `MoneyOverflowError`
/// (Python has an `OverflowError` of its own). Only this generator names the classes: the native
/// module raises by code, and `BY_CODE` finds the class.
fn class_name(kind: &str) -> String {
    if kind == "Overflow" { "MoneyOverflowError".to_string() } else { format!("{kind}Error") }
}

/// A rustdoc comment as reStructuredText: intra-doc links and code spans become literals.
fn rst(doc: &str) -> String {
    let text = doc.lines().map(str::trim).collect::<Vec<_>>().join(" ").trim().to_string();
    text.replace("[`", "`").replace("`]", "`").replace('`', "``")
}

const HEAD: &str = r#""""Exceptions: one class per core error kind, rooted at :class:`PostPurchaseError`.

Input errors also subclass :class:`ValueError`. Every exception carries the stable ``code`` and
its ``category`` (``input``, ``not_found``, ``conflict``, ``refused``, ``data``, ``security``,
``failure``), which says what the caller can do about it.
Generated from the core's one list of error kinds by core/gen, do not edit.
"""

from __future__ import annotations

from typing import Dict, List, Tuple, Type


class PostPurchaseError(Exception):
    """Base of every postpurchase error."""

    code: str = ""
    #: what kind of trouble it is: input, not_found, conflict, refused, data, security or failure
    category: str = ""

    def __init__(self, message: str, code: str = "", details: Dict[str, str] | None = None, problems: List[Tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.code = code or type(self).code
        self.details: Dict[str, str] = dict(details or {})
        self.problems: List[Tuple[str, str]] = list(problems or [])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={str(self)!r})"


"#;

/// `errors.py`.
pub fn generate() -> String {
    let mut out = String::from(HEAD);
    let mut names = Vec::new();
    for (kind, code, doc) in kinds() {
        let name = class_name(kind);
        let known = ErrorKind::from_code(code);
        let input = known.is_some_and(ErrorKind::is_input);
        let category = known.map_or("failure", |k| k.category().name());
        let bases = if input { "PostPurchaseError, ValueError" } else { "PostPurchaseError" };
        let _ = writeln!(
            out,
            "class {name}({bases}):\n    \"\"\"``{code}``: {}\"\"\"\n\n    code = \"{code}\"\n    category = \"{category}\"\n\n",
            rst(doc)
        );
        if kind == "InvalidInput" {
            out.push_str(
                "class InvalidTypeError(InvalidInputError, TypeError):\n    \"\"\"``input.invalid`` for an argument of the wrong type: a ``PostPurchaseError`` that is also\n    the ``TypeError`` Python code expects.\"\"\"\n\n    code = \"input.invalid\"\n\n\n",
            );
        }
        names.push(name);
    }
    out.push_str(
        "#: class name -> class, for every core error kind\nCLASSES: Dict[str, Type[PostPurchaseError]] = {\n",
    );
    for n in &names {
        let _ = writeln!(out, "    \"{n}\": {n},");
    }
    out.push_str("}\n\n#: stable code -> class, for every core error kind (how a native error finds its class)\nBY_CODE: Dict[str, Type[PostPurchaseError]] = {cls.code: cls for cls in CLASSES.values()}\n\n");
    let all: Vec<String> = ["PostPurchaseError", "CLASSES", "BY_CODE", "InvalidTypeError"]
        .iter()
        .map(|s| (*s).to_string())
        .chain(names)
        .map(|n| format!("\"{n}\""))
        .collect();
    let _ = writeln!(out, "__all__ = [{}]", all.join(", "));
    out
}
