//! Runnable programs for postpurchase live in this crate's `[[example]]` targets.
