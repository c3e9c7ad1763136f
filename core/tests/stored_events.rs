//! Events stored by earlier versions load and replay to the same state.
//!
//! `fixtures/v1/` holds event streams written by the version that stored events without a
//! schema version (orders from the storefront example, plus scenarios that use every command)
//! and the state each replayed to then. They are never regenerated: a change that makes this
//! test fail breaks shops' stored history, and needs an upcaster, not new fixtures.

use std::collections::BTreeMap;

use postpurchase::loyalty::{Entry, Member};
use postpurchase::{CustomerId, Order, OrderEvent};
use serde_json::Value;

const ORDERS: [&str; 2] =
    [include_str!("fixtures/v1/storefront_orders.json"), include_str!("fixtures/v1/scenario_orders.json")];
const MEMBERS: [&str; 2] =
    [include_str!("fixtures/v1/storefront_members.json"), include_str!("fixtures/v1/scenario_members.json")];
const EXPECTED: &str = include_str!("fixtures/v1/expected_states.json");

fn states() -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for text in ORDERS {
        let streams: BTreeMap<String, Vec<OrderEvent>> = serde_json::from_str(text).unwrap();
        for (stream, events) in streams {
            let order = Order::from_events(&events).unwrap();
            out.insert(stream, serde_json::to_value(&order).unwrap());
        }
    }
    for text in MEMBERS {
        let streams: BTreeMap<String, Vec<Entry>> = serde_json::from_str(text).unwrap();
        for (stream, entries) in streams {
            let customer = CustomerId::new(stream.trim_start_matches("member-")).unwrap();
            let member = Member::from_entries(customer, &entries);
            let mut state = serde_json::to_value(&member).unwrap();
            // the entries are the input; the state is everything folded from them
            state.as_object_mut().unwrap().remove("entries");
            out.insert(stream, state);
        }
    }
    out
}

/// The one intended difference: v1 replayed a transit claim as opened at the earliest
/// representable time (shown as year -262143); a claim now opens at its event's time.
fn claims_open_at_their_event(want: &mut BTreeMap<String, Value>) {
    let mut opened: BTreeMap<(String, String), Value> = BTreeMap::new();
    for text in ORDERS {
        let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(text).unwrap();
        for (stream, events) in streams {
            for e in events.iter().filter(|e| e["change"]["change"]["kind"] == "claim_resolved") {
                let id = e["change"]["change"]["claim_id"].as_str().unwrap().to_string();
                opened.insert((stream.clone(), id), e["at"].clone());
            }
        }
    }
    for ((stream, id), at) in opened {
        let case = &mut want.get_mut(&stream).unwrap()["returns"][&id];
        assert_eq!(case["requested_at"], "-262143-01-01T00:00:00Z");
        case["requested_at"] = at;
    }
}

/// The second: lots now say whether an event award earned them (schema 3), which v1 knew only
/// from the rule text of the entry that created the lot (`award.…`).
fn lots_name_award_origin(want: &mut BTreeMap<String, Value>) {
    for text in MEMBERS {
        let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(text).unwrap();
        for (stream, entries) in streams {
            let awarded: Vec<u64> = entries
                .iter()
                .filter(|e| e["kind"]["kind"] == "earn" && e["rule"].as_str().unwrap().starts_with("award."))
                .map(|e| e["seq"].as_u64().unwrap())
                .collect();
            for lot in want.get_mut(&stream).unwrap()["lots"].as_array_mut().unwrap() {
                let award = awarded.contains(&lot["id"].as_u64().unwrap());
                lot.as_object_mut().unwrap().insert("award".into(), Value::Bool(award));
            }
        }
    }
}

#[test]
fn v1_streams_replay_to_the_state_they_had_when_stored() {
    let got = states();
    let mut want: BTreeMap<String, Value> = serde_json::from_str(EXPECTED).unwrap();
    claims_open_at_their_event(&mut want);
    lots_name_award_origin(&mut want);
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (stream, state) in &want {
        assert!(got.get(stream) == Some(state), "{stream} replays to a different state");
    }
}

#[test]
fn v1_earn_entries_are_upcast_to_what_the_earn_decided() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(MEMBERS[1]).unwrap();
    let raw = streams.values().flatten().find(|e| e["kind"]["kind"] == "earn" && !e["kind"]["lot"]["source"].is_null());
    let raw = raw.unwrap().clone();
    assert!(raw.get("schema_version").is_none(), "a v1 entry");
    let e: Entry = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(e.schema_version, postpurchase::loyalty::ENTRY_SCHEMA_VERSION);
    let postpurchase::loyalty::EntryKind::Earn { lot } = &e.kind else { panic!("{e:?}") };
    let old = &raw["kind"]["lot"];
    assert_eq!(old["id"], e.seq, "v1 lots were numbered by their entry");
    assert_eq!(serde_json::to_value(&lot.order).unwrap(), old["source"][0]);
    assert_eq!(serde_json::to_value(&lot.line).unwrap(), old["source"][1]);
    assert_eq!((lot.points, lot.pending), (old["points"].as_i64().unwrap(), old["pending"].as_bool().unwrap()));
    // written back, it is a v2 entry that reads as itself
    let again: Entry = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
    assert_eq!(again, e);
}

