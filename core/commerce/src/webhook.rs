//! Verifying that a carrier or platform webhook really comes from its sender: the raw body, the
//! signature header and the shared secret give "verified" or a typed error. Pure: the caller
//! passes the bytes it received and the current time.
//!
//! | source | header | signed text | encoding |
//! |---|---|---|---|
//! | AfterShip | `aftership-hmac-sha256` | the raw body | base64 |
//! | EasyPost | `X-Hmac-Signature` (`hmac-sha256-hex=…`) | the raw body; the secret NFKD-normalised | hex |
//! | Shippo | `Shippo-Auth-Signature` (`t=…,v1=…`) | `"{t}.{body}"`, `t` in Unix seconds within the tolerance | hex |
//! | Shopify | `X-Shopify-Hmac-Sha256` | the raw body | base64 |
//!
//! Every scheme is HMAC-SHA256, compared in constant time. Two (or more) secrets may be given
//! while a secret is being rotated; the request verifies if any of them signed it.

use base64::Engine as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, ErrorKind, Result};
use crate::tracking::CarrierSource;

/// How far a signed timestamp may be from `now`, by default (five minutes).
pub const DEFAULT_TOLERANCE_SECONDS: i64 = 300;

/// The longest tolerance accepted (a day): a replay window longer than that is no protection.
pub const MAX_TOLERANCE_SECONDS: i64 = 86_400;

/// The largest body verified (10 MiB); a bigger one is refused before any hashing.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

fn mismatch(why: &str) -> Error {
    Error::new(ErrorKind::WebhookSignatureMismatch, why.to_string())
}

/// The signature a header carries, decoded, and the text it signs.
fn parse(source: CarrierSource, header: &str, body: &[u8]) -> Result<(Vec<u8>, Vec<u8>, Option<i64>)> {
    let header = header.trim();
    let b64 = |s: &str| {
        base64::engine::general_purpose::STANDARD.decode(s).map_err(|_| mismatch("the signature is not base64"))
    };
    match source {
        CarrierSource::AfterShip | CarrierSource::Shopify => Ok((b64(header)?, body.to_vec(), None)),
        CarrierSource::EasyPost => {
            let hex = header.strip_prefix("hmac-sha256-hex=").ok_or_else(|| mismatch("expected hmac-sha256-hex=…"))?;
            Ok((decode_hex(hex)?, body.to_vec(), None))
        }
        CarrierSource::Shippo => {
            let (mut t, mut v1) = (None, None);
            for part in header.split(',') {
                match part.trim().split_once('=') {
                    Some(("t", v)) if t.is_none() => t = Some(v),
                    Some(("v1", v)) if v1.is_none() => v1 = Some(v),
                    _ => {}
                }
            }
            let (Some(t), Some(v1)) = (t, v1) else { return Err(mismatch("expected t=…,v1=…")) };
            let seconds: i64 = t.parse().map_err(|_| mismatch("the timestamp is not a number"))?;
            let mut signed = Vec::with_capacity(t.len().saturating_add(body.len()).saturating_add(1));
            signed.extend_from_slice(t.as_bytes());
            signed.push(b'.');
            signed.extend_from_slice(body);
            Ok((decode_hex(v1)?, signed, Some(seconds)))
        }
    }
}

fn decode_hex(s: &str) -> Result<Vec<u8>> {
    if s.len() % 2 != 0 {
        return Err(mismatch("the signature is not hex"));
    }
    let digit = |c: u8| char::from(c).to_digit(16).and_then(|d| u8::try_from(d).ok());
    s.as_bytes()
        .chunks_exact(2)
        .map(|p| match (p.first().copied().and_then(digit), p.get(1).copied().and_then(digit)) {
            (Some(h), Some(l)) => Ok(h << 4 | l),
            _ => Err(mismatch("the signature is not hex")),
        })
        .collect()
}

