//! Carrier codes, scans and delay detection.
use std::time::SystemTime;

use postpurchase as pp;

use crate::wire::{from_core, to_core};
use crate::{CarrierEvent, CarrierSource, DelayAssessment, MappedStatus, Result, Route, TrackingStatus, instant};

fn scans(list: &[CarrierEvent]) -> Result<Vec<pp::CarrierEvent>> {
    to_core(list, "scans")
}

/// Parses a source name: "aftership", "easypost", "shippo" or "shopify" (case, `_` and `-` ignored).
#[uniffi::export]
pub fn carrier_source_from_name(name: String) -> Result<CarrierSource> {
    crate::guard(|| from_core(&pp::CarrierSource::parse(&name)?, "source"))
}

/// Parses a status from its snake_case name ("out_for_delivery").
#[uniffi::export]
pub fn tracking_status_from_name(name: String) -> Result<TrackingStatus> {
    crate::guard(|| from_core(&pp::TrackingStatus::parse(&name)?, "status"))
}

/// The snake_case name of a status, as the other languages and JSON use it.
#[uniffi::export]
pub fn tracking_status_name(status: TrackingStatus) -> Result<String> {
    crate::guard(|| Ok(to_core::<pp::TrackingStatus, _>(&status, "status")?.as_str().to_string()))
}

/// Verifies that a webhook comes from `source`: `body` the raw bytes received, `signature` the
/// value of the source's signature header, `secrets` one or two (while rotating), `now` the
/// current time, `toleranceSeconds` for signed timestamps (300 is usual). Feature `webhook`.
#[cfg(feature = "webhook")]
#[uniffi::export]
pub fn verify_webhook(
    source: CarrierSource,
    body: Vec<u8>,
    signature: String,
    secrets: Vec<String>,
    now: SystemTime,
    tolerance_seconds: i64,
) -> Result<()> {
    crate::guard(|| {
        let keys: Vec<&str> = secrets.iter().map(String::as_str).collect();
        Ok(pp::webhook::verify_webhook(
            to_core(&source, "source")?,
            &body,
            &signature,
            &keys,
            crate::instant(now)?,
            tolerance_seconds,
        )?)
    })
}

/// Maps a carrier's raw status code; an unknown code keeps its text and has no status.
#[uniffi::export]
pub fn map_carrier_status(source: CarrierSource, code: String) -> Result<MappedStatus> {
    crate::guard(|| from_core(&pp::map_carrier_status(to_core(&source, "source")?, &code), "mapped status"))
}

/// The merchant-facing status from scans in any order (never moves backwards).
#[uniffi::export]
pub fn merchant_status(scans: Vec<CarrierEvent>) -> Result<TrackingStatus> {
    crate::guard(|| from_core(&pp::merchant_status(&self::scans(&scans)?), "status"))
}

/// Late, stalled and presumed-lost detection at `now` under the shop's `thresholds` (the
/// defaults when absent).
#[uniffi::export(default(thresholds = None))]
pub fn assess_delay(
    scans: Vec<CarrierEvent>,
    shipped_at: SystemTime,
    promised_by: Option<SystemTime>,
    route: Route,
    now: SystemTime,
    thresholds: Option<crate::DelayThresholds>,
) -> Result<DelayAssessment> {
    crate::guard(|| {
        let promised = promised_by.map(instant).transpose()?;
        let assessment = pp::assess_delay(
            &self::scans(&scans)?,
            instant(shipped_at)?,
            promised,
            to_core(&route, "route")?,
            instant(now)?,
            &crate::order::thresholds(thresholds)?,
        );
        from_core(&assessment, "delay")
    })
}
