//! Delivery promises (feature `promise`): a model learnt on the shop's server travels to the app
//! as its JSON document; the app promises dates at checkout and estimates a parcel in transit.
//! Dates are local `YYYY-MM-DD` strings in the shop's zone.
use std::sync::Arc;
use std::time::SystemTime;

use postpurchase::promise as pr;

use crate::{Result, instant};

/// A lane: carrier × service × origin region × destination region.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PromiseLane {
    /// The carrier (`dhl`).
    pub carrier: String,
    /// Its service (`paket`).
    pub service: String,
    /// Where parcels leave from.
    pub origin: String,
    /// Where they go.
    pub destination: String,
}

impl PromiseLane {
    fn core(&self) -> pr::Lane {
        pr::Lane::new(&self.carrier, &self.service, &self.origin, &self.destination)
    }
}

/// A past shipment to learn from.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PromiseShipment {
    /// Its lane.
    pub lane: PromiseLane,
    /// When it was ordered.
    pub ordered_at: SystemTime,
    /// When the carrier took it.
    pub handed_over_at: Option<SystemTime>,
    /// When it arrived.
    pub delivered_at: Option<SystemTime>,
}

/// How far to trust a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PromiseConfidence {
    /// The lane's own history supports it.
    High,
    /// Supported, with a reason to allow for.
    Medium,
    /// Borrowed mostly from the carrier or the whole shop.
    Low,
    /// No date.
    None,
}

/// Why a date is less than certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum PromiseReason {
    /// Few parcels on the lane.
    ThinData,
    /// The lane was never seen.
    UnknownLane,
    /// The lane's times spread widely.
    VolatileLane,
    /// Too much of the history is still travelling.
    Censored,
}

/// The dates promised at checkout.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DeliveryPromise {
    /// The earliest date, or none when the history supports none.
    pub earliest: Option<String>,
    /// The likely date.
    pub likely: Option<String>,
    /// The latest date, at the percentile.
    pub latest: Option<String>,
    /// The percentile `latest` stands for.
    pub percentile: f64,
    /// How far to trust it.
    pub confidence: PromiseConfidence,
    /// Why it is less than high.
    pub reasons: Vec<PromiseReason>,
}

/// Where a parcel in transit stands.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct InTransitEstimate {
    /// Business days since the handover.
    pub elapsed_days: u32,
    /// The likely arrival.
    pub likely: Option<String>,
    /// The latest arrival at the percentile.
    pub latest: Option<String>,
    /// The probability of arriving after the promised date, when one was given.
    pub late_risk: Option<f64>,
    /// How far to trust it.
    pub confidence: PromiseConfidence,
    /// Why it is less than high.
    pub reasons: Vec<PromiseReason>,
}

fn confidence(c: &pr::Confidence) -> (PromiseConfidence, Vec<PromiseReason>) {
    let code = match c.code {
        pr::ConfidenceCode::High => PromiseConfidence::High,
        pr::ConfidenceCode::Medium => PromiseConfidence::Medium,
        pr::ConfidenceCode::Low => PromiseConfidence::Low,
        pr::ConfidenceCode::None => PromiseConfidence::None,
    };
    let reasons = c
        .reasons
        .iter()
        .map(|r| match r {
            pr::Reason::ThinData => PromiseReason::ThinData,
            pr::Reason::UnknownLane => PromiseReason::UnknownLane,
            pr::Reason::VolatileLane => PromiseReason::VolatileLane,
            pr::Reason::Censored => PromiseReason::Censored,
        })
        .collect();
    (code, reasons)
}

fn day(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A model of the shop's delivery times per lane.
#[derive(Debug, uniffi::Object)]
pub struct PromiseModel {
    inner: pr::PromiseModel,
}

#[uniffi::export]
impl PromiseModel {
    /// Reads a model document (as the server's `toJson` wrote it); `SchemaTooNew` for one from a
    /// newer version.
    #[uniffi::constructor]
    pub fn from_json(json: String) -> Result<Arc<PromiseModel>> {
        crate::guard(|| Ok(Arc::new(PromiseModel { inner: pr::PromiseModel::from_json(&json)? })))
    }

    /// Learns from `shipments` as they stood at `asOf`, counted in `calendarJson`
    /// (`{"time_zone", "working_days": [7 booleans, Monday first], "holidays", "cutoff": "HH:MM"}`).
    #[uniffi::constructor]
    pub fn fit(calendar_json: String, shipments: Vec<PromiseShipment>, as_of: SystemTime) -> Result<Arc<PromiseModel>> {
        crate::guard(|| {
            let calendar: pr::BusinessCalendar = serde_json::from_str(&calendar_json)
                .map_err(|e| postpurchase::Error::from_json_error("calendar", &e))?;
            let calendar = calendar.checked()?;
            let mut history = Vec::with_capacity(shipments.len());
            for s in &shipments {
                history.push(pr::Shipped {
                    lane: s.lane.core(),
                    ordered_at: instant(s.ordered_at)?,
                    handed_over_at: s.handed_over_at.map(instant).transpose()?,
                    delivered_at: s.delivered_at.map(instant).transpose()?,
                });
            }
            Ok(Arc::new(PromiseModel { inner: pr::PromiseModel::fit(&calendar, &history, instant(as_of)?)? }))
        })
    }

    /// The model's document.
    pub fn to_json(&self) -> Result<String> {
        crate::guard(|| Ok(self.inner.to_json()?))
    }

    /// The dates to promise for an order placed at `orderedAt` on `lane`, `latest` at `percentile`.
    pub fn promise(&self, lane: PromiseLane, ordered_at: SystemTime, percentile: f64) -> Result<DeliveryPromise> {
        crate::guard(|| {
            let p = self.inner.promise(&lane.core(), instant(ordered_at)?, percentile)?;
            let (confidence, reasons) = confidence(&p.confidence);
            Ok(DeliveryPromise {
                earliest: day(p.earliest),
                likely: day(p.likely),
                latest: day(p.latest),
                percentile: p.percentile,
                confidence,
                reasons,
            })
        })
    }

    /// Where a parcel handed over at `handedOverAt` stands at `now`, and with `promised`
    /// (`YYYY-MM-DD`) the risk of arriving after it.
    pub fn in_transit(
        &self,
        lane: PromiseLane,
        handed_over_at: SystemTime,
        now: SystemTime,
        percentile: f64,
        promised: Option<String>,
    ) -> Result<InTransitEstimate> {
        crate::guard(|| {
            let promised = match promised {
                Some(d) => Some(d.parse::<chrono::NaiveDate>().map_err(|_| {
                    postpurchase::Error::new(postpurchase::ErrorKind::InvalidInput, "promised must be YYYY-MM-DD")
                })?),
                None => None,
            };
            let t =
                self.inner.in_transit(&lane.core(), instant(handed_over_at)?, instant(now)?, percentile, promised)?;
            let (confidence, reasons) = confidence(&t.confidence);
            Ok(InTransitEstimate {
                elapsed_days: t.elapsed_days,
                likely: day(t.likely),
                latest: day(t.latest),
                late_risk: t.late_risk,
                confidence,
                reasons,
            })
        })
    }
}
