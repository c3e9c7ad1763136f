//! Delivery promises learnt from the shop's history: `PromiseModel.fit(calendar, shipments, asOf)`,
//! a promise at checkout, the window of a parcel in transit with its late risk, and the model's
//! accuracy on parcels it did not learn from. Dates are local `YYYY-MM-DD` strings in the shop's
//! zone.
use napi::bindgen_prelude::*;
use napi_derive::napi;
use postpurchase::promise as pr;

use crate::args::{contract_doc, js, opt_contract_doc, time};
use crate::document::Document;

/// A lane: carrier × service × origin region × destination region.
#[napi(object, object_to_js = false)]
pub struct LaneInput {
    /// The carrier (`dhl`).
    pub carrier: String,
    /// Its service (`paket`).
    pub service: String,
    /// Where parcels leave from (a region: postcode prefix, state, country).
    pub origin: String,
    /// Where they go.
    pub destination: String,
}

impl LaneInput {
    fn lane(&self) -> pr::Lane {
        pr::Lane::new(&self.carrier, &self.service, &self.origin, &self.destination)
    }
}

/// The dates promised at checkout.
#[napi(object, object_from_js = false)]
pub struct DeliveryPromise {
    /// The earliest date (`YYYY-MM-DD`), or null when the history supports none.
    pub earliest: Option<String>,
    /// The likely date (the median).
    pub likely: Option<String>,
    /// The latest date, at `percentile`.
    pub latest: Option<String>,
    /// The percentile `latest` stands for.
    pub percentile: f64,
    /// `high`, `medium`, `low` or `none` (no date).
    pub confidence: String,
    /// Why it is less than high: `thin_data`, `unknown_lane`, `volatile_lane`, `censored`.
    pub reasons: Vec<String>,
}

/// Where a parcel in transit stands.
#[napi(object, object_from_js = false)]
pub struct InTransitEstimate {
    /// Business days since the handover.
    pub elapsed_days: u32,
    /// The likely arrival.
    pub likely: Option<String>,
    /// The latest arrival at the percentile.
    pub latest: Option<String>,
    /// The probability of arriving after the promised date, when one was given.
    pub late_risk: Option<f64>,
    /// `high`, `medium`, `low` or `none`.
    pub confidence: String,
    /// Why it is less than high.
    pub reasons: Vec<String>,
}

