//! Who sent a delivery, and which one it is: the signature check and the delivery's id, from the
//! headers the platform sends.
//!
//! | platform | signature header | signed text | delivery id | topic |
//! |---|---|---|---|---|
//! | Shopify | `X-Shopify-Hmac-Sha256` | the raw body, base64 HMAC-SHA256 | `X-Shopify-Event-Id` (else `X-Shopify-Webhook-Id`) | `X-Shopify-Topic` |
//! | WooCommerce | `X-WC-Webhook-Signature` | the raw body, base64 HMAC-SHA256 | `X-WC-Webhook-Delivery-ID` | `X-WC-Webhook-Topic` |
//!
//! Medusa's events are not webhooks: they reach a plugin's subscriber inside the Medusa process,
//! so there is nothing to verify.

use chrono::{DateTime, Utc};
use postpurchase_commerce::tracking::CarrierSource;
use postpurchase_commerce::webhook::verify_webhook;
use postpurchase_kernel::error::{Error, ErrorKind, Result};

/// A platform a shop runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Platform {
    /// Shopify (REST webhook bodies).
    Shopify,
    /// WooCommerce (REST v3 order bodies).
    WooCommerce,
    /// Medusa v2 (the documents its events refer to).
    Medusa,
}

impl Platform {
    /// Parses `shopify`, `woocommerce` or `medusa` (case ignored).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for another name.
    pub fn parse(name: &str) -> Result<Platform> {
        match name.trim().to_ascii_lowercase().as_str() {
            "shopify" => Ok(Platform::Shopify),
            "woocommerce" | "woo" => Ok(Platform::WooCommerce),
            "medusa" => Ok(Platform::Medusa),
            _ => Err(Error::new(ErrorKind::InvalidInput, "the platforms are shopify, woocommerce and medusa")
                .with("platform", name)),
        }
    }

    /// The name used in keys (`shopify`, `woocommerce`, `medusa`).
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Shopify => "shopify",
            Platform::WooCommerce => "woocommerce",
            Platform::Medusa => "medusa",
        }
    }
}

/// A verified delivery: its platform, its id (for the host's inbox) and its topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    /// Who sent it.
    pub platform: Platform,
    /// The delivery's id: the same for every retry of one event, so the inbox records it once.
    pub id: String,
    /// What happened (`orders/create`, `order.updated`).
    pub topic: String,
    /// When the platform says the event happened (Shopify's `X-Shopify-Triggered-At`): the time
    /// of a body that carries none of its own (Shopify's `returns/*`).
    pub triggered_at: Option<DateTime<Utc>>,
}

/// A header's value by its name, case ignored.
fn header<'a>(headers: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k.trim().eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()).filter(|v| !v.is_empty())
}

fn missing(name: &str) -> Error {
    Error::new(ErrorKind::InvalidInput, format!("the `{name}` header is missing")).with("header", name)
}

/// Verifies a delivery's signature over its raw body with any of `secrets` (two during a
/// rotation), and reads its id and topic.
///
/// # Errors
/// [`ErrorKind::PlatformPayloadTooLarge`] for a body over [`MAX_BODY_BYTES`];
/// [`ErrorKind::WebhookSignatureMismatch`] when no secret made the signature (or the header is
/// missing or malformed); [`ErrorKind::InvalidInput`] for no secret, a missing id or topic, or
/// Medusa (whose events are not webhooks).
pub fn verify(platform: Platform, headers: &[(&str, &str)], body: &[u8], secrets: &[&str]) -> Result<Delivery> {
    crate::body::check_size(body)?;
    let (signature, id, topic) = match platform {
        Platform::Shopify => (
            "X-Shopify-Hmac-Sha256",
            header(headers, "X-Shopify-Event-Id").or_else(|| header(headers, "X-Shopify-Webhook-Id")),
            header(headers, "X-Shopify-Topic"),
        ),
        Platform::WooCommerce => (
            "X-WC-Webhook-Signature",
            header(headers, "X-WC-Webhook-Delivery-ID"),
            header(headers, "X-WC-Webhook-Topic"),
        ),
        Platform::Medusa => {
            return Err(Error::new(
                ErrorKind::InvalidInput,
                "Medusa's events reach a subscriber in its own process; there is no webhook to verify",
            ));
        }
    };
    let given = header(headers, signature)
        .ok_or_else(|| Error::new(ErrorKind::WebhookSignatureMismatch, format!("no `{signature}` header")))?;
    // both platforms sign as Shopify does: base64 HMAC-SHA256 of the raw body, no timestamp
    verify_webhook(CarrierSource::Shopify, body, given, secrets, DateTime::UNIX_EPOCH, 0)?;
    let id = id.ok_or_else(|| {
        missing(if platform == Platform::Shopify { "X-Shopify-Event-Id" } else { "X-WC-Webhook-Delivery-ID" })
    })?;
    let topic = topic
        .ok_or_else(|| missing(if platform == Platform::Shopify { "X-Shopify-Topic" } else { "X-WC-Webhook-Topic" }))?;
    let triggered_at = match header(headers, "X-Shopify-Triggered-At").filter(|_| platform == Platform::Shopify) {
        Some(t) => Some(DateTime::parse_from_rfc3339(t).map(|t| t.with_timezone(&Utc)).map_err(|_| {
            Error::new(ErrorKind::InvalidInput, "the `X-Shopify-Triggered-At` header is not an RFC 3339 time")
                .with("header", "X-Shopify-Triggered-At")
        })?),
        None => None,
    };
    Ok(Delivery { platform, id: id.to_string(), topic: topic.to_string(), triggered_at })
}
