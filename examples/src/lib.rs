//! Adapters and helpers for the runnable examples: a real SQLite store with a transactional
//! outbox behind the core's `EventStore` and `Outbox` traits.

pub mod journey_report;
pub mod report_html;
pub mod safe_svg;
pub mod sqlite_store;
pub mod tracking_page;
