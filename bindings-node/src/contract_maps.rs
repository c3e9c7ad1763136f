//! Generated from the core's types by core/gen: do not edit.

/// Contract fields whose values are maps with data for keys: their keys are never renamed.
pub(crate) const MAP_FIELDS: &[&str] = &["facts", "payload", "per_reason", "received", "replenishment_days"];

/// Contract fields that hold a time (or a list of times): JavaScript gets them as `Date`s.
pub(crate) const DATE_FIELDS: &[&str] = &["advance_deadline", "at", "available_at", "date", "deadline", "delivered_at", "estimate", "estimated_delivery", "expires_at", "last_scan_at", "now", "occurred_at", "placed_at", "promised_by", "purchases", "recent_returns", "requested_at", "return_deadline", "return_window_end", "send_at", "tier_since", "window_end", "window_start"];
