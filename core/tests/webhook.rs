//! Webhook signatures: only the sender's secret makes a body count.
use chrono::{DateTime, Utc};
use postpurchase::CarrierSource;
use postpurchase::webhook::{sign_for_tests, verify_webhook};

const SOURCES: [CarrierSource; 4] =
    [CarrierSource::AfterShip, CarrierSource::EasyPost, CarrierSource::Shippo, CarrierSource::Shopify];

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap()
}

#[test]
fn a_signed_body_verifies_and_a_tampered_one_does_not() {
    let body = br#"{"id":"evt_1","status":"delivered"}"#;
    for source in SOURCES {
        let header = sign_for_tests(source, body, "whsec_one", at(1_700_000_000));
        verify_webhook(source, body, &header, &["whsec_one"], at(1_700_000_010), 300).unwrap();
        let tampered = br#"{"id":"evt_1","status":"delivered "}"#;
        let err = verify_webhook(source, tampered, &header, &["whsec_one"], at(1_700_000_010), 300).unwrap_err();
        assert_eq!(err.code(), "webhook.signature_mismatch", "{source:?}");
        let err = verify_webhook(source, body, &header, &["whsec_two"], at(1_700_000_010), 300).unwrap_err();
        assert_eq!(err.code(), "webhook.signature_mismatch", "{source:?}");
    }
}

#[test]
fn either_of_two_rotating_secrets_verifies() {
    let body = b"{}";
    for source in SOURCES {
        let header = sign_for_tests(source, body, "new-secret", at(1_700_000_000));
        verify_webhook(source, body, &header, &["old-secret", "new-secret"], at(1_700_000_000), 300).unwrap();
    }
}

#[test]
fn a_shippo_signature_outside_the_tolerance_is_stale_either_way() {
    let body = b"{}";
    let header = sign_for_tests(CarrierSource::Shippo, body, "k", at(1_700_000_000));
    for now in [1_700_000_301, 1_699_999_699] {
        let err = verify_webhook(CarrierSource::Shippo, body, &header, &["k"], at(now), 300).unwrap_err();
        assert_eq!(err.code(), "webhook.stale_timestamp", "{now}");
    }
    // a forged timestamp is a mismatch, not a fresh request
    let forged = header.replace("t=1700000000", "t=1700000299");
    let err = verify_webhook(CarrierSource::Shippo, body, &forged, &["k"], at(1_700_000_300), 300).unwrap_err();
    assert_eq!(err.code(), "webhook.signature_mismatch");
}

#[test]
fn malformed_headers_and_bad_arguments_are_typed_errors() {
    let now = at(1_700_000_000);
    for (source, header) in [
        (CarrierSource::AfterShip, "not base64!"),
        (CarrierSource::EasyPost, "sha1=abcd"),
        (CarrierSource::EasyPost, "hmac-sha256-hex=zz"),
        (CarrierSource::Shippo, "v1=abcd"),
        (CarrierSource::Shippo, "t=x,v1=abcd"),
        (CarrierSource::Shopify, ""),
    ] {
        let err = verify_webhook(source, b"{}", header, &["k"], now, 300).unwrap_err();
        assert_eq!(err.code(), "webhook.signature_mismatch", "{header}");
    }
    assert_eq!(verify_webhook(CarrierSource::Shopify, b"{}", "", &[], now, 300).unwrap_err().code(), "input.invalid");
    assert_eq!(verify_webhook(CarrierSource::Shopify, b"{}", "", &[""], now, 300).unwrap_err().code(), "input.invalid");
    assert_eq!(verify_webhook(CarrierSource::Shippo, b"{}", "", &["k"], now, -1).unwrap_err().code(), "input.invalid");
    let huge = vec![b' '; 10 * 1024 * 1024 + 1];
    assert_eq!(
        verify_webhook(CarrierSource::Shopify, &huge, "", &["k"], now, 300).unwrap_err().code(),
        "input.invalid"
    );
}

#[test]
fn easypost_normalises_the_secret_to_nfkd() {
    // "ﬁ" (U+FB01) is "fi" in NFKD: a secret typed either way verifies
    let body = b"{}";
    let header = sign_for_tests(CarrierSource::EasyPost, body, "\u{FB01}ne", at(0));
    verify_webhook(CarrierSource::EasyPost, body, &header, &["fine"], at(0), 300).unwrap();
}