fn code_text<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn day(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A model of the shop's delivery times per lane, learnt from its history (see the core's
/// `promise` module): business days in the shop's calendar, parcels still travelling censored,
/// sparse lanes borrowing from their carrier.
#[napi]
pub struct PromiseModel {
    inner: pr::PromiseModel,
}

#[napi]
impl PromiseModel {
    /// Learns from `shipments` (`{lane: {carrier, service, origin, destination}, orderedAt,
    /// handedOverAt?, deliveredAt?}`) as they stood at `asOf`, counted in `calendar`
    /// (`{timeZone, workingDays: [7 booleans, Monday first], holidays?: ['YYYY-MM-DD'], cutoff:
    /// 'HH:MM'}`). A calendar without a working day is `config.invalid`.
    #[napi(factory)]
    pub fn fit(
        env: Env,
        #[napi(ts_arg_type = "{ timeZone: string; workingDays: boolean[]; holidays?: string[]; cutoff: string }")]
        calendar: Unknown<'_>,
        #[napi(
            ts_arg_type = "Array<{ lane: LaneInput; orderedAt: Date | string; handedOverAt?: Date | string | null; deliveredAt?: Date | string | null }>"
        )]
        shipments: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] as_of: Unknown<'_>,
    ) -> Result<PromiseModel, String> {
        crate::guard(|| {
            let calendar: pr::BusinessCalendar = contract_doc(&env, &calendar, "calendar")?;
            let calendar = calendar.checked().map_err(js)?;
            let history: Vec<pr::Shipped> = contract_doc(&env, &shipments, "shipments")?;
            let inner = pr::PromiseModel::fit(&calendar, &history, time(&as_of, "asOf")?).map_err(js)?;
            Ok(PromiseModel { inner })
        })
    }

    /// Reads a model document (`store.schema_too_new` for one written by a newer version).
    #[napi(factory)]
    pub fn from_json(text: String) -> Result<PromiseModel, String> {
        crate::guard(|| Ok(PromiseModel { inner: pr::PromiseModel::from_json(&text).map_err(js)? }))
    }

    /// The model as its versioned JSON document.
    #[napi]
    pub fn to_json(&self) -> Result<String, String> {
        crate::guard(|| self.inner.to_json().map_err(js))
    }

    /// This model and `other` (fitted on another part of the history) as one model of both.
    #[napi]
    pub fn merge(&self, other: &PromiseModel) -> Result<PromiseModel, String> {
        crate::guard(|| {
            let mut inner = self.inner.clone();
            inner.merge(&other.inner).map_err(js)?;
            Ok(PromiseModel { inner })
        })
    }

    /// The dates to promise for an order placed at `orderedAt` on `lane` (`latest` at
    /// `percentile`, default 0.9).
    #[napi]
    pub fn promise(
        &self,
        lane: LaneInput,
        #[napi(ts_arg_type = "Date | string")] ordered_at: Unknown<'_>,
        percentile: Option<f64>,
    ) -> Result<DeliveryPromise, String> {
        crate::guard(|| {
            let p = self
                .inner
                .promise(&lane.lane(), time(&ordered_at, "orderedAt")?, percentile.unwrap_or(0.9))
                .map_err(js)?;
            Ok(DeliveryPromise {
                earliest: day(p.earliest),
                likely: day(p.likely),
                latest: day(p.latest),
                percentile: p.percentile,
                confidence: code_text(&p.confidence.code),
                reasons: p.confidence.reasons.iter().map(code_text).collect(),
            })
        })
    }

    /// Where a parcel handed over at `handedOverAt` stands at `now`: the window of its arrival
    /// given the business days spent, and with `promised` (`YYYY-MM-DD`) the risk of arriving
    /// after it.
    #[napi]
    pub fn in_transit(
        &self,
        lane: LaneInput,
        #[napi(ts_arg_type = "Date | string")] handed_over_at: Unknown<'_>,
        #[napi(ts_arg_type = "Date | string")] now: Unknown<'_>,
        percentile: Option<f64>,
        promised: Option<String>,
    ) -> Result<InTransitEstimate, String> {
        crate::guard(|| {
            let promised = promised
                .map(|d| {
                    d.parse::<chrono::NaiveDate>().map_err(|_| crate::args::invalid("promised", "must be YYYY-MM-DD"))
                })
                .transpose()?;
            let t = self
                .inner
                .in_transit(
                    &lane.lane(),
                    time(&handed_over_at, "handedOverAt")?,
                    time(&now, "now")?,
                    percentile.unwrap_or(0.9),
                    promised,
                )
                .map_err(js)?;
            Ok(InTransitEstimate {
                elapsed_days: t.elapsed_days,
                likely: day(t.likely),
                latest: day(t.latest),
                late_risk: t.late_risk,
                confidence: code_text(&t.confidence.code),
                reasons: t.confidence.reasons.iter().map(code_text).collect(),
            })
        })
    }

    /// How good the model's promises were on `test` (parcels it did not learn from, each
    /// `{shipped: {lane, orderedAt, handedOverAt, deliveredAt}, carrierFlaggedAt?, promisedBy?}`,
    /// `promisedBy` what the shop promised that parcel), beside a
    /// fixed promise of `options.fixedDays` business days; `options` also sets `percentile`
    /// (0.9) and `warnAt` (0.5).
    #[napi(
        ts_return_type = "{ options: { percentile: number; fixedDays: number | null; warnAt: number }; parcels: number; unmeasured: { notDelivered: number; badRecord: number; noDate: number }; model: PromiseAccuracy; fixed: PromiseAccuracy | null; warnings: { late: number; warnedLate: number; carrierFlaggedLate: number; warnedOnlyByUs: number; onTime: number; falseAlarms: number }; reliability: Array<{ from: number; to: number; parcels: number; meanRisk: number; lateShare: number }> }"
    )]
    pub fn accuracy(
        &self,
        env: Env,
        #[napi(
            ts_arg_type = "Array<{ shipped: { lane: LaneInput; orderedAt: Date | string; handedOverAt?: Date | string | null; deliveredAt?: Date | string | null }; carrierFlaggedAt?: Date | string | null; promisedBy?: Date | string | null }>"
        )]
        test: Unknown<'_>,
        #[napi(ts_arg_type = "{ percentile?: number; fixedDays?: number | null; warnAt?: number } | null")]
        options: Option<Unknown<'_>>,
    ) -> Result<Document, String> {
        crate::guard(|| {
            let parcels: Vec<pr::TestParcel> = contract_doc(&env, &test, "test")?;
            let options: pr::AccuracyOptions = opt_contract_doc(&env, options, "options")?;
            Document::of(&self.inner.accuracy(&parcels, options).map_err(js)?, "accuracy")
        })
    }
}

/// One way of promising, measured (means over the parcels measured; days are business days).
#[napi(object, object_from_js = false)]
pub struct PromiseAccuracy {
    /// Mean absolute error of the likely date.
    pub mae_days: f64,
    /// Share delivered on or before the promised date (for the model, its percentile's coverage).
    pub on_or_before_promise: f64,
    /// Share delivered within one business day of the likely date.
    pub within_one_day: f64,
    /// Pinball loss of the likely date at 0.5.
    pub pinball_50: f64,
    /// Pinball loss of the promised date at the percentile.
    pub pinball_at_percentile: f64,
}
