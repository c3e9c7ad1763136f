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

#[test]
fn v1_streams_replay_to_the_state_they_had_when_stored() {
    let got = states();
    let want: BTreeMap<String, Value> = serde_json::from_str(EXPECTED).unwrap();
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
    for (stream, state) in &want {
        assert_eq!(got.get(stream), Some(state), "{stream}");
    }
}
