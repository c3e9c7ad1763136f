//! Carrier codes, scans and delay detection.
use std::time::SystemTime;

use postpurchase as pp;

use crate::{Result, instant, mirror_enum, timestamp};

mirror_enum!(
    /// The normalised status of a shipment. "Delayed" is a flag, not a status.
    TrackingStatus => pp::TrackingStatus {
        /// Created, nothing known from the carrier yet.
        Pending,
        /// Label created; the carrier has the data but not the parcel.
        InfoReceived,
        /// Moving through the carrier's network.
        InTransit,
        /// With the courier for delivery today.
        OutForDelivery,
        /// Waiting at a pickup point.
        AvailableForPickup,
        /// A delivery attempt failed.
        AttemptFailed,
        /// Delivered.
        Delivered,
        /// Customs, damage, address problem; may recover.
        Exception,
        /// On its way back to the sender.
        ReturningToSender,
        /// Back with the sender.
        ReturnedToSender,
        /// Declared lost by the carrier.
        Lost,
        /// Cancelled before the carrier took it.
        Cancelled,
        /// Tracking stopped without a final result.
        Expired,
    }
);

mirror_enum!(
    /// Where a raw carrier status code comes from.
    CarrierSource => pp::CarrierSource {
        /// AfterShip tags and subtags.
        AfterShip,
        /// EasyPost tracker statuses.
        EasyPost,
        /// Shippo statuses and substatus codes.
        Shippo,
        /// Shopify fulfilment event statuses.
        Shopify,
    }
);

mirror_enum!(
    /// Whether a shipment crosses a border (the presumed-lost thresholds differ).
    Route => pp::Route {
        /// Same country.
        Domestic,
        /// Crosses a border.
        International,
    }
);

/// A raw carrier code mapped to the normalised status.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MappedStatus {
    /// The code as the carrier sent it.
    pub raw_code: String,
    /// The normalised status; `null`/`nil` when the code is unknown.
    pub status: Option<TrackingStatus>,
    /// Whether the code says the shipment is delayed.
    pub delayed: bool,
}

/// One carrier scan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CarrierScan {
    /// When it happened, by the carrier's clock.
    pub occurred_at: SystemTime,
    /// The normalised status.
    pub status: TrackingStatus,
    /// Whether the carrier flagged a delay.
    pub delayed: bool,
}

impl CarrierScan {
    pub(crate) fn to_core(&self) -> Result<pp::CarrierEvent> {
        let mut e = pp::CarrierEvent::new(instant(self.occurred_at)?, self.status.into());
        e.delayed = self.delayed;
        Ok(e)
    }
}

fn scans(list: &[CarrierScan]) -> Result<Vec<pp::CarrierEvent>> {
    list.iter().map(CarrierScan::to_core).collect()
}

/// What delay detection concluded about a shipment at `now`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DelayAssessment {
    /// The merchant status at `now`.
    pub status: TrackingStatus,
    /// Past the promised delivery and not delivered.
    pub late: bool,
    /// No scan for the stalled threshold (3 days).
    pub stalled: bool,
    /// No update for the lost threshold (7 days domestic, 20 international, 48 h past the promise).
    pub presumed_lost: bool,
    /// The carrier flagged a delay on the latest scan.
    pub carrier_delayed: bool,
    /// When the latest scan happened.
    pub last_scan_at: Option<SystemTime>,
}

impl From<pp::DelayAssessment> for DelayAssessment {
    fn from(a: pp::DelayAssessment) -> Self {
        DelayAssessment {
            status: a.status.into(),
            late: a.late,
            stalled: a.stalled,
            presumed_lost: a.presumed_lost,
            carrier_delayed: a.carrier_delayed,
            last_scan_at: a.last_scan_at.map(timestamp),
        }
    }
}

/// Parses a source name: "aftership", "easypost", "shippo" or "shopify" (case, `_` and `-` ignored).
#[uniffi::export]
pub fn carrier_source_from_name(name: String) -> Result<CarrierSource> {
    crate::guard(|| Ok(pp::CarrierSource::parse(&name)?.into()))
}

/// Parses a status from its snake_case name ("out_for_delivery").
#[uniffi::export]
pub fn tracking_status_from_name(name: String) -> Result<TrackingStatus> {
    crate::guard(|| Ok(pp::TrackingStatus::parse(&name)?.into()))
}

/// The snake_case name of a status, as the other languages and JSON use it.
#[uniffi::export]
pub fn tracking_status_name(status: TrackingStatus) -> String {
    pp::TrackingStatus::from(status).as_str().to_string()
}

/// Verifies that a webhook comes from `source`: `body` the raw bytes received, `signature` the
/// value of the source's signature header, `secrets` one or two (while rotating), `now` the
/// current time, `toleranceSeconds` for signed timestamps (300 is usual).
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
            source.into(),
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
pub fn map_carrier_status(source: CarrierSource, code: String) -> MappedStatus {
    let m = pp::map_carrier_status(source.into(), &code);
    MappedStatus { raw_code: m.raw_code, status: m.status.map(Into::into), delayed: m.delayed }
}

/// The merchant-facing status from scans in any order (never moves backwards).
#[uniffi::export]
pub fn merchant_status(scans: Vec<CarrierScan>) -> Result<TrackingStatus> {
    crate::guard(|| Ok(pp::merchant_status(&self::scans(&scans)?).into()))
}

/// Late, stalled and presumed-lost detection at `now` with the default thresholds.
#[uniffi::export]
pub fn assess_delay(
    scans: Vec<CarrierScan>,
    shipped_at: SystemTime,
    promised_by: Option<SystemTime>,
    route: Route,
    now: SystemTime,
) -> Result<DelayAssessment> {
    crate::guard(|| {
        let promised = promised_by.map(instant).transpose()?;
        Ok(pp::assess_delay(
            &self::scans(&scans)?,
            instant(shipped_at)?,
            promised,
            route.into(),
            instant(now)?,
            &pp::DelayThresholds::default(),
        )
        .into())
    })
}