#[test]
fn an_entry_from_a_newer_version_is_refused_with_a_clear_error() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(MEMBERS[1]).unwrap();
    let mut raw = streams.values().flatten().next().unwrap().clone();
    raw["schema_version"] = 99.into();
    let err = serde_json::from_value::<Entry>(raw).unwrap_err().to_string();
    assert!(err.contains("schema version 99"), "{err}");
}

#[test]
fn v1_requested_returns_are_upcast_to_the_decision() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(ORDERS[1]).unwrap();
    let raw = streams.values().flatten().find(|e| e["change"]["change"]["kind"] == "requested").unwrap().clone();
    assert!(raw.get("schema_version").is_none(), "a v1 event");
    let e: OrderEvent = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(e.schema_version, postpurchase::ORDER_EVENT_SCHEMA_VERSION);
    let postpurchase::OrderChange::Return { change: postpurchase::returns::ReturnChange::Requested { request } } =
        &e.change
    else {
        panic!("{e:?}")
    };
    let case = &raw["change"]["change"]["case"];
    assert_eq!(request.id.as_str(), case["id"]);
    assert_eq!(serde_json::to_value(request.open(e.at)).unwrap(), *case, "the case opens exactly as v1 stored it");
    let again: OrderEvent = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
    assert_eq!(again, e);
}

#[test]
fn an_order_event_from_a_newer_version_is_refused_with_a_clear_error() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(ORDERS[1]).unwrap();
    let mut raw = streams.values().flatten().next().unwrap().clone();
    raw["schema_version"] = 3.into();
    let err = serde_json::from_value::<OrderEvent>(raw).unwrap_err().to_string();
    assert!(err.contains("schema version 3"), "{err}");
}

/// The one-pass reader (#33 item 17: a 100,000-line order's replay read every event through a
/// JSON tree first) reads what the tree did: fields in any order, an unknown field refused, a
/// version from the future refused, and the current version however it is placed.
#[test]
fn events_read_in_one_pass_agree_with_the_upcaster_in_every_field_order() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(ORDERS[1]).unwrap();
    for events in streams.values() {
        for raw in events {
            let as_stored: OrderEvent = serde_json::from_value(raw.clone()).unwrap();
            // written again (current version first), read back the same
            let text = serde_json::to_string(&as_stored).unwrap();
            assert_eq!(serde_json::from_str::<OrderEvent>(&text).unwrap(), as_stored);
            // the version after the change: read through the upcaster, the same event
            let mut moved = serde_json::Map::new();
            let v = serde_json::to_value(&as_stored).unwrap();
            for k in ["change", "at", "key", "fingerprint", "schema_version"] {
                moved.insert(k.to_string(), v[k].clone());
            }
            let moved_text = serde_json::to_string(&Value::Object(moved)).unwrap();
            assert_eq!(serde_json::from_str::<OrderEvent>(&moved_text).unwrap(), as_stored);
        }
    }
    let first: Value = streams.values().next().unwrap()[0].clone();
    let mut unknown = first.clone();
    unknown["extra"] = Value::from(1);
    assert!(serde_json::from_value::<OrderEvent>(unknown).unwrap_err().to_string().contains("unknown field"));
    let mut future = first.clone();
    future["schema_version"] = Value::from(99);
    assert!(serde_json::from_value::<OrderEvent>(future).unwrap_err().to_string().contains("schema version 99"));
    let mut missing = first;
    missing.as_object_mut().unwrap().remove("key");
    assert!(serde_json::from_value::<OrderEvent>(missing).unwrap_err().to_string().contains("missing field"));
}

/// The same for ledger entries (#33 item 17: a 1M-entry ledger was read through a JSON tree per
/// entry): the version first reads in one pass, any other order or an older version through the
/// upcaster, to the same entry; unknown and duplicate fields and future versions are refused.
#[test]
fn entries_read_in_one_pass_agree_with_the_upcaster() {
    let streams: BTreeMap<String, Vec<Value>> = serde_json::from_str(MEMBERS[1]).unwrap();
    let mut n = 0;
    for entries in streams.values() {
        for raw in entries {
            let e: Entry = serde_json::from_value(raw.clone()).unwrap();
            let text = serde_json::to_string(&e).unwrap();
            assert!(text.starts_with("{\"schema_version\":3,"), "{text}");
            assert_eq!(serde_json::from_str::<Entry>(&text).unwrap(), e);
            // the version last: the slow path, the same entry
            let mut v: serde_json::Map<String, Value> = serde_json::from_str(&text).unwrap();
            let version = v.remove("schema_version").unwrap();
            v.insert("schema_version".into(), version);
            assert_eq!(serde_json::from_value::<Entry>(Value::Object(v)).unwrap(), e);
            n += 1;
        }
    }
    assert!(n > 20);
    let e: Entry = serde_json::from_value(streams.values().next().unwrap()[0].clone()).unwrap();
    let text = serde_json::to_string(&e).unwrap();
    let extra = text.replacen("{\"schema_version\":3,", "{\"schema_version\":3,\"extra\":1,", 1);
    assert!(serde_json::from_str::<Entry>(&extra).unwrap_err().to_string().contains("unknown field"));
    let twice = text.replacen("{\"schema_version\":3,", "{\"schema_version\":3,\"seq\":7,", 1);
    assert!(serde_json::from_str::<Entry>(&twice).unwrap_err().to_string().contains("duplicate field"));
    let future = text.replacen("{\"schema_version\":3,", "{\"schema_version\":9,", 1);
    assert!(serde_json::from_str::<Entry>(&future).unwrap_err().to_string().contains("schema version 9"));
}
