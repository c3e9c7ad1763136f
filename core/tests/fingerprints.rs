//! Idempotency fingerprints are hashes of a canonical form: absent optional fields are skipped,
//! so a command recorded by an older version (or sent by an older client) is still recognised
//! as a retry, whichever form its fingerprint was stored in.

use chrono::{TimeZone, Utc};
use postpurchase::fingerprint::Fingerprint;
use postpurchase::*;
use sha2::{Digest, Sha256};

fn shipment_command() -> OrderCommand {
    OrderCommand::CreateShipment {
        shipment: NewShipment {
            id: ShipmentId::new("s-1").unwrap(),
            lines: vec![LineQuantity { line: LineId::new("l-1").unwrap(), quantity: 1 }],
            carrier: "ups".into(),
            tracking_number: None,
            promised_by: None,
            route: Route::Domestic,
        },
    }
}

#[test]
fn absent_and_null_optional_fields_give_the_same_fingerprint() {
    let cmd = shipment_command();
    let full = serde_json::to_value(&cmd).unwrap();
    assert!(full.to_string().contains("\"tracking_number\":null"), "{full}");
    // the same command as a client that never heard of the optional fields sends it
    let mut sparse = full.clone();
    let s = sparse.get_mut("shipment").and_then(|v| v.as_object_mut()).unwrap();
    s.remove("tracking_number");
    s.remove("promised_by");
    let parsed: OrderCommand = serde_json::from_value(sparse.clone()).unwrap();
    assert_eq!(Fingerprint::of("", &parsed).as_stored(), Fingerprint::of("", &cmd).as_stored());
    assert_eq!(Fingerprint::of("", &sparse).as_stored(), Fingerprint::of("", &cmd).as_stored());
    // a real difference still shows
    let mut other = full;
    other["shipment"]["carrier"] = "dhl".into();
    assert_ne!(Fingerprint::of("", &other).as_stored(), Fingerprint::of("", &cmd).as_stored());
}

#[test]
fn fingerprints_stored_by_older_versions_still_match() {
    let cmd = shipment_command();
    let old_text = serde_json::to_string(&cmd).unwrap();
    let old_hash = format!("sha256:{:x}", Sha256::digest(old_text.as_bytes()));
    let f = Fingerprint::of("", &cmd);
    assert_ne!(f.as_stored(), old_hash, "the canonical form drops the nulls");
    assert!(!f.matches(&old_hash), "the fast check knows only the canonical forms");
    assert!(f.matches_command(&old_hash, "", &cmd), "hash of the JSON with nulls (the previous release)");
    assert!(f.matches_command(&old_text, "", &cmd), "the plain text (the release before)");
    let confirm = OrderCommand::Confirm;
    assert!(!Fingerprint::of("", &confirm).matches_command(&old_hash, "", &confirm));
}

#[test]
fn a_retry_of_a_command_recorded_by_an_older_version_is_a_no_op() {
    let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
    let meta = |k: &str| CommandMeta::new(IdempotencyKey::new(k).unwrap(), now);
    let new = NewOrder::builder(
        OrderId::new("o-1").unwrap(),
        CustomerId::new("c-1").unwrap(),
        Currency::from_code("USD").unwrap(),
        now,
    )
    .line(NewLine::new(
        LineId::new("l-1").unwrap(),
        Sku::new("S").unwrap(),
        "T",
        1,
        Money::parse("5.00", "USD").unwrap(),
    ))
    .build();
    let mut events = Order::place(new, &meta("place")).unwrap();
    let mut order = Order::from_events(&events).unwrap();
    let cmd = shipment_command();
    let mut shipped = order.decide(&cmd, &meta("ship")).unwrap();
    // as the previous release stored it: the hash of the JSON with its nulls
    let old_hash = format!("sha256:{:x}", Sha256::digest(serde_json::to_string(&cmd).unwrap().as_bytes()));
    for e in &mut shipped {
        e.fingerprint = old_hash.as_str().into();
    }
    events.extend(shipped);
    order = Order::from_events(&events).unwrap();
    let version = order.version();
    assert_eq!(order.handle(&cmd, &meta("ship")).unwrap(), vec![]);
    assert_eq!(order.version(), version);
    let other = OrderCommand::Cancel { reason: "changed mind".into() };
    assert_eq!(order.handle(&other, &meta("ship")).unwrap_err().code(), "command.idempotency_conflict");
}
