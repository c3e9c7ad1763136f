//! Helpers for the runnable examples (the SQLite store they write to is the `postpurchase-sqlite`
//! crate).

pub mod journey_report;
pub mod report_html;
pub mod safe_svg;
pub mod tracking_page;
