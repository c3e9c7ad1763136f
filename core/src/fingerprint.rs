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

const PREFIX: &str = "sha256:";

/// A command's fingerprint, computed once and compared with stored ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// The canonical text (nulls dropped, keys sorted).
    text: String,
    hashed: String,
}

fn tagged(tag: &str, json: String) -> String {
    if tag.is_empty() { json } else { format!("{tag}:{json}") }
}

fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut hashed = String::with_capacity(PREFIX.len().saturating_add(64));
    hashed.push_str(PREFIX);
    for b in digest {
        for nibble in [b >> 4, b & 0x0f] {
            hashed.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
        }
    }
    hashed
}

/// Drops every `null` member of every object and orders members by key, at any depth (array
/// items keep their order: positions carry meaning). Sorting is explicit, so the form does not
/// depend on whether some crate in the build enables `serde_json/preserve_order`.
fn canonicalise(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.retain(|_, x| !x.is_null());
            // in place: a no-op for the default sorted map, a sort under `preserve_order`
            map.sort_keys();
            map.values_mut().for_each(canonicalise);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(canonicalise),
        _ => {}
    }
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
        Fingerprint { hashed: sha256_hex(&text), text }
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
        let Ok(mut value) = serde_json::to_value(command) else {
            return Fingerprint::of_text(tagged(tag, String::new()));
        };
        canonicalise(&mut value);
        Fingerprint::of_text(tagged(tag, serde_json::to_string(&value).unwrap_or_default()))
    }

    /// The form events store.
    pub fn as_stored(&self) -> &str {
        &self.hashed
    }

    /// Whether a stored fingerprint (hashed, or the plain text older versions stored) is this one.
    pub fn matches(&self, stored: &str) -> bool {
        if stored.starts_with(PREFIX) { stored == self.hashed } else { stored == self.text }
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
        if stored.starts_with(PREFIX) { sha256_hex(&legacy) == stored } else { legacy == stored }
    }
}
