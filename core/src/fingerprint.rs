//! Idempotency fingerprints: what a command said, kept with its key so a retry can be told from a
//! different command sent under the same key.
//!
//! A fingerprint is `sha256:` followed by the hex SHA-256 of the command's canonical text (its JSON
//! form, with a tag for commands of different families). Events store the 71-character hash rather
//! than the whole command, so a 50-line order's events do not each carry the order again. Events
//! written before hashing stored the text itself; [`Fingerprint::matches`] accepts both forms, so a
//! retry of a command recorded by an older version is still recognised.

use sha2::{Digest, Sha256};

const PREFIX: &str = "sha256:";

/// A command's fingerprint, computed once and compared with stored ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    text: String,
    hashed: String,
}

impl Fingerprint {
    /// The fingerprint of a command's canonical text.
    ///
    /// ```
    /// use postpurchase::fingerprint::Fingerprint;
    /// let f = Fingerprint::of_text("{\"type\":\"confirm\"}".to_string());
    /// assert!(f.as_stored().starts_with("sha256:") && f.as_stored().len() == 71);
    /// assert!(f.matches(f.as_stored()) && f.matches("{\"type\":\"confirm\"}"));
    /// assert!(!f.matches("{\"type\":\"cancel\"}"));
    /// ```
    pub fn of_text(text: String) -> Fingerprint {
        let digest = Sha256::digest(text.as_bytes());
        let mut hashed = String::with_capacity(PREFIX.len().saturating_add(64));
        hashed.push_str(PREFIX);
        for b in digest {
            for nibble in [b >> 4, b & 0x0f] {
                hashed.push(char::from_digit(u32::from(nibble), 16).unwrap_or('0'));
            }
        }
        Fingerprint { text, hashed }
    }

    /// The fingerprint of a serialisable command, under a `tag` that separates command families
    /// (an empty tag for the family's main command type).
    pub fn of<T: serde::Serialize>(tag: &str, command: &T) -> Fingerprint {
        let json = serde_json::to_string(command).unwrap_or_default();
        Fingerprint::of_text(if tag.is_empty() { json } else { format!("{tag}:{json}") })
    }

    /// The form events store.
    pub fn as_stored(&self) -> &str {
        &self.hashed
    }

    /// Whether a stored fingerprint (hashed, or the plain text older versions stored) is this one.
    pub fn matches(&self, stored: &str) -> bool {
        if stored.starts_with(PREFIX) { stored == self.hashed } else { stored == self.text }
    }
}
