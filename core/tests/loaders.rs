//! Loading configuration: repeated keys are refused, and what is loaded once is fast to use.
use postpurchase::config::from_json;
use postpurchase::returns::ReturnPolicy;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn a_repeated_key_in_a_json_policy_is_refused_with_its_path() {
    let err = ReturnPolicy::from_json(r#"{"window": {"days": 30, "days": 365}}"#).unwrap_err();
    assert_eq!(err.code(), "config.invalid");
    assert_eq!(err.problems()[0].path, "$.window.days");
    let err = ReturnPolicy::from_json(r#"{"overrides": [{"sku": "A", "days": 5, "sku": "B"}]}"#).unwrap_err();
    assert_eq!(err.problems()[0].path, "$.overrides[0].sku");
    assert!(from_json::<ReturnPolicy>(r#"{"window": {"days": 30}}"#).is_ok());
}

#[test]
fn a_repeated_key_in_a_toml_policy_is_refused() {
    let err = ReturnPolicy::from_toml("[window]\ndays = 30\ndays = 365\n").unwrap_err();
    assert_eq!(err.code(), "config.invalid");
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(ReturnPolicy::from_json(&deep).unwrap_err().code(), "config.invalid");
}

fn override_doc(kind: u8, key: u8, days: u32) -> serde_json::Value {
    let field = ["sku", "tag", "category"][usize::from(kind % 3)];
    json!({ field: format!("k{}", key % 4), "days": days })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The index built on load answers exactly as the first-match scan over the list does.
    #[test]
    fn indexed_override_lookup_equals_the_first_match_scan(
        overrides in proptest::collection::vec((0u8..3, 0u8..6, 1u32..400), 0..12),
        sku in 0u8..6, tags in proptest::collection::vec(0u8..6, 0..3), category in proptest::option::of(0u8..6),
    ) {
        let doc = json!({"overrides": overrides.iter().map(|(k, key, d)| override_doc(*k, *key, *d)).collect::<Vec<_>>()});
        let loaded: ReturnPolicy = postpurchase::config::from_value(doc.clone()).unwrap();
        let scanned: ReturnPolicy = serde_json::from_value(doc).unwrap(); // not prepared: scans
        let tags: Vec<String> = tags.iter().map(|t| format!("k{}", t % 4)).collect();
        let sku = format!("k{}", sku % 4);
        let category = category.map(|c| format!("k{}", c % 4));
        prop_assert_eq!(
            loaded.override_days(&sku, &tags, category.as_deref()),
            scanned.override_days(&sku, &tags, category.as_deref())
        );
    }
}
