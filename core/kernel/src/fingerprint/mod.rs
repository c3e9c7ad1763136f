//! Idempotency fingerprints: what a command said, kept with its key so a retry can be told from a
//! different command sent under the same key.
//!
//! A fingerprint is `sha256:` followed by the hex SHA-256 of the command's canonical text: its JSON
//! form with object keys sorted and every `null` dropped, so an optional field that is absent (or
//! added by a later version and left at `None`) does not change the fingerprint, with a tag for
//! commands of different families. Events store the 71-character hash rather than the whole
//! command, so a 50-line order's events do not each carry the order again.
//!
//! Older versions stored the hash of the JSON with its nulls, or before that the text itself;
//! [`Fingerprint::matches_command`] accepts all three, so a retry of a command recorded by an older
//! version is still recognised.
//!
//! A new optional field on a command must therefore be an `Option` that is `None` by default: a
//! field whose default serialises to anything but `null` changes the fingerprints of old commands.

use sha2::{Digest, Sha256};

mod canonical;

const PREFIX: &str = "sha256:";

/// A command's fingerprint, computed once and compared with stored ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// `sha256:` and the hex hash of the canonical text (the text itself is not kept: a stored
    /// plain text is compared by its hash).
    hashed: String,
}

fn tagged(tag: &str, json: String) -> String {
    if tag.is_empty() { json } else { format!("{tag}:{json}") }
}

fn sha256_hex(text: &[u8]) -> String {
    let digest = Sha256::digest(text);
    let mut hashed = String::with_capacity(PREFIX.len().saturating_add(64));
    hashed.push_str(PREFIX);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in digest {
        for nibble in [b >> 4, b & 0x0f] {
            hashed.push(char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0')));
        }
    }
    hashed
}

impl Fingerprint {
    /// The fingerprint of a canonical text.
    ///
    /// ```
    /// use postpurchase::fingerprint::Fingerprint;
    /// let f = Fingerprint::of_text("{\"type\":\"confirm\"}".to_string());
    /// assert!(f.as_stored().starts_with("sha256:") && f.as_stored().len() == 71);
    /// assert!(f.matches(f.as_stored()) && f.matches("{\"type\":\"confirm\"}"));
    /// assert!(!f.matches("{\"type\":\"cancel\"}"));
    /// ```
    pub fn of_text(text: String) -> Fingerprint {
        Fingerprint { hashed: sha256_hex(text.as_bytes()) }
    }

    /// The fingerprint of a serialisable command, under a `tag` that separates command families
    /// (an empty tag for the family's main command type).
    ///
    /// ```
    /// use postpurchase::fingerprint::Fingerprint;
    /// #[derive(serde::Serialize)]
    /// struct V1 { order: String }
    /// #[derive(serde::Serialize)]
    /// struct V2 { order: String, note: Option<String> }
    /// let old = Fingerprint::of("", &V1 { order: "o-1".into() });
    /// let new = Fingerprint::of("", &V2 { order: "o-1".into(), note: None });
    /// assert_eq!(old.as_stored(), new.as_stored());
    /// ```
    pub fn of<T: serde::Serialize>(tag: &str, command: &T) -> Fingerprint {
        match canonical::with_text(tag, command, sha256_hex) {
            Some(hashed) => Fingerprint { hashed },
            // no canonical form (a map keyed by something other than text): the tag alone
            None => Fingerprint::of_text(tagged(tag, String::new())),
        }
    }

    /// The form events store.
    pub fn as_stored(&self) -> &str {
        &self.hashed
    }

    /// The form events store, taken out.
    pub fn into_stored(self) -> String {
        self.hashed
    }

    /// Whether a stored fingerprint (hashed, or the plain text older versions stored) is this one.
    pub fn matches(&self, stored: &str) -> bool {
        if stored.starts_with(PREFIX) { stored == self.hashed } else { sha256_hex(stored.as_bytes()) == self.hashed }
    }

    /// Whether a stored fingerprint is this command's in any form a release wrote: the canonical
    /// hash, the hash of the JSON with its nulls in field order (the previous release), or that
    /// text itself (the one before). The older forms are computed only when the first does not
    /// match, which happens only on a retry.
    pub fn matches_command<T: serde::Serialize>(&self, stored: &str, tag: &str, command: &T) -> bool {
        if self.matches(stored) {
            return true;
        }
        let legacy = tagged(tag, serde_json::to_string(command).unwrap_or_default());
        if stored.starts_with(PREFIX) { sha256_hex(legacy.as_bytes()) == stored } else { legacy == stored }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The form the canonical text is defined by: a value tree with nulls dropped and members
    /// sorted, printed.
    fn through_value_tree<T: serde::Serialize>(v: &T) -> Option<String> {
        fn canonicalise(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(map) => {
                    map.retain(|_, x| !x.is_null());
                    map.sort_keys();
                    map.values_mut().for_each(canonicalise);
                }
                serde_json::Value::Array(items) => items.iter_mut().for_each(canonicalise),
                _ => {}
            }
        }
        let mut value = serde_json::to_value(v).ok()?;
        canonicalise(&mut value);
        serde_json::to_string(&value).ok()
    }

    fn one_pass<T: serde::Serialize>(v: &T) -> Option<String> {
        canonical::with_text("", v, |t| String::from_utf8(t.to_vec()).ok())?
    }

    fn json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            (-1e300f64..1e300).prop_map(serde_json::Value::from),
            "[a-c\\\"é\\u{0}\\n ]{0,4}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::Array),
                prop::collection::vec(("[a-c\\\"_é]{0,3}", inner), 0..6)
                    .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn one_pass_text_equals_the_value_tree_form(v in json()) {
            prop_assert_eq!(one_pass(&v), through_value_tree(&v));
        }
    }

    #[derive(serde::Serialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Shapes {
        Plain { zeta: Option<u8>, alpha: Vec<Option<u8>>, mid: std::collections::HashMap<u32, &'static str> },
        Wrapped(Inner),
    }

    #[derive(serde::Serialize)]
    struct Inner {
        b: f32,
        a: (i128, char, ()),
        #[serde(flatten)]
        rest: std::collections::BTreeMap<String, Option<String>>,
        e: External,
        n: Newtype,
    }

    #[derive(serde::Serialize)]
    enum External {
        Tuple(u8, Option<u8>),
        Struct { y: u8, x: Option<u8> },
        New(Option<u8>),
        Unit,
    }

    #[derive(serde::Serialize)]
    struct Newtype(Vec<External>);

    #[test]
    fn every_serde_shape_prints_as_the_value_tree_does() {
        let shapes = [
            Shapes::Plain { zeta: None, alpha: vec![None, Some(3)], mid: [(10, "x"), (2, "y")].into_iter().collect() },
            Shapes::Wrapped(Inner {
                b: 0.1,
                a: (-5, 'q', ()),
                rest: [("b".to_string(), None), ("zz".to_string(), Some("v".into()))].into_iter().collect(),
                e: External::Struct { y: 1, x: None },
                n: Newtype(vec![External::Tuple(1, None), External::New(None), External::New(Some(2)), External::Unit]),
            }),
        ];
        for s in &shapes {
            let text = one_pass(s);
            assert!(text.is_some());
            assert_eq!(text, through_value_tree(s));
        }
    }

    #[test]
    fn a_map_keyed_by_a_sequence_has_no_canonical_text_and_falls_back_to_the_tag() {
        let m: std::collections::BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into_iter().collect();
        assert!(one_pass(&m).is_none() && through_value_tree(&m).is_none());
        assert_eq!(Fingerprint::of("t", &m), Fingerprint::of_text("t:".to_string()));
    }
}