/// Verifies a webhook: `body` exactly as received (before any JSON parsing), `signature` the
/// value of the source's signature header, `secrets` the shared secret (two while rotating),
/// `now` the current time and `tolerance_seconds` how old a signed timestamp may be (Shippo).
///
/// ```
/// use postpurchase::webhook::{sign_for_tests, verify_webhook};
/// use postpurchase::CarrierSource;
/// let now = chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap();
/// let body = br#"{"msg": {"tag": "Delivered"}}"#;
/// let header = sign_for_tests(CarrierSource::AfterShip, body, "s3cret", now);
/// verify_webhook(CarrierSource::AfterShip, body, &header, &["s3cret"], now, 300)?;
/// let err = verify_webhook(CarrierSource::AfterShip, b"{}", &header, &["s3cret"], now, 300).unwrap_err();
/// assert_eq!(err.code(), "webhook.signature_mismatch");
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// # Errors
/// [`ErrorKind::WebhookSignatureMismatch`] for a malformed header or a signature none of the
/// secrets made; [`ErrorKind::WebhookStaleTimestamp`] for a signed time outside the tolerance;
/// [`ErrorKind::InvalidInput`] for no (or an empty) secret, a body over [`MAX_BODY_BYTES`] or a
/// tolerance outside 0 to [`MAX_TOLERANCE_SECONDS`].
pub fn verify_webhook(
    source: CarrierSource,
    body: &[u8],
    signature: &str,
    secrets: &[&str],
    now: DateTime<Utc>,
    tolerance_seconds: i64,
) -> Result<()> {
    if secrets.is_empty() || secrets.iter().any(|s| s.is_empty()) {
        return Err(Error::new(ErrorKind::InvalidInput, "at least one non-empty secret is needed"));
    }
    if body.len() > MAX_BODY_BYTES {
        return Err(Error::new(ErrorKind::InvalidInput, "the body is larger than 10 MiB").with("bytes", body.len()));
    }
    if !(0..=MAX_TOLERANCE_SECONDS).contains(&tolerance_seconds) {
        return Err(Error::new(ErrorKind::InvalidInput, "the tolerance must be 0 to 86400 seconds"));
    }
    let (given, signed, timestamp) = parse(source, signature, body)?;
    let verified = secrets.iter().any(|secret| {
        let key = key(source, secret);
        Hmac::<Sha256>::new_from_slice(&key).is_ok_and(|mut mac| {
            mac.update(&signed);
            mac.verify_slice(&given).is_ok()
        })
    });
    if !verified {
        return Err(mismatch("no secret made this signature"));
    }
    if let Some(t) = timestamp {
        let age = now.timestamp().checked_sub(t).map(i64::unsigned_abs);
        if age.is_none_or(|a| a > tolerance_seconds.unsigned_abs()) {
            return Err(Error::new(ErrorKind::WebhookStaleTimestamp, "the signed timestamp is outside the tolerance")
                .with("timestamp", t)
                .with("now", now.timestamp()));
        }
    }
    Ok(())
}

fn key(source: CarrierSource, secret: &str) -> Vec<u8> {
    match source {
        // EasyPost signs with the NFKD form of the secret
        CarrierSource::EasyPost => secret.nfkd().collect::<String>().into_bytes(),
        _ => secret.as_bytes().to_vec(),
    }
}

/// The header value `source` would send for `body` signed with `secret` at `now`: for tests and
/// for hosts that relay webhooks to themselves.
pub fn sign_for_tests(source: CarrierSource, body: &[u8], secret: &str, now: DateTime<Utc>) -> String {
    let mac = |signed: &[u8]| -> Vec<u8> {
        match Hmac::<Sha256>::new_from_slice(&key(source, secret)) {
            Ok(mut m) => {
                m.update(signed);
                m.finalize().into_bytes().to_vec()
            }
            Err(_) => Vec::new(),
        }
    };
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    match source {
        CarrierSource::AfterShip | CarrierSource::Shopify => {
            base64::engine::general_purpose::STANDARD.encode(mac(body))
        }
        CarrierSource::EasyPost => format!("hmac-sha256-hex={}", hex(&mac(body))),
        CarrierSource::Shippo => {
            let t = now.timestamp().to_string();
            let mut signed = t.clone().into_bytes();
            signed.push(b'.');
            signed.extend_from_slice(body);
            format!("t={t},v1={}", hex(&mac(&signed)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_sha256_matches_rfc_4231_test_case_2() {
        // key "Jefe", data "what do ya want for nothing?"
        let mut m = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
        m.update(b"what do ya want for nothing?");
        let hex: String = m.finalize().into_bytes().iter().map(|x| format!("{x:02x}")).collect();
        assert_eq!(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
