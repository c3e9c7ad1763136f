//! Carrier codes, scans and delay detection.
use chrono::Utc;
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase as pp;

use crate::args::{contract_doc, js, opt_time, strings, text, time};
use crate::document::Document;

/// Maps an AfterShip, EasyPost, Shippo or Shopify status code to the normalised status.
/// An unknown code keeps its text and has no status.
#[napi(ts_return_type = "MappedStatus")]
pub fn map_status(
    #[napi(ts_arg_type = "CarrierSource")] source: Unknown<'_>,
    #[napi(ts_arg_type = "string")] code: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| {
        let src = pp::CarrierSource::parse(&text(&source, "source")?).map_err(js)?;
        Document::of(&pp::map_carrier_status(src, &text(&code, "code")?), "mapped status")
    })
}

/// Verifies that a webhook comes from `source` (`aftership`, `easypost`, `shippo`, `shopify`):
/// `body` the raw request body (a Buffer, or the exact text), `signature` the value of the
/// source's signature header, `secrets` one secret or two while rotating, `now` the current time
/// (default: the clock) and `toleranceSeconds` for signed timestamps (default 300). Returns
/// nothing when verified; throws `webhook.signature_mismatch` or `webhook.stale_timestamp`.
#[napi]
pub fn verify_webhook(
    #[napi(ts_arg_type = "CarrierSource")] source: Unknown<'_>,
    #[napi(ts_arg_type = "Uint8Array | string")] body: Either<Uint8Array, Unknown<'_>>,
    #[napi(ts_arg_type = "string")] signature: Unknown<'_>,
    #[napi(ts_arg_type = "string | string[]")] secrets: Unknown<'_>,
    #[napi(ts_arg_type = "Date | string | null | undefined")] now: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "number | null | undefined")] tolerance_seconds: Option<Unknown<'_>>,
) -> Result<(), String> {
    crate::guard(|| {
        let src = pp::CarrierSource::parse(&text(&source, "source")?).map_err(js)?;
        let bytes: Vec<u8> = match &body {
            Either::A(b) => b.to_vec(),
            Either::B(t) => text(t, "body")?.into_bytes(),
        };
        let keys: Vec<String> = if secrets.is_array().unwrap_or(false) {
            strings(&secrets, "secrets")?
        } else {
            vec![text(&secrets, "secrets")?]
        };
        let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        let now = opt_time(now, "now")?.unwrap_or_else(Utc::now);
        let tolerance = match tolerance_seconds {
            Some(v) if !matches!(v.get_type(), Ok(napi::ValueType::Undefined | napi::ValueType::Null)) => {
                let n = crate::args::number(&v, "toleranceSeconds")?;
                if n.fract() != 0.0 || !(0.0..=86_400.0).contains(&n) {
                    return Err(crate::args::invalid(
                        "toleranceSeconds",
                        "must be a whole number of seconds, 0 to 86400",
                    ));
                }
                n as i64
            }
            _ => pp::webhook::DEFAULT_TOLERANCE_SECONDS,
        };
        pp::webhook::verify_webhook(src, &bytes, &text(&signature, "signature")?, &keys, now, tolerance).map_err(js)
    })
}

/// The merchant status from scans (`{occurred_at, status, delayed?}` objects or their JSON), in any
/// arrival order; it never moves backwards.
#[napi(ts_return_type = "TrackingStatus")]
pub fn merchant_status(
    env: Env,
    #[napi(ts_arg_type = "string | Array<Input<CarrierEvent>>")] scans: Unknown<'_>,
) -> Result<Document, String> {
    crate::guard(|| {
        let events: Vec<pp::CarrierEvent> = contract_doc(&env, &scans, "scans")?;
        Document::of(&pp::merchant_status(&events), "status")
    })
}

/// Late, stalled and presumed-lost detection at `now` under the shop's `thresholds` (the
/// defaults when absent).
#[napi(ts_return_type = "DelayAssessment")]
pub fn assess_delay(
    env: Env,
    #[napi(ts_arg_type = "string | Array<Input<CarrierEvent>>")] scans: Unknown<'_>,
    #[napi(ts_arg_type = "Date | string")] shipped_at: Unknown<'_>,
    #[napi(ts_arg_type = "Date | string | null | undefined")] promised_by: Option<Unknown<'_>>,
    #[napi(ts_arg_type = "'domestic' | 'international'")] route: Unknown<'_>,
    #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
    #[napi(ts_arg_type = "Input<DelayThresholds> | null")] thresholds: Option<Unknown<'_>>,
) -> Result<Document, String> {
    crate::guard(|| {
        let th = crate::args::thresholds(&env, thresholds, "thresholds")?;
        let events: Vec<pp::CarrierEvent> = contract_doc(&env, &scans, "scans")?;
        let route: pp::Route = serde_json::from_value(serde_json::Value::String(text(&route, "route")?))
            .map_err(|_| crate::args::invalid("route", "must be 'domestic' or 'international'"))?;
        let assessment = pp::assess_delay(
            &events,
            time(&shipped_at, "shippedAt")?,
            opt_time(promised_by, "promisedBy")?,
            route,
            time(&now, "now")?,
            &th,
        );
        Document::of(&assessment, "assessment")
    })
}
