//! The documents Kotlin and Swift hold as typed values (orders, commands, events, ledger
//! entries), generated from the core's types by core/gen: do not edit.
//! serde gives each the core's JSON shape; after each type come its `crate::wire::Feed`
//! (the document read into a core type) and `crate::wire::Build` (a core value written
//! into the document), so no JSON is made on the way.
#![allow(missing_docs, clippy::large_enum_variant, clippy::match_single_binding, unused_variables)]

use std::collections::HashMap;
use std::time::SystemTime;

use crate::Amount;

#[doc = "Something the customer can do."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ActionKind {
    #[doc = "Return a line for a refund."]
    #[serde(rename = "return")]
    Return,
    #[doc = "Exchange a line for another item."]
    #[serde(rename = "exchange")]
    Exchange,
    #[doc = "Report a late or stalled parcel."]
    #[serde(rename = "report_problem")]
    ReportProblem,
    #[doc = "Claim a parcel the delay rules presume lost."]
    #[serde(rename = "claim_lost")]
    ClaimLost,
}

impl crate::wire::Feed for ActionKind {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ActionKind::Return => v.visit_borrowed_str("return"),
            ActionKind::Exchange => v.visit_borrowed_str("exchange"),
            ActionKind::ReportProblem => v.visit_borrowed_str("report_problem"),
            ActionKind::ClaimLost => v.visit_borrowed_str("claim_lost"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ActionKind::Return => v.visit_enum(crate::wire::UnitVariant("return")),
            ActionKind::Exchange => v.visit_enum(crate::wire::UnitVariant("exchange")),
            ActionKind::ReportProblem => v.visit_enum(crate::wire::UnitVariant("report_problem")),
            ActionKind::ClaimLost => v.visit_enum(crate::wire::UnitVariant("claim_lost")),
        }
    }
}

impl crate::wire::Build for ActionKind {
    type Slots = ();
    const WHAT: &'static str = "ActionKind";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "return" => Ok(ActionKind::Return),
            "exchange" => Ok(ActionKind::Exchange),
            "report_problem" => Ok(ActionKind::ReportProblem),
            "claim_lost" => Ok(ActionKind::ClaimLost),
            _ => Err(crate::wire::unknown(v, "ActionKind")),
        }
    }
}


#[doc = "What an approval decided for one line of a case: the units approved, the units now reserved on the order line, and by how much the order line's reservation changed."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ApprovedLine {
    #[doc = "Position of the line in the case."]
    pub position: i64,
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Units approved."]
    pub approved: i64,
    #[doc = "Units reserved after the approval (always the approved units)."]
    pub reserved: i64,
    #[doc = "Change of the order line's `return_requested` (more when an override approves denied units, less when reserved units were not approved)."]
    pub reservation_change: i64,
}

impl crate::wire::Fields for ApprovedLine {
    fn places(&self) -> usize {
        match self {
            ApprovedLine { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ApprovedLine { .. }, 0) => Some("position"),
            (ApprovedLine { .. }, 1) => Some("line"),
            (ApprovedLine { .. }, 2) => Some("approved"),
            (ApprovedLine { .. }, 3) => Some("reserved"),
            (ApprovedLine { .. }, 4) => Some("reservation_change"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ApprovedLine { position: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ApprovedLine { line: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ApprovedLine { approved: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ApprovedLine { reserved: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ApprovedLine { reservation_change: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ApprovedLine")),
        }
    }
}

impl crate::wire::Feed for ApprovedLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ApprovedLineSlots {
    position: Option<i64>,
    line: Option<String>,
    approved: Option<i64>,
    reserved: Option<i64>,
    reservation_change: Option<i64>,
}

impl crate::wire::Build for ApprovedLine {
    type Slots = ApprovedLineSlots;
    const WHAT: &'static str = "ApprovedLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ApprovedLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "position" => s.position = Some(crate::wire::build(v)?),
            "line" => s.line = Some(crate::wire::build(v)?),
            "approved" => s.approved = Some(crate::wire::build(v)?),
            "reserved" => s.reserved = Some(crate::wire::build(v)?),
            "reservation_change" => s.reservation_change = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ApprovedLine")),
        }
        Ok(())
    }

    fn finish(s: ApprovedLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(ApprovedLine {
            position: s.position.ok_or_else(|| crate::wire::missing("position", "ApprovedLine"))?,
            line: s.line.ok_or_else(|| crate::wire::missing("line", "ApprovedLine"))?,
            approved: s.approved.ok_or_else(|| crate::wire::missing("approved", "ApprovedLine"))?,
            reserved: s.reserved.ok_or_else(|| crate::wire::missing("reserved", "ApprovedLine"))?,
            reservation_change: s.reservation_change.ok_or_else(|| crate::wire::missing("reservation_change", "ApprovedLine"))?,
        })
    }
}


#[doc = "An event award."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum Award {
    #[doc = "Signing up (once)."]
    #[serde(rename = "signup")]
    Signup,
    #[doc = "Birthday (once per local calendar year)."]
    #[serde(rename = "birthday")]
    Birthday,
    #[doc = "A product review."]
    #[serde(rename = "review")]
    Review,
    #[doc = "A referral: this member referred `referred`, whose first paid order just happened."]
    #[serde(rename = "referrer")]
    Referrer {
        #[doc = "The referred customer."]
        referred: String,
    },
    #[doc = "This member was referred and made a first paid order."]
    #[serde(rename = "referred")]
    Referred,
}

impl crate::wire::Fields for Award {
    fn places(&self) -> usize {
        match self {
            Award::Signup => 1,
            Award::Birthday => 1,
            Award::Review => 1,
            Award::Referrer { .. } => 2,
            Award::Referred => 1,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Award::Signup, 0) => Some("kind"),
            (Award::Birthday, 0) => Some("kind"),
            (Award::Review, 0) => Some("kind"),
            (Award::Referrer { .. }, 0) => Some("kind"),
            (Award::Referrer { .. }, 1) => Some("referred"),
            (Award::Referred, 0) => Some("kind"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Award::Signup, 0) => crate::wire::code("signup", seed),
            (Award::Birthday, 0) => crate::wire::code("birthday", seed),
            (Award::Review, 0) => crate::wire::code("review", seed),
            (Award::Referrer { .. }, 0) => crate::wire::code("referrer", seed),
            (Award::Referrer { referred: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (Award::Referred, 0) => crate::wire::code("referred", seed),
            _ => Err(crate::wire::unknown(&i.to_string(), "Award")),
        }
    }
}

impl crate::wire::Feed for Award {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct AwardSlots {
    tag: Option<String>,
    v3_referred: Option<String>,
}

impl crate::wire::Build for Award {
    type Slots = AwardSlots;
    const WHAT: &'static str = "Award";

    fn put<V: serde::Serialize + ?Sized>(s: &mut AwardSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "kind" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("referrer"), "referred") => s.v3_referred = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Award")),
        }
        Ok(())
    }

    fn finish(s: AwardSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("signup") => Ok(Award::Signup),
            Some("birthday") => Ok(Award::Birthday),
            Some("review") => Ok(Award::Review),
            Some("referrer") => Ok(Award::Referrer {
                referred: s.v3_referred.ok_or_else(|| crate::wire::missing("referred", "Award"))?,
            }),
            Some("referred") => Ok(Award::Referred),
            Some(other) => Err(crate::wire::unknown(other, "Award")),
            None => Err(crate::wire::missing("kind", "Award")),
        }
    }
}


#[doc = "Fitted parameters of a (modified) BG/NBD model."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct BetaGeo {
    #[doc = "Shape of the gamma distribution of purchase rates."]
    pub r: f64,
    #[doc = "Scale of the gamma distribution of purchase rates."]
    pub alpha: f64,
    #[doc = "Beta distribution of the drop-out probability, first shape."]
    pub a: f64,
    #[doc = "Beta distribution of the drop-out probability, second shape."]
    pub b: f64,
    #[doc = "Which variant (BG/NBD when left out)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub variant: Option<Variant>,
}

impl crate::wire::Fields for BetaGeo {
    fn places(&self) -> usize {
        match self {
            BetaGeo { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (BetaGeo { .. }, 0) => Some("r"),
            (BetaGeo { .. }, 1) => Some("alpha"),
            (BetaGeo { .. }, 2) => Some("a"),
            (BetaGeo { .. }, 3) => Some("b"),
            (BetaGeo { variant: x, .. }, 4) => x.as_ref().map(|_| "variant"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (BetaGeo { r: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (BetaGeo { alpha: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (BetaGeo { a: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (BetaGeo { b: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (BetaGeo { variant: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "BetaGeo")),
        }
    }
}

impl crate::wire::Feed for BetaGeo {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct BetaGeoSlots {
    r: Option<f64>,
    alpha: Option<f64>,
    a: Option<f64>,
    b: Option<f64>,
    variant: Option<Option<Variant>>,
}

impl crate::wire::Build for BetaGeo {
    type Slots = BetaGeoSlots;
    const WHAT: &'static str = "BetaGeo";

    fn put<V: serde::Serialize + ?Sized>(s: &mut BetaGeoSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "r" => s.r = Some(crate::wire::build(v)?),
            "alpha" => s.alpha = Some(crate::wire::build(v)?),
            "a" => s.a = Some(crate::wire::build(v)?),
            "b" => s.b = Some(crate::wire::build(v)?),
            "variant" => s.variant = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "BetaGeo")),
        }
        Ok(())
    }

    fn finish(s: BetaGeoSlots) -> Result<Self, crate::wire::Error> {
        Ok(BetaGeo {
            r: s.r.ok_or_else(|| crate::wire::missing("r", "BetaGeo"))?,
            alpha: s.alpha.ok_or_else(|| crate::wire::missing("alpha", "BetaGeo"))?,
            a: s.a.ok_or_else(|| crate::wire::missing("a", "BetaGeo"))?,
            b: s.b.ok_or_else(|| crate::wire::missing("b", "BetaGeo"))?,
            variant: s.variant.flatten(),
        })
    }
}


#[doc = "Units of one line cancelled, with the amount taken out of the line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CancelledUnits {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units cancelled."]
    pub quantity: i64,
    #[doc = "Amount released."]
    pub amount: Money,
    #[doc = "The tax part of `amount`."]
    pub tax: Money,
}

impl crate::wire::Fields for CancelledUnits {
    fn places(&self) -> usize {
        match self {
            CancelledUnits { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CancelledUnits { .. }, 0) => Some("line"),
            (CancelledUnits { .. }, 1) => Some("quantity"),
            (CancelledUnits { .. }, 2) => Some("amount"),
            (CancelledUnits { .. }, 3) => Some("tax"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CancelledUnits { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CancelledUnits { quantity: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CancelledUnits { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (CancelledUnits { tax: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CancelledUnits")),
        }
    }
}

impl crate::wire::Feed for CancelledUnits {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CancelledUnitsSlots {
    line: Option<String>,
    quantity: Option<i64>,
    amount: Option<Money>,
    tax: Option<Money>,
}

impl crate::wire::Build for CancelledUnits {
    type Slots = CancelledUnitsSlots;
    const WHAT: &'static str = "CancelledUnits";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CancelledUnitsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            "amount" => s.amount = Some(crate::wire::build(v)?),
            "tax" => s.tax = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CancelledUnits")),
        }
        Ok(())
    }

    fn finish(s: CancelledUnitsSlots) -> Result<Self, crate::wire::Error> {
        Ok(CancelledUnits {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "CancelledUnits"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "CancelledUnits"))?,
            amount: s.amount.ok_or_else(|| crate::wire::missing("amount", "CancelledUnits"))?,
            tax: s.tax.ok_or_else(|| crate::wire::missing("tax", "CancelledUnits"))?,
        })
    }
}


#[doc = "One scan reported by a carrier."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CarrierEvent {
    #[doc = "When it happened, by the carrier's clock (not when we received it)."]
    #[serde(with = "crate::wire::time")]
    pub occurred_at: SystemTime,
    #[doc = "The normalised status."]
    pub status: TrackingStatus,
    #[doc = "Whether the carrier flagged a delay."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub delayed: Option<bool>,
    #[doc = "The carrier's delivery estimate given with this scan, if any (a delayed parcel's new date). Absent from events written before it existed, and left out when unset."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_time")]
    pub estimated_delivery: Option<SystemTime>,
    #[doc = "Where it happened, if the carrier says."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub location: Option<String>,
    #[doc = "The raw code, kept for audit."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub raw_code: Option<String>,
}

impl crate::wire::Fields for CarrierEvent {
    fn places(&self) -> usize {
        match self {
            CarrierEvent { .. } => 6,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CarrierEvent { .. }, 0) => Some("occurred_at"),
            (CarrierEvent { .. }, 1) => Some("status"),
            (CarrierEvent { delayed: x, .. }, 2) => x.as_ref().map(|_| "delayed"),
            (CarrierEvent { estimated_delivery: x, .. }, 3) => x.as_ref().map(|_| "estimated_delivery"),
            (CarrierEvent { location: x, .. }, 4) => x.as_ref().map(|_| "location"),
            (CarrierEvent { raw_code: x, .. }, 5) => x.as_ref().map(|_| "raw_code"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CarrierEvent { occurred_at: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CarrierEvent { status: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CarrierEvent { delayed: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (CarrierEvent { estimated_delivery: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (CarrierEvent { location: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (CarrierEvent { raw_code: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CarrierEvent")),
        }
    }
}

impl crate::wire::Feed for CarrierEvent {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CarrierEventSlots {
    occurred_at: Option<SystemTime>,
    status: Option<TrackingStatus>,
    delayed: Option<Option<bool>>,
    estimated_delivery: Option<Option<SystemTime>>,
    location: Option<Option<String>>,
    raw_code: Option<Option<String>>,
}

impl crate::wire::Build for CarrierEvent {
    type Slots = CarrierEventSlots;
    const WHAT: &'static str = "CarrierEvent";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CarrierEventSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "occurred_at" => s.occurred_at = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "delayed" => s.delayed = Some(crate::wire::build(v)?),
            "estimated_delivery" => s.estimated_delivery = Some(crate::wire::build(v)?),
            "location" => s.location = Some(crate::wire::build(v)?),
            "raw_code" => s.raw_code = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CarrierEvent")),
        }
        Ok(())
    }

    fn finish(s: CarrierEventSlots) -> Result<Self, crate::wire::Error> {
        Ok(CarrierEvent {
            occurred_at: s.occurred_at.ok_or_else(|| crate::wire::missing("occurred_at", "CarrierEvent"))?,
            status: s.status.ok_or_else(|| crate::wire::missing("status", "CarrierEvent"))?,
            delayed: s.delayed.flatten(),
            estimated_delivery: s.estimated_delivery.flatten(),
            location: s.location.flatten(),
            raw_code: s.raw_code.flatten(),
        })
    }
}


#[doc = "Where a raw carrier status code comes from: `aftership`, `easypost`, `shippo` or `shopify` (the names `CarrierSource::parse` takes; `after_ship` and `easy_post` are read too)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum CarrierSource {
    #[doc = "AfterShip tags (`InTransit`) and subtags (`Exception_011`)."]
    #[serde(rename = "aftership")]
    Aftership,
    #[doc = "EasyPost tracker statuses (`out_for_delivery`)."]
    #[serde(rename = "easypost")]
    Easypost,
    #[doc = "Shippo tracking statuses (`TRANSIT`) and substatus codes (`package_lost`)."]
    #[serde(rename = "shippo")]
    Shippo,
    #[doc = "Shopify fulfilment event statuses (`ready_for_pickup`)."]
    #[serde(rename = "shopify")]
    Shopify,
}

impl crate::wire::Feed for CarrierSource {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            CarrierSource::Aftership => v.visit_borrowed_str("aftership"),
            CarrierSource::Easypost => v.visit_borrowed_str("easypost"),
            CarrierSource::Shippo => v.visit_borrowed_str("shippo"),
            CarrierSource::Shopify => v.visit_borrowed_str("shopify"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            CarrierSource::Aftership => v.visit_enum(crate::wire::UnitVariant("aftership")),
            CarrierSource::Easypost => v.visit_enum(crate::wire::UnitVariant("easypost")),
            CarrierSource::Shippo => v.visit_enum(crate::wire::UnitVariant("shippo")),
            CarrierSource::Shopify => v.visit_enum(crate::wire::UnitVariant("shopify")),
        }
    }
}

impl crate::wire::Build for CarrierSource {
    type Slots = ();
    const WHAT: &'static str = "CarrierSource";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "aftership" => Ok(CarrierSource::Aftership),
            "easypost" => Ok(CarrierSource::Easypost),
            "shippo" => Ok(CarrierSource::Shippo),
            "shopify" => Ok(CarrierSource::Shopify),
            _ => Err(crate::wire::unknown(v, "CarrierSource")),
        }
    }
}


#[doc = "A CES result."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct CesResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Mean answer (1–7)."]
    pub mean: f64,
    #[doc = "Share answering 5, 6 or 7, 0–1 (0.6 is 60 %)."]
    pub easy_share: f64,
}

impl crate::wire::Fields for CesResult {
    fn places(&self) -> usize {
        match self {
            CesResult { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CesResult { .. }, 0) => Some("responses"),
            (CesResult { .. }, 1) => Some("mean"),
            (CesResult { .. }, 2) => Some("easy_share"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CesResult { responses: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CesResult { mean: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CesResult { easy_share: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CesResult")),
        }
    }
}

impl crate::wire::Feed for CesResult {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CesResultSlots {
    responses: Option<i64>,
    mean: Option<f64>,
    easy_share: Option<f64>,
}

impl crate::wire::Build for CesResult {
    type Slots = CesResultSlots;
    const WHAT: &'static str = "CesResult";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CesResultSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "responses" => s.responses = Some(crate::wire::build(v)?),
            "mean" => s.mean = Some(crate::wire::build(v)?),
            "easy_share" => s.easy_share = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CesResult")),
        }
        Ok(())
    }

    fn finish(s: CesResultSlots) -> Result<Self, crate::wire::Error> {
        Ok(CesResult {
            responses: s.responses.ok_or_else(|| crate::wire::missing("responses", "CesResult"))?,
            mean: s.mean.ok_or_else(|| crate::wire::missing("mean", "CesResult"))?,
            easy_share: s.easy_share.ok_or_else(|| crate::wire::missing("easy_share", "CesResult"))?,
        })
    }
}


#[doc = "A delivery channel."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Channel {
    #[doc = "E-mail."]
    #[serde(rename = "email")]
    Email,
    #[doc = "Text message (needs its own opt-in)."]
    #[serde(rename = "sms")]
    Sms,
    #[doc = "Push notification."]
    #[serde(rename = "push")]
    Push,
}

impl crate::wire::Feed for Channel {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Channel::Email => v.visit_borrowed_str("email"),
            Channel::Sms => v.visit_borrowed_str("sms"),
            Channel::Push => v.visit_borrowed_str("push"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Channel::Email => v.visit_enum(crate::wire::UnitVariant("email")),
            Channel::Sms => v.visit_enum(crate::wire::UnitVariant("sms")),
            Channel::Push => v.visit_enum(crate::wire::UnitVariant("push")),
        }
    }
}

impl crate::wire::Build for Channel {
    type Slots = ();
    const WHAT: &'static str = "Channel";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "email" => Ok(Channel::Email),
            "sms" => Ok(Channel::Sms),
            "push" => Ok(Channel::Push),
            _ => Err(crate::wire::unknown(v, "Channel")),
        }
    }
}


#[doc = "What to do about goods lost or damaged in transit."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ClaimResolution {
    #[doc = "Refund the units."]
    #[serde(rename = "refund")]
    Refund,
    #[doc = "Send a replacement (the host creates the replacement order)."]
    #[serde(rename = "replacement")]
    Replacement,
}

impl crate::wire::Feed for ClaimResolution {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ClaimResolution::Refund => v.visit_borrowed_str("refund"),
            ClaimResolution::Replacement => v.visit_borrowed_str("replacement"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ClaimResolution::Refund => v.visit_enum(crate::wire::UnitVariant("refund")),
            ClaimResolution::Replacement => v.visit_enum(crate::wire::UnitVariant("replacement")),
        }
    }
}

impl crate::wire::Build for ClaimResolution {
    type Slots = ();
    const WHAT: &'static str = "ClaimResolution";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "refund" => Ok(ClaimResolution::Refund),
            "replacement" => Ok(ClaimResolution::Replacement),
            _ => Err(crate::wire::unknown(v, "ClaimResolution")),
        }
    }
}


#[doc = "A CSAT with its Wilson interval."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct CsatResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Satisfied answers."]
    pub satisfied: i64,
    #[doc = "Satisfied share, 0–1 (0.85 is 85 %); the interval is in shares too."]
    pub score: f64,
    #[doc = "Mean answer."]
    pub mean: f64,
    #[doc = "Wilson interval of the share."]
    pub interval: Interval,
}

impl crate::wire::Fields for CsatResult {
    fn places(&self) -> usize {
        match self {
            CsatResult { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CsatResult { .. }, 0) => Some("responses"),
            (CsatResult { .. }, 1) => Some("satisfied"),
            (CsatResult { .. }, 2) => Some("score"),
            (CsatResult { .. }, 3) => Some("mean"),
            (CsatResult { .. }, 4) => Some("interval"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CsatResult { responses: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CsatResult { satisfied: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CsatResult { score: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (CsatResult { mean: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (CsatResult { interval: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CsatResult")),
        }
    }
}

impl crate::wire::Feed for CsatResult {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CsatResultSlots {
    responses: Option<i64>,
    satisfied: Option<i64>,
    score: Option<f64>,
    mean: Option<f64>,
    interval: Option<Interval>,
}

impl crate::wire::Build for CsatResult {
    type Slots = CsatResultSlots;
    const WHAT: &'static str = "CsatResult";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CsatResultSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "responses" => s.responses = Some(crate::wire::build(v)?),
            "satisfied" => s.satisfied = Some(crate::wire::build(v)?),
            "score" => s.score = Some(crate::wire::build(v)?),
            "mean" => s.mean = Some(crate::wire::build(v)?),
            "interval" => s.interval = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CsatResult")),
        }
        Ok(())
    }

    fn finish(s: CsatResultSlots) -> Result<Self, crate::wire::Error> {
        Ok(CsatResult {
            responses: s.responses.ok_or_else(|| crate::wire::missing("responses", "CsatResult"))?,
            satisfied: s.satisfied.ok_or_else(|| crate::wire::missing("satisfied", "CsatResult"))?,
            score: s.score.ok_or_else(|| crate::wire::missing("score", "CsatResult"))?,
            mean: s.mean.ok_or_else(|| crate::wire::missing("mean", "CsatResult"))?,
            interval: s.interval.ok_or_else(|| crate::wire::missing("interval", "CsatResult"))?,
        })
    }
}


#[doc = "An action with whether it is open now, its deadline and the engine's reason."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerAction {
    #[doc = "What."]
    pub action: ActionKind,
    #[doc = "On what: a line id (returns, exchanges) or a shipment id."]
    pub subject: String,
    #[doc = "Open now (an action sent to review is open: the shop checks it first)."]
    pub available: bool,
    #[doc = "Needs a person to approve it."]
    pub needs_review: bool,
    #[doc = "Units it covers (returns and exchanges)."]
    pub units: i64,
    #[doc = "Until when."]
    #[serde(with = "crate::wire::optional_time")]
    pub deadline: Option<SystemTime>,
    #[doc = "Whole days left."]
    pub days_left: Option<i64>,
    #[doc = "The engine's deciding code (`return.window_open`, `return.final_sale`, `delay.late`…)."]
    pub code: String,
    #[doc = "What a return would refund now, if everything comes back resellable."]
    pub refund: Option<Money>,
    #[doc = "The fees that refund already takes off (restocking plus return shipping)."]
    pub fees: Option<Money>,
    #[doc = "The refund method after policy (`store_credit` after a fallback)."]
    pub method: Option<RefundMethod>,
    #[doc = "The sentence."]
    pub statement: Statement,
}

impl crate::wire::Fields for CustomerAction {
    fn places(&self) -> usize {
        match self {
            CustomerAction { .. } => 12,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CustomerAction { .. }, 0) => Some("action"),
            (CustomerAction { .. }, 1) => Some("subject"),
            (CustomerAction { .. }, 2) => Some("available"),
            (CustomerAction { .. }, 3) => Some("needs_review"),
            (CustomerAction { .. }, 4) => Some("units"),
            (CustomerAction { .. }, 5) => Some("deadline"),
            (CustomerAction { .. }, 6) => Some("days_left"),
            (CustomerAction { .. }, 7) => Some("code"),
            (CustomerAction { .. }, 8) => Some("refund"),
            (CustomerAction { .. }, 9) => Some("fees"),
            (CustomerAction { .. }, 10) => Some("method"),
            (CustomerAction { .. }, 11) => Some("statement"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CustomerAction { action: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { subject: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { available: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { needs_review: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { units: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { deadline: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { days_left: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { code: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { refund: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { fees: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { method: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (CustomerAction { statement: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CustomerAction")),
        }
    }
}

impl crate::wire::Feed for CustomerAction {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CustomerActionSlots {
    action: Option<ActionKind>,
    subject: Option<String>,
    available: Option<bool>,
    needs_review: Option<bool>,
    units: Option<i64>,
    deadline: Option<Option<SystemTime>>,
    days_left: Option<Option<i64>>,
    code: Option<String>,
    refund: Option<Option<Money>>,
    fees: Option<Option<Money>>,
    method: Option<Option<RefundMethod>>,
    statement: Option<Statement>,
}

impl crate::wire::Build for CustomerAction {
    type Slots = CustomerActionSlots;
    const WHAT: &'static str = "CustomerAction";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CustomerActionSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "action" => s.action = Some(crate::wire::build(v)?),
            "subject" => s.subject = Some(crate::wire::build(v)?),
            "available" => s.available = Some(crate::wire::build(v)?),
            "needs_review" => s.needs_review = Some(crate::wire::build(v)?),
            "units" => s.units = Some(crate::wire::build(v)?),
            "deadline" => s.deadline = Some(crate::wire::build(v)?),
            "days_left" => s.days_left = Some(crate::wire::build(v)?),
            "code" => s.code = Some(crate::wire::build(v)?),
            "refund" => s.refund = Some(crate::wire::build(v)?),
            "fees" => s.fees = Some(crate::wire::build(v)?),
            "method" => s.method = Some(crate::wire::build(v)?),
            "statement" => s.statement = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CustomerAction")),
        }
        Ok(())
    }

    fn finish(s: CustomerActionSlots) -> Result<Self, crate::wire::Error> {
        Ok(CustomerAction {
            action: s.action.ok_or_else(|| crate::wire::missing("action", "CustomerAction"))?,
            subject: s.subject.ok_or_else(|| crate::wire::missing("subject", "CustomerAction"))?,
            available: s.available.ok_or_else(|| crate::wire::missing("available", "CustomerAction"))?,
            needs_review: s.needs_review.ok_or_else(|| crate::wire::missing("needs_review", "CustomerAction"))?,
            units: s.units.ok_or_else(|| crate::wire::missing("units", "CustomerAction"))?,
            deadline: s.deadline.flatten(),
            days_left: s.days_left.flatten(),
            code: s.code.ok_or_else(|| crate::wire::missing("code", "CustomerAction"))?,
            refund: s.refund.flatten(),
            fees: s.fees.flatten(),
            method: s.method.flatten(),
            statement: s.statement.ok_or_else(|| crate::wire::missing("statement", "CustomerAction"))?,
        })
    }
}


#[doc = "An answer: the question, the text, and the statements it is made of."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerAnswer {
    #[doc = "The question's name."]
    pub question: String,
    #[doc = "The answer as one short paragraph."]
    pub text: String,
    #[doc = "Its sentences, each with its facts."]
    pub statements: Vec<Statement>,
}

impl crate::wire::Fields for CustomerAnswer {
    fn places(&self) -> usize {
        match self {
            CustomerAnswer { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CustomerAnswer { .. }, 0) => Some("question"),
            (CustomerAnswer { .. }, 1) => Some("text"),
            (CustomerAnswer { .. }, 2) => Some("statements"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CustomerAnswer { question: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CustomerAnswer { text: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CustomerAnswer { statements: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CustomerAnswer")),
        }
    }
}

impl crate::wire::Feed for CustomerAnswer {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CustomerAnswerSlots {
    question: Option<String>,
    text: Option<String>,
    statements: Option<Vec<Statement>>,
}

impl crate::wire::Build for CustomerAnswer {
    type Slots = CustomerAnswerSlots;
    const WHAT: &'static str = "CustomerAnswer";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CustomerAnswerSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "question" => s.question = Some(crate::wire::build(v)?),
            "text" => s.text = Some(crate::wire::build(v)?),
            "statements" => s.statements = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CustomerAnswer")),
        }
        Ok(())
    }

    fn finish(s: CustomerAnswerSlots) -> Result<Self, crate::wire::Error> {
        Ok(CustomerAnswer {
            question: s.question.ok_or_else(|| crate::wire::missing("question", "CustomerAnswer"))?,
            text: s.text.ok_or_else(|| crate::wire::missing("text", "CustomerAnswer"))?,
            statements: s.statements.ok_or_else(|| crate::wire::missing("statements", "CustomerAnswer"))?,
        })
    }
}


#[doc = "A message ready to send: its payload and the rendered text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerMessage {
    #[doc = "The locale of the text."]
    pub locale: String,
    #[doc = "The variables."]
    pub payload: MessagePayload,
    #[doc = "The subject line (email) or title (push): plain text, escape it for HTML."]
    pub subject: String,
    #[doc = "The short body: plain text with values from outside as given (a title may hold `<`, `&` or quotes); escape it before putting it in an HTML email or page."]
    pub body: String,
}

impl crate::wire::Fields for CustomerMessage {
    fn places(&self) -> usize {
        match self {
            CustomerMessage { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CustomerMessage { .. }, 0) => Some("locale"),
            (CustomerMessage { .. }, 1) => Some("payload"),
            (CustomerMessage { .. }, 2) => Some("subject"),
            (CustomerMessage { .. }, 3) => Some("body"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CustomerMessage { locale: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CustomerMessage { payload: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (CustomerMessage { subject: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (CustomerMessage { body: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CustomerMessage")),
        }
    }
}

impl crate::wire::Feed for CustomerMessage {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CustomerMessageSlots {
    locale: Option<String>,
    payload: Option<MessagePayload>,
    subject: Option<String>,
    body: Option<String>,
}

impl crate::wire::Build for CustomerMessage {
    type Slots = CustomerMessageSlots;
    const WHAT: &'static str = "CustomerMessage";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CustomerMessageSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "locale" => s.locale = Some(crate::wire::build(v)?),
            "payload" => s.payload = Some(crate::wire::build(v)?),
            "subject" => s.subject = Some(crate::wire::build(v)?),
            "body" => s.body = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CustomerMessage")),
        }
        Ok(())
    }

    fn finish(s: CustomerMessageSlots) -> Result<Self, crate::wire::Error> {
        Ok(CustomerMessage {
            locale: s.locale.ok_or_else(|| crate::wire::missing("locale", "CustomerMessage"))?,
            payload: s.payload.ok_or_else(|| crate::wire::missing("payload", "CustomerMessage"))?,
            subject: s.subject.ok_or_else(|| crate::wire::missing("subject", "CustomerMessage"))?,
            body: s.body.ok_or_else(|| crate::wire::missing("body", "CustomerMessage"))?,
        })
    }
}


#[doc = "One customer's purchases, by the customer's id."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerPurchases {
    #[doc = "The customer's id."]
    pub id: String,
    #[doc = "Purchase times."]
    #[serde(with = "crate::wire::times")]
    pub purchases: Vec<SystemTime>,
}

impl crate::wire::Fields for CustomerPurchases {
    fn places(&self) -> usize {
        match self {
            CustomerPurchases { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CustomerPurchases { .. }, 0) => Some("id"),
            (CustomerPurchases { .. }, 1) => Some("purchases"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CustomerPurchases { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CustomerPurchases { purchases: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CustomerPurchases")),
        }
    }
}

impl crate::wire::Feed for CustomerPurchases {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CustomerPurchasesSlots {
    id: Option<String>,
    purchases: Option<Vec<SystemTime>>,
}

impl crate::wire::Build for CustomerPurchases {
    type Slots = CustomerPurchasesSlots;
    const WHAT: &'static str = "CustomerPurchases";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CustomerPurchasesSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "purchases" => s.purchases = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CustomerPurchases")),
        }
        Ok(())
    }

    fn finish(s: CustomerPurchasesSlots) -> Result<Self, crate::wire::Error> {
        Ok(CustomerPurchases {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "CustomerPurchases"))?,
            purchases: s.purchases.ok_or_else(|| crate::wire::missing("purchases", "CustomerPurchases"))?,
        })
    }
}


#[doc = "One customer's stage at each date (`None`: not a customer yet)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct CustomerStages {
    #[doc = "The customer's id."]
    pub id: String,
    #[doc = "The stage at each date."]
    pub stages: Vec<Option<Stage>>,
}

impl crate::wire::Fields for CustomerStages {
    fn places(&self) -> usize {
        match self {
            CustomerStages { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (CustomerStages { .. }, 0) => Some("id"),
            (CustomerStages { .. }, 1) => Some("stages"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (CustomerStages { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (CustomerStages { stages: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "CustomerStages")),
        }
    }
}

impl crate::wire::Feed for CustomerStages {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct CustomerStagesSlots {
    id: Option<String>,
    stages: Option<Vec<Option<Stage>>>,
}

impl crate::wire::Build for CustomerStages {
    type Slots = CustomerStagesSlots;
    const WHAT: &'static str = "CustomerStages";

    fn put<V: serde::Serialize + ?Sized>(s: &mut CustomerStagesSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "stages" => s.stages = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "CustomerStages")),
        }
        Ok(())
    }

    fn finish(s: CustomerStagesSlots) -> Result<Self, crate::wire::Error> {
        Ok(CustomerStages {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "CustomerStages"))?,
            stages: s.stages.ok_or_else(|| crate::wire::missing("stages", "CustomerStages"))?,
        })
    }
}


#[doc = "A reason code of a return decision (returns::DECISION_CODES)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum DecisionCode {
    #[serde(rename = "return.allowed")]
    ReturnAllowed,
    #[serde(rename = "return.window_open")]
    ReturnWindowOpen,
    #[serde(rename = "return.window_unlimited")]
    ReturnWindowUnlimited,
    #[serde(rename = "return.window_closed")]
    ReturnWindowClosed,
    #[serde(rename = "return.window_not_started")]
    ReturnWindowNotStarted,
    #[serde(rename = "return.quantity_ok")]
    ReturnQuantityOk,
    #[serde(rename = "return.quantity_exceeds_returnable")]
    ReturnQuantityExceedsReturnable,
    #[serde(rename = "return.already_returned")]
    ReturnAlreadyReturned,
    #[serde(rename = "return.already_claimed")]
    ReturnAlreadyClaimed,
    #[serde(rename = "return.parcel_lost")]
    ReturnParcelLost,
    #[serde(rename = "return.returnable_item")]
    ReturnReturnableItem,
    #[serde(rename = "return.final_sale")]
    ReturnFinalSale,
    #[serde(rename = "return.digital")]
    ReturnDigital,
    #[serde(rename = "return.perishable")]
    ReturnPerishable,
    #[serde(rename = "return.personalised")]
    ReturnPersonalised,
    #[serde(rename = "return.hygiene")]
    ReturnHygiene,
    #[serde(rename = "return.shipping_requirement_met")]
    ReturnShippingRequirementMet,
    #[serde(rename = "return.not_shipped")]
    ReturnNotShipped,
    #[serde(rename = "return.not_delivered")]
    ReturnNotDelivered,
    #[serde(rename = "return.frequency_ok")]
    ReturnFrequencyOk,
    #[serde(rename = "return.review_frequent_returner")]
    ReturnReviewFrequentReturner,
    #[serde(rename = "return.value_ok")]
    ReturnValueOk,
    #[serde(rename = "return.review_high_value")]
    ReturnReviewHighValue,
    #[serde(rename = "return.refund_method_fallback")]
    ReturnRefundMethodFallback,
}

impl crate::wire::Feed for DecisionCode {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            DecisionCode::ReturnAllowed => v.visit_borrowed_str("return.allowed"),
            DecisionCode::ReturnWindowOpen => v.visit_borrowed_str("return.window_open"),
            DecisionCode::ReturnWindowUnlimited => v.visit_borrowed_str("return.window_unlimited"),
            DecisionCode::ReturnWindowClosed => v.visit_borrowed_str("return.window_closed"),
            DecisionCode::ReturnWindowNotStarted => v.visit_borrowed_str("return.window_not_started"),
            DecisionCode::ReturnQuantityOk => v.visit_borrowed_str("return.quantity_ok"),
            DecisionCode::ReturnQuantityExceedsReturnable => v.visit_borrowed_str("return.quantity_exceeds_returnable"),
            DecisionCode::ReturnAlreadyReturned => v.visit_borrowed_str("return.already_returned"),
            DecisionCode::ReturnAlreadyClaimed => v.visit_borrowed_str("return.already_claimed"),
            DecisionCode::ReturnParcelLost => v.visit_borrowed_str("return.parcel_lost"),
            DecisionCode::ReturnReturnableItem => v.visit_borrowed_str("return.returnable_item"),
            DecisionCode::ReturnFinalSale => v.visit_borrowed_str("return.final_sale"),
            DecisionCode::ReturnDigital => v.visit_borrowed_str("return.digital"),
            DecisionCode::ReturnPerishable => v.visit_borrowed_str("return.perishable"),
            DecisionCode::ReturnPersonalised => v.visit_borrowed_str("return.personalised"),
            DecisionCode::ReturnHygiene => v.visit_borrowed_str("return.hygiene"),
            DecisionCode::ReturnShippingRequirementMet => v.visit_borrowed_str("return.shipping_requirement_met"),
            DecisionCode::ReturnNotShipped => v.visit_borrowed_str("return.not_shipped"),
            DecisionCode::ReturnNotDelivered => v.visit_borrowed_str("return.not_delivered"),
            DecisionCode::ReturnFrequencyOk => v.visit_borrowed_str("return.frequency_ok"),
            DecisionCode::ReturnReviewFrequentReturner => v.visit_borrowed_str("return.review_frequent_returner"),
            DecisionCode::ReturnValueOk => v.visit_borrowed_str("return.value_ok"),
            DecisionCode::ReturnReviewHighValue => v.visit_borrowed_str("return.review_high_value"),
            DecisionCode::ReturnRefundMethodFallback => v.visit_borrowed_str("return.refund_method_fallback"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            DecisionCode::ReturnAllowed => v.visit_enum(crate::wire::UnitVariant("return.allowed")),
            DecisionCode::ReturnWindowOpen => v.visit_enum(crate::wire::UnitVariant("return.window_open")),
            DecisionCode::ReturnWindowUnlimited => v.visit_enum(crate::wire::UnitVariant("return.window_unlimited")),
            DecisionCode::ReturnWindowClosed => v.visit_enum(crate::wire::UnitVariant("return.window_closed")),
            DecisionCode::ReturnWindowNotStarted => v.visit_enum(crate::wire::UnitVariant("return.window_not_started")),
            DecisionCode::ReturnQuantityOk => v.visit_enum(crate::wire::UnitVariant("return.quantity_ok")),
            DecisionCode::ReturnQuantityExceedsReturnable => v.visit_enum(crate::wire::UnitVariant("return.quantity_exceeds_returnable")),
            DecisionCode::ReturnAlreadyReturned => v.visit_enum(crate::wire::UnitVariant("return.already_returned")),
            DecisionCode::ReturnAlreadyClaimed => v.visit_enum(crate::wire::UnitVariant("return.already_claimed")),
            DecisionCode::ReturnParcelLost => v.visit_enum(crate::wire::UnitVariant("return.parcel_lost")),
            DecisionCode::ReturnReturnableItem => v.visit_enum(crate::wire::UnitVariant("return.returnable_item")),
            DecisionCode::ReturnFinalSale => v.visit_enum(crate::wire::UnitVariant("return.final_sale")),
            DecisionCode::ReturnDigital => v.visit_enum(crate::wire::UnitVariant("return.digital")),
            DecisionCode::ReturnPerishable => v.visit_enum(crate::wire::UnitVariant("return.perishable")),
            DecisionCode::ReturnPersonalised => v.visit_enum(crate::wire::UnitVariant("return.personalised")),
            DecisionCode::ReturnHygiene => v.visit_enum(crate::wire::UnitVariant("return.hygiene")),
            DecisionCode::ReturnShippingRequirementMet => v.visit_enum(crate::wire::UnitVariant("return.shipping_requirement_met")),
            DecisionCode::ReturnNotShipped => v.visit_enum(crate::wire::UnitVariant("return.not_shipped")),
            DecisionCode::ReturnNotDelivered => v.visit_enum(crate::wire::UnitVariant("return.not_delivered")),
            DecisionCode::ReturnFrequencyOk => v.visit_enum(crate::wire::UnitVariant("return.frequency_ok")),
            DecisionCode::ReturnReviewFrequentReturner => v.visit_enum(crate::wire::UnitVariant("return.review_frequent_returner")),
            DecisionCode::ReturnValueOk => v.visit_enum(crate::wire::UnitVariant("return.value_ok")),
            DecisionCode::ReturnReviewHighValue => v.visit_enum(crate::wire::UnitVariant("return.review_high_value")),
            DecisionCode::ReturnRefundMethodFallback => v.visit_enum(crate::wire::UnitVariant("return.refund_method_fallback")),
        }
    }
}

impl crate::wire::Build for DecisionCode {
    type Slots = ();
    const WHAT: &'static str = "DecisionCode";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "return.allowed" => Ok(DecisionCode::ReturnAllowed),
            "return.window_open" => Ok(DecisionCode::ReturnWindowOpen),
            "return.window_unlimited" => Ok(DecisionCode::ReturnWindowUnlimited),
            "return.window_closed" => Ok(DecisionCode::ReturnWindowClosed),
            "return.window_not_started" => Ok(DecisionCode::ReturnWindowNotStarted),
            "return.quantity_ok" => Ok(DecisionCode::ReturnQuantityOk),
            "return.quantity_exceeds_returnable" => Ok(DecisionCode::ReturnQuantityExceedsReturnable),
            "return.already_returned" => Ok(DecisionCode::ReturnAlreadyReturned),
            "return.already_claimed" => Ok(DecisionCode::ReturnAlreadyClaimed),
            "return.parcel_lost" => Ok(DecisionCode::ReturnParcelLost),
            "return.returnable_item" => Ok(DecisionCode::ReturnReturnableItem),
            "return.final_sale" => Ok(DecisionCode::ReturnFinalSale),
            "return.digital" => Ok(DecisionCode::ReturnDigital),
            "return.perishable" => Ok(DecisionCode::ReturnPerishable),
            "return.personalised" => Ok(DecisionCode::ReturnPersonalised),
            "return.hygiene" => Ok(DecisionCode::ReturnHygiene),
            "return.shipping_requirement_met" => Ok(DecisionCode::ReturnShippingRequirementMet),
            "return.not_shipped" => Ok(DecisionCode::ReturnNotShipped),
            "return.not_delivered" => Ok(DecisionCode::ReturnNotDelivered),
            "return.frequency_ok" => Ok(DecisionCode::ReturnFrequencyOk),
            "return.review_frequent_returner" => Ok(DecisionCode::ReturnReviewFrequentReturner),
            "return.value_ok" => Ok(DecisionCode::ReturnValueOk),
            "return.review_high_value" => Ok(DecisionCode::ReturnReviewHighValue),
            "return.refund_method_fallback" => Ok(DecisionCode::ReturnRefundMethodFallback),
            _ => Err(crate::wire::unknown(v, "DecisionCode")),
        }
    }
}


#[doc = "What delay detection concluded about one shipment at `now`."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct DelayAssessment {
    #[doc = "The merchant status at `now`."]
    pub status: TrackingStatus,
    #[doc = "Past the promised (or estimated) delivery and not delivered."]
    pub late: bool,
    #[doc = "No scan for `stalled_after_days`."]
    pub stalled: bool,
    #[doc = "No update for the lost threshold, or no scan since `promise + lost_after_promise_hours`."]
    pub presumed_lost: bool,
    #[doc = "The carrier flagged a delay on the latest scan."]
    pub carrier_delayed: bool,
    #[doc = "When the latest scan happened, if any."]
    #[serde(with = "crate::wire::optional_time")]
    pub last_scan_at: Option<SystemTime>,
}

impl crate::wire::Fields for DelayAssessment {
    fn places(&self) -> usize {
        match self {
            DelayAssessment { .. } => 6,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (DelayAssessment { .. }, 0) => Some("status"),
            (DelayAssessment { .. }, 1) => Some("late"),
            (DelayAssessment { .. }, 2) => Some("stalled"),
            (DelayAssessment { .. }, 3) => Some("presumed_lost"),
            (DelayAssessment { .. }, 4) => Some("carrier_delayed"),
            (DelayAssessment { .. }, 5) => Some("last_scan_at"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (DelayAssessment { status: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (DelayAssessment { late: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (DelayAssessment { stalled: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (DelayAssessment { presumed_lost: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (DelayAssessment { carrier_delayed: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (DelayAssessment { last_scan_at: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "DelayAssessment")),
        }
    }
}

impl crate::wire::Feed for DelayAssessment {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct DelayAssessmentSlots {
    status: Option<TrackingStatus>,
    late: Option<bool>,
    stalled: Option<bool>,
    presumed_lost: Option<bool>,
    carrier_delayed: Option<bool>,
    last_scan_at: Option<Option<SystemTime>>,
}

impl crate::wire::Build for DelayAssessment {
    type Slots = DelayAssessmentSlots;
    const WHAT: &'static str = "DelayAssessment";

    fn put<V: serde::Serialize + ?Sized>(s: &mut DelayAssessmentSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "status" => s.status = Some(crate::wire::build(v)?),
            "late" => s.late = Some(crate::wire::build(v)?),
            "stalled" => s.stalled = Some(crate::wire::build(v)?),
            "presumed_lost" => s.presumed_lost = Some(crate::wire::build(v)?),
            "carrier_delayed" => s.carrier_delayed = Some(crate::wire::build(v)?),
            "last_scan_at" => s.last_scan_at = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "DelayAssessment")),
        }
        Ok(())
    }

    fn finish(s: DelayAssessmentSlots) -> Result<Self, crate::wire::Error> {
        Ok(DelayAssessment {
            status: s.status.ok_or_else(|| crate::wire::missing("status", "DelayAssessment"))?,
            late: s.late.ok_or_else(|| crate::wire::missing("late", "DelayAssessment"))?,
            stalled: s.stalled.ok_or_else(|| crate::wire::missing("stalled", "DelayAssessment"))?,
            presumed_lost: s.presumed_lost.ok_or_else(|| crate::wire::missing("presumed_lost", "DelayAssessment"))?,
            carrier_delayed: s.carrier_delayed.ok_or_else(|| crate::wire::missing("carrier_delayed", "DelayAssessment"))?,
            last_scan_at: s.last_scan_at.flatten(),
        })
    }
}


#[doc = "Thresholds for delay detection. All durations are configurable; the defaults follow common carrier practice."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct DelayThresholds {
    #[doc = "No update for this many days on a domestic shipment: presumed lost (default 7)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_days_domestic: Option<i64>,
    #[doc = "No update for this many days on an international shipment: presumed lost (default 20)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_days_international: Option<i64>,
    #[doc = "Hours past the promised date with no scan since the promise: presumed lost (default 48)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lost_after_promise_hours: Option<i64>,
    #[doc = "No scan for this many days counts as stalled (default 3)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub stalled_after_days: Option<i64>,
}

impl crate::wire::Fields for DelayThresholds {
    fn places(&self) -> usize {
        match self {
            DelayThresholds { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (DelayThresholds { lost_after_days_domestic: x, .. }, 0) => x.as_ref().map(|_| "lost_after_days_domestic"),
            (DelayThresholds { lost_after_days_international: x, .. }, 1) => x.as_ref().map(|_| "lost_after_days_international"),
            (DelayThresholds { lost_after_promise_hours: x, .. }, 2) => x.as_ref().map(|_| "lost_after_promise_hours"),
            (DelayThresholds { stalled_after_days: x, .. }, 3) => x.as_ref().map(|_| "stalled_after_days"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (DelayThresholds { lost_after_days_domestic: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (DelayThresholds { lost_after_days_international: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (DelayThresholds { lost_after_promise_hours: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (DelayThresholds { stalled_after_days: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "DelayThresholds")),
        }
    }
}

impl crate::wire::Feed for DelayThresholds {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct DelayThresholdsSlots {
    lost_after_days_domestic: Option<Option<i64>>,
    lost_after_days_international: Option<Option<i64>>,
    lost_after_promise_hours: Option<Option<i64>>,
    stalled_after_days: Option<Option<i64>>,
}

impl crate::wire::Build for DelayThresholds {
    type Slots = DelayThresholdsSlots;
    const WHAT: &'static str = "DelayThresholds";

    fn put<V: serde::Serialize + ?Sized>(s: &mut DelayThresholdsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "lost_after_days_domestic" => s.lost_after_days_domestic = Some(crate::wire::build(v)?),
            "lost_after_days_international" => s.lost_after_days_international = Some(crate::wire::build(v)?),
            "lost_after_promise_hours" => s.lost_after_promise_hours = Some(crate::wire::build(v)?),
            "stalled_after_days" => s.stalled_after_days = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "DelayThresholds")),
        }
        Ok(())
    }

    fn finish(s: DelayThresholdsSlots) -> Result<Self, crate::wire::Error> {
        Ok(DelayThresholds {
            lost_after_days_domestic: s.lost_after_days_domestic.flatten(),
            lost_after_days_international: s.lost_after_days_international.flatten(),
            lost_after_promise_hours: s.lost_after_promise_hours.flatten(),
            stalled_after_days: s.stalled_after_days.flatten(),
        })
    }
}


#[doc = "An order-level discount (a coupon), as a positive amount."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Discount {
    #[doc = "The code or title."]
    pub code: String,
    #[doc = "The amount, in whole minor units."]
    pub amount: Money,
}

impl crate::wire::Fields for Discount {
    fn places(&self) -> usize {
        match self {
            Discount { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Discount { .. }, 0) => Some("code"),
            (Discount { .. }, 1) => Some("amount"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Discount { code: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Discount { amount: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Discount")),
        }
    }
}

impl crate::wire::Feed for Discount {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct DiscountSlots {
    code: Option<String>,
    amount: Option<Money>,
}

impl crate::wire::Build for Discount {
    type Slots = DiscountSlots;
    const WHAT: &'static str = "Discount";

    fn put<V: serde::Serialize + ?Sized>(s: &mut DiscountSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "code" => s.code = Some(crate::wire::build(v)?),
            "amount" => s.amount = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Discount")),
        }
        Ok(())
    }

    fn finish(s: DiscountSlots) -> Result<Self, crate::wire::Error> {
        Ok(Discount {
            code: s.code.ok_or_else(|| crate::wire::missing("code", "Discount"))?,
            amount: s.amount.ok_or_else(|| crate::wire::missing("amount", "Discount"))?,
        })
    }
}


#[doc = "Points taken from one lot."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Draw {
    #[doc = "The lot."]
    pub lot: i64,
    #[doc = "Points taken."]
    pub points: i64,
}

impl crate::wire::Fields for Draw {
    fn places(&self) -> usize {
        match self {
            Draw { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Draw { .. }, 0) => Some("lot"),
            (Draw { .. }, 1) => Some("points"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Draw { lot: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Draw { points: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Draw")),
        }
    }
}

impl crate::wire::Feed for Draw {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct DrawSlots {
    lot: Option<i64>,
    points: Option<i64>,
}

impl crate::wire::Build for Draw {
    type Slots = DrawSlots;
    const WHAT: &'static str = "Draw";

    fn put<V: serde::Serialize + ?Sized>(s: &mut DrawSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "lot" => s.lot = Some(crate::wire::build(v)?),
            "points" => s.points = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Draw")),
        }
        Ok(())
    }

    fn finish(s: DrawSlots) -> Result<Self, crate::wire::Error> {
        Ok(Draw {
            lot: s.lot.ok_or_else(|| crate::wire::missing("lot", "Draw"))?,
            points: s.points.ok_or_else(|| crate::wire::missing("points", "Draw"))?,
        })
    }
}


#[doc = "A line of an order that earns points."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EarnLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Net merchandise spend of the line (after discounts), in the programme's currency."]
    pub spend: Money,
    #[doc = "Tax on the line (counts only if the programme says so)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tax: Option<Money>,
}

impl crate::wire::Fields for EarnLine {
    fn places(&self) -> usize {
        match self {
            EarnLine { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (EarnLine { .. }, 0) => Some("line"),
            (EarnLine { .. }, 1) => Some("spend"),
            (EarnLine { tax: x, .. }, 2) => x.as_ref().map(|_| "tax"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (EarnLine { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (EarnLine { spend: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EarnLine { tax: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "EarnLine")),
        }
    }
}

impl crate::wire::Feed for EarnLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct EarnLineSlots {
    line: Option<String>,
    spend: Option<Money>,
    tax: Option<Option<Money>>,
}

impl crate::wire::Build for EarnLine {
    type Slots = EarnLineSlots;
    const WHAT: &'static str = "EarnLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut EarnLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "spend" => s.spend = Some(crate::wire::build(v)?),
            "tax" => s.tax = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "EarnLine")),
        }
        Ok(())
    }

    fn finish(s: EarnLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(EarnLine {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "EarnLine"))?,
            spend: s.spend.ok_or_else(|| crate::wire::missing("spend", "EarnLine"))?,
            tax: s.tax.flatten(),
        })
    }
}


#[doc = "What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it is earned at the entry's `at`, and nothing has been spent or clawed back from it yet."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EarnedLot {
    #[doc = "Points earned."]
    pub points: i64,
    #[doc = "Pending (not spendable until released)."]
    pub pending: bool,
    #[doc = "When it becomes available (an award: at once; an order: when known)."]
    #[serde(with = "crate::wire::optional_time")]
    pub available_at: Option<SystemTime>,
    #[doc = "When it expires (fixed on release for pending lots)."]
    #[serde(with = "crate::wire::optional_time")]
    pub expires_at: Option<SystemTime>,
    #[doc = "The order that earned it."]
    pub order: Option<String>,
    #[doc = "The order line that earned it."]
    pub line: Option<String>,
    #[doc = "Spend that earned it (for tiers and clawbacks)."]
    pub spend: Amount,
    #[doc = "Points per currency unit it was earned at, multiplier included."]
    pub rate: Amount,
}

impl crate::wire::Fields for EarnedLot {
    fn places(&self) -> usize {
        match self {
            EarnedLot { .. } => 8,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (EarnedLot { .. }, 0) => Some("points"),
            (EarnedLot { .. }, 1) => Some("pending"),
            (EarnedLot { .. }, 2) => Some("available_at"),
            (EarnedLot { .. }, 3) => Some("expires_at"),
            (EarnedLot { .. }, 4) => Some("order"),
            (EarnedLot { .. }, 5) => Some("line"),
            (EarnedLot { .. }, 6) => Some("spend"),
            (EarnedLot { .. }, 7) => Some("rate"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (EarnedLot { points: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { pending: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { available_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { expires_at: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { order: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { line: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { spend: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (EarnedLot { rate: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "EarnedLot")),
        }
    }
}

impl crate::wire::Feed for EarnedLot {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct EarnedLotSlots {
    points: Option<i64>,
    pending: Option<bool>,
    available_at: Option<Option<SystemTime>>,
    expires_at: Option<Option<SystemTime>>,
    order: Option<Option<String>>,
    line: Option<Option<String>>,
    spend: Option<Amount>,
    rate: Option<Amount>,
}

impl crate::wire::Build for EarnedLot {
    type Slots = EarnedLotSlots;
    const WHAT: &'static str = "EarnedLot";

    fn put<V: serde::Serialize + ?Sized>(s: &mut EarnedLotSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "points" => s.points = Some(crate::wire::build(v)?),
            "pending" => s.pending = Some(crate::wire::build(v)?),
            "available_at" => s.available_at = Some(crate::wire::build(v)?),
            "expires_at" => s.expires_at = Some(crate::wire::build(v)?),
            "order" => s.order = Some(crate::wire::build(v)?),
            "line" => s.line = Some(crate::wire::build(v)?),
            "spend" => s.spend = Some(crate::wire::build(v)?),
            "rate" => s.rate = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "EarnedLot")),
        }
        Ok(())
    }

    fn finish(s: EarnedLotSlots) -> Result<Self, crate::wire::Error> {
        Ok(EarnedLot {
            points: s.points.ok_or_else(|| crate::wire::missing("points", "EarnedLot"))?,
            pending: s.pending.ok_or_else(|| crate::wire::missing("pending", "EarnedLot"))?,
            available_at: s.available_at.flatten(),
            expires_at: s.expires_at.flatten(),
            order: s.order.flatten(),
            line: s.line.flatten(),
            spend: s.spend.ok_or_else(|| crate::wire::missing("spend", "EarnedLot"))?,
            rate: s.rate.ok_or_else(|| crate::wire::missing("rate", "EarnedLot"))?,
        })
    }
}


#[doc = "Facts about the customer the host knows and the order does not."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EligibilityContext {
    #[doc = "When a silent parcel counts as lost (its units are then claimable, never returnable); absent: [`DelayThresholds::default`]. A carrier-declared loss counts whatever these say."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub delay_thresholds: Option<DelayThresholds>,
    #[doc = "When the customer's earlier returns (on any order) were requested."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_times")]
    pub recent_returns: Option<Vec<SystemTime>>,
    #[doc = "The customer's tier benefits."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tier: Option<TierBenefits>,
}

impl crate::wire::Fields for EligibilityContext {
    fn places(&self) -> usize {
        match self {
            EligibilityContext { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (EligibilityContext { delay_thresholds: x, .. }, 0) => x.as_ref().map(|_| "delay_thresholds"),
            (EligibilityContext { recent_returns: x, .. }, 1) => x.as_ref().map(|_| "recent_returns"),
            (EligibilityContext { tier: x, .. }, 2) => x.as_ref().map(|_| "tier"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (EligibilityContext { delay_thresholds: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (EligibilityContext { recent_returns: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EligibilityContext { tier: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "EligibilityContext")),
        }
    }
}

impl crate::wire::Feed for EligibilityContext {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct EligibilityContextSlots {
    delay_thresholds: Option<Option<DelayThresholds>>,
    recent_returns: Option<Option<Vec<SystemTime>>>,
    tier: Option<Option<TierBenefits>>,
}

impl crate::wire::Build for EligibilityContext {
    type Slots = EligibilityContextSlots;
    const WHAT: &'static str = "EligibilityContext";

    fn put<V: serde::Serialize + ?Sized>(s: &mut EligibilityContextSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "delay_thresholds" => s.delay_thresholds = Some(crate::wire::build(v)?),
            "recent_returns" => s.recent_returns = Some(crate::wire::build(v)?),
            "tier" => s.tier = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "EligibilityContext")),
        }
        Ok(())
    }

    fn finish(s: EligibilityContextSlots) -> Result<Self, crate::wire::Error> {
        Ok(EligibilityContext {
            delay_thresholds: s.delay_thresholds.flatten(),
            recent_returns: s.recent_returns.flatten(),
            tier: s.tier.flatten(),
        })
    }
}


#[doc = "The decision on a whole request."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct EligibilityReport {
    #[doc = "The return."]
    pub return_id: String,
    #[doc = "Denied if every line is denied; review if any line needs review; allowed otherwise."]
    pub outcome: Outcome,
    #[doc = "Per line."]
    pub lines: Vec<LineDecision>,
    #[doc = "The refund method after policy (may fall back to store credit)."]
    pub method: RefundMethod,
    #[doc = "Set when the method fell back to store credit, with its reason code."]
    pub method_note: Option<DecisionCode>,
}

impl crate::wire::Fields for EligibilityReport {
    fn places(&self) -> usize {
        match self {
            EligibilityReport { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (EligibilityReport { .. }, 0) => Some("return_id"),
            (EligibilityReport { .. }, 1) => Some("outcome"),
            (EligibilityReport { .. }, 2) => Some("lines"),
            (EligibilityReport { .. }, 3) => Some("method"),
            (EligibilityReport { .. }, 4) => Some("method_note"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (EligibilityReport { return_id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (EligibilityReport { outcome: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EligibilityReport { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EligibilityReport { method: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (EligibilityReport { method_note: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "EligibilityReport")),
        }
    }
}

impl crate::wire::Feed for EligibilityReport {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct EligibilityReportSlots {
    return_id: Option<String>,
    outcome: Option<Outcome>,
    lines: Option<Vec<LineDecision>>,
    method: Option<RefundMethod>,
    method_note: Option<Option<DecisionCode>>,
}

impl crate::wire::Build for EligibilityReport {
    type Slots = EligibilityReportSlots;
    const WHAT: &'static str = "EligibilityReport";

    fn put<V: serde::Serialize + ?Sized>(s: &mut EligibilityReportSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "return_id" => s.return_id = Some(crate::wire::build(v)?),
            "outcome" => s.outcome = Some(crate::wire::build(v)?),
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "method" => s.method = Some(crate::wire::build(v)?),
            "method_note" => s.method_note = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "EligibilityReport")),
        }
        Ok(())
    }

    fn finish(s: EligibilityReportSlots) -> Result<Self, crate::wire::Error> {
        Ok(EligibilityReport {
            return_id: s.return_id.ok_or_else(|| crate::wire::missing("return_id", "EligibilityReport"))?,
            outcome: s.outcome.ok_or_else(|| crate::wire::missing("outcome", "EligibilityReport"))?,
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "EligibilityReport"))?,
            method: s.method.ok_or_else(|| crate::wire::missing("method", "EligibilityReport"))?,
            method_note: s.method_note.flatten(),
        })
    }
}


#[doc = "What an entry records."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum EntryKind {
    #[doc = "Points earned into a new lot (pending or available)."]
    #[serde(rename = "earn")]
    Earn {
        #[doc = "The lot, as decided."]
        lot: EarnedLot,
    },
    #[doc = "A pending lot became available."]
    #[serde(rename = "release")]
    Release {
        #[doc = "The lot."]
        lot: i64,
        #[doc = "Its expiry, fixed now that it is available."]
        #[serde(with = "crate::wire::optional_time")]
        expires_at: Option<SystemTime>,
    },
    #[doc = "A pending lot's release time was set."]
    #[serde(rename = "scheduled")]
    Scheduled {
        #[doc = "The lots."]
        lots: Vec<i64>,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        available_at: SystemTime,
    },
    #[doc = "Points spent."]
    #[serde(rename = "redeem")]
    Redeem {
        #[doc = "Redemption id."]
        redemption: String,
        #[doc = "Order."]
        order: String,
        #[doc = "Money value, in the order's currency (rounded to its minor unit)."]
        value: Amount,
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
        #[doc = "The order's currency (absent on entries written before schema version 3)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        currency: Option<String>,
    },
    #[doc = "A redemption given back."]
    #[serde(rename = "reverse_redemption")]
    ReverseRedemption {
        #[doc = "Redemption id."]
        redemption: String,
        #[doc = "Lots restored."]
        draws: Vec<Draw>,
    },
    #[doc = "Points expired."]
    #[serde(rename = "expire")]
    Expire {
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
    },
    #[doc = "Points clawed back after a refund."]
    #[serde(rename = "clawback")]
    Clawback {
        #[doc = "Order."]
        order: String,
        #[doc = "Taken from available lots."]
        draws: Vec<Draw>,
        #[doc = "Pending points cancelled per lot."]
        cancelled: Vec<Draw>,
        #[doc = "Debt recorded (points that were already spent)."]
        debt: i64,
    },
    #[doc = "A manual adjustment that takes points (the reason is the entry's `reason`)."]
    #[serde(rename = "adjust")]
    Adjust {
        #[doc = "Lots drawn on."]
        draws: Vec<Draw>,
    },
    #[doc = "Debt paid from new earnings."]
    #[serde(rename = "debt_paid")]
    DebtPaid {
        #[doc = "Points."]
        points: i64,
        #[doc = "Lot that paid."]
        lot: i64,
    },
    #[doc = "Tier changed."]
    #[serde(rename = "tier_changed")]
    TierChanged {
        #[doc = "From."]
        from: Option<String>,
        #[doc = "To."]
        to: Option<String>,
    },
    #[doc = "The command was accepted and changed nothing (nothing to release, expire, earn or re-tier); the entry binds its idempotency key, so the key cannot later be reused for a different command."]
    #[serde(rename = "no_change")]
    NoChange,
}

impl crate::wire::Fields for EntryKind {
    fn places(&self) -> usize {
        match self {
            EntryKind::Earn { .. } => 2,
            EntryKind::Release { .. } => 3,
            EntryKind::Scheduled { .. } => 3,
            EntryKind::Redeem { .. } => 6,
            EntryKind::ReverseRedemption { .. } => 3,
            EntryKind::Expire { .. } => 2,
            EntryKind::Clawback { .. } => 5,
            EntryKind::Adjust { .. } => 2,
            EntryKind::DebtPaid { .. } => 3,
            EntryKind::TierChanged { .. } => 3,
            EntryKind::NoChange => 1,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (EntryKind::Earn { .. }, 0) => Some("kind"),
            (EntryKind::Earn { .. }, 1) => Some("lot"),
            (EntryKind::Release { .. }, 0) => Some("kind"),
            (EntryKind::Release { .. }, 1) => Some("lot"),
            (EntryKind::Release { .. }, 2) => Some("expires_at"),
            (EntryKind::Scheduled { .. }, 0) => Some("kind"),
            (EntryKind::Scheduled { .. }, 1) => Some("lots"),
            (EntryKind::Scheduled { .. }, 2) => Some("available_at"),
            (EntryKind::Redeem { .. }, 0) => Some("kind"),
            (EntryKind::Redeem { .. }, 1) => Some("redemption"),
            (EntryKind::Redeem { .. }, 2) => Some("order"),
            (EntryKind::Redeem { .. }, 3) => Some("value"),
            (EntryKind::Redeem { .. }, 4) => Some("draws"),
            (EntryKind::Redeem { currency: x, .. }, 5) => x.as_ref().map(|_| "currency"),
            (EntryKind::ReverseRedemption { .. }, 0) => Some("kind"),
            (EntryKind::ReverseRedemption { .. }, 1) => Some("redemption"),
            (EntryKind::ReverseRedemption { .. }, 2) => Some("draws"),
            (EntryKind::Expire { .. }, 0) => Some("kind"),
            (EntryKind::Expire { .. }, 1) => Some("draws"),
            (EntryKind::Clawback { .. }, 0) => Some("kind"),
            (EntryKind::Clawback { .. }, 1) => Some("order"),
            (EntryKind::Clawback { .. }, 2) => Some("draws"),
            (EntryKind::Clawback { .. }, 3) => Some("cancelled"),
            (EntryKind::Clawback { .. }, 4) => Some("debt"),
            (EntryKind::Adjust { .. }, 0) => Some("kind"),
            (EntryKind::Adjust { .. }, 1) => Some("draws"),
            (EntryKind::DebtPaid { .. }, 0) => Some("kind"),
            (EntryKind::DebtPaid { .. }, 1) => Some("points"),
            (EntryKind::DebtPaid { .. }, 2) => Some("lot"),
            (EntryKind::TierChanged { .. }, 0) => Some("kind"),
            (EntryKind::TierChanged { .. }, 1) => Some("from"),
            (EntryKind::TierChanged { .. }, 2) => Some("to"),
            (EntryKind::NoChange, 0) => Some("kind"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (EntryKind::Earn { .. }, 0) => crate::wire::code("earn", seed),
            (EntryKind::Earn { lot: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Release { .. }, 0) => crate::wire::code("release", seed),
            (EntryKind::Release { lot: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Release { expires_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Scheduled { .. }, 0) => crate::wire::code("scheduled", seed),
            (EntryKind::Scheduled { lots: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Scheduled { available_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Redeem { .. }, 0) => crate::wire::code("redeem", seed),
            (EntryKind::Redeem { redemption: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Redeem { order: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Redeem { value: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Redeem { draws: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Redeem { currency: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::ReverseRedemption { .. }, 0) => crate::wire::code("reverse_redemption", seed),
            (EntryKind::ReverseRedemption { redemption: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::ReverseRedemption { draws: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Expire { .. }, 0) => crate::wire::code("expire", seed),
            (EntryKind::Expire { draws: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Clawback { .. }, 0) => crate::wire::code("clawback", seed),
            (EntryKind::Clawback { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Clawback { draws: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Clawback { cancelled: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Clawback { debt: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::Adjust { .. }, 0) => crate::wire::code("adjust", seed),
            (EntryKind::Adjust { draws: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::DebtPaid { .. }, 0) => crate::wire::code("debt_paid", seed),
            (EntryKind::DebtPaid { points: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::DebtPaid { lot: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::TierChanged { .. }, 0) => crate::wire::code("tier_changed", seed),
            (EntryKind::TierChanged { from: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::TierChanged { to: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (EntryKind::NoChange, 0) => crate::wire::code("no_change", seed),
            _ => Err(crate::wire::unknown(&i.to_string(), "EntryKind")),
        }
    }
}

impl crate::wire::Feed for EntryKind {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct EntryKindSlots {
    tag: Option<String>,
    v0_lot: Option<EarnedLot>,
    v1_lot: Option<i64>,
    v1_expires_at: Option<Option<SystemTime>>,
    v2_lots: Option<Vec<i64>>,
    v2_available_at: Option<SystemTime>,
    v3_redemption: Option<String>,
    v3_order: Option<String>,
    v3_value: Option<Amount>,
    v3_draws: Option<Vec<Draw>>,
    v3_currency: Option<Option<String>>,
    v4_redemption: Option<String>,
    v4_draws: Option<Vec<Draw>>,
    v5_draws: Option<Vec<Draw>>,
    v6_order: Option<String>,
    v6_draws: Option<Vec<Draw>>,
    v6_cancelled: Option<Vec<Draw>>,
    v6_debt: Option<i64>,
    v7_draws: Option<Vec<Draw>>,
    v8_points: Option<i64>,
    v8_lot: Option<i64>,
    v9_from: Option<Option<String>>,
    v9_to: Option<Option<String>>,
}

impl crate::wire::Build for EntryKind {
    type Slots = EntryKindSlots;
    const WHAT: &'static str = "EntryKind";

    fn put<V: serde::Serialize + ?Sized>(s: &mut EntryKindSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "kind" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("earn"), "lot") => s.v0_lot = Some(crate::wire::build(v)?),
            (Some("release"), "lot") => s.v1_lot = Some(crate::wire::build(v)?),
            (Some("release"), "expires_at") => s.v1_expires_at = Some(crate::wire::build(v)?),
            (Some("scheduled"), "lots") => s.v2_lots = Some(crate::wire::build(v)?),
            (Some("scheduled"), "available_at") => s.v2_available_at = Some(crate::wire::build(v)?),
            (Some("redeem"), "redemption") => s.v3_redemption = Some(crate::wire::build(v)?),
            (Some("redeem"), "order") => s.v3_order = Some(crate::wire::build(v)?),
            (Some("redeem"), "value") => s.v3_value = Some(crate::wire::build(v)?),
            (Some("redeem"), "draws") => s.v3_draws = Some(crate::wire::build(v)?),
            (Some("redeem"), "currency") => s.v3_currency = Some(crate::wire::build(v)?),
            (Some("reverse_redemption"), "redemption") => s.v4_redemption = Some(crate::wire::build(v)?),
            (Some("reverse_redemption"), "draws") => s.v4_draws = Some(crate::wire::build(v)?),
            (Some("expire"), "draws") => s.v5_draws = Some(crate::wire::build(v)?),
            (Some("clawback"), "order") => s.v6_order = Some(crate::wire::build(v)?),
            (Some("clawback"), "draws") => s.v6_draws = Some(crate::wire::build(v)?),
            (Some("clawback"), "cancelled") => s.v6_cancelled = Some(crate::wire::build(v)?),
            (Some("clawback"), "debt") => s.v6_debt = Some(crate::wire::build(v)?),
            (Some("adjust"), "draws") => s.v7_draws = Some(crate::wire::build(v)?),
            (Some("debt_paid"), "points") => s.v8_points = Some(crate::wire::build(v)?),
            (Some("debt_paid"), "lot") => s.v8_lot = Some(crate::wire::build(v)?),
            (Some("tier_changed"), "from") => s.v9_from = Some(crate::wire::build(v)?),
            (Some("tier_changed"), "to") => s.v9_to = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "EntryKind")),
        }
        Ok(())
    }

    fn finish(s: EntryKindSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("earn") => Ok(EntryKind::Earn {
                lot: s.v0_lot.ok_or_else(|| crate::wire::missing("lot", "EntryKind"))?,
            }),
            Some("release") => Ok(EntryKind::Release {
                lot: s.v1_lot.ok_or_else(|| crate::wire::missing("lot", "EntryKind"))?,
                expires_at: s.v1_expires_at.flatten(),
            }),
            Some("scheduled") => Ok(EntryKind::Scheduled {
                lots: s.v2_lots.ok_or_else(|| crate::wire::missing("lots", "EntryKind"))?,
                available_at: s.v2_available_at.ok_or_else(|| crate::wire::missing("available_at", "EntryKind"))?,
            }),
            Some("redeem") => Ok(EntryKind::Redeem {
                redemption: s.v3_redemption.ok_or_else(|| crate::wire::missing("redemption", "EntryKind"))?,
                order: s.v3_order.ok_or_else(|| crate::wire::missing("order", "EntryKind"))?,
                value: s.v3_value.ok_or_else(|| crate::wire::missing("value", "EntryKind"))?,
                draws: s.v3_draws.ok_or_else(|| crate::wire::missing("draws", "EntryKind"))?,
                currency: s.v3_currency.flatten(),
            }),
            Some("reverse_redemption") => Ok(EntryKind::ReverseRedemption {
                redemption: s.v4_redemption.ok_or_else(|| crate::wire::missing("redemption", "EntryKind"))?,
                draws: s.v4_draws.ok_or_else(|| crate::wire::missing("draws", "EntryKind"))?,
            }),
            Some("expire") => Ok(EntryKind::Expire {
                draws: s.v5_draws.ok_or_else(|| crate::wire::missing("draws", "EntryKind"))?,
            }),
            Some("clawback") => Ok(EntryKind::Clawback {
                order: s.v6_order.ok_or_else(|| crate::wire::missing("order", "EntryKind"))?,
                draws: s.v6_draws.ok_or_else(|| crate::wire::missing("draws", "EntryKind"))?,
                cancelled: s.v6_cancelled.ok_or_else(|| crate::wire::missing("cancelled", "EntryKind"))?,
                debt: s.v6_debt.ok_or_else(|| crate::wire::missing("debt", "EntryKind"))?,
            }),
            Some("adjust") => Ok(EntryKind::Adjust {
                draws: s.v7_draws.ok_or_else(|| crate::wire::missing("draws", "EntryKind"))?,
            }),
            Some("debt_paid") => Ok(EntryKind::DebtPaid {
                points: s.v8_points.ok_or_else(|| crate::wire::missing("points", "EntryKind"))?,
                lot: s.v8_lot.ok_or_else(|| crate::wire::missing("lot", "EntryKind"))?,
            }),
            Some("tier_changed") => Ok(EntryKind::TierChanged {
                from: s.v9_from.flatten(),
                to: s.v9_to.flatten(),
            }),
            Some("no_change") => Ok(EntryKind::NoChange),
            Some(other) => Err(crate::wire::unknown(other, "EntryKind")),
            None => Err(crate::wire::missing("kind", "EntryKind")),
        }
    }
}


#[doc = "An item the customer wants in exchange."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ExchangeRequest {
    #[doc = "The replacement's SKU (another variant or another product)."]
    pub sku: String,
    #[doc = "Its price, in the order's currency."]
    pub price: Money,
    #[doc = "Ship the replacement before the return arrives."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub advance: Option<bool>,
    #[doc = "The replacement's outbound shipping, when the policy lets the host price it (`exchanges.replacement_shipping: host`)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub shipping: Option<Money>,
}

impl crate::wire::Fields for ExchangeRequest {
    fn places(&self) -> usize {
        match self {
            ExchangeRequest { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ExchangeRequest { .. }, 0) => Some("sku"),
            (ExchangeRequest { .. }, 1) => Some("price"),
            (ExchangeRequest { advance: x, .. }, 2) => x.as_ref().map(|_| "advance"),
            (ExchangeRequest { shipping: x, .. }, 3) => x.as_ref().map(|_| "shipping"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ExchangeRequest { sku: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ExchangeRequest { price: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ExchangeRequest { advance: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ExchangeRequest { shipping: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ExchangeRequest")),
        }
    }
}

impl crate::wire::Feed for ExchangeRequest {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ExchangeRequestSlots {
    sku: Option<String>,
    price: Option<Money>,
    advance: Option<Option<bool>>,
    shipping: Option<Option<Money>>,
}

impl crate::wire::Build for ExchangeRequest {
    type Slots = ExchangeRequestSlots;
    const WHAT: &'static str = "ExchangeRequest";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ExchangeRequestSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "sku" => s.sku = Some(crate::wire::build(v)?),
            "price" => s.price = Some(crate::wire::build(v)?),
            "advance" => s.advance = Some(crate::wire::build(v)?),
            "shipping" => s.shipping = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ExchangeRequest")),
        }
        Ok(())
    }

    fn finish(s: ExchangeRequestSlots) -> Result<Self, crate::wire::Error> {
        Ok(ExchangeRequest {
            sku: s.sku.ok_or_else(|| crate::wire::missing("sku", "ExchangeRequest"))?,
            price: s.price.ok_or_else(|| crate::wire::missing("price", "ExchangeRequest"))?,
            advance: s.advance.flatten(),
            shipping: s.shipping.flatten(),
        })
    }
}


#[doc = "Who owes whom after an exchange, term by term: `difference` = replacement price + its shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of what came back. Positive: the customer pays; negative: the shop refunds."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ExchangeSettlement {
    #[doc = "What came back is worth, less the fees: the credit towards the replacement."]
    pub credit: Money,
    #[doc = "The replacement's price."]
    pub replacement_price: Money,
    #[doc = "The balance: positive means the customer pays, negative means the shop refunds."]
    pub difference: Money,
    #[doc = "The replacement's outbound shipping."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub replacement_shipping: Option<Money>,
    #[doc = "The restocking fee charged."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub restocking_fee: Option<Money>,
    #[doc = "The return-shipping fee charged (zero when waived)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub return_shipping_fee: Option<Money>,
    #[doc = "The value of what came back (lines and any shipping refunded), before fees."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub returned_value: Option<Money>,
}

impl crate::wire::Fields for ExchangeSettlement {
    fn places(&self) -> usize {
        match self {
            ExchangeSettlement { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ExchangeSettlement { .. }, 0) => Some("credit"),
            (ExchangeSettlement { .. }, 1) => Some("replacement_price"),
            (ExchangeSettlement { .. }, 2) => Some("difference"),
            (ExchangeSettlement { replacement_shipping: x, .. }, 3) => x.as_ref().map(|_| "replacement_shipping"),
            (ExchangeSettlement { restocking_fee: x, .. }, 4) => x.as_ref().map(|_| "restocking_fee"),
            (ExchangeSettlement { return_shipping_fee: x, .. }, 5) => x.as_ref().map(|_| "return_shipping_fee"),
            (ExchangeSettlement { returned_value: x, .. }, 6) => x.as_ref().map(|_| "returned_value"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ExchangeSettlement { credit: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { replacement_price: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { difference: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { replacement_shipping: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { restocking_fee: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { return_shipping_fee: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (ExchangeSettlement { returned_value: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ExchangeSettlement")),
        }
    }
}

impl crate::wire::Feed for ExchangeSettlement {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ExchangeSettlementSlots {
    credit: Option<Money>,
    replacement_price: Option<Money>,
    difference: Option<Money>,
    replacement_shipping: Option<Option<Money>>,
    restocking_fee: Option<Option<Money>>,
    return_shipping_fee: Option<Option<Money>>,
    returned_value: Option<Option<Money>>,
}

impl crate::wire::Build for ExchangeSettlement {
    type Slots = ExchangeSettlementSlots;
    const WHAT: &'static str = "ExchangeSettlement";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ExchangeSettlementSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "credit" => s.credit = Some(crate::wire::build(v)?),
            "replacement_price" => s.replacement_price = Some(crate::wire::build(v)?),
            "difference" => s.difference = Some(crate::wire::build(v)?),
            "replacement_shipping" => s.replacement_shipping = Some(crate::wire::build(v)?),
            "restocking_fee" => s.restocking_fee = Some(crate::wire::build(v)?),
            "return_shipping_fee" => s.return_shipping_fee = Some(crate::wire::build(v)?),
            "returned_value" => s.returned_value = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ExchangeSettlement")),
        }
        Ok(())
    }

    fn finish(s: ExchangeSettlementSlots) -> Result<Self, crate::wire::Error> {
        Ok(ExchangeSettlement {
            credit: s.credit.ok_or_else(|| crate::wire::missing("credit", "ExchangeSettlement"))?,
            replacement_price: s.replacement_price.ok_or_else(|| crate::wire::missing("replacement_price", "ExchangeSettlement"))?,
            difference: s.difference.ok_or_else(|| crate::wire::missing("difference", "ExchangeSettlement"))?,
            replacement_shipping: s.replacement_shipping.flatten(),
            restocking_fee: s.restocking_fee.flatten(),
            return_shipping_fee: s.return_shipping_fee.flatten(),
            returned_value: s.returned_value.flatten(),
        })
    }
}


#[doc = "A fee as a percentage of the merchandise refunded or a fixed amount per return."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
pub enum Fee {
    #[doc = "Percent of the merchandise value refunded (e.g. 15 for 15 %)."]
    #[serde(rename = "percent")]
    Percent(Amount),
    #[doc = "A fixed amount in the order's currency."]
    #[serde(rename = "fixed")]
    Fixed(Amount),
}

impl crate::wire::Feed for Fee {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Fee::Percent(x) => v.visit_map(crate::wire::OneField::new("percent", x)),
            Fee::Fixed(x) => v.visit_map(crate::wire::OneField::new("fixed", x)),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Fee::Percent(x) => v.visit_enum(crate::wire::NewtypeVariant("percent", x)),
            Fee::Fixed(x) => v.visit_enum(crate::wire::NewtypeVariant("fixed", x)),
        }
    }
}

impl crate::wire::Build for Fee {
    type Slots = ();
    const WHAT: &'static str = "Fee";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            _ => Err(crate::wire::unknown(v, "Fee")),
        }
    }

    fn from_newtype_variant<V: serde::Serialize + ?Sized>(variant: &'static str, v: &V) -> Result<Self, crate::wire::Error> {
        match variant {
            "percent" => Ok(Fee::Percent(crate::wire::build(v)?)),
            "fixed" => Ok(Fee::Fixed(crate::wire::build(v)?)),
            _ => Err(crate::wire::unknown(variant, "Fee")),
        }
    }
}


#[doc = "Derived fulfilment status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum FulfilmentStatus {
    #[doc = "Nothing shipped."]
    #[serde(rename = "unfulfilled")]
    Unfulfilled,
    #[doc = "Some units in shipments."]
    #[serde(rename = "partially_fulfilled")]
    PartiallyFulfilled,
    #[doc = "Every active unit in a shipment."]
    #[serde(rename = "fulfilled")]
    Fulfilled,
    #[doc = "Some units delivered."]
    #[serde(rename = "partially_delivered")]
    PartiallyDelivered,
    #[doc = "Every active unit delivered."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Some units returned."]
    #[serde(rename = "partially_returned")]
    PartiallyReturned,
    #[doc = "Every active unit returned."]
    #[serde(rename = "returned")]
    Returned,
    #[doc = "Every unit cancelled."]
    #[serde(rename = "cancelled")]
    Cancelled,
}

impl crate::wire::Feed for FulfilmentStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            FulfilmentStatus::Unfulfilled => v.visit_borrowed_str("unfulfilled"),
            FulfilmentStatus::PartiallyFulfilled => v.visit_borrowed_str("partially_fulfilled"),
            FulfilmentStatus::Fulfilled => v.visit_borrowed_str("fulfilled"),
            FulfilmentStatus::PartiallyDelivered => v.visit_borrowed_str("partially_delivered"),
            FulfilmentStatus::Delivered => v.visit_borrowed_str("delivered"),
            FulfilmentStatus::PartiallyReturned => v.visit_borrowed_str("partially_returned"),
            FulfilmentStatus::Returned => v.visit_borrowed_str("returned"),
            FulfilmentStatus::Cancelled => v.visit_borrowed_str("cancelled"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            FulfilmentStatus::Unfulfilled => v.visit_enum(crate::wire::UnitVariant("unfulfilled")),
            FulfilmentStatus::PartiallyFulfilled => v.visit_enum(crate::wire::UnitVariant("partially_fulfilled")),
            FulfilmentStatus::Fulfilled => v.visit_enum(crate::wire::UnitVariant("fulfilled")),
            FulfilmentStatus::PartiallyDelivered => v.visit_enum(crate::wire::UnitVariant("partially_delivered")),
            FulfilmentStatus::Delivered => v.visit_enum(crate::wire::UnitVariant("delivered")),
            FulfilmentStatus::PartiallyReturned => v.visit_enum(crate::wire::UnitVariant("partially_returned")),
            FulfilmentStatus::Returned => v.visit_enum(crate::wire::UnitVariant("returned")),
            FulfilmentStatus::Cancelled => v.visit_enum(crate::wire::UnitVariant("cancelled")),
        }
    }
}

impl crate::wire::Build for FulfilmentStatus {
    type Slots = ();
    const WHAT: &'static str = "FulfilmentStatus";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "unfulfilled" => Ok(FulfilmentStatus::Unfulfilled),
            "partially_fulfilled" => Ok(FulfilmentStatus::PartiallyFulfilled),
            "fulfilled" => Ok(FulfilmentStatus::Fulfilled),
            "partially_delivered" => Ok(FulfilmentStatus::PartiallyDelivered),
            "delivered" => Ok(FulfilmentStatus::Delivered),
            "partially_returned" => Ok(FulfilmentStatus::PartiallyReturned),
            "returned" => Ok(FulfilmentStatus::Returned),
            "cancelled" => Ok(FulfilmentStatus::Cancelled),
            _ => Err(crate::wire::unknown(v, "FulfilmentStatus")),
        }
    }
}


#[doc = "Hit rate at k on a holdout: the share of test customers for whom at least one suggestion was among the items they went on to buy."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct HitRate {
    #[doc = "Customers tested."]
    pub customers: i64,
    #[doc = "With at least one hit among the co-purchase suggestions."]
    pub hits: i64,
    #[doc = "With at least one hit among the most popular items (the baseline)."]
    pub popular_hits: i64,
    #[doc = "`hits / customers`."]
    pub rate: f64,
    #[doc = "`popular_hits / customers`."]
    pub popular_rate: f64,
}

impl crate::wire::Fields for HitRate {
    fn places(&self) -> usize {
        match self {
            HitRate { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (HitRate { .. }, 0) => Some("customers"),
            (HitRate { .. }, 1) => Some("hits"),
            (HitRate { .. }, 2) => Some("popular_hits"),
            (HitRate { .. }, 3) => Some("rate"),
            (HitRate { .. }, 4) => Some("popular_rate"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (HitRate { customers: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (HitRate { hits: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (HitRate { popular_hits: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (HitRate { rate: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (HitRate { popular_rate: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "HitRate")),
        }
    }
}

impl crate::wire::Feed for HitRate {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct HitRateSlots {
    customers: Option<i64>,
    hits: Option<i64>,
    popular_hits: Option<i64>,
    rate: Option<f64>,
    popular_rate: Option<f64>,
}

impl crate::wire::Build for HitRate {
    type Slots = HitRateSlots;
    const WHAT: &'static str = "HitRate";

    fn put<V: serde::Serialize + ?Sized>(s: &mut HitRateSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "customers" => s.customers = Some(crate::wire::build(v)?),
            "hits" => s.hits = Some(crate::wire::build(v)?),
            "popular_hits" => s.popular_hits = Some(crate::wire::build(v)?),
            "rate" => s.rate = Some(crate::wire::build(v)?),
            "popular_rate" => s.popular_rate = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "HitRate")),
        }
        Ok(())
    }

    fn finish(s: HitRateSlots) -> Result<Self, crate::wire::Error> {
        Ok(HitRate {
            customers: s.customers.ok_or_else(|| crate::wire::missing("customers", "HitRate"))?,
            hits: s.hits.ok_or_else(|| crate::wire::missing("hits", "HitRate"))?,
            popular_hits: s.popular_hits.ok_or_else(|| crate::wire::missing("popular_hits", "HitRate"))?,
            rate: s.rate.ok_or_else(|| crate::wire::missing("rate", "HitRate"))?,
            popular_rate: s.popular_rate.ok_or_else(|| crate::wire::missing("popular_rate", "HitRate"))?,
        })
    }
}


#[doc = "A holdout case: what a customer had bought, and what they bought next."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct HoldoutCase {
    #[doc = "Item ids bought before."]
    pub before: Vec<String>,
    #[doc = "Item ids bought next."]
    pub next: Vec<String>,
}

impl crate::wire::Fields for HoldoutCase {
    fn places(&self) -> usize {
        match self {
            HoldoutCase { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (HoldoutCase { .. }, 0) => Some("before"),
            (HoldoutCase { .. }, 1) => Some("next"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (HoldoutCase { before: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (HoldoutCase { next: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "HoldoutCase")),
        }
    }
}

impl crate::wire::Feed for HoldoutCase {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct HoldoutCaseSlots {
    before: Option<Vec<String>>,
    next: Option<Vec<String>>,
}

impl crate::wire::Build for HoldoutCase {
    type Slots = HoldoutCaseSlots;
    const WHAT: &'static str = "HoldoutCase";

    fn put<V: serde::Serialize + ?Sized>(s: &mut HoldoutCaseSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "before" => s.before = Some(crate::wire::build(v)?),
            "next" => s.next = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "HoldoutCase")),
        }
        Ok(())
    }

    fn finish(s: HoldoutCaseSlots) -> Result<Self, crate::wire::Error> {
        Ok(HoldoutCase {
            before: s.before.ok_or_else(|| crate::wire::missing("before", "HoldoutCase"))?,
            next: s.next.ok_or_else(|| crate::wire::missing("next", "HoldoutCase"))?,
        })
    }
}


#[doc = "A confidence interval."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct Interval {
    #[doc = "Lower bound."]
    pub low: f64,
    #[doc = "Upper bound."]
    pub high: f64,
}

impl crate::wire::Fields for Interval {
    fn places(&self) -> usize {
        match self {
            Interval { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Interval { .. }, 0) => Some("low"),
            (Interval { .. }, 1) => Some("high"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Interval { low: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Interval { high: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Interval")),
        }
    }
}

impl crate::wire::Feed for Interval {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct IntervalSlots {
    low: Option<f64>,
    high: Option<f64>,
}

impl crate::wire::Build for Interval {
    type Slots = IntervalSlots;
    const WHAT: &'static str = "Interval";

    fn put<V: serde::Serialize + ?Sized>(s: &mut IntervalSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "low" => s.low = Some(crate::wire::build(v)?),
            "high" => s.high = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Interval")),
        }
        Ok(())
    }

    fn finish(s: IntervalSlots) -> Result<Self, crate::wire::Error> {
        Ok(Interval {
            low: s.low.ok_or_else(|| crate::wire::missing("low", "Interval"))?,
            high: s.high.ok_or_else(|| crate::wire::missing("high", "Interval"))?,
        })
    }
}


#[doc = "The state of a returned unit on arrival."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ItemCondition {
    #[doc = "Can be sold again."]
    #[serde(rename = "resellable")]
    Resellable,
    #[doc = "Arrived damaged."]
    #[serde(rename = "damaged")]
    Damaged,
    #[doc = "Not the item that was sold."]
    #[serde(rename = "wrong_item")]
    WrongItem,
    #[doc = "Not in the parcel."]
    #[serde(rename = "missing")]
    Missing,
}

impl crate::wire::Feed for ItemCondition {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ItemCondition::Resellable => v.visit_borrowed_str("resellable"),
            ItemCondition::Damaged => v.visit_borrowed_str("damaged"),
            ItemCondition::WrongItem => v.visit_borrowed_str("wrong_item"),
            ItemCondition::Missing => v.visit_borrowed_str("missing"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ItemCondition::Resellable => v.visit_enum(crate::wire::UnitVariant("resellable")),
            ItemCondition::Damaged => v.visit_enum(crate::wire::UnitVariant("damaged")),
            ItemCondition::WrongItem => v.visit_enum(crate::wire::UnitVariant("wrong_item")),
            ItemCondition::Missing => v.visit_enum(crate::wire::UnitVariant("missing")),
        }
    }
}

impl crate::wire::Build for ItemCondition {
    type Slots = ();
    const WHAT: &'static str = "ItemCondition";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "resellable" => Ok(ItemCondition::Resellable),
            "damaged" => Ok(ItemCondition::Damaged),
            "wrong_item" => Ok(ItemCondition::WrongItem),
            "missing" => Ok(ItemCondition::Missing),
            _ => Err(crate::wire::unknown(v, "ItemCondition")),
        }
    }
}


#[doc = "One ledger entry."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LedgerEntry {
    #[doc = "The shape this entry was written in ([`ENTRY_SCHEMA_VERSION`]; older ones are upcast when read)."]
    pub schema_version: i64,
    #[doc = "Position (1-based)."]
    pub seq: i64,
    #[doc = "When."]
    #[serde(with = "crate::wire::time")]
    pub at: SystemTime,
    #[doc = "Command key."]
    pub key: String,
    #[doc = "Fingerprint of the command (see [`crate::fingerprint`])."]
    pub fingerprint: String,
    #[doc = "Change to the available balance."]
    pub points: i64,
    #[doc = "Change to pending points."]
    pub pending: i64,
    #[doc = "Available balance after."]
    pub balance_after: i64,
    #[doc = "Rule that produced it."]
    pub rule: Rule,
    #[doc = "Rate applied (points per currency unit; 0 when not a rate)."]
    pub rate: Amount,
    #[doc = "What."]
    pub kind: EntryKind,
    #[doc = "Why (manual adjustments)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub reason: Option<String>,
    #[doc = "The referred customer (referral awards to the referrer)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub referred: Option<String>,
}

impl crate::wire::Fields for LedgerEntry {
    fn places(&self) -> usize {
        match self {
            LedgerEntry { .. } => 13,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LedgerEntry { .. }, 0) => Some("schema_version"),
            (LedgerEntry { .. }, 1) => Some("seq"),
            (LedgerEntry { .. }, 2) => Some("at"),
            (LedgerEntry { .. }, 3) => Some("key"),
            (LedgerEntry { .. }, 4) => Some("fingerprint"),
            (LedgerEntry { .. }, 5) => Some("points"),
            (LedgerEntry { .. }, 6) => Some("pending"),
            (LedgerEntry { .. }, 7) => Some("balance_after"),
            (LedgerEntry { .. }, 8) => Some("rule"),
            (LedgerEntry { .. }, 9) => Some("rate"),
            (LedgerEntry { .. }, 10) => Some("kind"),
            (LedgerEntry { reason: x, .. }, 11) => x.as_ref().map(|_| "reason"),
            (LedgerEntry { referred: x, .. }, 12) => x.as_ref().map(|_| "referred"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LedgerEntry { schema_version: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { seq: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { key: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { fingerprint: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { points: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { pending: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { balance_after: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { rule: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { rate: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { kind: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { reason: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            (LedgerEntry { referred: x, .. }, 12) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LedgerEntry")),
        }
    }
}

impl crate::wire::Feed for LedgerEntry {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LedgerEntrySlots {
    schema_version: Option<i64>,
    seq: Option<i64>,
    at: Option<SystemTime>,
    key: Option<String>,
    fingerprint: Option<String>,
    points: Option<i64>,
    pending: Option<i64>,
    balance_after: Option<i64>,
    rule: Option<Rule>,
    rate: Option<Amount>,
    kind: Option<EntryKind>,
    reason: Option<Option<String>>,
    referred: Option<Option<String>>,
}

impl crate::wire::Build for LedgerEntry {
    type Slots = LedgerEntrySlots;
    const WHAT: &'static str = "LedgerEntry";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LedgerEntrySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "schema_version" => s.schema_version = Some(crate::wire::build(v)?),
            "seq" => s.seq = Some(crate::wire::build(v)?),
            "at" => s.at = Some(crate::wire::build(v)?),
            "key" => s.key = Some(crate::wire::build(v)?),
            "fingerprint" => s.fingerprint = Some(crate::wire::build(v)?),
            "points" => s.points = Some(crate::wire::build(v)?),
            "pending" => s.pending = Some(crate::wire::build(v)?),
            "balance_after" => s.balance_after = Some(crate::wire::build(v)?),
            "rule" => s.rule = Some(crate::wire::build(v)?),
            "rate" => s.rate = Some(crate::wire::build(v)?),
            "kind" => s.kind = Some(crate::wire::build(v)?),
            "reason" => s.reason = Some(crate::wire::build(v)?),
            "referred" => s.referred = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LedgerEntry")),
        }
        Ok(())
    }

    fn finish(s: LedgerEntrySlots) -> Result<Self, crate::wire::Error> {
        Ok(LedgerEntry {
            schema_version: s.schema_version.ok_or_else(|| crate::wire::missing("schema_version", "LedgerEntry"))?,
            seq: s.seq.ok_or_else(|| crate::wire::missing("seq", "LedgerEntry"))?,
            at: s.at.ok_or_else(|| crate::wire::missing("at", "LedgerEntry"))?,
            key: s.key.ok_or_else(|| crate::wire::missing("key", "LedgerEntry"))?,
            fingerprint: s.fingerprint.ok_or_else(|| crate::wire::missing("fingerprint", "LedgerEntry"))?,
            points: s.points.ok_or_else(|| crate::wire::missing("points", "LedgerEntry"))?,
            pending: s.pending.ok_or_else(|| crate::wire::missing("pending", "LedgerEntry"))?,
            balance_after: s.balance_after.ok_or_else(|| crate::wire::missing("balance_after", "LedgerEntry"))?,
            rule: s.rule.ok_or_else(|| crate::wire::missing("rule", "LedgerEntry"))?,
            rate: s.rate.ok_or_else(|| crate::wire::missing("rate", "LedgerEntry"))?,
            kind: s.kind.ok_or_else(|| crate::wire::missing("kind", "LedgerEntry"))?,
            reason: s.reason.flatten(),
            referred: s.referred.flatten(),
        })
    }
}


#[doc = "What a line costs, computed once at placement."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineAmounts {
    #[doc = "Quantity × unit price, rounded half-up to the minor unit."]
    pub gross: Money,
    #[doc = "Sum of line discounts."]
    pub line_discount: Money,
    #[doc = "This line's share of order-level discounts."]
    pub order_discount: Money,
    #[doc = "Tax on the line (included in the price or added, per the order's tax mode)."]
    pub tax: Money,
    #[doc = "What the customer pays for the line: gross − discounts (+ tax when exclusive)."]
    pub total: Money,
}

impl crate::wire::Fields for LineAmounts {
    fn places(&self) -> usize {
        match self {
            LineAmounts { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LineAmounts { .. }, 0) => Some("gross"),
            (LineAmounts { .. }, 1) => Some("line_discount"),
            (LineAmounts { .. }, 2) => Some("order_discount"),
            (LineAmounts { .. }, 3) => Some("tax"),
            (LineAmounts { .. }, 4) => Some("total"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LineAmounts { gross: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LineAmounts { line_discount: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LineAmounts { order_discount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LineAmounts { tax: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LineAmounts { total: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LineAmounts")),
        }
    }
}

impl crate::wire::Feed for LineAmounts {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LineAmountsSlots {
    gross: Option<Money>,
    line_discount: Option<Money>,
    order_discount: Option<Money>,
    tax: Option<Money>,
    total: Option<Money>,
}

impl crate::wire::Build for LineAmounts {
    type Slots = LineAmountsSlots;
    const WHAT: &'static str = "LineAmounts";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LineAmountsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "gross" => s.gross = Some(crate::wire::build(v)?),
            "line_discount" => s.line_discount = Some(crate::wire::build(v)?),
            "order_discount" => s.order_discount = Some(crate::wire::build(v)?),
            "tax" => s.tax = Some(crate::wire::build(v)?),
            "total" => s.total = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LineAmounts")),
        }
        Ok(())
    }

    fn finish(s: LineAmountsSlots) -> Result<Self, crate::wire::Error> {
        Ok(LineAmounts {
            gross: s.gross.ok_or_else(|| crate::wire::missing("gross", "LineAmounts"))?,
            line_discount: s.line_discount.ok_or_else(|| crate::wire::missing("line_discount", "LineAmounts"))?,
            order_discount: s.order_discount.ok_or_else(|| crate::wire::missing("order_discount", "LineAmounts"))?,
            tax: s.tax.ok_or_else(|| crate::wire::missing("tax", "LineAmounts"))?,
            total: s.total.ok_or_else(|| crate::wire::missing("total", "LineAmounts"))?,
        })
    }
}


#[doc = "The decision on one requested line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineDecision {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units requested."]
    pub quantity: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
    #[doc = "Allowed, denied or review."]
    pub outcome: Outcome,
    #[doc = "The deciding code: the first denial, else the first review, else `return.allowed`."]
    pub code: DecisionCode,
    #[doc = "Every rule's verdict."]
    pub verdicts: Vec<RuleVerdict>,
    #[doc = "When the window closes, if it is limited and has started."]
    #[serde(with = "crate::wire::optional_time")]
    pub window_end: Option<SystemTime>,
    #[doc = "Whole days left in the window at decision time."]
    pub days_left: Option<i64>,
}

impl crate::wire::Fields for LineDecision {
    fn places(&self) -> usize {
        match self {
            LineDecision { .. } => 8,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LineDecision { .. }, 0) => Some("line"),
            (LineDecision { .. }, 1) => Some("quantity"),
            (LineDecision { .. }, 2) => Some("reason"),
            (LineDecision { .. }, 3) => Some("outcome"),
            (LineDecision { .. }, 4) => Some("code"),
            (LineDecision { .. }, 5) => Some("verdicts"),
            (LineDecision { .. }, 6) => Some("window_end"),
            (LineDecision { .. }, 7) => Some("days_left"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LineDecision { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { quantity: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { outcome: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { code: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { verdicts: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { window_end: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (LineDecision { days_left: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LineDecision")),
        }
    }
}

impl crate::wire::Feed for LineDecision {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LineDecisionSlots {
    line: Option<String>,
    quantity: Option<i64>,
    reason: Option<ReturnReason>,
    outcome: Option<Outcome>,
    code: Option<DecisionCode>,
    verdicts: Option<Vec<RuleVerdict>>,
    window_end: Option<Option<SystemTime>>,
    days_left: Option<Option<i64>>,
}

impl crate::wire::Build for LineDecision {
    type Slots = LineDecisionSlots;
    const WHAT: &'static str = "LineDecision";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LineDecisionSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            "reason" => s.reason = Some(crate::wire::build(v)?),
            "outcome" => s.outcome = Some(crate::wire::build(v)?),
            "code" => s.code = Some(crate::wire::build(v)?),
            "verdicts" => s.verdicts = Some(crate::wire::build(v)?),
            "window_end" => s.window_end = Some(crate::wire::build(v)?),
            "days_left" => s.days_left = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LineDecision")),
        }
        Ok(())
    }

    fn finish(s: LineDecisionSlots) -> Result<Self, crate::wire::Error> {
        Ok(LineDecision {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "LineDecision"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "LineDecision"))?,
            reason: s.reason.ok_or_else(|| crate::wire::missing("reason", "LineDecision"))?,
            outcome: s.outcome.ok_or_else(|| crate::wire::missing("outcome", "LineDecision"))?,
            code: s.code.ok_or_else(|| crate::wire::missing("code", "LineDecision"))?,
            verdicts: s.verdicts.ok_or_else(|| crate::wire::missing("verdicts", "LineDecision"))?,
            window_end: s.window_end.flatten(),
            days_left: s.days_left.flatten(),
        })
    }
}


#[doc = "Properties of a line that return policies look at."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineFlags {
    #[doc = "A digital good: never shipped."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub digital: Option<bool>,
    #[doc = "Sold as final sale: not returnable."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub final_sale: Option<bool>,
    #[doc = "Hygiene goods (cosmetics, underwear) once unsealed."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub hygiene: Option<bool>,
    #[doc = "Perishable goods."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub perishable: Option<bool>,
    #[doc = "Made to the customer's specification."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub personalised: Option<bool>,
}

impl crate::wire::Fields for LineFlags {
    fn places(&self) -> usize {
        match self {
            LineFlags { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LineFlags { digital: x, .. }, 0) => x.as_ref().map(|_| "digital"),
            (LineFlags { final_sale: x, .. }, 1) => x.as_ref().map(|_| "final_sale"),
            (LineFlags { hygiene: x, .. }, 2) => x.as_ref().map(|_| "hygiene"),
            (LineFlags { perishable: x, .. }, 3) => x.as_ref().map(|_| "perishable"),
            (LineFlags { personalised: x, .. }, 4) => x.as_ref().map(|_| "personalised"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LineFlags { digital: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LineFlags { final_sale: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LineFlags { hygiene: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LineFlags { perishable: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LineFlags { personalised: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LineFlags")),
        }
    }
}

impl crate::wire::Feed for LineFlags {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LineFlagsSlots {
    digital: Option<Option<bool>>,
    final_sale: Option<Option<bool>>,
    hygiene: Option<Option<bool>>,
    perishable: Option<Option<bool>>,
    personalised: Option<Option<bool>>,
}

impl crate::wire::Build for LineFlags {
    type Slots = LineFlagsSlots;
    const WHAT: &'static str = "LineFlags";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LineFlagsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "digital" => s.digital = Some(crate::wire::build(v)?),
            "final_sale" => s.final_sale = Some(crate::wire::build(v)?),
            "hygiene" => s.hygiene = Some(crate::wire::build(v)?),
            "perishable" => s.perishable = Some(crate::wire::build(v)?),
            "personalised" => s.personalised = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LineFlags")),
        }
        Ok(())
    }

    fn finish(s: LineFlagsSlots) -> Result<Self, crate::wire::Error> {
        Ok(LineFlags {
            digital: s.digital.flatten(),
            final_sale: s.final_sale.flatten(),
            hygiene: s.hygiene.flatten(),
            perishable: s.perishable.flatten(),
            personalised: s.personalised.flatten(),
        })
    }
}


#[doc = "A quantity of one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LineQuantity {
    #[doc = "The line."]
    pub line: String,
    #[doc = "How many units."]
    pub quantity: i64,
}

impl crate::wire::Fields for LineQuantity {
    fn places(&self) -> usize {
        match self {
            LineQuantity { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LineQuantity { .. }, 0) => Some("line"),
            (LineQuantity { .. }, 1) => Some("quantity"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LineQuantity { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LineQuantity { quantity: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LineQuantity")),
        }
    }
}

impl crate::wire::Feed for LineQuantity {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LineQuantitySlots {
    line: Option<String>,
    quantity: Option<i64>,
}

impl crate::wire::Build for LineQuantity {
    type Slots = LineQuantitySlots;
    const WHAT: &'static str = "LineQuantity";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LineQuantitySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LineQuantity")),
        }
        Ok(())
    }

    fn finish(s: LineQuantitySlots) -> Result<Self, crate::wire::Error> {
        Ok(LineQuantity {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "LineQuantity"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "LineQuantity"))?,
        })
    }
}


#[doc = "A command on a member's ledger."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum LoyaltyCommand {
    #[doc = "Earn points for an order; pending until the later of delivery + N days and the close of the return window (both unknown: pending until released with them)."]
    #[serde(rename = "earn_order")]
    EarnOrder {
        #[doc = "The order."]
        order: String,
        #[doc = "Its lines."]
        lines: Vec<EarnLine>,
        #[doc = "When it was delivered, if known."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        delivered_at: Option<SystemTime>,
        #[doc = "When its return window closes, if known."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        return_window_end: Option<SystemTime>,
        #[doc = "Shipping paid (counts only if the programme says so)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        shipping: Option<Money>,
    },
    #[doc = "An event award."]
    #[serde(rename = "award")]
    Award {
        #[doc = "Which."]
        award: Award,
    },
    #[doc = "Make pending lots whose time has come available."]
    #[serde(rename = "release_pending")]
    ReleasePending,
    #[doc = "Set when an order's pending points become available (delivery now known)."]
    #[serde(rename = "schedule_release")]
    ScheduleRelease {
        #[doc = "The order."]
        order: String,
        #[doc = "Delivered at."]
        #[serde(with = "crate::wire::time")]
        delivered_at: SystemTime,
        #[doc = "Return window end, if any."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        #[serde(with = "crate::wire::optional_time")]
        return_window_end: Option<SystemTime>,
    },
    #[doc = "Spend points on an order (points-to-money) or on a fixed reward."]
    #[serde(rename = "redeem")]
    Redeem {
        #[doc = "Id of this redemption."]
        redemption: String,
        #[doc = "The order it pays for."]
        order: String,
        #[doc = "The order total, in the programme's currency (a redemption is never worth more)."]
        order_total: Money,
        #[doc = "Points to spend (ignored for a reward)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        points: Option<i64>,
        #[doc = "A fixed reward instead of points-to-money."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        reward: Option<String>,
    },
    #[doc = "Give back a redemption's points (e.g. the order was fully refunded)."]
    #[serde(rename = "reverse_redemption")]
    ReverseRedemption {
        #[doc = "The redemption."]
        redemption: String,
    },
    #[doc = "Expire what is due at `now`."]
    #[serde(rename = "expire")]
    Expire,
    #[doc = "Claw back the points earned by refunded lines, at the rate they were earned."]
    #[serde(rename = "clawback")]
    Clawback {
        #[doc = "The order."]
        order: String,
        #[doc = "Refunded spend per line."]
        lines: Vec<EarnLine>,
    },
    #[doc = "A manual adjustment."]
    #[serde(rename = "adjust")]
    Adjust {
        #[doc = "Points (+ or −)."]
        points: i64,
        #[doc = "Why (required)."]
        reason: String,
    },
    #[doc = "Re-evaluate the tier."]
    #[serde(rename = "evaluate_tier")]
    EvaluateTier,
}

impl crate::wire::Fields for LoyaltyCommand {
    fn places(&self) -> usize {
        match self {
            LoyaltyCommand::EarnOrder { .. } => 6,
            LoyaltyCommand::Award { .. } => 2,
            LoyaltyCommand::ReleasePending => 1,
            LoyaltyCommand::ScheduleRelease { .. } => 4,
            LoyaltyCommand::Redeem { .. } => 6,
            LoyaltyCommand::ReverseRedemption { .. } => 2,
            LoyaltyCommand::Expire => 1,
            LoyaltyCommand::Clawback { .. } => 3,
            LoyaltyCommand::Adjust { .. } => 3,
            LoyaltyCommand::EvaluateTier => 1,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LoyaltyCommand::EarnOrder { .. }, 0) => Some("type"),
            (LoyaltyCommand::EarnOrder { .. }, 1) => Some("order"),
            (LoyaltyCommand::EarnOrder { .. }, 2) => Some("lines"),
            (LoyaltyCommand::EarnOrder { delivered_at: x, .. }, 3) => x.as_ref().map(|_| "delivered_at"),
            (LoyaltyCommand::EarnOrder { return_window_end: x, .. }, 4) => x.as_ref().map(|_| "return_window_end"),
            (LoyaltyCommand::EarnOrder { shipping: x, .. }, 5) => x.as_ref().map(|_| "shipping"),
            (LoyaltyCommand::Award { .. }, 0) => Some("type"),
            (LoyaltyCommand::Award { .. }, 1) => Some("award"),
            (LoyaltyCommand::ReleasePending, 0) => Some("type"),
            (LoyaltyCommand::ScheduleRelease { .. }, 0) => Some("type"),
            (LoyaltyCommand::ScheduleRelease { .. }, 1) => Some("order"),
            (LoyaltyCommand::ScheduleRelease { .. }, 2) => Some("delivered_at"),
            (LoyaltyCommand::ScheduleRelease { return_window_end: x, .. }, 3) => x.as_ref().map(|_| "return_window_end"),
            (LoyaltyCommand::Redeem { .. }, 0) => Some("type"),
            (LoyaltyCommand::Redeem { .. }, 1) => Some("redemption"),
            (LoyaltyCommand::Redeem { .. }, 2) => Some("order"),
            (LoyaltyCommand::Redeem { .. }, 3) => Some("order_total"),
            (LoyaltyCommand::Redeem { points: x, .. }, 4) => x.as_ref().map(|_| "points"),
            (LoyaltyCommand::Redeem { reward: x, .. }, 5) => x.as_ref().map(|_| "reward"),
            (LoyaltyCommand::ReverseRedemption { .. }, 0) => Some("type"),
            (LoyaltyCommand::ReverseRedemption { .. }, 1) => Some("redemption"),
            (LoyaltyCommand::Expire, 0) => Some("type"),
            (LoyaltyCommand::Clawback { .. }, 0) => Some("type"),
            (LoyaltyCommand::Clawback { .. }, 1) => Some("order"),
            (LoyaltyCommand::Clawback { .. }, 2) => Some("lines"),
            (LoyaltyCommand::Adjust { .. }, 0) => Some("type"),
            (LoyaltyCommand::Adjust { .. }, 1) => Some("points"),
            (LoyaltyCommand::Adjust { .. }, 2) => Some("reason"),
            (LoyaltyCommand::EvaluateTier, 0) => Some("type"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LoyaltyCommand::EarnOrder { .. }, 0) => crate::wire::code("earn_order", seed),
            (LoyaltyCommand::EarnOrder { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::EarnOrder { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::EarnOrder { delivered_at: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::EarnOrder { return_window_end: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::EarnOrder { shipping: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Award { .. }, 0) => crate::wire::code("award", seed),
            (LoyaltyCommand::Award { award: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::ReleasePending, 0) => crate::wire::code("release_pending", seed),
            (LoyaltyCommand::ScheduleRelease { .. }, 0) => crate::wire::code("schedule_release", seed),
            (LoyaltyCommand::ScheduleRelease { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::ScheduleRelease { delivered_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::ScheduleRelease { return_window_end: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Redeem { .. }, 0) => crate::wire::code("redeem", seed),
            (LoyaltyCommand::Redeem { redemption: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Redeem { order: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Redeem { order_total: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Redeem { points: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Redeem { reward: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::ReverseRedemption { .. }, 0) => crate::wire::code("reverse_redemption", seed),
            (LoyaltyCommand::ReverseRedemption { redemption: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Expire, 0) => crate::wire::code("expire", seed),
            (LoyaltyCommand::Clawback { .. }, 0) => crate::wire::code("clawback", seed),
            (LoyaltyCommand::Clawback { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Clawback { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Adjust { .. }, 0) => crate::wire::code("adjust", seed),
            (LoyaltyCommand::Adjust { points: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::Adjust { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyCommand::EvaluateTier, 0) => crate::wire::code("evaluate_tier", seed),
            _ => Err(crate::wire::unknown(&i.to_string(), "LoyaltyCommand")),
        }
    }
}

impl crate::wire::Feed for LoyaltyCommand {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LoyaltyCommandSlots {
    tag: Option<String>,
    v0_order: Option<String>,
    v0_lines: Option<Vec<EarnLine>>,
    v0_delivered_at: Option<Option<SystemTime>>,
    v0_return_window_end: Option<Option<SystemTime>>,
    v0_shipping: Option<Option<Money>>,
    v1_award: Option<Award>,
    v3_order: Option<String>,
    v3_delivered_at: Option<SystemTime>,
    v3_return_window_end: Option<Option<SystemTime>>,
    v4_redemption: Option<String>,
    v4_order: Option<String>,
    v4_order_total: Option<Money>,
    v4_points: Option<Option<i64>>,
    v4_reward: Option<Option<String>>,
    v5_redemption: Option<String>,
    v7_order: Option<String>,
    v7_lines: Option<Vec<EarnLine>>,
    v8_points: Option<i64>,
    v8_reason: Option<String>,
}

impl crate::wire::Build for LoyaltyCommand {
    type Slots = LoyaltyCommandSlots;
    const WHAT: &'static str = "LoyaltyCommand";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LoyaltyCommandSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "type" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("earn_order"), "order") => s.v0_order = Some(crate::wire::build(v)?),
            (Some("earn_order"), "lines") => s.v0_lines = Some(crate::wire::build(v)?),
            (Some("earn_order"), "delivered_at") => s.v0_delivered_at = Some(crate::wire::build(v)?),
            (Some("earn_order"), "return_window_end") => s.v0_return_window_end = Some(crate::wire::build(v)?),
            (Some("earn_order"), "shipping") => s.v0_shipping = Some(crate::wire::build(v)?),
            (Some("award"), "award") => s.v1_award = Some(crate::wire::build(v)?),
            (Some("schedule_release"), "order") => s.v3_order = Some(crate::wire::build(v)?),
            (Some("schedule_release"), "delivered_at") => s.v3_delivered_at = Some(crate::wire::build(v)?),
            (Some("schedule_release"), "return_window_end") => s.v3_return_window_end = Some(crate::wire::build(v)?),
            (Some("redeem"), "redemption") => s.v4_redemption = Some(crate::wire::build(v)?),
            (Some("redeem"), "order") => s.v4_order = Some(crate::wire::build(v)?),
            (Some("redeem"), "order_total") => s.v4_order_total = Some(crate::wire::build(v)?),
            (Some("redeem"), "points") => s.v4_points = Some(crate::wire::build(v)?),
            (Some("redeem"), "reward") => s.v4_reward = Some(crate::wire::build(v)?),
            (Some("reverse_redemption"), "redemption") => s.v5_redemption = Some(crate::wire::build(v)?),
            (Some("clawback"), "order") => s.v7_order = Some(crate::wire::build(v)?),
            (Some("clawback"), "lines") => s.v7_lines = Some(crate::wire::build(v)?),
            (Some("adjust"), "points") => s.v8_points = Some(crate::wire::build(v)?),
            (Some("adjust"), "reason") => s.v8_reason = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LoyaltyCommand")),
        }
        Ok(())
    }

    fn finish(s: LoyaltyCommandSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("earn_order") => Ok(LoyaltyCommand::EarnOrder {
                order: s.v0_order.ok_or_else(|| crate::wire::missing("order", "LoyaltyCommand"))?,
                lines: s.v0_lines.ok_or_else(|| crate::wire::missing("lines", "LoyaltyCommand"))?,
                delivered_at: s.v0_delivered_at.flatten(),
                return_window_end: s.v0_return_window_end.flatten(),
                shipping: s.v0_shipping.flatten(),
            }),
            Some("award") => Ok(LoyaltyCommand::Award {
                award: s.v1_award.ok_or_else(|| crate::wire::missing("award", "LoyaltyCommand"))?,
            }),
            Some("release_pending") => Ok(LoyaltyCommand::ReleasePending),
            Some("schedule_release") => Ok(LoyaltyCommand::ScheduleRelease {
                order: s.v3_order.ok_or_else(|| crate::wire::missing("order", "LoyaltyCommand"))?,
                delivered_at: s.v3_delivered_at.ok_or_else(|| crate::wire::missing("delivered_at", "LoyaltyCommand"))?,
                return_window_end: s.v3_return_window_end.flatten(),
            }),
            Some("redeem") => Ok(LoyaltyCommand::Redeem {
                redemption: s.v4_redemption.ok_or_else(|| crate::wire::missing("redemption", "LoyaltyCommand"))?,
                order: s.v4_order.ok_or_else(|| crate::wire::missing("order", "LoyaltyCommand"))?,
                order_total: s.v4_order_total.ok_or_else(|| crate::wire::missing("order_total", "LoyaltyCommand"))?,
                points: s.v4_points.flatten(),
                reward: s.v4_reward.flatten(),
            }),
            Some("reverse_redemption") => Ok(LoyaltyCommand::ReverseRedemption {
                redemption: s.v5_redemption.ok_or_else(|| crate::wire::missing("redemption", "LoyaltyCommand"))?,
            }),
            Some("expire") => Ok(LoyaltyCommand::Expire),
            Some("clawback") => Ok(LoyaltyCommand::Clawback {
                order: s.v7_order.ok_or_else(|| crate::wire::missing("order", "LoyaltyCommand"))?,
                lines: s.v7_lines.ok_or_else(|| crate::wire::missing("lines", "LoyaltyCommand"))?,
            }),
            Some("adjust") => Ok(LoyaltyCommand::Adjust {
                points: s.v8_points.ok_or_else(|| crate::wire::missing("points", "LoyaltyCommand"))?,
                reason: s.v8_reason.ok_or_else(|| crate::wire::missing("reason", "LoyaltyCommand"))?,
            }),
            Some("evaluate_tier") => Ok(LoyaltyCommand::EvaluateTier),
            Some(other) => Err(crate::wire::unknown(other, "LoyaltyCommand")),
            None => Err(crate::wire::missing("type", "LoyaltyCommand")),
        }
    }
}


#[doc = "A member's balance, tier and progress at a point in time, in one value."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct LoyaltyStatus {
    #[doc = "The customer."]
    pub customer: String,
    #[doc = "Available points."]
    pub balance: i64,
    #[doc = "Points waiting for delivery and the return window."]
    pub pending: i64,
    #[doc = "Points owed from clawbacks of points already spent."]
    pub debt: i64,
    #[doc = "The current tier."]
    pub tier: Option<String>,
    #[doc = "Since when."]
    #[serde(with = "crate::wire::optional_time")]
    pub tier_since: Option<SystemTime>,
    #[doc = "Progress to the next tier at the time asked."]
    pub progress: TierProgress,
    #[doc = "Entries applied (the `expected_version` for the next command)."]
    pub version: i64,
}

impl crate::wire::Fields for LoyaltyStatus {
    fn places(&self) -> usize {
        match self {
            LoyaltyStatus { .. } => 8,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (LoyaltyStatus { .. }, 0) => Some("customer"),
            (LoyaltyStatus { .. }, 1) => Some("balance"),
            (LoyaltyStatus { .. }, 2) => Some("pending"),
            (LoyaltyStatus { .. }, 3) => Some("debt"),
            (LoyaltyStatus { .. }, 4) => Some("tier"),
            (LoyaltyStatus { .. }, 5) => Some("tier_since"),
            (LoyaltyStatus { .. }, 6) => Some("progress"),
            (LoyaltyStatus { .. }, 7) => Some("version"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (LoyaltyStatus { customer: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { balance: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { pending: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { debt: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { tier: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { tier_since: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { progress: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (LoyaltyStatus { version: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "LoyaltyStatus")),
        }
    }
}

impl crate::wire::Feed for LoyaltyStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct LoyaltyStatusSlots {
    customer: Option<String>,
    balance: Option<i64>,
    pending: Option<i64>,
    debt: Option<i64>,
    tier: Option<Option<String>>,
    tier_since: Option<Option<SystemTime>>,
    progress: Option<TierProgress>,
    version: Option<i64>,
}

impl crate::wire::Build for LoyaltyStatus {
    type Slots = LoyaltyStatusSlots;
    const WHAT: &'static str = "LoyaltyStatus";

    fn put<V: serde::Serialize + ?Sized>(s: &mut LoyaltyStatusSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "balance" => s.balance = Some(crate::wire::build(v)?),
            "pending" => s.pending = Some(crate::wire::build(v)?),
            "debt" => s.debt = Some(crate::wire::build(v)?),
            "tier" => s.tier = Some(crate::wire::build(v)?),
            "tier_since" => s.tier_since = Some(crate::wire::build(v)?),
            "progress" => s.progress = Some(crate::wire::build(v)?),
            "version" => s.version = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "LoyaltyStatus")),
        }
        Ok(())
    }

    fn finish(s: LoyaltyStatusSlots) -> Result<Self, crate::wire::Error> {
        Ok(LoyaltyStatus {
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "LoyaltyStatus"))?,
            balance: s.balance.ok_or_else(|| crate::wire::missing("balance", "LoyaltyStatus"))?,
            pending: s.pending.ok_or_else(|| crate::wire::missing("pending", "LoyaltyStatus"))?,
            debt: s.debt.ok_or_else(|| crate::wire::missing("debt", "LoyaltyStatus"))?,
            tier: s.tier.flatten(),
            tier_since: s.tier_since.flatten(),
            progress: s.progress.ok_or_else(|| crate::wire::missing("progress", "LoyaltyStatus"))?,
            version: s.version.ok_or_else(|| crate::wire::missing("version", "LoyaltyStatus"))?,
        })
    }
}


#[doc = "The result of mapping a raw carrier code: the normalised status if the code is known."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct MappedStatus {
    #[doc = "The code as the carrier sent it."]
    pub raw_code: String,
    #[doc = "The normalised status, or `None` when the code is not in our tables."]
    pub status: Option<TrackingStatus>,
    #[doc = "Whether the code says the shipment is delayed (a flag on top of the status)."]
    pub delayed: bool,
}

impl crate::wire::Fields for MappedStatus {
    fn places(&self) -> usize {
        match self {
            MappedStatus { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (MappedStatus { .. }, 0) => Some("raw_code"),
            (MappedStatus { .. }, 1) => Some("status"),
            (MappedStatus { .. }, 2) => Some("delayed"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (MappedStatus { raw_code: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (MappedStatus { status: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (MappedStatus { delayed: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "MappedStatus")),
        }
    }
}

impl crate::wire::Feed for MappedStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct MappedStatusSlots {
    raw_code: Option<String>,
    status: Option<Option<TrackingStatus>>,
    delayed: Option<bool>,
}

impl crate::wire::Build for MappedStatus {
    type Slots = MappedStatusSlots;
    const WHAT: &'static str = "MappedStatus";

    fn put<V: serde::Serialize + ?Sized>(s: &mut MappedStatusSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "raw_code" => s.raw_code = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "delayed" => s.delayed = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "MappedStatus")),
        }
        Ok(())
    }

    fn finish(s: MappedStatusSlots) -> Result<Self, crate::wire::Error> {
        Ok(MappedStatus {
            raw_code: s.raw_code.ok_or_else(|| crate::wire::missing("raw_code", "MappedStatus"))?,
            status: s.status.flatten(),
            delayed: s.delayed.ok_or_else(|| crate::wire::missing("delayed", "MappedStatus"))?,
        })
    }
}


#[doc = "The variables a message template needs. Absent values are `None` or empty."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct MessagePayload {
    #[doc = "The kind of message."]
    pub kind: NotificationKind,
    #[doc = "The recipient."]
    pub customer: String,
    #[doc = "The order number."]
    pub order: Option<String>,
    #[doc = "The items it is about."]
    pub items: Vec<ViewItem>,
    #[doc = "The parcel it is about."]
    pub tracking: Option<TrackingLink>,
    #[doc = "The current delivery estimate."]
    #[serde(with = "crate::wire::optional_time")]
    pub estimate: Option<SystemTime>,
    #[doc = "Why it is late: `carrier_delayed`, `late`, `stalled`, `exception`, `attempt_failed` or `presumed_lost`."]
    pub delay_reason: Option<String>,
    #[doc = "The return it is about."]
    pub return_id: Option<String>,
    #[doc = "The soonest open return deadline on the order."]
    #[serde(with = "crate::wire::optional_time")]
    pub return_deadline: Option<SystemTime>,
    #[doc = "The refund paid."]
    pub refund: Option<Money>,
    #[doc = "Where the refund went."]
    pub refund_destination: Vec<RefundMethod>,
    #[doc = "Points (earned, pending or about to expire)."]
    pub points: Option<i64>,
    #[doc = "When points expire or become available, or when a tier ends."]
    #[serde(with = "crate::wire::optional_time")]
    pub date: Option<SystemTime>,
    #[doc = "The loyalty tier."]
    pub tier: Option<String>,
}

impl crate::wire::Fields for MessagePayload {
    fn places(&self) -> usize {
        match self {
            MessagePayload { .. } => 14,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (MessagePayload { .. }, 0) => Some("kind"),
            (MessagePayload { .. }, 1) => Some("customer"),
            (MessagePayload { .. }, 2) => Some("order"),
            (MessagePayload { .. }, 3) => Some("items"),
            (MessagePayload { .. }, 4) => Some("tracking"),
            (MessagePayload { .. }, 5) => Some("estimate"),
            (MessagePayload { .. }, 6) => Some("delay_reason"),
            (MessagePayload { .. }, 7) => Some("return_id"),
            (MessagePayload { .. }, 8) => Some("return_deadline"),
            (MessagePayload { .. }, 9) => Some("refund"),
            (MessagePayload { .. }, 10) => Some("refund_destination"),
            (MessagePayload { .. }, 11) => Some("points"),
            (MessagePayload { .. }, 12) => Some("date"),
            (MessagePayload { .. }, 13) => Some("tier"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (MessagePayload { kind: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { order: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { items: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { tracking: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { estimate: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { delay_reason: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { return_id: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { return_deadline: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { refund: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { refund_destination: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { points: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { date: x, .. }, 12) => seed.deserialize(crate::wire::De(x)),
            (MessagePayload { tier: x, .. }, 13) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "MessagePayload")),
        }
    }
}

impl crate::wire::Feed for MessagePayload {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct MessagePayloadSlots {
    kind: Option<NotificationKind>,
    customer: Option<String>,
    order: Option<Option<String>>,
    items: Option<Vec<ViewItem>>,
    tracking: Option<Option<TrackingLink>>,
    estimate: Option<Option<SystemTime>>,
    delay_reason: Option<Option<String>>,
    return_id: Option<Option<String>>,
    return_deadline: Option<Option<SystemTime>>,
    refund: Option<Option<Money>>,
    refund_destination: Option<Vec<RefundMethod>>,
    points: Option<Option<i64>>,
    date: Option<Option<SystemTime>>,
    tier: Option<Option<String>>,
}

impl crate::wire::Build for MessagePayload {
    type Slots = MessagePayloadSlots;
    const WHAT: &'static str = "MessagePayload";

    fn put<V: serde::Serialize + ?Sized>(s: &mut MessagePayloadSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "kind" => s.kind = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "order" => s.order = Some(crate::wire::build(v)?),
            "items" => s.items = Some(crate::wire::build(v)?),
            "tracking" => s.tracking = Some(crate::wire::build(v)?),
            "estimate" => s.estimate = Some(crate::wire::build(v)?),
            "delay_reason" => s.delay_reason = Some(crate::wire::build(v)?),
            "return_id" => s.return_id = Some(crate::wire::build(v)?),
            "return_deadline" => s.return_deadline = Some(crate::wire::build(v)?),
            "refund" => s.refund = Some(crate::wire::build(v)?),
            "refund_destination" => s.refund_destination = Some(crate::wire::build(v)?),
            "points" => s.points = Some(crate::wire::build(v)?),
            "date" => s.date = Some(crate::wire::build(v)?),
            "tier" => s.tier = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "MessagePayload")),
        }
        Ok(())
    }

    fn finish(s: MessagePayloadSlots) -> Result<Self, crate::wire::Error> {
        Ok(MessagePayload {
            kind: s.kind.ok_or_else(|| crate::wire::missing("kind", "MessagePayload"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "MessagePayload"))?,
            order: s.order.flatten(),
            items: s.items.ok_or_else(|| crate::wire::missing("items", "MessagePayload"))?,
            tracking: s.tracking.flatten(),
            estimate: s.estimate.flatten(),
            delay_reason: s.delay_reason.flatten(),
            return_id: s.return_id.flatten(),
            return_deadline: s.return_deadline.flatten(),
            refund: s.refund.flatten(),
            refund_destination: s.refund_destination.ok_or_else(|| crate::wire::missing("refund_destination", "MessagePayload"))?,
            points: s.points.flatten(),
            date: s.date.flatten(),
            tier: s.tier.flatten(),
        })
    }
}


#[doc = "An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Money {
    #[doc = "The amount as a decimal string (`\"129.00\"`); JSON numbers are refused."]
    pub amount: Amount,
    #[doc = "The currency's ISO 4217 code."]
    pub currency: String,
}

impl crate::wire::Fields for Money {
    fn places(&self) -> usize {
        match self {
            Money { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Money { .. }, 0) => Some("amount"),
            (Money { .. }, 1) => Some("currency"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Money { amount: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Money { currency: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Money")),
        }
    }
}

impl crate::wire::Feed for Money {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct MoneySlots {
    amount: Option<Amount>,
    currency: Option<String>,
}

impl crate::wire::Build for Money {
    type Slots = MoneySlots;
    const WHAT: &'static str = "Money";

    fn put<V: serde::Serialize + ?Sized>(s: &mut MoneySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "amount" => s.amount = Some(crate::wire::build(v)?),
            "currency" => s.currency = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Money")),
        }
        Ok(())
    }

    fn finish(s: MoneySlots) -> Result<Self, crate::wire::Error> {
        Ok(Money {
            amount: s.amount.ok_or_else(|| crate::wire::missing("amount", "Money"))?,
            currency: s.currency.ok_or_else(|| crate::wire::missing("currency", "Money"))?,
        })
    }
}


#[doc = "A line of a new order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewLine {
    #[doc = "Line id, unique within the order."]
    pub id: String,
    #[doc = "The SKU."]
    pub sku: String,
    #[doc = "Product title."]
    pub title: String,
    #[doc = "Units ordered (at least 1)."]
    pub quantity: i64,
    #[doc = "Price of one unit (may have more digits than the currency's minor unit)."]
    pub unit_price: Money,
    #[doc = "Product category, for policy overrides."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub category: Option<String>,
    #[doc = "Line-level discounts on the whole line, as positive amounts."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub discounts: Option<Vec<Money>>,
    #[doc = "Flags that return policies read."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub flags: Option<LineFlags>,
    #[doc = "Product tags, for policy overrides."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tags: Option<Vec<String>>,
    #[doc = "Taxes on the whole line."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub taxes: Option<Vec<TaxLine>>,
}

impl crate::wire::Fields for NewLine {
    fn places(&self) -> usize {
        match self {
            NewLine { .. } => 10,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NewLine { .. }, 0) => Some("id"),
            (NewLine { .. }, 1) => Some("sku"),
            (NewLine { .. }, 2) => Some("title"),
            (NewLine { .. }, 3) => Some("quantity"),
            (NewLine { .. }, 4) => Some("unit_price"),
            (NewLine { category: x, .. }, 5) => x.as_ref().map(|_| "category"),
            (NewLine { discounts: x, .. }, 6) => x.as_ref().map(|_| "discounts"),
            (NewLine { flags: x, .. }, 7) => x.as_ref().map(|_| "flags"),
            (NewLine { tags: x, .. }, 8) => x.as_ref().map(|_| "tags"),
            (NewLine { taxes: x, .. }, 9) => x.as_ref().map(|_| "taxes"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NewLine { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NewLine { sku: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NewLine { title: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (NewLine { quantity: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (NewLine { unit_price: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (NewLine { category: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (NewLine { discounts: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (NewLine { flags: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (NewLine { tags: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (NewLine { taxes: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NewLine")),
        }
    }
}

impl crate::wire::Feed for NewLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NewLineSlots {
    id: Option<String>,
    sku: Option<String>,
    title: Option<String>,
    quantity: Option<i64>,
    unit_price: Option<Money>,
    category: Option<Option<String>>,
    discounts: Option<Option<Vec<Money>>>,
    flags: Option<Option<LineFlags>>,
    tags: Option<Option<Vec<String>>>,
    taxes: Option<Option<Vec<TaxLine>>>,
}

impl crate::wire::Build for NewLine {
    type Slots = NewLineSlots;
    const WHAT: &'static str = "NewLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NewLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "sku" => s.sku = Some(crate::wire::build(v)?),
            "title" => s.title = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            "unit_price" => s.unit_price = Some(crate::wire::build(v)?),
            "category" => s.category = Some(crate::wire::build(v)?),
            "discounts" => s.discounts = Some(crate::wire::build(v)?),
            "flags" => s.flags = Some(crate::wire::build(v)?),
            "tags" => s.tags = Some(crate::wire::build(v)?),
            "taxes" => s.taxes = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NewLine")),
        }
        Ok(())
    }

    fn finish(s: NewLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(NewLine {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "NewLine"))?,
            sku: s.sku.ok_or_else(|| crate::wire::missing("sku", "NewLine"))?,
            title: s.title.ok_or_else(|| crate::wire::missing("title", "NewLine"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "NewLine"))?,
            unit_price: s.unit_price.ok_or_else(|| crate::wire::missing("unit_price", "NewLine"))?,
            category: s.category.flatten(),
            discounts: s.discounts.flatten(),
            flags: s.flags.flatten(),
            tags: s.tags.flatten(),
            taxes: s.taxes.flatten(),
        })
    }
}


#[doc = "Everything needed to place an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewOrder {
    #[doc = "Order id."]
    pub id: String,
    #[doc = "The customer who placed it."]
    pub customer: String,
    #[doc = "The order's currency; every amount must be in it."]
    pub currency: String,
    #[doc = "When it was placed."]
    #[serde(with = "crate::wire::time")]
    pub placed_at: SystemTime,
    #[doc = "The lines (at least one)."]
    pub lines: Vec<NewLine>,
    #[doc = "Order-level discounts, shared out over lines by their net amounts."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub discounts: Option<Vec<Discount>>,
    #[doc = "Shipping charged, if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub shipping: Option<Money>,
    #[doc = "Whether prices include tax."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tax_mode: Option<TaxMode>,
}

impl crate::wire::Fields for NewOrder {
    fn places(&self) -> usize {
        match self {
            NewOrder { .. } => 8,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NewOrder { .. }, 0) => Some("id"),
            (NewOrder { .. }, 1) => Some("customer"),
            (NewOrder { .. }, 2) => Some("currency"),
            (NewOrder { .. }, 3) => Some("placed_at"),
            (NewOrder { .. }, 4) => Some("lines"),
            (NewOrder { discounts: x, .. }, 5) => x.as_ref().map(|_| "discounts"),
            (NewOrder { shipping: x, .. }, 6) => x.as_ref().map(|_| "shipping"),
            (NewOrder { tax_mode: x, .. }, 7) => x.as_ref().map(|_| "tax_mode"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NewOrder { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { currency: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { placed_at: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { lines: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { discounts: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { shipping: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (NewOrder { tax_mode: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NewOrder")),
        }
    }
}

impl crate::wire::Feed for NewOrder {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NewOrderSlots {
    id: Option<String>,
    customer: Option<String>,
    currency: Option<String>,
    placed_at: Option<SystemTime>,
    lines: Option<Vec<NewLine>>,
    discounts: Option<Option<Vec<Discount>>>,
    shipping: Option<Option<Money>>,
    tax_mode: Option<Option<TaxMode>>,
}

impl crate::wire::Build for NewOrder {
    type Slots = NewOrderSlots;
    const WHAT: &'static str = "NewOrder";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NewOrderSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "currency" => s.currency = Some(crate::wire::build(v)?),
            "placed_at" => s.placed_at = Some(crate::wire::build(v)?),
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "discounts" => s.discounts = Some(crate::wire::build(v)?),
            "shipping" => s.shipping = Some(crate::wire::build(v)?),
            "tax_mode" => s.tax_mode = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NewOrder")),
        }
        Ok(())
    }

    fn finish(s: NewOrderSlots) -> Result<Self, crate::wire::Error> {
        Ok(NewOrder {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "NewOrder"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "NewOrder"))?,
            currency: s.currency.ok_or_else(|| crate::wire::missing("currency", "NewOrder"))?,
            placed_at: s.placed_at.ok_or_else(|| crate::wire::missing("placed_at", "NewOrder"))?,
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "NewOrder"))?,
            discounts: s.discounts.flatten(),
            shipping: s.shipping.flatten(),
            tax_mode: s.tax_mode.flatten(),
        })
    }
}


#[doc = "A shipment to create."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NewShipment {
    #[doc = "Shipment id, unique within the order."]
    pub id: String,
    #[doc = "What goes in it."]
    pub lines: Vec<LineQuantity>,
    #[doc = "Carrier name, e.g. \"ups\"."]
    pub carrier: String,
    #[doc = "Promised or estimated delivery."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "Domestic or international."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub route: Option<Route>,
    #[doc = "Tracking number, if known."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tracking_number: Option<String>,
}

impl crate::wire::Fields for NewShipment {
    fn places(&self) -> usize {
        match self {
            NewShipment { .. } => 6,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NewShipment { .. }, 0) => Some("id"),
            (NewShipment { .. }, 1) => Some("lines"),
            (NewShipment { .. }, 2) => Some("carrier"),
            (NewShipment { promised_by: x, .. }, 3) => x.as_ref().map(|_| "promised_by"),
            (NewShipment { route: x, .. }, 4) => x.as_ref().map(|_| "route"),
            (NewShipment { tracking_number: x, .. }, 5) => x.as_ref().map(|_| "tracking_number"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NewShipment { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NewShipment { lines: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NewShipment { carrier: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (NewShipment { promised_by: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (NewShipment { route: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (NewShipment { tracking_number: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NewShipment")),
        }
    }
}

impl crate::wire::Feed for NewShipment {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NewShipmentSlots {
    id: Option<String>,
    lines: Option<Vec<LineQuantity>>,
    carrier: Option<String>,
    promised_by: Option<Option<SystemTime>>,
    route: Option<Option<Route>>,
    tracking_number: Option<Option<String>>,
}

impl crate::wire::Build for NewShipment {
    type Slots = NewShipmentSlots;
    const WHAT: &'static str = "NewShipment";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NewShipmentSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "carrier" => s.carrier = Some(crate::wire::build(v)?),
            "promised_by" => s.promised_by = Some(crate::wire::build(v)?),
            "route" => s.route = Some(crate::wire::build(v)?),
            "tracking_number" => s.tracking_number = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NewShipment")),
        }
        Ok(())
    }

    fn finish(s: NewShipmentSlots) -> Result<Self, crate::wire::Error> {
        Ok(NewShipment {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "NewShipment"))?,
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "NewShipment"))?,
            carrier: s.carrier.ok_or_else(|| crate::wire::missing("carrier", "NewShipment"))?,
            promised_by: s.promised_by.flatten(),
            route: s.route.flatten(),
            tracking_number: s.tracking_number.flatten(),
        })
    }
}


#[doc = "A customer's next-purchase timing."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct NextPurchase {
    #[doc = "P(alive) now."]
    pub p_alive: f64,
    #[doc = "P(at least one purchase within the horizon)."]
    pub p_within: f64,
    #[doc = "The median wait until the next purchase, in the model's time unit; `None` when the customer more likely than not never buys again."]
    pub median_wait: Option<f64>,
}

impl crate::wire::Fields for NextPurchase {
    fn places(&self) -> usize {
        match self {
            NextPurchase { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NextPurchase { .. }, 0) => Some("p_alive"),
            (NextPurchase { .. }, 1) => Some("p_within"),
            (NextPurchase { .. }, 2) => Some("median_wait"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NextPurchase { p_alive: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NextPurchase { p_within: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NextPurchase { median_wait: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NextPurchase")),
        }
    }
}

impl crate::wire::Feed for NextPurchase {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NextPurchaseSlots {
    p_alive: Option<f64>,
    p_within: Option<f64>,
    median_wait: Option<Option<f64>>,
}

impl crate::wire::Build for NextPurchase {
    type Slots = NextPurchaseSlots;
    const WHAT: &'static str = "NextPurchase";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NextPurchaseSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "p_alive" => s.p_alive = Some(crate::wire::build(v)?),
            "p_within" => s.p_within = Some(crate::wire::build(v)?),
            "median_wait" => s.median_wait = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NextPurchase")),
        }
        Ok(())
    }

    fn finish(s: NextPurchaseSlots) -> Result<Self, crate::wire::Error> {
        Ok(NextPurchase {
            p_alive: s.p_alive.ok_or_else(|| crate::wire::missing("p_alive", "NextPurchase"))?,
            p_within: s.p_within.ok_or_else(|| crate::wire::missing("p_within", "NextPurchase"))?,
            median_wait: s.median_wait.flatten(),
        })
    }
}


#[doc = "A message to send."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct NotificationIntent {
    #[doc = "Kind."]
    pub kind: NotificationKind,
    #[doc = "Recipient."]
    pub customer: String,
    #[doc = "Channel."]
    pub channel: Channel,
    #[doc = "When to send."]
    #[serde(with = "crate::wire::time")]
    pub send_at: SystemTime,
    #[doc = "Stable key: the same signal always gives the same key."]
    pub dedupe_key: String,
    #[doc = "Template data."]
    pub payload: HashMap<String, String>,
    #[doc = "The recipient's language, from their preferences (see `customer::compose`)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub locale: Option<String>,
}

impl crate::wire::Fields for NotificationIntent {
    fn places(&self) -> usize {
        match self {
            NotificationIntent { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NotificationIntent { .. }, 0) => Some("kind"),
            (NotificationIntent { .. }, 1) => Some("customer"),
            (NotificationIntent { .. }, 2) => Some("channel"),
            (NotificationIntent { .. }, 3) => Some("send_at"),
            (NotificationIntent { .. }, 4) => Some("dedupe_key"),
            (NotificationIntent { .. }, 5) => Some("payload"),
            (NotificationIntent { locale: x, .. }, 6) => x.as_ref().map(|_| "locale"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NotificationIntent { kind: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { channel: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { send_at: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { dedupe_key: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { payload: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (NotificationIntent { locale: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NotificationIntent")),
        }
    }
}

impl crate::wire::Feed for NotificationIntent {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NotificationIntentSlots {
    kind: Option<NotificationKind>,
    customer: Option<String>,
    channel: Option<Channel>,
    send_at: Option<SystemTime>,
    dedupe_key: Option<String>,
    payload: Option<HashMap<String, String>>,
    locale: Option<Option<String>>,
}

impl crate::wire::Build for NotificationIntent {
    type Slots = NotificationIntentSlots;
    const WHAT: &'static str = "NotificationIntent";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NotificationIntentSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "kind" => s.kind = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "channel" => s.channel = Some(crate::wire::build(v)?),
            "send_at" => s.send_at = Some(crate::wire::build(v)?),
            "dedupe_key" => s.dedupe_key = Some(crate::wire::build(v)?),
            "payload" => s.payload = Some(crate::wire::build(v)?),
            "locale" => s.locale = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NotificationIntent")),
        }
        Ok(())
    }

    fn finish(s: NotificationIntentSlots) -> Result<Self, crate::wire::Error> {
        Ok(NotificationIntent {
            kind: s.kind.ok_or_else(|| crate::wire::missing("kind", "NotificationIntent"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "NotificationIntent"))?,
            channel: s.channel.ok_or_else(|| crate::wire::missing("channel", "NotificationIntent"))?,
            send_at: s.send_at.ok_or_else(|| crate::wire::missing("send_at", "NotificationIntent"))?,
            dedupe_key: s.dedupe_key.ok_or_else(|| crate::wire::missing("dedupe_key", "NotificationIntent"))?,
            payload: s.payload.ok_or_else(|| crate::wire::missing("payload", "NotificationIntent"))?,
            locale: s.locale.flatten(),
        })
    }
}


#[doc = "Every kind of post-purchase message."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum NotificationKind {
    #[serde(rename = "order_confirmed")]
    OrderConfirmed,
    #[serde(rename = "order_cancelled")]
    OrderCancelled,
    #[serde(rename = "fulfilment_delayed")]
    FulfilmentDelayed,
    #[serde(rename = "shipped")]
    Shipped,
    #[serde(rename = "in_transit_delayed")]
    InTransitDelayed,
    #[serde(rename = "arriving_tomorrow")]
    ArrivingTomorrow,
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[serde(rename = "available_for_pickup")]
    AvailableForPickup,
    #[serde(rename = "delivery_attempt_failed")]
    DeliveryAttemptFailed,
    #[serde(rename = "delivery_exception")]
    DeliveryException,
    #[serde(rename = "delivered")]
    Delivered,
    #[serde(rename = "all_parts_delivered")]
    AllPartsDelivered,
    #[serde(rename = "presumed_lost")]
    PresumedLost,
    #[serde(rename = "return_requested")]
    ReturnRequested,
    #[serde(rename = "return_approved")]
    ReturnApproved,
    #[serde(rename = "return_declined")]
    ReturnDeclined,
    #[serde(rename = "return_label_issued")]
    ReturnLabelIssued,
    #[serde(rename = "return_reminder_to_ship")]
    ReturnReminderToShip,
    #[serde(rename = "return_about_to_expire")]
    ReturnAboutToExpire,
    #[serde(rename = "return_received")]
    ReturnReceived,
    #[serde(rename = "return_refunded")]
    ReturnRefunded,
    #[serde(rename = "return_exchanged")]
    ReturnExchanged,
    #[serde(rename = "review_request")]
    ReviewRequest,
    #[serde(rename = "survey_request")]
    SurveyRequest,
    #[serde(rename = "replenishment_reminder")]
    ReplenishmentReminder,
    #[serde(rename = "cross_sell")]
    CrossSell,
    #[serde(rename = "points_earned")]
    PointsEarned,
    #[serde(rename = "points_about_to_expire")]
    PointsAboutToExpire,
    #[serde(rename = "tier_reached")]
    TierReached,
    #[serde(rename = "tier_about_to_drop")]
    TierAboutToDrop,
}

impl crate::wire::Feed for NotificationKind {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            NotificationKind::OrderConfirmed => v.visit_borrowed_str("order_confirmed"),
            NotificationKind::OrderCancelled => v.visit_borrowed_str("order_cancelled"),
            NotificationKind::FulfilmentDelayed => v.visit_borrowed_str("fulfilment_delayed"),
            NotificationKind::Shipped => v.visit_borrowed_str("shipped"),
            NotificationKind::InTransitDelayed => v.visit_borrowed_str("in_transit_delayed"),
            NotificationKind::ArrivingTomorrow => v.visit_borrowed_str("arriving_tomorrow"),
            NotificationKind::OutForDelivery => v.visit_borrowed_str("out_for_delivery"),
            NotificationKind::AvailableForPickup => v.visit_borrowed_str("available_for_pickup"),
            NotificationKind::DeliveryAttemptFailed => v.visit_borrowed_str("delivery_attempt_failed"),
            NotificationKind::DeliveryException => v.visit_borrowed_str("delivery_exception"),
            NotificationKind::Delivered => v.visit_borrowed_str("delivered"),
            NotificationKind::AllPartsDelivered => v.visit_borrowed_str("all_parts_delivered"),
            NotificationKind::PresumedLost => v.visit_borrowed_str("presumed_lost"),
            NotificationKind::ReturnRequested => v.visit_borrowed_str("return_requested"),
            NotificationKind::ReturnApproved => v.visit_borrowed_str("return_approved"),
            NotificationKind::ReturnDeclined => v.visit_borrowed_str("return_declined"),
            NotificationKind::ReturnLabelIssued => v.visit_borrowed_str("return_label_issued"),
            NotificationKind::ReturnReminderToShip => v.visit_borrowed_str("return_reminder_to_ship"),
            NotificationKind::ReturnAboutToExpire => v.visit_borrowed_str("return_about_to_expire"),
            NotificationKind::ReturnReceived => v.visit_borrowed_str("return_received"),
            NotificationKind::ReturnRefunded => v.visit_borrowed_str("return_refunded"),
            NotificationKind::ReturnExchanged => v.visit_borrowed_str("return_exchanged"),
            NotificationKind::ReviewRequest => v.visit_borrowed_str("review_request"),
            NotificationKind::SurveyRequest => v.visit_borrowed_str("survey_request"),
            NotificationKind::ReplenishmentReminder => v.visit_borrowed_str("replenishment_reminder"),
            NotificationKind::CrossSell => v.visit_borrowed_str("cross_sell"),
            NotificationKind::PointsEarned => v.visit_borrowed_str("points_earned"),
            NotificationKind::PointsAboutToExpire => v.visit_borrowed_str("points_about_to_expire"),
            NotificationKind::TierReached => v.visit_borrowed_str("tier_reached"),
            NotificationKind::TierAboutToDrop => v.visit_borrowed_str("tier_about_to_drop"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            NotificationKind::OrderConfirmed => v.visit_enum(crate::wire::UnitVariant("order_confirmed")),
            NotificationKind::OrderCancelled => v.visit_enum(crate::wire::UnitVariant("order_cancelled")),
            NotificationKind::FulfilmentDelayed => v.visit_enum(crate::wire::UnitVariant("fulfilment_delayed")),
            NotificationKind::Shipped => v.visit_enum(crate::wire::UnitVariant("shipped")),
            NotificationKind::InTransitDelayed => v.visit_enum(crate::wire::UnitVariant("in_transit_delayed")),
            NotificationKind::ArrivingTomorrow => v.visit_enum(crate::wire::UnitVariant("arriving_tomorrow")),
            NotificationKind::OutForDelivery => v.visit_enum(crate::wire::UnitVariant("out_for_delivery")),
            NotificationKind::AvailableForPickup => v.visit_enum(crate::wire::UnitVariant("available_for_pickup")),
            NotificationKind::DeliveryAttemptFailed => v.visit_enum(crate::wire::UnitVariant("delivery_attempt_failed")),
            NotificationKind::DeliveryException => v.visit_enum(crate::wire::UnitVariant("delivery_exception")),
            NotificationKind::Delivered => v.visit_enum(crate::wire::UnitVariant("delivered")),
            NotificationKind::AllPartsDelivered => v.visit_enum(crate::wire::UnitVariant("all_parts_delivered")),
            NotificationKind::PresumedLost => v.visit_enum(crate::wire::UnitVariant("presumed_lost")),
            NotificationKind::ReturnRequested => v.visit_enum(crate::wire::UnitVariant("return_requested")),
            NotificationKind::ReturnApproved => v.visit_enum(crate::wire::UnitVariant("return_approved")),
            NotificationKind::ReturnDeclined => v.visit_enum(crate::wire::UnitVariant("return_declined")),
            NotificationKind::ReturnLabelIssued => v.visit_enum(crate::wire::UnitVariant("return_label_issued")),
            NotificationKind::ReturnReminderToShip => v.visit_enum(crate::wire::UnitVariant("return_reminder_to_ship")),
            NotificationKind::ReturnAboutToExpire => v.visit_enum(crate::wire::UnitVariant("return_about_to_expire")),
            NotificationKind::ReturnReceived => v.visit_enum(crate::wire::UnitVariant("return_received")),
            NotificationKind::ReturnRefunded => v.visit_enum(crate::wire::UnitVariant("return_refunded")),
            NotificationKind::ReturnExchanged => v.visit_enum(crate::wire::UnitVariant("return_exchanged")),
            NotificationKind::ReviewRequest => v.visit_enum(crate::wire::UnitVariant("review_request")),
            NotificationKind::SurveyRequest => v.visit_enum(crate::wire::UnitVariant("survey_request")),
            NotificationKind::ReplenishmentReminder => v.visit_enum(crate::wire::UnitVariant("replenishment_reminder")),
            NotificationKind::CrossSell => v.visit_enum(crate::wire::UnitVariant("cross_sell")),
            NotificationKind::PointsEarned => v.visit_enum(crate::wire::UnitVariant("points_earned")),
            NotificationKind::PointsAboutToExpire => v.visit_enum(crate::wire::UnitVariant("points_about_to_expire")),
            NotificationKind::TierReached => v.visit_enum(crate::wire::UnitVariant("tier_reached")),
            NotificationKind::TierAboutToDrop => v.visit_enum(crate::wire::UnitVariant("tier_about_to_drop")),
        }
    }
}

impl crate::wire::Build for NotificationKind {
    type Slots = ();
    const WHAT: &'static str = "NotificationKind";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "order_confirmed" => Ok(NotificationKind::OrderConfirmed),
            "order_cancelled" => Ok(NotificationKind::OrderCancelled),
            "fulfilment_delayed" => Ok(NotificationKind::FulfilmentDelayed),
            "shipped" => Ok(NotificationKind::Shipped),
            "in_transit_delayed" => Ok(NotificationKind::InTransitDelayed),
            "arriving_tomorrow" => Ok(NotificationKind::ArrivingTomorrow),
            "out_for_delivery" => Ok(NotificationKind::OutForDelivery),
            "available_for_pickup" => Ok(NotificationKind::AvailableForPickup),
            "delivery_attempt_failed" => Ok(NotificationKind::DeliveryAttemptFailed),
            "delivery_exception" => Ok(NotificationKind::DeliveryException),
            "delivered" => Ok(NotificationKind::Delivered),
            "all_parts_delivered" => Ok(NotificationKind::AllPartsDelivered),
            "presumed_lost" => Ok(NotificationKind::PresumedLost),
            "return_requested" => Ok(NotificationKind::ReturnRequested),
            "return_approved" => Ok(NotificationKind::ReturnApproved),
            "return_declined" => Ok(NotificationKind::ReturnDeclined),
            "return_label_issued" => Ok(NotificationKind::ReturnLabelIssued),
            "return_reminder_to_ship" => Ok(NotificationKind::ReturnReminderToShip),
            "return_about_to_expire" => Ok(NotificationKind::ReturnAboutToExpire),
            "return_received" => Ok(NotificationKind::ReturnReceived),
            "return_refunded" => Ok(NotificationKind::ReturnRefunded),
            "return_exchanged" => Ok(NotificationKind::ReturnExchanged),
            "review_request" => Ok(NotificationKind::ReviewRequest),
            "survey_request" => Ok(NotificationKind::SurveyRequest),
            "replenishment_reminder" => Ok(NotificationKind::ReplenishmentReminder),
            "cross_sell" => Ok(NotificationKind::CrossSell),
            "points_earned" => Ok(NotificationKind::PointsEarned),
            "points_about_to_expire" => Ok(NotificationKind::PointsAboutToExpire),
            "tier_reached" => Ok(NotificationKind::TierReached),
            "tier_about_to_drop" => Ok(NotificationKind::TierAboutToDrop),
            _ => Err(crate::wire::unknown(v, "NotificationKind")),
        }
    }
}


#[doc = "An NPS with its uncertainty. Scores and bounds are on the −100…100 scale."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct NpsResult {
    #[doc = "Number of answers."]
    pub responses: i64,
    #[doc = "Answers 9–10."]
    pub promoters: i64,
    #[doc = "Answers 7–8."]
    pub passives: i64,
    #[doc = "Answers 0–6."]
    pub detractors: i64,
    #[doc = "% promoters − % detractors."]
    pub score: f64,
    #[doc = "Share of promoters (0–1)."]
    pub promoter_share: f64,
    #[doc = "Share of detractors (0–1)."]
    pub detractor_share: f64,
    #[doc = "Variance of the promoter-minus-detractor difference (proportion scale)."]
    pub variance: f64,
    #[doc = "z × standard error, on the −100…100 scale."]
    pub margin_of_error: f64,
    #[doc = "Adjusted-Wald interval (¾ added to promoters and detractors, 3 to n), clamped to ±100."]
    pub interval: Interval,
}

impl crate::wire::Fields for NpsResult {
    fn places(&self) -> usize {
        match self {
            NpsResult { .. } => 10,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (NpsResult { .. }, 0) => Some("responses"),
            (NpsResult { .. }, 1) => Some("promoters"),
            (NpsResult { .. }, 2) => Some("passives"),
            (NpsResult { .. }, 3) => Some("detractors"),
            (NpsResult { .. }, 4) => Some("score"),
            (NpsResult { .. }, 5) => Some("promoter_share"),
            (NpsResult { .. }, 6) => Some("detractor_share"),
            (NpsResult { .. }, 7) => Some("variance"),
            (NpsResult { .. }, 8) => Some("margin_of_error"),
            (NpsResult { .. }, 9) => Some("interval"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (NpsResult { responses: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { promoters: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { passives: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { detractors: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { score: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { promoter_share: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { detractor_share: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { variance: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { margin_of_error: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (NpsResult { interval: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "NpsResult")),
        }
    }
}

impl crate::wire::Feed for NpsResult {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct NpsResultSlots {
    responses: Option<i64>,
    promoters: Option<i64>,
    passives: Option<i64>,
    detractors: Option<i64>,
    score: Option<f64>,
    promoter_share: Option<f64>,
    detractor_share: Option<f64>,
    variance: Option<f64>,
    margin_of_error: Option<f64>,
    interval: Option<Interval>,
}

impl crate::wire::Build for NpsResult {
    type Slots = NpsResultSlots;
    const WHAT: &'static str = "NpsResult";

    fn put<V: serde::Serialize + ?Sized>(s: &mut NpsResultSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "responses" => s.responses = Some(crate::wire::build(v)?),
            "promoters" => s.promoters = Some(crate::wire::build(v)?),
            "passives" => s.passives = Some(crate::wire::build(v)?),
            "detractors" => s.detractors = Some(crate::wire::build(v)?),
            "score" => s.score = Some(crate::wire::build(v)?),
            "promoter_share" => s.promoter_share = Some(crate::wire::build(v)?),
            "detractor_share" => s.detractor_share = Some(crate::wire::build(v)?),
            "variance" => s.variance = Some(crate::wire::build(v)?),
            "margin_of_error" => s.margin_of_error = Some(crate::wire::build(v)?),
            "interval" => s.interval = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "NpsResult")),
        }
        Ok(())
    }

    fn finish(s: NpsResultSlots) -> Result<Self, crate::wire::Error> {
        Ok(NpsResult {
            responses: s.responses.ok_or_else(|| crate::wire::missing("responses", "NpsResult"))?,
            promoters: s.promoters.ok_or_else(|| crate::wire::missing("promoters", "NpsResult"))?,
            passives: s.passives.ok_or_else(|| crate::wire::missing("passives", "NpsResult"))?,
            detractors: s.detractors.ok_or_else(|| crate::wire::missing("detractors", "NpsResult"))?,
            score: s.score.ok_or_else(|| crate::wire::missing("score", "NpsResult"))?,
            promoter_share: s.promoter_share.ok_or_else(|| crate::wire::missing("promoter_share", "NpsResult"))?,
            detractor_share: s.detractor_share.ok_or_else(|| crate::wire::missing("detractor_share", "NpsResult"))?,
            variance: s.variance.ok_or_else(|| crate::wire::missing("variance", "NpsResult"))?,
            margin_of_error: s.margin_of_error.ok_or_else(|| crate::wire::missing("margin_of_error", "NpsResult"))?,
            interval: s.interval.ok_or_else(|| crate::wire::missing("interval", "NpsResult"))?,
        })
    }
}


#[doc = "What changed."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum OrderChange {
    #[doc = "The order was placed, with its computed line amounts."]
    #[serde(rename = "placed")]
    Placed {
        #[doc = "The order."]
        order: NewOrder,
        #[doc = "Amounts per line, in line order."]
        amounts: Vec<LineAmounts>,
    },
    #[doc = "Confirmed."]
    #[serde(rename = "confirmed")]
    Confirmed,
    #[doc = "Put on hold."]
    #[serde(rename = "held")]
    Held {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Hold released."]
    #[serde(rename = "released")]
    Released,
    #[doc = "Units cancelled."]
    #[serde(rename = "units_cancelled")]
    UnitsCancelled {
        #[doc = "Per line."]
        lines: Vec<CancelledUnits>,
        #[doc = "Shipping released (non-zero when the last units were cancelled)."]
        shipping: Money,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Shipment created."]
    #[serde(rename = "shipment_created")]
    ShipmentCreated {
        #[doc = "The shipment."]
        shipment: NewShipment,
    },
    #[doc = "A shipment cancelled before the carrier took it; its units are unfulfilled again."]
    #[serde(rename = "shipment_cancelled")]
    ShipmentCancelled {
        #[doc = "The shipment."]
        shipment: String,
    },
    #[doc = "Carrier scan recorded."]
    #[serde(rename = "tracking_recorded")]
    TrackingRecorded {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "The carrier took the shipment."]
    #[serde(rename = "shipment_shipped")]
    ShipmentShipped {
        #[doc = "Which shipment."]
        shipment: String,
    },
    #[doc = "Delivered."]
    #[serde(rename = "shipment_delivered")]
    ShipmentDelivered {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        at: SystemTime,
    },
    #[doc = "Payment authorised."]
    #[serde(rename = "payment_authorized")]
    PaymentAuthorized {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Payment captured."]
    #[serde(rename = "payment_captured")]
    PaymentCaptured {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Payment refunded."]
    #[serde(rename = "payment_refunded")]
    PaymentRefunded {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "Authorisation voided."]
    #[serde(rename = "payment_voided")]
    PaymentVoided {
        #[doc = "Payment id."]
        payment: String,
    },
    #[doc = "Something happened to a return."]
    #[serde(rename = "return")]
    Return {
        #[doc = "What."]
        change: ReturnChange,
    },
}

impl crate::wire::Fields for OrderChange {
    fn places(&self) -> usize {
        match self {
            OrderChange::Placed { .. } => 3,
            OrderChange::Confirmed => 1,
            OrderChange::Held { .. } => 2,
            OrderChange::Released => 1,
            OrderChange::UnitsCancelled { .. } => 4,
            OrderChange::ShipmentCreated { .. } => 2,
            OrderChange::ShipmentCancelled { .. } => 2,
            OrderChange::TrackingRecorded { .. } => 3,
            OrderChange::ShipmentShipped { .. } => 2,
            OrderChange::ShipmentDelivered { .. } => 3,
            OrderChange::PaymentAuthorized { .. } => 3,
            OrderChange::PaymentCaptured { .. } => 3,
            OrderChange::PaymentRefunded { .. } => 3,
            OrderChange::PaymentVoided { .. } => 2,
            OrderChange::Return { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (OrderChange::Placed { .. }, 0) => Some("type"),
            (OrderChange::Placed { .. }, 1) => Some("order"),
            (OrderChange::Placed { .. }, 2) => Some("amounts"),
            (OrderChange::Confirmed, 0) => Some("type"),
            (OrderChange::Held { .. }, 0) => Some("type"),
            (OrderChange::Held { .. }, 1) => Some("reason"),
            (OrderChange::Released, 0) => Some("type"),
            (OrderChange::UnitsCancelled { .. }, 0) => Some("type"),
            (OrderChange::UnitsCancelled { .. }, 1) => Some("lines"),
            (OrderChange::UnitsCancelled { .. }, 2) => Some("shipping"),
            (OrderChange::UnitsCancelled { .. }, 3) => Some("reason"),
            (OrderChange::ShipmentCreated { .. }, 0) => Some("type"),
            (OrderChange::ShipmentCreated { .. }, 1) => Some("shipment"),
            (OrderChange::ShipmentCancelled { .. }, 0) => Some("type"),
            (OrderChange::ShipmentCancelled { .. }, 1) => Some("shipment"),
            (OrderChange::TrackingRecorded { .. }, 0) => Some("type"),
            (OrderChange::TrackingRecorded { .. }, 1) => Some("shipment"),
            (OrderChange::TrackingRecorded { .. }, 2) => Some("event"),
            (OrderChange::ShipmentShipped { .. }, 0) => Some("type"),
            (OrderChange::ShipmentShipped { .. }, 1) => Some("shipment"),
            (OrderChange::ShipmentDelivered { .. }, 0) => Some("type"),
            (OrderChange::ShipmentDelivered { .. }, 1) => Some("shipment"),
            (OrderChange::ShipmentDelivered { .. }, 2) => Some("at"),
            (OrderChange::PaymentAuthorized { .. }, 0) => Some("type"),
            (OrderChange::PaymentAuthorized { .. }, 1) => Some("payment"),
            (OrderChange::PaymentAuthorized { .. }, 2) => Some("amount"),
            (OrderChange::PaymentCaptured { .. }, 0) => Some("type"),
            (OrderChange::PaymentCaptured { .. }, 1) => Some("payment"),
            (OrderChange::PaymentCaptured { .. }, 2) => Some("amount"),
            (OrderChange::PaymentRefunded { .. }, 0) => Some("type"),
            (OrderChange::PaymentRefunded { .. }, 1) => Some("payment"),
            (OrderChange::PaymentRefunded { .. }, 2) => Some("amount"),
            (OrderChange::PaymentVoided { .. }, 0) => Some("type"),
            (OrderChange::PaymentVoided { .. }, 1) => Some("payment"),
            (OrderChange::Return { .. }, 0) => Some("type"),
            (OrderChange::Return { .. }, 1) => Some("change"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (OrderChange::Placed { .. }, 0) => crate::wire::code("placed", seed),
            (OrderChange::Placed { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::Placed { amounts: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::Confirmed, 0) => crate::wire::code("confirmed", seed),
            (OrderChange::Held { .. }, 0) => crate::wire::code("held", seed),
            (OrderChange::Held { reason: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::Released, 0) => crate::wire::code("released", seed),
            (OrderChange::UnitsCancelled { .. }, 0) => crate::wire::code("units_cancelled", seed),
            (OrderChange::UnitsCancelled { lines: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::UnitsCancelled { shipping: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::UnitsCancelled { reason: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::ShipmentCreated { .. }, 0) => crate::wire::code("shipment_created", seed),
            (OrderChange::ShipmentCreated { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::ShipmentCancelled { .. }, 0) => crate::wire::code("shipment_cancelled", seed),
            (OrderChange::ShipmentCancelled { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::TrackingRecorded { .. }, 0) => crate::wire::code("tracking_recorded", seed),
            (OrderChange::TrackingRecorded { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::TrackingRecorded { event: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::ShipmentShipped { .. }, 0) => crate::wire::code("shipment_shipped", seed),
            (OrderChange::ShipmentShipped { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::ShipmentDelivered { .. }, 0) => crate::wire::code("shipment_delivered", seed),
            (OrderChange::ShipmentDelivered { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::ShipmentDelivered { at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentAuthorized { .. }, 0) => crate::wire::code("payment_authorized", seed),
            (OrderChange::PaymentAuthorized { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentAuthorized { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentCaptured { .. }, 0) => crate::wire::code("payment_captured", seed),
            (OrderChange::PaymentCaptured { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentCaptured { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentRefunded { .. }, 0) => crate::wire::code("payment_refunded", seed),
            (OrderChange::PaymentRefunded { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentRefunded { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::PaymentVoided { .. }, 0) => crate::wire::code("payment_voided", seed),
            (OrderChange::PaymentVoided { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderChange::Return { .. }, 0) => crate::wire::code("return", seed),
            (OrderChange::Return { change: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "OrderChange")),
        }
    }
}

impl crate::wire::Feed for OrderChange {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct OrderChangeSlots {
    tag: Option<String>,
    v0_order: Option<NewOrder>,
    v0_amounts: Option<Vec<LineAmounts>>,
    v2_reason: Option<String>,
    v4_lines: Option<Vec<CancelledUnits>>,
    v4_shipping: Option<Money>,
    v4_reason: Option<String>,
    v5_shipment: Option<NewShipment>,
    v6_shipment: Option<String>,
    v7_shipment: Option<String>,
    v7_event: Option<CarrierEvent>,
    v8_shipment: Option<String>,
    v9_shipment: Option<String>,
    v9_at: Option<SystemTime>,
    v10_payment: Option<String>,
    v10_amount: Option<Money>,
    v11_payment: Option<String>,
    v11_amount: Option<Money>,
    v12_payment: Option<String>,
    v12_amount: Option<Money>,
    v13_payment: Option<String>,
    v14_change: Option<ReturnChange>,
}

impl crate::wire::Build for OrderChange {
    type Slots = OrderChangeSlots;
    const WHAT: &'static str = "OrderChange";

    fn put<V: serde::Serialize + ?Sized>(s: &mut OrderChangeSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "type" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("placed"), "order") => s.v0_order = Some(crate::wire::build(v)?),
            (Some("placed"), "amounts") => s.v0_amounts = Some(crate::wire::build(v)?),
            (Some("held"), "reason") => s.v2_reason = Some(crate::wire::build(v)?),
            (Some("units_cancelled"), "lines") => s.v4_lines = Some(crate::wire::build(v)?),
            (Some("units_cancelled"), "shipping") => s.v4_shipping = Some(crate::wire::build(v)?),
            (Some("units_cancelled"), "reason") => s.v4_reason = Some(crate::wire::build(v)?),
            (Some("shipment_created"), "shipment") => s.v5_shipment = Some(crate::wire::build(v)?),
            (Some("shipment_cancelled"), "shipment") => s.v6_shipment = Some(crate::wire::build(v)?),
            (Some("tracking_recorded"), "shipment") => s.v7_shipment = Some(crate::wire::build(v)?),
            (Some("tracking_recorded"), "event") => s.v7_event = Some(crate::wire::build(v)?),
            (Some("shipment_shipped"), "shipment") => s.v8_shipment = Some(crate::wire::build(v)?),
            (Some("shipment_delivered"), "shipment") => s.v9_shipment = Some(crate::wire::build(v)?),
            (Some("shipment_delivered"), "at") => s.v9_at = Some(crate::wire::build(v)?),
            (Some("payment_authorized"), "payment") => s.v10_payment = Some(crate::wire::build(v)?),
            (Some("payment_authorized"), "amount") => s.v10_amount = Some(crate::wire::build(v)?),
            (Some("payment_captured"), "payment") => s.v11_payment = Some(crate::wire::build(v)?),
            (Some("payment_captured"), "amount") => s.v11_amount = Some(crate::wire::build(v)?),
            (Some("payment_refunded"), "payment") => s.v12_payment = Some(crate::wire::build(v)?),
            (Some("payment_refunded"), "amount") => s.v12_amount = Some(crate::wire::build(v)?),
            (Some("payment_voided"), "payment") => s.v13_payment = Some(crate::wire::build(v)?),
            (Some("return"), "change") => s.v14_change = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "OrderChange")),
        }
        Ok(())
    }

    fn finish(s: OrderChangeSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("placed") => Ok(OrderChange::Placed {
                order: s.v0_order.ok_or_else(|| crate::wire::missing("order", "OrderChange"))?,
                amounts: s.v0_amounts.ok_or_else(|| crate::wire::missing("amounts", "OrderChange"))?,
            }),
            Some("confirmed") => Ok(OrderChange::Confirmed),
            Some("held") => Ok(OrderChange::Held {
                reason: s.v2_reason.ok_or_else(|| crate::wire::missing("reason", "OrderChange"))?,
            }),
            Some("released") => Ok(OrderChange::Released),
            Some("units_cancelled") => Ok(OrderChange::UnitsCancelled {
                lines: s.v4_lines.ok_or_else(|| crate::wire::missing("lines", "OrderChange"))?,
                shipping: s.v4_shipping.ok_or_else(|| crate::wire::missing("shipping", "OrderChange"))?,
                reason: s.v4_reason.ok_or_else(|| crate::wire::missing("reason", "OrderChange"))?,
            }),
            Some("shipment_created") => Ok(OrderChange::ShipmentCreated {
                shipment: s.v5_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderChange"))?,
            }),
            Some("shipment_cancelled") => Ok(OrderChange::ShipmentCancelled {
                shipment: s.v6_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderChange"))?,
            }),
            Some("tracking_recorded") => Ok(OrderChange::TrackingRecorded {
                shipment: s.v7_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderChange"))?,
                event: s.v7_event.ok_or_else(|| crate::wire::missing("event", "OrderChange"))?,
            }),
            Some("shipment_shipped") => Ok(OrderChange::ShipmentShipped {
                shipment: s.v8_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderChange"))?,
            }),
            Some("shipment_delivered") => Ok(OrderChange::ShipmentDelivered {
                shipment: s.v9_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderChange"))?,
                at: s.v9_at.ok_or_else(|| crate::wire::missing("at", "OrderChange"))?,
            }),
            Some("payment_authorized") => Ok(OrderChange::PaymentAuthorized {
                payment: s.v10_payment.ok_or_else(|| crate::wire::missing("payment", "OrderChange"))?,
                amount: s.v10_amount.ok_or_else(|| crate::wire::missing("amount", "OrderChange"))?,
            }),
            Some("payment_captured") => Ok(OrderChange::PaymentCaptured {
                payment: s.v11_payment.ok_or_else(|| crate::wire::missing("payment", "OrderChange"))?,
                amount: s.v11_amount.ok_or_else(|| crate::wire::missing("amount", "OrderChange"))?,
            }),
            Some("payment_refunded") => Ok(OrderChange::PaymentRefunded {
                payment: s.v12_payment.ok_or_else(|| crate::wire::missing("payment", "OrderChange"))?,
                amount: s.v12_amount.ok_or_else(|| crate::wire::missing("amount", "OrderChange"))?,
            }),
            Some("payment_voided") => Ok(OrderChange::PaymentVoided {
                payment: s.v13_payment.ok_or_else(|| crate::wire::missing("payment", "OrderChange"))?,
            }),
            Some("return") => Ok(OrderChange::Return {
                change: s.v14_change.ok_or_else(|| crate::wire::missing("change", "OrderChange"))?,
            }),
            Some(other) => Err(crate::wire::unknown(other, "OrderChange")),
            None => Err(crate::wire::missing("type", "OrderChange")),
        }
    }
}


#[doc = "A command sent to an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "type")]
pub enum OrderCommand {
    #[doc = "Place a new order."]
    #[serde(rename = "place")]
    Place {
        #[doc = "The order."]
        order: NewOrder,
    },
    #[doc = "Confirm the order."]
    #[serde(rename = "confirm")]
    Confirm,
    #[doc = "Put the order on hold (no new shipments)."]
    #[serde(rename = "hold")]
    Hold {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Release a hold."]
    #[serde(rename = "release")]
    Release,
    #[doc = "Cancel every unit; refused once anything is fulfilled."]
    #[serde(rename = "cancel")]
    Cancel {
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Cancel some unfulfilled units."]
    #[serde(rename = "cancel_units")]
    CancelUnits {
        #[doc = "Which units."]
        lines: Vec<LineQuantity>,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Put units in a shipment."]
    #[serde(rename = "create_shipment")]
    CreateShipment {
        #[doc = "The shipment."]
        shipment: NewShipment,
    },
    #[doc = "Cancel a shipment the carrier has not taken yet (pending or label created): its units go back to unfulfilled."]
    #[serde(rename = "cancel_shipment")]
    CancelShipment {
        #[doc = "The shipment."]
        shipment: String,
    },
    #[doc = "Record a carrier scan."]
    #[serde(rename = "record_tracking")]
    RecordTracking {
        #[doc = "On which shipment."]
        shipment: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "Mark a shipment delivered (e.g. proof of delivery outside the carrier feed)."]
    #[serde(rename = "mark_delivered")]
    MarkDelivered {
        #[doc = "Which shipment."]
        shipment: String,
        #[doc = "When."]
        #[serde(with = "crate::wire::time")]
        at: SystemTime,
    },
    #[doc = "A payment was authorised."]
    #[serde(rename = "authorize_payment")]
    AuthorizePayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "A payment was captured."]
    #[serde(rename = "capture_payment")]
    CapturePayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "A payment was refunded."]
    #[serde(rename = "refund_payment")]
    RefundPayment {
        #[doc = "Payment id."]
        payment: String,
        #[doc = "Amount."]
        amount: Money,
    },
    #[doc = "An authorisation was voided."]
    #[serde(rename = "void_payment")]
    VoidPayment {
        #[doc = "Payment id."]
        payment: String,
    },
    #[doc = "A command on a return (open returns with [`Order::open_return`])."]
    #[serde(rename = "return")]
    Return {
        #[doc = "The return command."]
        command: ReturnCommand,
    },
}

impl crate::wire::Fields for OrderCommand {
    fn places(&self) -> usize {
        match self {
            OrderCommand::Place { .. } => 2,
            OrderCommand::Confirm => 1,
            OrderCommand::Hold { .. } => 2,
            OrderCommand::Release => 1,
            OrderCommand::Cancel { .. } => 2,
            OrderCommand::CancelUnits { .. } => 3,
            OrderCommand::CreateShipment { .. } => 2,
            OrderCommand::CancelShipment { .. } => 2,
            OrderCommand::RecordTracking { .. } => 3,
            OrderCommand::MarkDelivered { .. } => 3,
            OrderCommand::AuthorizePayment { .. } => 3,
            OrderCommand::CapturePayment { .. } => 3,
            OrderCommand::RefundPayment { .. } => 3,
            OrderCommand::VoidPayment { .. } => 2,
            OrderCommand::Return { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (OrderCommand::Place { .. }, 0) => Some("type"),
            (OrderCommand::Place { .. }, 1) => Some("order"),
            (OrderCommand::Confirm, 0) => Some("type"),
            (OrderCommand::Hold { .. }, 0) => Some("type"),
            (OrderCommand::Hold { .. }, 1) => Some("reason"),
            (OrderCommand::Release, 0) => Some("type"),
            (OrderCommand::Cancel { .. }, 0) => Some("type"),
            (OrderCommand::Cancel { .. }, 1) => Some("reason"),
            (OrderCommand::CancelUnits { .. }, 0) => Some("type"),
            (OrderCommand::CancelUnits { .. }, 1) => Some("lines"),
            (OrderCommand::CancelUnits { .. }, 2) => Some("reason"),
            (OrderCommand::CreateShipment { .. }, 0) => Some("type"),
            (OrderCommand::CreateShipment { .. }, 1) => Some("shipment"),
            (OrderCommand::CancelShipment { .. }, 0) => Some("type"),
            (OrderCommand::CancelShipment { .. }, 1) => Some("shipment"),
            (OrderCommand::RecordTracking { .. }, 0) => Some("type"),
            (OrderCommand::RecordTracking { .. }, 1) => Some("shipment"),
            (OrderCommand::RecordTracking { .. }, 2) => Some("event"),
            (OrderCommand::MarkDelivered { .. }, 0) => Some("type"),
            (OrderCommand::MarkDelivered { .. }, 1) => Some("shipment"),
            (OrderCommand::MarkDelivered { .. }, 2) => Some("at"),
            (OrderCommand::AuthorizePayment { .. }, 0) => Some("type"),
            (OrderCommand::AuthorizePayment { .. }, 1) => Some("payment"),
            (OrderCommand::AuthorizePayment { .. }, 2) => Some("amount"),
            (OrderCommand::CapturePayment { .. }, 0) => Some("type"),
            (OrderCommand::CapturePayment { .. }, 1) => Some("payment"),
            (OrderCommand::CapturePayment { .. }, 2) => Some("amount"),
            (OrderCommand::RefundPayment { .. }, 0) => Some("type"),
            (OrderCommand::RefundPayment { .. }, 1) => Some("payment"),
            (OrderCommand::RefundPayment { .. }, 2) => Some("amount"),
            (OrderCommand::VoidPayment { .. }, 0) => Some("type"),
            (OrderCommand::VoidPayment { .. }, 1) => Some("payment"),
            (OrderCommand::Return { .. }, 0) => Some("type"),
            (OrderCommand::Return { .. }, 1) => Some("command"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (OrderCommand::Place { .. }, 0) => crate::wire::code("place", seed),
            (OrderCommand::Place { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::Confirm, 0) => crate::wire::code("confirm", seed),
            (OrderCommand::Hold { .. }, 0) => crate::wire::code("hold", seed),
            (OrderCommand::Hold { reason: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::Release, 0) => crate::wire::code("release", seed),
            (OrderCommand::Cancel { .. }, 0) => crate::wire::code("cancel", seed),
            (OrderCommand::Cancel { reason: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CancelUnits { .. }, 0) => crate::wire::code("cancel_units", seed),
            (OrderCommand::CancelUnits { lines: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CancelUnits { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CreateShipment { .. }, 0) => crate::wire::code("create_shipment", seed),
            (OrderCommand::CreateShipment { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CancelShipment { .. }, 0) => crate::wire::code("cancel_shipment", seed),
            (OrderCommand::CancelShipment { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::RecordTracking { .. }, 0) => crate::wire::code("record_tracking", seed),
            (OrderCommand::RecordTracking { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::RecordTracking { event: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::MarkDelivered { .. }, 0) => crate::wire::code("mark_delivered", seed),
            (OrderCommand::MarkDelivered { shipment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::MarkDelivered { at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::AuthorizePayment { .. }, 0) => crate::wire::code("authorize_payment", seed),
            (OrderCommand::AuthorizePayment { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::AuthorizePayment { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CapturePayment { .. }, 0) => crate::wire::code("capture_payment", seed),
            (OrderCommand::CapturePayment { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::CapturePayment { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::RefundPayment { .. }, 0) => crate::wire::code("refund_payment", seed),
            (OrderCommand::RefundPayment { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::RefundPayment { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::VoidPayment { .. }, 0) => crate::wire::code("void_payment", seed),
            (OrderCommand::VoidPayment { payment: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderCommand::Return { .. }, 0) => crate::wire::code("return", seed),
            (OrderCommand::Return { command: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "OrderCommand")),
        }
    }
}

impl crate::wire::Feed for OrderCommand {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct OrderCommandSlots {
    tag: Option<String>,
    v0_order: Option<NewOrder>,
    v2_reason: Option<String>,
    v4_reason: Option<String>,
    v5_lines: Option<Vec<LineQuantity>>,
    v5_reason: Option<String>,
    v6_shipment: Option<NewShipment>,
    v7_shipment: Option<String>,
    v8_shipment: Option<String>,
    v8_event: Option<CarrierEvent>,
    v9_shipment: Option<String>,
    v9_at: Option<SystemTime>,
    v10_payment: Option<String>,
    v10_amount: Option<Money>,
    v11_payment: Option<String>,
    v11_amount: Option<Money>,
    v12_payment: Option<String>,
    v12_amount: Option<Money>,
    v13_payment: Option<String>,
    v14_command: Option<ReturnCommand>,
}

impl crate::wire::Build for OrderCommand {
    type Slots = OrderCommandSlots;
    const WHAT: &'static str = "OrderCommand";

    fn put<V: serde::Serialize + ?Sized>(s: &mut OrderCommandSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "type" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("place"), "order") => s.v0_order = Some(crate::wire::build(v)?),
            (Some("hold"), "reason") => s.v2_reason = Some(crate::wire::build(v)?),
            (Some("cancel"), "reason") => s.v4_reason = Some(crate::wire::build(v)?),
            (Some("cancel_units"), "lines") => s.v5_lines = Some(crate::wire::build(v)?),
            (Some("cancel_units"), "reason") => s.v5_reason = Some(crate::wire::build(v)?),
            (Some("create_shipment"), "shipment") => s.v6_shipment = Some(crate::wire::build(v)?),
            (Some("cancel_shipment"), "shipment") => s.v7_shipment = Some(crate::wire::build(v)?),
            (Some("record_tracking"), "shipment") => s.v8_shipment = Some(crate::wire::build(v)?),
            (Some("record_tracking"), "event") => s.v8_event = Some(crate::wire::build(v)?),
            (Some("mark_delivered"), "shipment") => s.v9_shipment = Some(crate::wire::build(v)?),
            (Some("mark_delivered"), "at") => s.v9_at = Some(crate::wire::build(v)?),
            (Some("authorize_payment"), "payment") => s.v10_payment = Some(crate::wire::build(v)?),
            (Some("authorize_payment"), "amount") => s.v10_amount = Some(crate::wire::build(v)?),
            (Some("capture_payment"), "payment") => s.v11_payment = Some(crate::wire::build(v)?),
            (Some("capture_payment"), "amount") => s.v11_amount = Some(crate::wire::build(v)?),
            (Some("refund_payment"), "payment") => s.v12_payment = Some(crate::wire::build(v)?),
            (Some("refund_payment"), "amount") => s.v12_amount = Some(crate::wire::build(v)?),
            (Some("void_payment"), "payment") => s.v13_payment = Some(crate::wire::build(v)?),
            (Some("return"), "command") => s.v14_command = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "OrderCommand")),
        }
        Ok(())
    }

    fn finish(s: OrderCommandSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("place") => Ok(OrderCommand::Place {
                order: s.v0_order.ok_or_else(|| crate::wire::missing("order", "OrderCommand"))?,
            }),
            Some("confirm") => Ok(OrderCommand::Confirm),
            Some("hold") => Ok(OrderCommand::Hold {
                reason: s.v2_reason.ok_or_else(|| crate::wire::missing("reason", "OrderCommand"))?,
            }),
            Some("release") => Ok(OrderCommand::Release),
            Some("cancel") => Ok(OrderCommand::Cancel {
                reason: s.v4_reason.ok_or_else(|| crate::wire::missing("reason", "OrderCommand"))?,
            }),
            Some("cancel_units") => Ok(OrderCommand::CancelUnits {
                lines: s.v5_lines.ok_or_else(|| crate::wire::missing("lines", "OrderCommand"))?,
                reason: s.v5_reason.ok_or_else(|| crate::wire::missing("reason", "OrderCommand"))?,
            }),
            Some("create_shipment") => Ok(OrderCommand::CreateShipment {
                shipment: s.v6_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderCommand"))?,
            }),
            Some("cancel_shipment") => Ok(OrderCommand::CancelShipment {
                shipment: s.v7_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderCommand"))?,
            }),
            Some("record_tracking") => Ok(OrderCommand::RecordTracking {
                shipment: s.v8_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderCommand"))?,
                event: s.v8_event.ok_or_else(|| crate::wire::missing("event", "OrderCommand"))?,
            }),
            Some("mark_delivered") => Ok(OrderCommand::MarkDelivered {
                shipment: s.v9_shipment.ok_or_else(|| crate::wire::missing("shipment", "OrderCommand"))?,
                at: s.v9_at.ok_or_else(|| crate::wire::missing("at", "OrderCommand"))?,
            }),
            Some("authorize_payment") => Ok(OrderCommand::AuthorizePayment {
                payment: s.v10_payment.ok_or_else(|| crate::wire::missing("payment", "OrderCommand"))?,
                amount: s.v10_amount.ok_or_else(|| crate::wire::missing("amount", "OrderCommand"))?,
            }),
            Some("capture_payment") => Ok(OrderCommand::CapturePayment {
                payment: s.v11_payment.ok_or_else(|| crate::wire::missing("payment", "OrderCommand"))?,
                amount: s.v11_amount.ok_or_else(|| crate::wire::missing("amount", "OrderCommand"))?,
            }),
            Some("refund_payment") => Ok(OrderCommand::RefundPayment {
                payment: s.v12_payment.ok_or_else(|| crate::wire::missing("payment", "OrderCommand"))?,
                amount: s.v12_amount.ok_or_else(|| crate::wire::missing("amount", "OrderCommand"))?,
            }),
            Some("void_payment") => Ok(OrderCommand::VoidPayment {
                payment: s.v13_payment.ok_or_else(|| crate::wire::missing("payment", "OrderCommand"))?,
            }),
            Some("return") => Ok(OrderCommand::Return {
                command: s.v14_command.ok_or_else(|| crate::wire::missing("command", "OrderCommand"))?,
            }),
            Some(other) => Err(crate::wire::unknown(other, "OrderCommand")),
            None => Err(crate::wire::missing("type", "OrderCommand")),
        }
    }
}


#[doc = "An event of an order: the change, when, and the command key that caused it.  Events are stored for years, so their shape is versioned: each carries `schema_version` ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions are upcast when read (see [`crate::schema`])."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderEvent {
    #[doc = "The shape this event was written in."]
    pub schema_version: i64,
    #[doc = "Idempotency key of the command."]
    pub key: String,
    #[doc = "Fingerprint of the command, to tell a retry from a reuse of the key."]
    pub fingerprint: String,
    #[doc = "When the command was decided."]
    #[serde(with = "crate::wire::time")]
    pub at: SystemTime,
    #[doc = "What changed."]
    pub change: OrderChange,
}

impl crate::wire::Fields for OrderEvent {
    fn places(&self) -> usize {
        match self {
            OrderEvent { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (OrderEvent { .. }, 0) => Some("schema_version"),
            (OrderEvent { .. }, 1) => Some("key"),
            (OrderEvent { .. }, 2) => Some("fingerprint"),
            (OrderEvent { .. }, 3) => Some("at"),
            (OrderEvent { .. }, 4) => Some("change"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (OrderEvent { schema_version: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (OrderEvent { key: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderEvent { fingerprint: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderEvent { at: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (OrderEvent { change: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "OrderEvent")),
        }
    }
}

impl crate::wire::Feed for OrderEvent {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct OrderEventSlots {
    schema_version: Option<i64>,
    key: Option<String>,
    fingerprint: Option<String>,
    at: Option<SystemTime>,
    change: Option<OrderChange>,
}

impl crate::wire::Build for OrderEvent {
    type Slots = OrderEventSlots;
    const WHAT: &'static str = "OrderEvent";

    fn put<V: serde::Serialize + ?Sized>(s: &mut OrderEventSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "schema_version" => s.schema_version = Some(crate::wire::build(v)?),
            "key" => s.key = Some(crate::wire::build(v)?),
            "fingerprint" => s.fingerprint = Some(crate::wire::build(v)?),
            "at" => s.at = Some(crate::wire::build(v)?),
            "change" => s.change = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "OrderEvent")),
        }
        Ok(())
    }

    fn finish(s: OrderEventSlots) -> Result<Self, crate::wire::Error> {
        Ok(OrderEvent {
            schema_version: s.schema_version.ok_or_else(|| crate::wire::missing("schema_version", "OrderEvent"))?,
            key: s.key.ok_or_else(|| crate::wire::missing("key", "OrderEvent"))?,
            fingerprint: s.fingerprint.ok_or_else(|| crate::wire::missing("fingerprint", "OrderEvent"))?,
            at: s.at.ok_or_else(|| crate::wire::missing("at", "OrderEvent"))?,
            change: s.change.ok_or_else(|| crate::wire::missing("change", "OrderEvent"))?,
        })
    }
}


#[doc = "An order's derived statuses and amounts.  ``` use chrono::{TimeZone, Utc}; use postpurchase::*;  let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap(); let new = NewOrder::builder(OrderId::new(\"o-1\")?, CustomerId::new(\"c-1\")?, Currency::from_code(\"EUR\")?, now)     .line(NewLine::new(LineId::new(\"l-1\")?, Sku::new(\"TEE\")?, \"T-shirt\", 2, Money::parse(\"20.00\", \"EUR\")?))     .build(); let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new(\"k\")?, now))?)?; let summary = order.summary(Some(now), &DelayThresholds::default())?; assert_eq!(summary.amount_due, Money::parse(\"40.00\", \"EUR\")?); assert_eq!(summary.fulfilment_status, FulfilmentStatus::Unfulfilled); # Ok::<(), postpurchase::Error>(()) ```"]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderSummary {
    #[doc = "Order id."]
    pub id: String,
    #[doc = "Customer id."]
    pub customer: String,
    #[doc = "The order's currency."]
    pub currency: String,
    #[doc = "Where the goods are."]
    pub fulfilment_status: FulfilmentStatus,
    #[doc = "Where the money is."]
    pub payment_status: PaymentStatus,
    #[doc = "Order total."]
    pub total: Money,
    #[doc = "Still to capture."]
    pub amount_due: Money,
    #[doc = "Captured so far."]
    pub captured: Money,
    #[doc = "Refunded so far."]
    pub refunded: Money,
    #[doc = "Collected beyond what is now due (paid units cancelled), owed back to the customer."]
    pub refund_due: Money,
    #[doc = "Shipments in id order."]
    pub shipments: Vec<ShipmentTracking>,
    #[doc = "Events applied (the `expected_version` for the next command)."]
    pub version: i64,
}

impl crate::wire::Fields for OrderSummary {
    fn places(&self) -> usize {
        match self {
            OrderSummary { .. } => 12,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (OrderSummary { .. }, 0) => Some("id"),
            (OrderSummary { .. }, 1) => Some("customer"),
            (OrderSummary { .. }, 2) => Some("currency"),
            (OrderSummary { .. }, 3) => Some("fulfilment_status"),
            (OrderSummary { .. }, 4) => Some("payment_status"),
            (OrderSummary { .. }, 5) => Some("total"),
            (OrderSummary { .. }, 6) => Some("amount_due"),
            (OrderSummary { .. }, 7) => Some("captured"),
            (OrderSummary { .. }, 8) => Some("refunded"),
            (OrderSummary { .. }, 9) => Some("refund_due"),
            (OrderSummary { .. }, 10) => Some("shipments"),
            (OrderSummary { .. }, 11) => Some("version"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (OrderSummary { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { currency: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { fulfilment_status: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { payment_status: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { total: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { amount_due: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { captured: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { refunded: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { refund_due: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { shipments: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (OrderSummary { version: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "OrderSummary")),
        }
    }
}

impl crate::wire::Feed for OrderSummary {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct OrderSummarySlots {
    id: Option<String>,
    customer: Option<String>,
    currency: Option<String>,
    fulfilment_status: Option<FulfilmentStatus>,
    payment_status: Option<PaymentStatus>,
    total: Option<Money>,
    amount_due: Option<Money>,
    captured: Option<Money>,
    refunded: Option<Money>,
    refund_due: Option<Money>,
    shipments: Option<Vec<ShipmentTracking>>,
    version: Option<i64>,
}

impl crate::wire::Build for OrderSummary {
    type Slots = OrderSummarySlots;
    const WHAT: &'static str = "OrderSummary";

    fn put<V: serde::Serialize + ?Sized>(s: &mut OrderSummarySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "currency" => s.currency = Some(crate::wire::build(v)?),
            "fulfilment_status" => s.fulfilment_status = Some(crate::wire::build(v)?),
            "payment_status" => s.payment_status = Some(crate::wire::build(v)?),
            "total" => s.total = Some(crate::wire::build(v)?),
            "amount_due" => s.amount_due = Some(crate::wire::build(v)?),
            "captured" => s.captured = Some(crate::wire::build(v)?),
            "refunded" => s.refunded = Some(crate::wire::build(v)?),
            "refund_due" => s.refund_due = Some(crate::wire::build(v)?),
            "shipments" => s.shipments = Some(crate::wire::build(v)?),
            "version" => s.version = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "OrderSummary")),
        }
        Ok(())
    }

    fn finish(s: OrderSummarySlots) -> Result<Self, crate::wire::Error> {
        Ok(OrderSummary {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "OrderSummary"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "OrderSummary"))?,
            currency: s.currency.ok_or_else(|| crate::wire::missing("currency", "OrderSummary"))?,
            fulfilment_status: s.fulfilment_status.ok_or_else(|| crate::wire::missing("fulfilment_status", "OrderSummary"))?,
            payment_status: s.payment_status.ok_or_else(|| crate::wire::missing("payment_status", "OrderSummary"))?,
            total: s.total.ok_or_else(|| crate::wire::missing("total", "OrderSummary"))?,
            amount_due: s.amount_due.ok_or_else(|| crate::wire::missing("amount_due", "OrderSummary"))?,
            captured: s.captured.ok_or_else(|| crate::wire::missing("captured", "OrderSummary"))?,
            refunded: s.refunded.ok_or_else(|| crate::wire::missing("refunded", "OrderSummary"))?,
            refund_due: s.refund_due.ok_or_else(|| crate::wire::missing("refund_due", "OrderSummary"))?,
            shipments: s.shipments.ok_or_else(|| crate::wire::missing("shipments", "OrderSummary"))?,
            version: s.version.ok_or_else(|| crate::wire::missing("version", "OrderSummary"))?,
        })
    }
}


#[doc = "What the customer should see about an order at `now`."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct OrderView {
    #[doc = "The locale of the text."]
    pub locale: String,
    #[doc = "Order id."]
    pub order: String,
    #[doc = "When it was placed."]
    #[serde(with = "crate::wire::time")]
    pub placed_at: SystemTime,
    #[doc = "The time zone the dates in the text follow (the return policy's)."]
    pub time_zone: String,
    #[doc = "The fulfilment status."]
    pub fulfilment: FulfilmentStatus,
    #[doc = "The order in one sentence."]
    pub headline: Statement,
    #[doc = "Items not yet in a shipment."]
    pub waiting: Vec<ViewItem>,
    #[doc = "The shipments, by id."]
    pub shipments: Vec<ShipmentView>,
    #[doc = "What happens next for the order as a whole."]
    pub next: Statement,
    #[doc = "Actions, open or not, in line then shipment order."]
    pub actions: Vec<CustomerAction>,
    #[doc = "Points, when a loyalty ledger was given."]
    pub points: Option<PointsView>,
    #[doc = "Returns on the order."]
    pub returns: Vec<ReturnView>,
}

impl crate::wire::Fields for OrderView {
    fn places(&self) -> usize {
        match self {
            OrderView { .. } => 12,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (OrderView { .. }, 0) => Some("locale"),
            (OrderView { .. }, 1) => Some("order"),
            (OrderView { .. }, 2) => Some("placed_at"),
            (OrderView { .. }, 3) => Some("time_zone"),
            (OrderView { .. }, 4) => Some("fulfilment"),
            (OrderView { .. }, 5) => Some("headline"),
            (OrderView { .. }, 6) => Some("waiting"),
            (OrderView { .. }, 7) => Some("shipments"),
            (OrderView { .. }, 8) => Some("next"),
            (OrderView { .. }, 9) => Some("actions"),
            (OrderView { .. }, 10) => Some("points"),
            (OrderView { .. }, 11) => Some("returns"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (OrderView { locale: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (OrderView { order: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (OrderView { placed_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (OrderView { time_zone: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (OrderView { fulfilment: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (OrderView { headline: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (OrderView { waiting: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (OrderView { shipments: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (OrderView { next: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (OrderView { actions: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (OrderView { points: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (OrderView { returns: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "OrderView")),
        }
    }
}

impl crate::wire::Feed for OrderView {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct OrderViewSlots {
    locale: Option<String>,
    order: Option<String>,
    placed_at: Option<SystemTime>,
    time_zone: Option<String>,
    fulfilment: Option<FulfilmentStatus>,
    headline: Option<Statement>,
    waiting: Option<Vec<ViewItem>>,
    shipments: Option<Vec<ShipmentView>>,
    next: Option<Statement>,
    actions: Option<Vec<CustomerAction>>,
    points: Option<Option<PointsView>>,
    returns: Option<Vec<ReturnView>>,
}

impl crate::wire::Build for OrderView {
    type Slots = OrderViewSlots;
    const WHAT: &'static str = "OrderView";

    fn put<V: serde::Serialize + ?Sized>(s: &mut OrderViewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "locale" => s.locale = Some(crate::wire::build(v)?),
            "order" => s.order = Some(crate::wire::build(v)?),
            "placed_at" => s.placed_at = Some(crate::wire::build(v)?),
            "time_zone" => s.time_zone = Some(crate::wire::build(v)?),
            "fulfilment" => s.fulfilment = Some(crate::wire::build(v)?),
            "headline" => s.headline = Some(crate::wire::build(v)?),
            "waiting" => s.waiting = Some(crate::wire::build(v)?),
            "shipments" => s.shipments = Some(crate::wire::build(v)?),
            "next" => s.next = Some(crate::wire::build(v)?),
            "actions" => s.actions = Some(crate::wire::build(v)?),
            "points" => s.points = Some(crate::wire::build(v)?),
            "returns" => s.returns = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "OrderView")),
        }
        Ok(())
    }

    fn finish(s: OrderViewSlots) -> Result<Self, crate::wire::Error> {
        Ok(OrderView {
            locale: s.locale.ok_or_else(|| crate::wire::missing("locale", "OrderView"))?,
            order: s.order.ok_or_else(|| crate::wire::missing("order", "OrderView"))?,
            placed_at: s.placed_at.ok_or_else(|| crate::wire::missing("placed_at", "OrderView"))?,
            time_zone: s.time_zone.ok_or_else(|| crate::wire::missing("time_zone", "OrderView"))?,
            fulfilment: s.fulfilment.ok_or_else(|| crate::wire::missing("fulfilment", "OrderView"))?,
            headline: s.headline.ok_or_else(|| crate::wire::missing("headline", "OrderView"))?,
            waiting: s.waiting.ok_or_else(|| crate::wire::missing("waiting", "OrderView"))?,
            shipments: s.shipments.ok_or_else(|| crate::wire::missing("shipments", "OrderView"))?,
            next: s.next.ok_or_else(|| crate::wire::missing("next", "OrderView"))?,
            actions: s.actions.ok_or_else(|| crate::wire::missing("actions", "OrderView"))?,
            points: s.points.flatten(),
            returns: s.returns.ok_or_else(|| crate::wire::missing("returns", "OrderView"))?,
        })
    }
}


#[doc = "What a rule (or a whole decision) concluded."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Outcome {
    #[doc = "May be returned."]
    #[serde(rename = "allowed")]
    Allowed,
    #[doc = "Needs a person to look at it."]
    #[serde(rename = "needs_review")]
    NeedsReview,
    #[doc = "May not be returned."]
    #[serde(rename = "denied")]
    Denied,
}

impl crate::wire::Feed for Outcome {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Outcome::Allowed => v.visit_borrowed_str("allowed"),
            Outcome::NeedsReview => v.visit_borrowed_str("needs_review"),
            Outcome::Denied => v.visit_borrowed_str("denied"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Outcome::Allowed => v.visit_enum(crate::wire::UnitVariant("allowed")),
            Outcome::NeedsReview => v.visit_enum(crate::wire::UnitVariant("needs_review")),
            Outcome::Denied => v.visit_enum(crate::wire::UnitVariant("denied")),
        }
    }
}

impl crate::wire::Build for Outcome {
    type Slots = ();
    const WHAT: &'static str = "Outcome";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "allowed" => Ok(Outcome::Allowed),
            "needs_review" => Ok(Outcome::NeedsReview),
            "denied" => Ok(Outcome::Denied),
            _ => Err(crate::wire::unknown(v, "Outcome")),
        }
    }
}


#[doc = "Derived payment status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum PaymentStatus {
    #[doc = "No money authorised or captured."]
    #[serde(rename = "not_paid")]
    NotPaid,
    #[doc = "Authorised, not captured."]
    #[serde(rename = "authorized")]
    Authorized,
    #[doc = "Captured less than is due."]
    #[serde(rename = "partially_paid")]
    PartiallyPaid,
    #[doc = "Captured what is due (to within one minor unit)."]
    #[serde(rename = "paid")]
    Paid,
    #[doc = "Some of the captured money refunded."]
    #[serde(rename = "partially_refunded")]
    PartiallyRefunded,
    #[doc = "All captured money refunded."]
    #[serde(rename = "refunded")]
    Refunded,
    #[doc = "Authorisation voided, nothing captured."]
    #[serde(rename = "voided")]
    Voided,
    #[doc = "More was collected than the order is now due (paid units were cancelled): see [`crate::order::Order::refund_due`]; it stays so until the difference is refunded."]
    #[serde(rename = "refund_due")]
    RefundDue,
}

impl crate::wire::Feed for PaymentStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            PaymentStatus::NotPaid => v.visit_borrowed_str("not_paid"),
            PaymentStatus::Authorized => v.visit_borrowed_str("authorized"),
            PaymentStatus::PartiallyPaid => v.visit_borrowed_str("partially_paid"),
            PaymentStatus::Paid => v.visit_borrowed_str("paid"),
            PaymentStatus::PartiallyRefunded => v.visit_borrowed_str("partially_refunded"),
            PaymentStatus::Refunded => v.visit_borrowed_str("refunded"),
            PaymentStatus::Voided => v.visit_borrowed_str("voided"),
            PaymentStatus::RefundDue => v.visit_borrowed_str("refund_due"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            PaymentStatus::NotPaid => v.visit_enum(crate::wire::UnitVariant("not_paid")),
            PaymentStatus::Authorized => v.visit_enum(crate::wire::UnitVariant("authorized")),
            PaymentStatus::PartiallyPaid => v.visit_enum(crate::wire::UnitVariant("partially_paid")),
            PaymentStatus::Paid => v.visit_enum(crate::wire::UnitVariant("paid")),
            PaymentStatus::PartiallyRefunded => v.visit_enum(crate::wire::UnitVariant("partially_refunded")),
            PaymentStatus::Refunded => v.visit_enum(crate::wire::UnitVariant("refunded")),
            PaymentStatus::Voided => v.visit_enum(crate::wire::UnitVariant("voided")),
            PaymentStatus::RefundDue => v.visit_enum(crate::wire::UnitVariant("refund_due")),
        }
    }
}

impl crate::wire::Build for PaymentStatus {
    type Slots = ();
    const WHAT: &'static str = "PaymentStatus";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "not_paid" => Ok(PaymentStatus::NotPaid),
            "authorized" => Ok(PaymentStatus::Authorized),
            "partially_paid" => Ok(PaymentStatus::PartiallyPaid),
            "paid" => Ok(PaymentStatus::Paid),
            "partially_refunded" => Ok(PaymentStatus::PartiallyRefunded),
            "refunded" => Ok(PaymentStatus::Refunded),
            "voided" => Ok(PaymentStatus::Voided),
            "refund_due" => Ok(PaymentStatus::RefundDue),
            _ => Err(crate::wire::unknown(v, "PaymentStatus")),
        }
    }
}


#[doc = "A summary: a title and its sentences in order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct PlainSummary {
    #[doc = "The locale the text follows."]
    pub locale: String,
    #[doc = "The heading."]
    pub title: String,
    #[doc = "The sentences."]
    pub statements: Vec<Statement>,
}

impl crate::wire::Fields for PlainSummary {
    fn places(&self) -> usize {
        match self {
            PlainSummary { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (PlainSummary { .. }, 0) => Some("locale"),
            (PlainSummary { .. }, 1) => Some("title"),
            (PlainSummary { .. }, 2) => Some("statements"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (PlainSummary { locale: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (PlainSummary { title: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (PlainSummary { statements: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "PlainSummary")),
        }
    }
}

impl crate::wire::Feed for PlainSummary {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct PlainSummarySlots {
    locale: Option<String>,
    title: Option<String>,
    statements: Option<Vec<Statement>>,
}

impl crate::wire::Build for PlainSummary {
    type Slots = PlainSummarySlots;
    const WHAT: &'static str = "PlainSummary";

    fn put<V: serde::Serialize + ?Sized>(s: &mut PlainSummarySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "locale" => s.locale = Some(crate::wire::build(v)?),
            "title" => s.title = Some(crate::wire::build(v)?),
            "statements" => s.statements = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "PlainSummary")),
        }
        Ok(())
    }

    fn finish(s: PlainSummarySlots) -> Result<Self, crate::wire::Error> {
        Ok(PlainSummary {
            locale: s.locale.ok_or_else(|| crate::wire::missing("locale", "PlainSummary"))?,
            title: s.title.ok_or_else(|| crate::wire::missing("title", "PlainSummary"))?,
            statements: s.statements.ok_or_else(|| crate::wire::missing("statements", "PlainSummary"))?,
        })
    }
}


#[doc = "Loyalty points this order earned."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct PointsView {
    #[doc = "Points from this order still pending."]
    pub pending: i64,
    #[doc = "When the earliest of them become available, if known."]
    #[serde(with = "crate::wire::optional_time")]
    pub available_at: Option<SystemTime>,
    #[doc = "Points from this order already available."]
    pub earned: i64,
    #[doc = "The member's spendable balance."]
    pub balance: i64,
    #[doc = "The sentences."]
    pub statements: Vec<Statement>,
}

impl crate::wire::Fields for PointsView {
    fn places(&self) -> usize {
        match self {
            PointsView { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (PointsView { .. }, 0) => Some("pending"),
            (PointsView { .. }, 1) => Some("available_at"),
            (PointsView { .. }, 2) => Some("earned"),
            (PointsView { .. }, 3) => Some("balance"),
            (PointsView { .. }, 4) => Some("statements"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (PointsView { pending: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (PointsView { available_at: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (PointsView { earned: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (PointsView { balance: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (PointsView { statements: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "PointsView")),
        }
    }
}

impl crate::wire::Feed for PointsView {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct PointsViewSlots {
    pending: Option<i64>,
    available_at: Option<Option<SystemTime>>,
    earned: Option<i64>,
    balance: Option<i64>,
    statements: Option<Vec<Statement>>,
}

impl crate::wire::Build for PointsView {
    type Slots = PointsViewSlots;
    const WHAT: &'static str = "PointsView";

    fn put<V: serde::Serialize + ?Sized>(s: &mut PointsViewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "pending" => s.pending = Some(crate::wire::build(v)?),
            "available_at" => s.available_at = Some(crate::wire::build(v)?),
            "earned" => s.earned = Some(crate::wire::build(v)?),
            "balance" => s.balance = Some(crate::wire::build(v)?),
            "statements" => s.statements = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "PointsView")),
        }
        Ok(())
    }

    fn finish(s: PointsViewSlots) -> Result<Self, crate::wire::Error> {
        Ok(PointsView {
            pending: s.pending.ok_or_else(|| crate::wire::missing("pending", "PointsView"))?,
            available_at: s.available_at.flatten(),
            earned: s.earned.ok_or_else(|| crate::wire::missing("earned", "PointsView"))?,
            balance: s.balance.ok_or_else(|| crate::wire::missing("balance", "PointsView"))?,
            statements: s.statements.ok_or_else(|| crate::wire::missing("statements", "PointsView"))?,
        })
    }
}


#[doc = "Units received for one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReceivedItem {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units."]
    pub quantity: i64,
    #[doc = "Their condition."]
    pub condition: ItemCondition,
}

impl crate::wire::Fields for ReceivedItem {
    fn places(&self) -> usize {
        match self {
            ReceivedItem { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReceivedItem { .. }, 0) => Some("line"),
            (ReceivedItem { .. }, 1) => Some("quantity"),
            (ReceivedItem { .. }, 2) => Some("condition"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReceivedItem { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReceivedItem { quantity: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReceivedItem { condition: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReceivedItem")),
        }
    }
}

impl crate::wire::Feed for ReceivedItem {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReceivedItemSlots {
    line: Option<String>,
    quantity: Option<i64>,
    condition: Option<ItemCondition>,
}

impl crate::wire::Build for ReceivedItem {
    type Slots = ReceivedItemSlots;
    const WHAT: &'static str = "ReceivedItem";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReceivedItemSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            "condition" => s.condition = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReceivedItem")),
        }
        Ok(())
    }

    fn finish(s: ReceivedItemSlots) -> Result<Self, crate::wire::Error> {
        Ok(ReceivedItem {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "ReceivedItem"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "ReceivedItem"))?,
            condition: s.condition.ok_or_else(|| crate::wire::missing("condition", "ReceivedItem"))?,
        })
    }
}


#[doc = "A suggested item and why."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct Recommendation {
    #[doc = "The item suggested."]
    pub item: String,
    #[doc = "The basket item it is most often bought with."]
    pub because: String,
    #[doc = "confidence(because → item)."]
    pub confidence: f64,
    #[doc = "lift(because → item)."]
    pub lift: f64,
    #[doc = "Share of all baskets holding both."]
    pub support: f64,
}

impl crate::wire::Fields for Recommendation {
    fn places(&self) -> usize {
        match self {
            Recommendation { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Recommendation { .. }, 0) => Some("item"),
            (Recommendation { .. }, 1) => Some("because"),
            (Recommendation { .. }, 2) => Some("confidence"),
            (Recommendation { .. }, 3) => Some("lift"),
            (Recommendation { .. }, 4) => Some("support"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Recommendation { item: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Recommendation { because: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (Recommendation { confidence: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (Recommendation { lift: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (Recommendation { support: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Recommendation")),
        }
    }
}

impl crate::wire::Feed for Recommendation {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RecommendationSlots {
    item: Option<String>,
    because: Option<String>,
    confidence: Option<f64>,
    lift: Option<f64>,
    support: Option<f64>,
}

impl crate::wire::Build for Recommendation {
    type Slots = RecommendationSlots;
    const WHAT: &'static str = "Recommendation";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RecommendationSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "item" => s.item = Some(crate::wire::build(v)?),
            "because" => s.because = Some(crate::wire::build(v)?),
            "confidence" => s.confidence = Some(crate::wire::build(v)?),
            "lift" => s.lift = Some(crate::wire::build(v)?),
            "support" => s.support = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Recommendation")),
        }
        Ok(())
    }

    fn finish(s: RecommendationSlots) -> Result<Self, crate::wire::Error> {
        Ok(Recommendation {
            item: s.item.ok_or_else(|| crate::wire::missing("item", "Recommendation"))?,
            because: s.because.ok_or_else(|| crate::wire::missing("because", "Recommendation"))?,
            confidence: s.confidence.ok_or_else(|| crate::wire::missing("confidence", "Recommendation"))?,
            lift: s.lift.ok_or_else(|| crate::wire::missing("lift", "Recommendation"))?,
            support: s.support.ok_or_else(|| crate::wire::missing("support", "Recommendation"))?,
        })
    }
}


#[doc = "A refund, line by line, with fees as their own lines."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundBreakdown {
    #[doc = "Per line."]
    pub lines: Vec<RefundLine>,
    #[doc = "Original shipping refunded."]
    pub shipping: Money,
    #[doc = "Restocking fee deducted."]
    pub restocking_fee: Money,
    #[doc = "Return shipping fee deducted."]
    pub return_shipping_fee: Money,
    #[doc = "Lines + shipping − fees, limited to what is refundable."]
    pub total: Money,
    #[doc = "Set when the total was cut to what was captured and not yet refunded."]
    pub capped: bool,
    #[doc = "Bonus on store credit (on top of `total`)."]
    pub store_credit_bonus: Money,
    #[doc = "Where the money goes (empty for exchanges, which keep it as credit)."]
    pub payouts: Vec<RefundPayout>,
}

impl crate::wire::Fields for RefundBreakdown {
    fn places(&self) -> usize {
        match self {
            RefundBreakdown { .. } => 8,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RefundBreakdown { .. }, 0) => Some("lines"),
            (RefundBreakdown { .. }, 1) => Some("shipping"),
            (RefundBreakdown { .. }, 2) => Some("restocking_fee"),
            (RefundBreakdown { .. }, 3) => Some("return_shipping_fee"),
            (RefundBreakdown { .. }, 4) => Some("total"),
            (RefundBreakdown { .. }, 5) => Some("capped"),
            (RefundBreakdown { .. }, 6) => Some("store_credit_bonus"),
            (RefundBreakdown { .. }, 7) => Some("payouts"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RefundBreakdown { lines: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { shipping: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { restocking_fee: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { return_shipping_fee: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { total: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { capped: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { store_credit_bonus: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (RefundBreakdown { payouts: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RefundBreakdown")),
        }
    }
}

impl crate::wire::Feed for RefundBreakdown {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RefundBreakdownSlots {
    lines: Option<Vec<RefundLine>>,
    shipping: Option<Money>,
    restocking_fee: Option<Money>,
    return_shipping_fee: Option<Money>,
    total: Option<Money>,
    capped: Option<bool>,
    store_credit_bonus: Option<Money>,
    payouts: Option<Vec<RefundPayout>>,
}

impl crate::wire::Build for RefundBreakdown {
    type Slots = RefundBreakdownSlots;
    const WHAT: &'static str = "RefundBreakdown";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RefundBreakdownSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "shipping" => s.shipping = Some(crate::wire::build(v)?),
            "restocking_fee" => s.restocking_fee = Some(crate::wire::build(v)?),
            "return_shipping_fee" => s.return_shipping_fee = Some(crate::wire::build(v)?),
            "total" => s.total = Some(crate::wire::build(v)?),
            "capped" => s.capped = Some(crate::wire::build(v)?),
            "store_credit_bonus" => s.store_credit_bonus = Some(crate::wire::build(v)?),
            "payouts" => s.payouts = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RefundBreakdown")),
        }
        Ok(())
    }

    fn finish(s: RefundBreakdownSlots) -> Result<Self, crate::wire::Error> {
        Ok(RefundBreakdown {
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "RefundBreakdown"))?,
            shipping: s.shipping.ok_or_else(|| crate::wire::missing("shipping", "RefundBreakdown"))?,
            restocking_fee: s.restocking_fee.ok_or_else(|| crate::wire::missing("restocking_fee", "RefundBreakdown"))?,
            return_shipping_fee: s.return_shipping_fee.ok_or_else(|| crate::wire::missing("return_shipping_fee", "RefundBreakdown"))?,
            total: s.total.ok_or_else(|| crate::wire::missing("total", "RefundBreakdown"))?,
            capped: s.capped.ok_or_else(|| crate::wire::missing("capped", "RefundBreakdown"))?,
            store_credit_bonus: s.store_credit_bonus.ok_or_else(|| crate::wire::missing("store_credit_bonus", "RefundBreakdown"))?,
            payouts: s.payouts.ok_or_else(|| crate::wire::missing("payouts", "RefundBreakdown"))?,
        })
    }
}


#[doc = "Where refunded money goes."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
pub enum RefundDestination {
    #[doc = "Back to a payment."]
    #[serde(rename = "payment")]
    Payment(String),
    #[doc = "Store credit."]
    #[serde(rename = "store_credit")]
    StoreCredit,
}

impl crate::wire::Feed for RefundDestination {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            RefundDestination::StoreCredit => v.visit_borrowed_str("store_credit"),
            RefundDestination::Payment(x) => v.visit_map(crate::wire::OneField::new("payment", x)),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            RefundDestination::StoreCredit => v.visit_enum(crate::wire::UnitVariant("store_credit")),
            RefundDestination::Payment(x) => v.visit_enum(crate::wire::NewtypeVariant("payment", x)),
        }
    }
}

impl crate::wire::Build for RefundDestination {
    type Slots = ();
    const WHAT: &'static str = "RefundDestination";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "store_credit" => Ok(RefundDestination::StoreCredit),
            _ => Err(crate::wire::unknown(v, "RefundDestination")),
        }
    }

    fn from_newtype_variant<V: serde::Serialize + ?Sized>(variant: &'static str, v: &V) -> Result<Self, crate::wire::Error> {
        match variant {
            "payment" => Ok(RefundDestination::Payment(crate::wire::build(v)?)),
            _ => Err(crate::wire::unknown(variant, "RefundDestination")),
        }
    }
}


#[doc = "The refund for the units of one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units refunded."]
    pub units: i64,
    #[doc = "Merchandise after line and order discounts, without tax."]
    pub merchandise: Money,
    #[doc = "Tax."]
    pub tax: Money,
    #[doc = "Merchandise + tax."]
    pub total: Money,
}

impl crate::wire::Fields for RefundLine {
    fn places(&self) -> usize {
        match self {
            RefundLine { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RefundLine { .. }, 0) => Some("line"),
            (RefundLine { .. }, 1) => Some("units"),
            (RefundLine { .. }, 2) => Some("merchandise"),
            (RefundLine { .. }, 3) => Some("tax"),
            (RefundLine { .. }, 4) => Some("total"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RefundLine { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RefundLine { units: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RefundLine { merchandise: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RefundLine { tax: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (RefundLine { total: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RefundLine")),
        }
    }
}

impl crate::wire::Feed for RefundLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RefundLineSlots {
    line: Option<String>,
    units: Option<i64>,
    merchandise: Option<Money>,
    tax: Option<Money>,
    total: Option<Money>,
}

impl crate::wire::Build for RefundLine {
    type Slots = RefundLineSlots;
    const WHAT: &'static str = "RefundLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RefundLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "units" => s.units = Some(crate::wire::build(v)?),
            "merchandise" => s.merchandise = Some(crate::wire::build(v)?),
            "tax" => s.tax = Some(crate::wire::build(v)?),
            "total" => s.total = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RefundLine")),
        }
        Ok(())
    }

    fn finish(s: RefundLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(RefundLine {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "RefundLine"))?,
            units: s.units.ok_or_else(|| crate::wire::missing("units", "RefundLine"))?,
            merchandise: s.merchandise.ok_or_else(|| crate::wire::missing("merchandise", "RefundLine"))?,
            tax: s.tax.ok_or_else(|| crate::wire::missing("tax", "RefundLine"))?,
            total: s.total.ok_or_else(|| crate::wire::missing("total", "RefundLine"))?,
        })
    }
}


#[doc = "How a refund is paid out."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum RefundMethod {
    #[doc = "Back to the payments the customer used."]
    #[serde(rename = "original_payment")]
    OriginalPayment,
    #[doc = "Store credit (possibly with a bonus)."]
    #[serde(rename = "store_credit")]
    StoreCredit,
    #[doc = "An exchange for another item."]
    #[serde(rename = "exchange")]
    Exchange,
}

impl crate::wire::Feed for RefundMethod {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            RefundMethod::OriginalPayment => v.visit_borrowed_str("original_payment"),
            RefundMethod::StoreCredit => v.visit_borrowed_str("store_credit"),
            RefundMethod::Exchange => v.visit_borrowed_str("exchange"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            RefundMethod::OriginalPayment => v.visit_enum(crate::wire::UnitVariant("original_payment")),
            RefundMethod::StoreCredit => v.visit_enum(crate::wire::UnitVariant("store_credit")),
            RefundMethod::Exchange => v.visit_enum(crate::wire::UnitVariant("exchange")),
        }
    }
}

impl crate::wire::Build for RefundMethod {
    type Slots = ();
    const WHAT: &'static str = "RefundMethod";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "original_payment" => Ok(RefundMethod::OriginalPayment),
            "store_credit" => Ok(RefundMethod::StoreCredit),
            "exchange" => Ok(RefundMethod::Exchange),
            _ => Err(crate::wire::unknown(v, "RefundMethod")),
        }
    }
}


#[doc = "Money going to one destination."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RefundPayout {
    #[doc = "Where."]
    pub destination: RefundDestination,
    #[doc = "How much."]
    pub amount: Money,
}

impl crate::wire::Fields for RefundPayout {
    fn places(&self) -> usize {
        match self {
            RefundPayout { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RefundPayout { .. }, 0) => Some("destination"),
            (RefundPayout { .. }, 1) => Some("amount"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RefundPayout { destination: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RefundPayout { amount: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RefundPayout")),
        }
    }
}

impl crate::wire::Feed for RefundPayout {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RefundPayoutSlots {
    destination: Option<RefundDestination>,
    amount: Option<Money>,
}

impl crate::wire::Build for RefundPayout {
    type Slots = RefundPayoutSlots;
    const WHAT: &'static str = "RefundPayout";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RefundPayoutSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "destination" => s.destination = Some(crate::wire::build(v)?),
            "amount" => s.amount = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RefundPayout")),
        }
        Ok(())
    }

    fn finish(s: RefundPayoutSlots) -> Result<Self, crate::wire::Error> {
        Ok(RefundPayout {
            destination: s.destination.ok_or_else(|| crate::wire::missing("destination", "RefundPayout"))?,
            amount: s.amount.ok_or_else(|| crate::wire::missing("amount", "RefundPayout"))?,
        })
    }
}


#[doc = "One line of a return request."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedLine {
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Units to return."]
    pub quantity: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
}

impl crate::wire::Fields for RequestedLine {
    fn places(&self) -> usize {
        match self {
            RequestedLine { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RequestedLine { .. }, 0) => Some("line"),
            (RequestedLine { .. }, 1) => Some("quantity"),
            (RequestedLine { .. }, 2) => Some("reason"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RequestedLine { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RequestedLine { quantity: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RequestedLine { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RequestedLine")),
        }
    }
}

impl crate::wire::Feed for RequestedLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RequestedLineSlots {
    line: Option<String>,
    quantity: Option<i64>,
    reason: Option<ReturnReason>,
}

impl crate::wire::Build for RequestedLine {
    type Slots = RequestedLineSlots;
    const WHAT: &'static str = "RequestedLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RequestedLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            "reason" => s.reason = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RequestedLine")),
        }
        Ok(())
    }

    fn finish(s: RequestedLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(RequestedLine {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "RequestedLine"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "RequestedLine"))?,
            reason: s.reason.ok_or_else(|| crate::wire::missing("reason", "RequestedLine"))?,
        })
    }
}


#[doc = "What a return request decided: the lines reserved, the terms and the report. The case it opens is requested at the event's time, with nothing approved, received or paid yet."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedReturn {
    #[doc = "Id."]
    pub id: String,
    #[doc = "Customer."]
    pub customer: String,
    #[doc = "`requested`, or `declined` when the policy denied every line."]
    pub status: ReturnStatus,
    #[doc = "The lines as decided."]
    pub lines: Vec<RequestedReturnLine>,
    #[doc = "Money terms."]
    pub terms: ReturnTerms,
    #[doc = "Why it was declined (when it was)."]
    pub decline_reason: Option<String>,
    #[doc = "The eligibility report (shared: copying a case or an event does not copy it)."]
    pub report: EligibilityReport,
}

impl crate::wire::Fields for RequestedReturn {
    fn places(&self) -> usize {
        match self {
            RequestedReturn { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RequestedReturn { .. }, 0) => Some("id"),
            (RequestedReturn { .. }, 1) => Some("customer"),
            (RequestedReturn { .. }, 2) => Some("status"),
            (RequestedReturn { .. }, 3) => Some("lines"),
            (RequestedReturn { .. }, 4) => Some("terms"),
            (RequestedReturn { .. }, 5) => Some("decline_reason"),
            (RequestedReturn { .. }, 6) => Some("report"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RequestedReturn { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { status: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { lines: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { terms: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { decline_reason: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturn { report: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RequestedReturn")),
        }
    }
}

impl crate::wire::Feed for RequestedReturn {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RequestedReturnSlots {
    id: Option<String>,
    customer: Option<String>,
    status: Option<ReturnStatus>,
    lines: Option<Vec<RequestedReturnLine>>,
    terms: Option<ReturnTerms>,
    decline_reason: Option<Option<String>>,
    report: Option<EligibilityReport>,
}

impl crate::wire::Build for RequestedReturn {
    type Slots = RequestedReturnSlots;
    const WHAT: &'static str = "RequestedReturn";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RequestedReturnSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "terms" => s.terms = Some(crate::wire::build(v)?),
            "decline_reason" => s.decline_reason = Some(crate::wire::build(v)?),
            "report" => s.report = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RequestedReturn")),
        }
        Ok(())
    }

    fn finish(s: RequestedReturnSlots) -> Result<Self, crate::wire::Error> {
        Ok(RequestedReturn {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "RequestedReturn"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "RequestedReturn"))?,
            status: s.status.ok_or_else(|| crate::wire::missing("status", "RequestedReturn"))?,
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "RequestedReturn"))?,
            terms: s.terms.ok_or_else(|| crate::wire::missing("terms", "RequestedReturn"))?,
            decline_reason: s.decline_reason.flatten(),
            report: s.report.ok_or_else(|| crate::wire::missing("report", "RequestedReturn"))?,
        })
    }
}


#[doc = "One line of a return request as decided."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RequestedReturnLine {
    #[doc = "The line."]
    pub line: String,
    #[doc = "Units requested."]
    pub requested: i64,
    #[doc = "Why."]
    pub reason: ReturnReason,
    #[doc = "The eligibility outcome."]
    pub outcome: Outcome,
    #[doc = "Units reserved on the order line."]
    pub reserved: i64,
    #[doc = "The restocking fee rule resolved at request time."]
    pub restocking_fee: Option<Fee>,
}

impl crate::wire::Fields for RequestedReturnLine {
    fn places(&self) -> usize {
        match self {
            RequestedReturnLine { .. } => 6,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RequestedReturnLine { .. }, 0) => Some("line"),
            (RequestedReturnLine { .. }, 1) => Some("requested"),
            (RequestedReturnLine { .. }, 2) => Some("reason"),
            (RequestedReturnLine { .. }, 3) => Some("outcome"),
            (RequestedReturnLine { .. }, 4) => Some("reserved"),
            (RequestedReturnLine { .. }, 5) => Some("restocking_fee"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RequestedReturnLine { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturnLine { requested: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturnLine { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturnLine { outcome: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturnLine { reserved: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (RequestedReturnLine { restocking_fee: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RequestedReturnLine")),
        }
    }
}

impl crate::wire::Feed for RequestedReturnLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RequestedReturnLineSlots {
    line: Option<String>,
    requested: Option<i64>,
    reason: Option<ReturnReason>,
    outcome: Option<Outcome>,
    reserved: Option<i64>,
    restocking_fee: Option<Option<Fee>>,
}

impl crate::wire::Build for RequestedReturnLine {
    type Slots = RequestedReturnLineSlots;
    const WHAT: &'static str = "RequestedReturnLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RequestedReturnLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "requested" => s.requested = Some(crate::wire::build(v)?),
            "reason" => s.reason = Some(crate::wire::build(v)?),
            "outcome" => s.outcome = Some(crate::wire::build(v)?),
            "reserved" => s.reserved = Some(crate::wire::build(v)?),
            "restocking_fee" => s.restocking_fee = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RequestedReturnLine")),
        }
        Ok(())
    }

    fn finish(s: RequestedReturnLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(RequestedReturnLine {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "RequestedReturnLine"))?,
            requested: s.requested.ok_or_else(|| crate::wire::missing("requested", "RequestedReturnLine"))?,
            reason: s.reason.ok_or_else(|| crate::wire::missing("reason", "RequestedReturnLine"))?,
            outcome: s.outcome.ok_or_else(|| crate::wire::missing("outcome", "RequestedReturnLine"))?,
            reserved: s.reserved.ok_or_else(|| crate::wire::missing("reserved", "RequestedReturnLine"))?,
            restocking_fee: s.restocking_fee.flatten(),
        })
    }
}


#[doc = "What changed on a return, recorded as [`crate::order::OrderChange::Return`]."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "kind")]
pub enum ReturnChange {
    #[doc = "A return was requested and evaluated: what was decided (the case opens from it)."]
    #[serde(rename = "requested")]
    Requested {
        #[doc = "The decision."]
        request: RequestedReturn,
    },
    #[doc = "Approved."]
    #[serde(rename = "approved")]
    Approved {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Units approved per line."]
        lines: Vec<LineQuantity>,
        #[doc = "Staff override reason, if a denial was overridden."]
        override_reason: Option<String>,
        #[doc = "What the approval decided for each line of the case (absent in events written before version 2, which replay by the rule of the time: [`crate::schema`])."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        decided: Option<Vec<ApprovedLine>>,
    },
    #[doc = "Declined."]
    #[serde(rename = "declined")]
    Declined {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "Label issued."]
    #[serde(rename = "label_issued")]
    LabelIssued {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Carrier."]
        carrier: String,
        #[doc = "Tracking number."]
        tracking_number: String,
    },
    #[doc = "Carrier scan recorded."]
    #[serde(rename = "tracking_recorded")]
    TrackingRecorded {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The scan."]
        event: CarrierEvent,
        #[doc = "The return's status after the scan (absent in events written before version 2)."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        status: Option<ReturnStatus>,
    },
    #[doc = "Units received."]
    #[serde(rename = "received")]
    Received {
        #[doc = "The return."]
        return_id: String,
        #[doc = "What arrived."]
        items: Vec<ReceivedItem>,
    },
    #[doc = "Refunded or credited."]
    #[serde(rename = "refunded")]
    Refunded {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The breakdown."]
        breakdown: RefundBreakdown,
        #[doc = "`credited` when every payout went to store credit, else `refunded` (decided here, so replay never re-derives it)."]
        status: ReturnStatus,
    },
    #[doc = "Settled by exchange."]
    #[serde(rename = "exchanged")]
    Exchanged {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The breakdown of the credit."]
        breakdown: RefundBreakdown,
        #[doc = "Who owes whom."]
        settlement: ExchangeSettlement,
    },
    #[doc = "Cancelled."]
    #[serde(rename = "cancelled")]
    Cancelled {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Advance replacement shipped."]
    #[serde(rename = "advance_replacement_shipped")]
    AdvanceReplacementShipped {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Deadline for the return."]
        #[serde(with = "crate::wire::time")]
        deadline: SystemTime,
    },
    #[doc = "Customer charged for an unreturned advance exchange."]
    #[serde(rename = "exchange_charged")]
    ExchangeCharged {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Amount charged."]
        amount: Money,
    },
    #[doc = "A transit claim resolved."]
    #[serde(rename = "claim_resolved")]
    ClaimResolved {
        #[doc = "The claim."]
        claim_id: String,
        #[doc = "Units concerned."]
        lines: Vec<LineQuantity>,
        #[doc = "Refund or replacement."]
        resolution: ClaimResolution,
        #[doc = "The refund, for refunds."]
        breakdown: Option<RefundBreakdown>,
    },
}

impl crate::wire::Fields for ReturnChange {
    fn places(&self) -> usize {
        match self {
            ReturnChange::Requested { .. } => 2,
            ReturnChange::Approved { .. } => 5,
            ReturnChange::Declined { .. } => 3,
            ReturnChange::LabelIssued { .. } => 4,
            ReturnChange::TrackingRecorded { .. } => 4,
            ReturnChange::Received { .. } => 3,
            ReturnChange::Refunded { .. } => 4,
            ReturnChange::Exchanged { .. } => 4,
            ReturnChange::Cancelled { .. } => 2,
            ReturnChange::AdvanceReplacementShipped { .. } => 3,
            ReturnChange::ExchangeCharged { .. } => 3,
            ReturnChange::ClaimResolved { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnChange::Requested { .. }, 0) => Some("kind"),
            (ReturnChange::Requested { .. }, 1) => Some("request"),
            (ReturnChange::Approved { .. }, 0) => Some("kind"),
            (ReturnChange::Approved { .. }, 1) => Some("return_id"),
            (ReturnChange::Approved { .. }, 2) => Some("lines"),
            (ReturnChange::Approved { .. }, 3) => Some("override_reason"),
            (ReturnChange::Approved { decided: x, .. }, 4) => x.as_ref().map(|_| "decided"),
            (ReturnChange::Declined { .. }, 0) => Some("kind"),
            (ReturnChange::Declined { .. }, 1) => Some("return_id"),
            (ReturnChange::Declined { .. }, 2) => Some("reason"),
            (ReturnChange::LabelIssued { .. }, 0) => Some("kind"),
            (ReturnChange::LabelIssued { .. }, 1) => Some("return_id"),
            (ReturnChange::LabelIssued { .. }, 2) => Some("carrier"),
            (ReturnChange::LabelIssued { .. }, 3) => Some("tracking_number"),
            (ReturnChange::TrackingRecorded { .. }, 0) => Some("kind"),
            (ReturnChange::TrackingRecorded { .. }, 1) => Some("return_id"),
            (ReturnChange::TrackingRecorded { .. }, 2) => Some("event"),
            (ReturnChange::TrackingRecorded { status: x, .. }, 3) => x.as_ref().map(|_| "status"),
            (ReturnChange::Received { .. }, 0) => Some("kind"),
            (ReturnChange::Received { .. }, 1) => Some("return_id"),
            (ReturnChange::Received { .. }, 2) => Some("items"),
            (ReturnChange::Refunded { .. }, 0) => Some("kind"),
            (ReturnChange::Refunded { .. }, 1) => Some("return_id"),
            (ReturnChange::Refunded { .. }, 2) => Some("breakdown"),
            (ReturnChange::Refunded { .. }, 3) => Some("status"),
            (ReturnChange::Exchanged { .. }, 0) => Some("kind"),
            (ReturnChange::Exchanged { .. }, 1) => Some("return_id"),
            (ReturnChange::Exchanged { .. }, 2) => Some("breakdown"),
            (ReturnChange::Exchanged { .. }, 3) => Some("settlement"),
            (ReturnChange::Cancelled { .. }, 0) => Some("kind"),
            (ReturnChange::Cancelled { .. }, 1) => Some("return_id"),
            (ReturnChange::AdvanceReplacementShipped { .. }, 0) => Some("kind"),
            (ReturnChange::AdvanceReplacementShipped { .. }, 1) => Some("return_id"),
            (ReturnChange::AdvanceReplacementShipped { .. }, 2) => Some("deadline"),
            (ReturnChange::ExchangeCharged { .. }, 0) => Some("kind"),
            (ReturnChange::ExchangeCharged { .. }, 1) => Some("return_id"),
            (ReturnChange::ExchangeCharged { .. }, 2) => Some("amount"),
            (ReturnChange::ClaimResolved { .. }, 0) => Some("kind"),
            (ReturnChange::ClaimResolved { .. }, 1) => Some("claim_id"),
            (ReturnChange::ClaimResolved { .. }, 2) => Some("lines"),
            (ReturnChange::ClaimResolved { .. }, 3) => Some("resolution"),
            (ReturnChange::ClaimResolved { .. }, 4) => Some("breakdown"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnChange::Requested { .. }, 0) => crate::wire::code("requested", seed),
            (ReturnChange::Requested { request: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Approved { .. }, 0) => crate::wire::code("approved", seed),
            (ReturnChange::Approved { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Approved { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Approved { override_reason: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Approved { decided: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Declined { .. }, 0) => crate::wire::code("declined", seed),
            (ReturnChange::Declined { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Declined { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::LabelIssued { .. }, 0) => crate::wire::code("label_issued", seed),
            (ReturnChange::LabelIssued { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::LabelIssued { carrier: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::LabelIssued { tracking_number: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::TrackingRecorded { .. }, 0) => crate::wire::code("tracking_recorded", seed),
            (ReturnChange::TrackingRecorded { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::TrackingRecorded { event: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::TrackingRecorded { status: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Received { .. }, 0) => crate::wire::code("received", seed),
            (ReturnChange::Received { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Received { items: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Refunded { .. }, 0) => crate::wire::code("refunded", seed),
            (ReturnChange::Refunded { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Refunded { breakdown: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Refunded { status: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Exchanged { .. }, 0) => crate::wire::code("exchanged", seed),
            (ReturnChange::Exchanged { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Exchanged { breakdown: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Exchanged { settlement: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::Cancelled { .. }, 0) => crate::wire::code("cancelled", seed),
            (ReturnChange::Cancelled { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::AdvanceReplacementShipped { .. }, 0) => crate::wire::code("advance_replacement_shipped", seed),
            (ReturnChange::AdvanceReplacementShipped { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::AdvanceReplacementShipped { deadline: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ExchangeCharged { .. }, 0) => crate::wire::code("exchange_charged", seed),
            (ReturnChange::ExchangeCharged { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ExchangeCharged { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ClaimResolved { .. }, 0) => crate::wire::code("claim_resolved", seed),
            (ReturnChange::ClaimResolved { claim_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ClaimResolved { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ClaimResolved { resolution: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnChange::ClaimResolved { breakdown: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnChange")),
        }
    }
}

impl crate::wire::Feed for ReturnChange {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnChangeSlots {
    tag: Option<String>,
    v0_request: Option<RequestedReturn>,
    v1_return_id: Option<String>,
    v1_lines: Option<Vec<LineQuantity>>,
    v1_override_reason: Option<Option<String>>,
    v1_decided: Option<Option<Vec<ApprovedLine>>>,
    v2_return_id: Option<String>,
    v2_reason: Option<String>,
    v3_return_id: Option<String>,
    v3_carrier: Option<String>,
    v3_tracking_number: Option<String>,
    v4_return_id: Option<String>,
    v4_event: Option<CarrierEvent>,
    v4_status: Option<Option<ReturnStatus>>,
    v5_return_id: Option<String>,
    v5_items: Option<Vec<ReceivedItem>>,
    v6_return_id: Option<String>,
    v6_breakdown: Option<RefundBreakdown>,
    v6_status: Option<ReturnStatus>,
    v7_return_id: Option<String>,
    v7_breakdown: Option<RefundBreakdown>,
    v7_settlement: Option<ExchangeSettlement>,
    v8_return_id: Option<String>,
    v9_return_id: Option<String>,
    v9_deadline: Option<SystemTime>,
    v10_return_id: Option<String>,
    v10_amount: Option<Money>,
    v11_claim_id: Option<String>,
    v11_lines: Option<Vec<LineQuantity>>,
    v11_resolution: Option<ClaimResolution>,
    v11_breakdown: Option<Option<RefundBreakdown>>,
}

impl crate::wire::Build for ReturnChange {
    type Slots = ReturnChangeSlots;
    const WHAT: &'static str = "ReturnChange";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnChangeSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "kind" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("requested"), "request") => s.v0_request = Some(crate::wire::build(v)?),
            (Some("approved"), "return_id") => s.v1_return_id = Some(crate::wire::build(v)?),
            (Some("approved"), "lines") => s.v1_lines = Some(crate::wire::build(v)?),
            (Some("approved"), "override_reason") => s.v1_override_reason = Some(crate::wire::build(v)?),
            (Some("approved"), "decided") => s.v1_decided = Some(crate::wire::build(v)?),
            (Some("declined"), "return_id") => s.v2_return_id = Some(crate::wire::build(v)?),
            (Some("declined"), "reason") => s.v2_reason = Some(crate::wire::build(v)?),
            (Some("label_issued"), "return_id") => s.v3_return_id = Some(crate::wire::build(v)?),
            (Some("label_issued"), "carrier") => s.v3_carrier = Some(crate::wire::build(v)?),
            (Some("label_issued"), "tracking_number") => s.v3_tracking_number = Some(crate::wire::build(v)?),
            (Some("tracking_recorded"), "return_id") => s.v4_return_id = Some(crate::wire::build(v)?),
            (Some("tracking_recorded"), "event") => s.v4_event = Some(crate::wire::build(v)?),
            (Some("tracking_recorded"), "status") => s.v4_status = Some(crate::wire::build(v)?),
            (Some("received"), "return_id") => s.v5_return_id = Some(crate::wire::build(v)?),
            (Some("received"), "items") => s.v5_items = Some(crate::wire::build(v)?),
            (Some("refunded"), "return_id") => s.v6_return_id = Some(crate::wire::build(v)?),
            (Some("refunded"), "breakdown") => s.v6_breakdown = Some(crate::wire::build(v)?),
            (Some("refunded"), "status") => s.v6_status = Some(crate::wire::build(v)?),
            (Some("exchanged"), "return_id") => s.v7_return_id = Some(crate::wire::build(v)?),
            (Some("exchanged"), "breakdown") => s.v7_breakdown = Some(crate::wire::build(v)?),
            (Some("exchanged"), "settlement") => s.v7_settlement = Some(crate::wire::build(v)?),
            (Some("cancelled"), "return_id") => s.v8_return_id = Some(crate::wire::build(v)?),
            (Some("advance_replacement_shipped"), "return_id") => s.v9_return_id = Some(crate::wire::build(v)?),
            (Some("advance_replacement_shipped"), "deadline") => s.v9_deadline = Some(crate::wire::build(v)?),
            (Some("exchange_charged"), "return_id") => s.v10_return_id = Some(crate::wire::build(v)?),
            (Some("exchange_charged"), "amount") => s.v10_amount = Some(crate::wire::build(v)?),
            (Some("claim_resolved"), "claim_id") => s.v11_claim_id = Some(crate::wire::build(v)?),
            (Some("claim_resolved"), "lines") => s.v11_lines = Some(crate::wire::build(v)?),
            (Some("claim_resolved"), "resolution") => s.v11_resolution = Some(crate::wire::build(v)?),
            (Some("claim_resolved"), "breakdown") => s.v11_breakdown = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnChange")),
        }
        Ok(())
    }

    fn finish(s: ReturnChangeSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("requested") => Ok(ReturnChange::Requested {
                request: s.v0_request.ok_or_else(|| crate::wire::missing("request", "ReturnChange"))?,
            }),
            Some("approved") => Ok(ReturnChange::Approved {
                return_id: s.v1_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                lines: s.v1_lines.ok_or_else(|| crate::wire::missing("lines", "ReturnChange"))?,
                override_reason: s.v1_override_reason.flatten(),
                decided: s.v1_decided.flatten(),
            }),
            Some("declined") => Ok(ReturnChange::Declined {
                return_id: s.v2_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                reason: s.v2_reason.ok_or_else(|| crate::wire::missing("reason", "ReturnChange"))?,
            }),
            Some("label_issued") => Ok(ReturnChange::LabelIssued {
                return_id: s.v3_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                carrier: s.v3_carrier.ok_or_else(|| crate::wire::missing("carrier", "ReturnChange"))?,
                tracking_number: s.v3_tracking_number.ok_or_else(|| crate::wire::missing("tracking_number", "ReturnChange"))?,
            }),
            Some("tracking_recorded") => Ok(ReturnChange::TrackingRecorded {
                return_id: s.v4_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                event: s.v4_event.ok_or_else(|| crate::wire::missing("event", "ReturnChange"))?,
                status: s.v4_status.flatten(),
            }),
            Some("received") => Ok(ReturnChange::Received {
                return_id: s.v5_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                items: s.v5_items.ok_or_else(|| crate::wire::missing("items", "ReturnChange"))?,
            }),
            Some("refunded") => Ok(ReturnChange::Refunded {
                return_id: s.v6_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                breakdown: s.v6_breakdown.ok_or_else(|| crate::wire::missing("breakdown", "ReturnChange"))?,
                status: s.v6_status.ok_or_else(|| crate::wire::missing("status", "ReturnChange"))?,
            }),
            Some("exchanged") => Ok(ReturnChange::Exchanged {
                return_id: s.v7_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                breakdown: s.v7_breakdown.ok_or_else(|| crate::wire::missing("breakdown", "ReturnChange"))?,
                settlement: s.v7_settlement.ok_or_else(|| crate::wire::missing("settlement", "ReturnChange"))?,
            }),
            Some("cancelled") => Ok(ReturnChange::Cancelled {
                return_id: s.v8_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
            }),
            Some("advance_replacement_shipped") => Ok(ReturnChange::AdvanceReplacementShipped {
                return_id: s.v9_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                deadline: s.v9_deadline.ok_or_else(|| crate::wire::missing("deadline", "ReturnChange"))?,
            }),
            Some("exchange_charged") => Ok(ReturnChange::ExchangeCharged {
                return_id: s.v10_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnChange"))?,
                amount: s.v10_amount.ok_or_else(|| crate::wire::missing("amount", "ReturnChange"))?,
            }),
            Some("claim_resolved") => Ok(ReturnChange::ClaimResolved {
                claim_id: s.v11_claim_id.ok_or_else(|| crate::wire::missing("claim_id", "ReturnChange"))?,
                lines: s.v11_lines.ok_or_else(|| crate::wire::missing("lines", "ReturnChange"))?,
                resolution: s.v11_resolution.ok_or_else(|| crate::wire::missing("resolution", "ReturnChange"))?,
                breakdown: s.v11_breakdown.flatten(),
            }),
            Some(other) => Err(crate::wire::unknown(other, "ReturnChange")),
            None => Err(crate::wire::missing("kind", "ReturnChange")),
        }
    }
}


#[doc = "A command on a return, sent through [`crate::order::OrderCommand::Return`]."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Enum)]
#[serde(tag = "action")]
pub enum ReturnCommand {
    #[doc = "Request a return: evaluated against the return policy in the decision's [`crate::order::OrderContext`] (the same decision as [`crate::order::returning::request_return`])."]
    #[serde(rename = "request")]
    Request {
        #[doc = "The request."]
        request: ReturnRequest,
    },
    #[doc = "Approve; with `override_reason`, denied lines are approved too (staff override)."]
    #[serde(rename = "approve")]
    Approve {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why staff override a denial."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        override_reason: Option<String>,
    },
    #[doc = "Decline."]
    #[serde(rename = "decline")]
    Decline {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Why."]
        reason: String,
    },
    #[doc = "A return label was issued."]
    #[serde(rename = "issue_label")]
    IssueLabel {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Carrier."]
        carrier: String,
        #[doc = "Tracking number."]
        tracking_number: String,
    },
    #[doc = "A carrier scan of the parcel coming back."]
    #[serde(rename = "record_tracking")]
    RecordTracking {
        #[doc = "The return."]
        return_id: String,
        #[doc = "The scan."]
        event: CarrierEvent,
    },
    #[doc = "Units arrived at the warehouse."]
    #[serde(rename = "receive")]
    Receive {
        #[doc = "The return."]
        return_id: String,
        #[doc = "What arrived, per condition."]
        items: Vec<ReceivedItem>,
    },
    #[doc = "Pay the refund (or settle the exchange) for what was received."]
    #[serde(rename = "refund")]
    Refund {
        #[doc = "The return."]
        return_id: String,
        #[doc = "Payments to refund first, in order; others follow by id."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        payment_order: Option<Vec<String>>,
    },
    #[doc = "The refund for what was received was paid outside the library (a platform refunded it): record exactly what went where. The lines are valued as [`ReturnCommand::Refund`] values them; when less was paid, the difference shows as a restocking fee; when more, the fees are waived first and then the original shipping refunded, and beyond that the command is refused. The money comes out of the same refundable balance as every other refund."]
    #[serde(rename = "record_refund")]
    RecordRefund {
        #[doc = "The return."]
        return_id: String,
        #[doc = "What was paid, and to what (payments or store credit)."]
        payouts: Vec<RefundPayout>,
    },
    #[doc = "Cancel before anything was received."]
    #[serde(rename = "cancel")]
    Cancel {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Ship the replacement of an advance exchange, due back by `deadline`."]
    #[serde(rename = "ship_advance_replacement")]
    ShipAdvanceReplacement {
        #[doc = "The return."]
        return_id: String,
        #[doc = "When the customer is charged if nothing came back."]
        #[serde(with = "crate::wire::time")]
        deadline: SystemTime,
    },
    #[doc = "Charge the customer for an advance replacement whose return never came."]
    #[serde(rename = "charge_unreturned_exchange")]
    ChargeUnreturnedExchange {
        #[doc = "The return."]
        return_id: String,
    },
    #[doc = "Goods lost or damaged in transit: refund or replace without a return."]
    #[serde(rename = "claim")]
    Claim {
        #[doc = "Id for the claim."]
        claim_id: String,
        #[doc = "Units concerned."]
        lines: Vec<LineQuantity>,
        #[doc = "Refund or replacement."]
        resolution: ClaimResolution,
        #[doc = "Payments to refund first."]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[uniffi(default = None)]
        payment_order: Option<Vec<String>>,
    },
}

impl crate::wire::Fields for ReturnCommand {
    fn places(&self) -> usize {
        match self {
            ReturnCommand::Request { .. } => 2,
            ReturnCommand::Approve { .. } => 3,
            ReturnCommand::Decline { .. } => 3,
            ReturnCommand::IssueLabel { .. } => 4,
            ReturnCommand::RecordTracking { .. } => 3,
            ReturnCommand::Receive { .. } => 3,
            ReturnCommand::Refund { .. } => 3,
            ReturnCommand::RecordRefund { .. } => 3,
            ReturnCommand::Cancel { .. } => 2,
            ReturnCommand::ShipAdvanceReplacement { .. } => 3,
            ReturnCommand::ChargeUnreturnedExchange { .. } => 2,
            ReturnCommand::Claim { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnCommand::Request { .. }, 0) => Some("action"),
            (ReturnCommand::Request { .. }, 1) => Some("request"),
            (ReturnCommand::Approve { .. }, 0) => Some("action"),
            (ReturnCommand::Approve { .. }, 1) => Some("return_id"),
            (ReturnCommand::Approve { override_reason: x, .. }, 2) => x.as_ref().map(|_| "override_reason"),
            (ReturnCommand::Decline { .. }, 0) => Some("action"),
            (ReturnCommand::Decline { .. }, 1) => Some("return_id"),
            (ReturnCommand::Decline { .. }, 2) => Some("reason"),
            (ReturnCommand::IssueLabel { .. }, 0) => Some("action"),
            (ReturnCommand::IssueLabel { .. }, 1) => Some("return_id"),
            (ReturnCommand::IssueLabel { .. }, 2) => Some("carrier"),
            (ReturnCommand::IssueLabel { .. }, 3) => Some("tracking_number"),
            (ReturnCommand::RecordTracking { .. }, 0) => Some("action"),
            (ReturnCommand::RecordTracking { .. }, 1) => Some("return_id"),
            (ReturnCommand::RecordTracking { .. }, 2) => Some("event"),
            (ReturnCommand::Receive { .. }, 0) => Some("action"),
            (ReturnCommand::Receive { .. }, 1) => Some("return_id"),
            (ReturnCommand::Receive { .. }, 2) => Some("items"),
            (ReturnCommand::Refund { .. }, 0) => Some("action"),
            (ReturnCommand::Refund { .. }, 1) => Some("return_id"),
            (ReturnCommand::Refund { payment_order: x, .. }, 2) => x.as_ref().map(|_| "payment_order"),
            (ReturnCommand::RecordRefund { .. }, 0) => Some("action"),
            (ReturnCommand::RecordRefund { .. }, 1) => Some("return_id"),
            (ReturnCommand::RecordRefund { .. }, 2) => Some("payouts"),
            (ReturnCommand::Cancel { .. }, 0) => Some("action"),
            (ReturnCommand::Cancel { .. }, 1) => Some("return_id"),
            (ReturnCommand::ShipAdvanceReplacement { .. }, 0) => Some("action"),
            (ReturnCommand::ShipAdvanceReplacement { .. }, 1) => Some("return_id"),
            (ReturnCommand::ShipAdvanceReplacement { .. }, 2) => Some("deadline"),
            (ReturnCommand::ChargeUnreturnedExchange { .. }, 0) => Some("action"),
            (ReturnCommand::ChargeUnreturnedExchange { .. }, 1) => Some("return_id"),
            (ReturnCommand::Claim { .. }, 0) => Some("action"),
            (ReturnCommand::Claim { .. }, 1) => Some("claim_id"),
            (ReturnCommand::Claim { .. }, 2) => Some("lines"),
            (ReturnCommand::Claim { .. }, 3) => Some("resolution"),
            (ReturnCommand::Claim { payment_order: x, .. }, 4) => x.as_ref().map(|_| "payment_order"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnCommand::Request { .. }, 0) => crate::wire::code("request", seed),
            (ReturnCommand::Request { request: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Approve { .. }, 0) => crate::wire::code("approve", seed),
            (ReturnCommand::Approve { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Approve { override_reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Decline { .. }, 0) => crate::wire::code("decline", seed),
            (ReturnCommand::Decline { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Decline { reason: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::IssueLabel { .. }, 0) => crate::wire::code("issue_label", seed),
            (ReturnCommand::IssueLabel { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::IssueLabel { carrier: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::IssueLabel { tracking_number: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::RecordTracking { .. }, 0) => crate::wire::code("record_tracking", seed),
            (ReturnCommand::RecordTracking { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::RecordTracking { event: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Receive { .. }, 0) => crate::wire::code("receive", seed),
            (ReturnCommand::Receive { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Receive { items: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Refund { .. }, 0) => crate::wire::code("refund", seed),
            (ReturnCommand::Refund { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Refund { payment_order: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::RecordRefund { .. }, 0) => crate::wire::code("record_refund", seed),
            (ReturnCommand::RecordRefund { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::RecordRefund { payouts: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Cancel { .. }, 0) => crate::wire::code("cancel", seed),
            (ReturnCommand::Cancel { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::ShipAdvanceReplacement { .. }, 0) => crate::wire::code("ship_advance_replacement", seed),
            (ReturnCommand::ShipAdvanceReplacement { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::ShipAdvanceReplacement { deadline: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::ChargeUnreturnedExchange { .. }, 0) => crate::wire::code("charge_unreturned_exchange", seed),
            (ReturnCommand::ChargeUnreturnedExchange { return_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Claim { .. }, 0) => crate::wire::code("claim", seed),
            (ReturnCommand::Claim { claim_id: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Claim { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Claim { resolution: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnCommand::Claim { payment_order: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnCommand")),
        }
    }
}

impl crate::wire::Feed for ReturnCommand {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnCommandSlots {
    tag: Option<String>,
    v0_request: Option<ReturnRequest>,
    v1_return_id: Option<String>,
    v1_override_reason: Option<Option<String>>,
    v2_return_id: Option<String>,
    v2_reason: Option<String>,
    v3_return_id: Option<String>,
    v3_carrier: Option<String>,
    v3_tracking_number: Option<String>,
    v4_return_id: Option<String>,
    v4_event: Option<CarrierEvent>,
    v5_return_id: Option<String>,
    v5_items: Option<Vec<ReceivedItem>>,
    v6_return_id: Option<String>,
    v6_payment_order: Option<Option<Vec<String>>>,
    v7_return_id: Option<String>,
    v7_payouts: Option<Vec<RefundPayout>>,
    v8_return_id: Option<String>,
    v9_return_id: Option<String>,
    v9_deadline: Option<SystemTime>,
    v10_return_id: Option<String>,
    v11_claim_id: Option<String>,
    v11_lines: Option<Vec<LineQuantity>>,
    v11_resolution: Option<ClaimResolution>,
    v11_payment_order: Option<Option<Vec<String>>>,
}

impl crate::wire::Build for ReturnCommand {
    type Slots = ReturnCommandSlots;
    const WHAT: &'static str = "ReturnCommand";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnCommandSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        if key == "action" {
            s.tag = Some(crate::wire::build(v)?);
            return Ok(());
        }
        match (s.tag.as_deref(), key) {
            (Some("request"), "request") => s.v0_request = Some(crate::wire::build(v)?),
            (Some("approve"), "return_id") => s.v1_return_id = Some(crate::wire::build(v)?),
            (Some("approve"), "override_reason") => s.v1_override_reason = Some(crate::wire::build(v)?),
            (Some("decline"), "return_id") => s.v2_return_id = Some(crate::wire::build(v)?),
            (Some("decline"), "reason") => s.v2_reason = Some(crate::wire::build(v)?),
            (Some("issue_label"), "return_id") => s.v3_return_id = Some(crate::wire::build(v)?),
            (Some("issue_label"), "carrier") => s.v3_carrier = Some(crate::wire::build(v)?),
            (Some("issue_label"), "tracking_number") => s.v3_tracking_number = Some(crate::wire::build(v)?),
            (Some("record_tracking"), "return_id") => s.v4_return_id = Some(crate::wire::build(v)?),
            (Some("record_tracking"), "event") => s.v4_event = Some(crate::wire::build(v)?),
            (Some("receive"), "return_id") => s.v5_return_id = Some(crate::wire::build(v)?),
            (Some("receive"), "items") => s.v5_items = Some(crate::wire::build(v)?),
            (Some("refund"), "return_id") => s.v6_return_id = Some(crate::wire::build(v)?),
            (Some("refund"), "payment_order") => s.v6_payment_order = Some(crate::wire::build(v)?),
            (Some("record_refund"), "return_id") => s.v7_return_id = Some(crate::wire::build(v)?),
            (Some("record_refund"), "payouts") => s.v7_payouts = Some(crate::wire::build(v)?),
            (Some("cancel"), "return_id") => s.v8_return_id = Some(crate::wire::build(v)?),
            (Some("ship_advance_replacement"), "return_id") => s.v9_return_id = Some(crate::wire::build(v)?),
            (Some("ship_advance_replacement"), "deadline") => s.v9_deadline = Some(crate::wire::build(v)?),
            (Some("charge_unreturned_exchange"), "return_id") => s.v10_return_id = Some(crate::wire::build(v)?),
            (Some("claim"), "claim_id") => s.v11_claim_id = Some(crate::wire::build(v)?),
            (Some("claim"), "lines") => s.v11_lines = Some(crate::wire::build(v)?),
            (Some("claim"), "resolution") => s.v11_resolution = Some(crate::wire::build(v)?),
            (Some("claim"), "payment_order") => s.v11_payment_order = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnCommand")),
        }
        Ok(())
    }

    fn finish(s: ReturnCommandSlots) -> Result<Self, crate::wire::Error> {
        match s.tag.as_deref() {
            Some("request") => Ok(ReturnCommand::Request {
                request: s.v0_request.ok_or_else(|| crate::wire::missing("request", "ReturnCommand"))?,
            }),
            Some("approve") => Ok(ReturnCommand::Approve {
                return_id: s.v1_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                override_reason: s.v1_override_reason.flatten(),
            }),
            Some("decline") => Ok(ReturnCommand::Decline {
                return_id: s.v2_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                reason: s.v2_reason.ok_or_else(|| crate::wire::missing("reason", "ReturnCommand"))?,
            }),
            Some("issue_label") => Ok(ReturnCommand::IssueLabel {
                return_id: s.v3_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                carrier: s.v3_carrier.ok_or_else(|| crate::wire::missing("carrier", "ReturnCommand"))?,
                tracking_number: s.v3_tracking_number.ok_or_else(|| crate::wire::missing("tracking_number", "ReturnCommand"))?,
            }),
            Some("record_tracking") => Ok(ReturnCommand::RecordTracking {
                return_id: s.v4_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                event: s.v4_event.ok_or_else(|| crate::wire::missing("event", "ReturnCommand"))?,
            }),
            Some("receive") => Ok(ReturnCommand::Receive {
                return_id: s.v5_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                items: s.v5_items.ok_or_else(|| crate::wire::missing("items", "ReturnCommand"))?,
            }),
            Some("refund") => Ok(ReturnCommand::Refund {
                return_id: s.v6_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                payment_order: s.v6_payment_order.flatten(),
            }),
            Some("record_refund") => Ok(ReturnCommand::RecordRefund {
                return_id: s.v7_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                payouts: s.v7_payouts.ok_or_else(|| crate::wire::missing("payouts", "ReturnCommand"))?,
            }),
            Some("cancel") => Ok(ReturnCommand::Cancel {
                return_id: s.v8_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
            }),
            Some("ship_advance_replacement") => Ok(ReturnCommand::ShipAdvanceReplacement {
                return_id: s.v9_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
                deadline: s.v9_deadline.ok_or_else(|| crate::wire::missing("deadline", "ReturnCommand"))?,
            }),
            Some("charge_unreturned_exchange") => Ok(ReturnCommand::ChargeUnreturnedExchange {
                return_id: s.v10_return_id.ok_or_else(|| crate::wire::missing("return_id", "ReturnCommand"))?,
            }),
            Some("claim") => Ok(ReturnCommand::Claim {
                claim_id: s.v11_claim_id.ok_or_else(|| crate::wire::missing("claim_id", "ReturnCommand"))?,
                lines: s.v11_lines.ok_or_else(|| crate::wire::missing("lines", "ReturnCommand"))?,
                resolution: s.v11_resolution.ok_or_else(|| crate::wire::missing("resolution", "ReturnCommand"))?,
                payment_order: s.v11_payment_order.flatten(),
            }),
            Some(other) => Err(crate::wire::unknown(other, "ReturnCommand")),
            None => Err(crate::wire::missing("action", "ReturnCommand")),
        }
    }
}


#[doc = "What a return request would lead to if it were made now: the eligibility decision and, for the lines that are not denied, the refund it would pay once everything arrives resellable."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnPreview {
    #[doc = "The decision, as [`crate::order::returning::evaluate`] gives it."]
    pub report: EligibilityReport,
    #[doc = "The refund for the lines that are not denied (pending review where a line needs it); `None` when every line is denied or nothing would be refunded."]
    pub refund: Option<RefundBreakdown>,
}

impl crate::wire::Fields for ReturnPreview {
    fn places(&self) -> usize {
        match self {
            ReturnPreview { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnPreview { .. }, 0) => Some("report"),
            (ReturnPreview { .. }, 1) => Some("refund"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnPreview { report: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReturnPreview { refund: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnPreview")),
        }
    }
}

impl crate::wire::Feed for ReturnPreview {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnPreviewSlots {
    report: Option<EligibilityReport>,
    refund: Option<Option<RefundBreakdown>>,
}

impl crate::wire::Build for ReturnPreview {
    type Slots = ReturnPreviewSlots;
    const WHAT: &'static str = "ReturnPreview";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnPreviewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "report" => s.report = Some(crate::wire::build(v)?),
            "refund" => s.refund = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnPreview")),
        }
        Ok(())
    }

    fn finish(s: ReturnPreviewSlots) -> Result<Self, crate::wire::Error> {
        Ok(ReturnPreview {
            report: s.report.ok_or_else(|| crate::wire::missing("report", "ReturnPreview"))?,
            refund: s.refund.flatten(),
        })
    }
}


#[doc = "Why a customer returns an item."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ReturnReason {
    #[doc = "No longer wanted."]
    #[serde(rename = "changed_mind")]
    ChangedMind,
    #[doc = "Wrong size or fit."]
    #[serde(rename = "does_not_fit")]
    DoesNotFit,
    #[doc = "Faulty."]
    #[serde(rename = "defective")]
    Defective,
    #[doc = "Not what was ordered."]
    #[serde(rename = "wrong_item")]
    WrongItem,
    #[doc = "Not as described on the site."]
    #[serde(rename = "not_as_described")]
    NotAsDescribed,
    #[doc = "Damaged on the way."]
    #[serde(rename = "damaged_in_transit")]
    DamagedInTransit,
    #[doc = "Arrived too late to be useful."]
    #[serde(rename = "arrived_late")]
    ArrivedLate,
    #[doc = "Anything else."]
    #[serde(rename = "other")]
    Other,
}

impl crate::wire::Feed for ReturnReason {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ReturnReason::ChangedMind => v.visit_borrowed_str("changed_mind"),
            ReturnReason::DoesNotFit => v.visit_borrowed_str("does_not_fit"),
            ReturnReason::Defective => v.visit_borrowed_str("defective"),
            ReturnReason::WrongItem => v.visit_borrowed_str("wrong_item"),
            ReturnReason::NotAsDescribed => v.visit_borrowed_str("not_as_described"),
            ReturnReason::DamagedInTransit => v.visit_borrowed_str("damaged_in_transit"),
            ReturnReason::ArrivedLate => v.visit_borrowed_str("arrived_late"),
            ReturnReason::Other => v.visit_borrowed_str("other"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ReturnReason::ChangedMind => v.visit_enum(crate::wire::UnitVariant("changed_mind")),
            ReturnReason::DoesNotFit => v.visit_enum(crate::wire::UnitVariant("does_not_fit")),
            ReturnReason::Defective => v.visit_enum(crate::wire::UnitVariant("defective")),
            ReturnReason::WrongItem => v.visit_enum(crate::wire::UnitVariant("wrong_item")),
            ReturnReason::NotAsDescribed => v.visit_enum(crate::wire::UnitVariant("not_as_described")),
            ReturnReason::DamagedInTransit => v.visit_enum(crate::wire::UnitVariant("damaged_in_transit")),
            ReturnReason::ArrivedLate => v.visit_enum(crate::wire::UnitVariant("arrived_late")),
            ReturnReason::Other => v.visit_enum(crate::wire::UnitVariant("other")),
        }
    }
}

impl crate::wire::Build for ReturnReason {
    type Slots = ();
    const WHAT: &'static str = "ReturnReason";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "changed_mind" => Ok(ReturnReason::ChangedMind),
            "does_not_fit" => Ok(ReturnReason::DoesNotFit),
            "defective" => Ok(ReturnReason::Defective),
            "wrong_item" => Ok(ReturnReason::WrongItem),
            "not_as_described" => Ok(ReturnReason::NotAsDescribed),
            "damaged_in_transit" => Ok(ReturnReason::DamagedInTransit),
            "arrived_late" => Ok(ReturnReason::ArrivedLate),
            "other" => Ok(ReturnReason::Other),
            _ => Err(crate::wire::unknown(v, "ReturnReason")),
        }
    }
}


#[doc = "A customer's request to return items of an order."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnRequest {
    #[doc = "Id of the return."]
    pub id: String,
    #[doc = "Who asks; must be the order's customer."]
    pub customer: String,
    #[doc = "What."]
    pub lines: Vec<RequestedLine>,
    #[doc = "How the customer wants the money back."]
    pub method: RefundMethod,
    #[doc = "The replacement, when `method` is exchange."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub exchange: Option<ExchangeRequest>,
}

impl crate::wire::Fields for ReturnRequest {
    fn places(&self) -> usize {
        match self {
            ReturnRequest { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnRequest { .. }, 0) => Some("id"),
            (ReturnRequest { .. }, 1) => Some("customer"),
            (ReturnRequest { .. }, 2) => Some("lines"),
            (ReturnRequest { .. }, 3) => Some("method"),
            (ReturnRequest { exchange: x, .. }, 4) => x.as_ref().map(|_| "exchange"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnRequest { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReturnRequest { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnRequest { lines: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnRequest { method: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnRequest { exchange: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnRequest")),
        }
    }
}

impl crate::wire::Feed for ReturnRequest {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnRequestSlots {
    id: Option<String>,
    customer: Option<String>,
    lines: Option<Vec<RequestedLine>>,
    method: Option<RefundMethod>,
    exchange: Option<Option<ExchangeRequest>>,
}

impl crate::wire::Build for ReturnRequest {
    type Slots = ReturnRequestSlots;
    const WHAT: &'static str = "ReturnRequest";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnRequestSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "lines" => s.lines = Some(crate::wire::build(v)?),
            "method" => s.method = Some(crate::wire::build(v)?),
            "exchange" => s.exchange = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnRequest")),
        }
        Ok(())
    }

    fn finish(s: ReturnRequestSlots) -> Result<Self, crate::wire::Error> {
        Ok(ReturnRequest {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "ReturnRequest"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "ReturnRequest"))?,
            lines: s.lines.ok_or_else(|| crate::wire::missing("lines", "ReturnRequest"))?,
            method: s.method.ok_or_else(|| crate::wire::missing("method", "ReturnRequest"))?,
            exchange: s.exchange.flatten(),
        })
    }
}


#[doc = "Where a return stands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum ReturnStatus {
    #[doc = "Waiting for staff (some line needs review or was denied)."]
    #[serde(rename = "requested")]
    Requested,
    #[doc = "Approved; waiting for a label or the parcel."]
    #[serde(rename = "approved")]
    Approved,
    #[doc = "Declined."]
    #[serde(rename = "declined")]
    Declined,
    #[doc = "A return label was issued."]
    #[serde(rename = "label_issued")]
    LabelIssued,
    #[doc = "The parcel is on its way back."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "Something was received."]
    #[serde(rename = "received")]
    Received,
    #[doc = "Refunded to the original payments."]
    #[serde(rename = "refunded")]
    Refunded,
    #[doc = "Refunded as store credit."]
    #[serde(rename = "credited")]
    Credited,
    #[doc = "Settled by an exchange."]
    #[serde(rename = "exchanged")]
    Exchanged,
    #[doc = "An advance exchange whose return never came: the customer was charged."]
    #[serde(rename = "charged")]
    Charged,
    #[doc = "Cancelled before anything was received."]
    #[serde(rename = "cancelled")]
    Cancelled,
}

impl crate::wire::Feed for ReturnStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ReturnStatus::Requested => v.visit_borrowed_str("requested"),
            ReturnStatus::Approved => v.visit_borrowed_str("approved"),
            ReturnStatus::Declined => v.visit_borrowed_str("declined"),
            ReturnStatus::LabelIssued => v.visit_borrowed_str("label_issued"),
            ReturnStatus::InTransit => v.visit_borrowed_str("in_transit"),
            ReturnStatus::Received => v.visit_borrowed_str("received"),
            ReturnStatus::Refunded => v.visit_borrowed_str("refunded"),
            ReturnStatus::Credited => v.visit_borrowed_str("credited"),
            ReturnStatus::Exchanged => v.visit_borrowed_str("exchanged"),
            ReturnStatus::Charged => v.visit_borrowed_str("charged"),
            ReturnStatus::Cancelled => v.visit_borrowed_str("cancelled"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            ReturnStatus::Requested => v.visit_enum(crate::wire::UnitVariant("requested")),
            ReturnStatus::Approved => v.visit_enum(crate::wire::UnitVariant("approved")),
            ReturnStatus::Declined => v.visit_enum(crate::wire::UnitVariant("declined")),
            ReturnStatus::LabelIssued => v.visit_enum(crate::wire::UnitVariant("label_issued")),
            ReturnStatus::InTransit => v.visit_enum(crate::wire::UnitVariant("in_transit")),
            ReturnStatus::Received => v.visit_enum(crate::wire::UnitVariant("received")),
            ReturnStatus::Refunded => v.visit_enum(crate::wire::UnitVariant("refunded")),
            ReturnStatus::Credited => v.visit_enum(crate::wire::UnitVariant("credited")),
            ReturnStatus::Exchanged => v.visit_enum(crate::wire::UnitVariant("exchanged")),
            ReturnStatus::Charged => v.visit_enum(crate::wire::UnitVariant("charged")),
            ReturnStatus::Cancelled => v.visit_enum(crate::wire::UnitVariant("cancelled")),
        }
    }
}

impl crate::wire::Build for ReturnStatus {
    type Slots = ();
    const WHAT: &'static str = "ReturnStatus";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "requested" => Ok(ReturnStatus::Requested),
            "approved" => Ok(ReturnStatus::Approved),
            "declined" => Ok(ReturnStatus::Declined),
            "label_issued" => Ok(ReturnStatus::LabelIssued),
            "in_transit" => Ok(ReturnStatus::InTransit),
            "received" => Ok(ReturnStatus::Received),
            "refunded" => Ok(ReturnStatus::Refunded),
            "credited" => Ok(ReturnStatus::Credited),
            "exchanged" => Ok(ReturnStatus::Exchanged),
            "charged" => Ok(ReturnStatus::Charged),
            "cancelled" => Ok(ReturnStatus::Cancelled),
            _ => Err(crate::wire::unknown(v, "ReturnStatus")),
        }
    }
}


#[doc = "One return of an order: where it stands and, once settled, what it paid."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnSummary {
    #[doc = "Return id."]
    pub id: String,
    #[doc = "Where it stands."]
    pub status: ReturnStatus,
    #[doc = "When it was requested."]
    #[serde(with = "crate::wire::time")]
    pub requested_at: SystemTime,
    #[doc = "The refund, once paid."]
    pub refund: Option<RefundBreakdown>,
    #[doc = "The exchange settlement, once made."]
    pub exchange: Option<ExchangeSettlement>,
}

impl crate::wire::Fields for ReturnSummary {
    fn places(&self) -> usize {
        match self {
            ReturnSummary { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnSummary { .. }, 0) => Some("id"),
            (ReturnSummary { .. }, 1) => Some("status"),
            (ReturnSummary { .. }, 2) => Some("requested_at"),
            (ReturnSummary { .. }, 3) => Some("refund"),
            (ReturnSummary { .. }, 4) => Some("exchange"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnSummary { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReturnSummary { status: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnSummary { requested_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnSummary { refund: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnSummary { exchange: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnSummary")),
        }
    }
}

impl crate::wire::Feed for ReturnSummary {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnSummarySlots {
    id: Option<String>,
    status: Option<ReturnStatus>,
    requested_at: Option<SystemTime>,
    refund: Option<Option<RefundBreakdown>>,
    exchange: Option<Option<ExchangeSettlement>>,
}

impl crate::wire::Build for ReturnSummary {
    type Slots = ReturnSummarySlots;
    const WHAT: &'static str = "ReturnSummary";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnSummarySlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "requested_at" => s.requested_at = Some(crate::wire::build(v)?),
            "refund" => s.refund = Some(crate::wire::build(v)?),
            "exchange" => s.exchange = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnSummary")),
        }
        Ok(())
    }

    fn finish(s: ReturnSummarySlots) -> Result<Self, crate::wire::Error> {
        Ok(ReturnSummary {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "ReturnSummary"))?,
            status: s.status.ok_or_else(|| crate::wire::missing("status", "ReturnSummary"))?,
            requested_at: s.requested_at.ok_or_else(|| crate::wire::missing("requested_at", "ReturnSummary"))?,
            refund: s.refund.flatten(),
            exchange: s.exchange.flatten(),
        })
    }
}


#[doc = "The money terms fixed when the return was requested."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnTerms {
    #[doc = "How the refund is paid."]
    pub method: RefundMethod,
    #[doc = "Store-credit bonus in percent."]
    pub store_credit_bonus_percent: Amount,
    #[doc = "Return shipping fee charged (zero when waived)."]
    pub return_shipping_fee: Money,
    #[doc = "Refund the original shipping when the whole order has come back."]
    pub refund_shipping_when_whole: bool,
    #[doc = "Refund the original shipping because of the reason."]
    pub refund_shipping_for_reason: bool,
    #[doc = "The replacement, for exchanges."]
    pub exchange: Option<ExchangeRequest>,
    #[doc = "The replacement's outbound shipping, for exchanges (absent in returns requested before exchanges were priced)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub replacement_shipping: Option<Money>,
}

impl crate::wire::Fields for ReturnTerms {
    fn places(&self) -> usize {
        match self {
            ReturnTerms { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnTerms { .. }, 0) => Some("method"),
            (ReturnTerms { .. }, 1) => Some("store_credit_bonus_percent"),
            (ReturnTerms { .. }, 2) => Some("return_shipping_fee"),
            (ReturnTerms { .. }, 3) => Some("refund_shipping_when_whole"),
            (ReturnTerms { .. }, 4) => Some("refund_shipping_for_reason"),
            (ReturnTerms { .. }, 5) => Some("exchange"),
            (ReturnTerms { replacement_shipping: x, .. }, 6) => x.as_ref().map(|_| "replacement_shipping"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnTerms { method: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { store_credit_bonus_percent: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { return_shipping_fee: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { refund_shipping_when_whole: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { refund_shipping_for_reason: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { exchange: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (ReturnTerms { replacement_shipping: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnTerms")),
        }
    }
}

impl crate::wire::Feed for ReturnTerms {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnTermsSlots {
    method: Option<RefundMethod>,
    store_credit_bonus_percent: Option<Amount>,
    return_shipping_fee: Option<Money>,
    refund_shipping_when_whole: Option<bool>,
    refund_shipping_for_reason: Option<bool>,
    exchange: Option<Option<ExchangeRequest>>,
    replacement_shipping: Option<Option<Money>>,
}

impl crate::wire::Build for ReturnTerms {
    type Slots = ReturnTermsSlots;
    const WHAT: &'static str = "ReturnTerms";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnTermsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "method" => s.method = Some(crate::wire::build(v)?),
            "store_credit_bonus_percent" => s.store_credit_bonus_percent = Some(crate::wire::build(v)?),
            "return_shipping_fee" => s.return_shipping_fee = Some(crate::wire::build(v)?),
            "refund_shipping_when_whole" => s.refund_shipping_when_whole = Some(crate::wire::build(v)?),
            "refund_shipping_for_reason" => s.refund_shipping_for_reason = Some(crate::wire::build(v)?),
            "exchange" => s.exchange = Some(crate::wire::build(v)?),
            "replacement_shipping" => s.replacement_shipping = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnTerms")),
        }
        Ok(())
    }

    fn finish(s: ReturnTermsSlots) -> Result<Self, crate::wire::Error> {
        Ok(ReturnTerms {
            method: s.method.ok_or_else(|| crate::wire::missing("method", "ReturnTerms"))?,
            store_credit_bonus_percent: s.store_credit_bonus_percent.ok_or_else(|| crate::wire::missing("store_credit_bonus_percent", "ReturnTerms"))?,
            return_shipping_fee: s.return_shipping_fee.ok_or_else(|| crate::wire::missing("return_shipping_fee", "ReturnTerms"))?,
            refund_shipping_when_whole: s.refund_shipping_when_whole.ok_or_else(|| crate::wire::missing("refund_shipping_when_whole", "ReturnTerms"))?,
            refund_shipping_for_reason: s.refund_shipping_for_reason.ok_or_else(|| crate::wire::missing("refund_shipping_for_reason", "ReturnTerms"))?,
            exchange: s.exchange.flatten(),
            replacement_shipping: s.replacement_shipping.flatten(),
        })
    }
}


#[doc = "A return or a transit claim on the order, as the customer sees it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ReturnView {
    #[doc = "Return id."]
    pub id: String,
    #[doc = "Its status."]
    pub status: ReturnStatus,
    #[doc = "The refund paid, if any."]
    pub refunded: Option<Money>,
    #[doc = "How the customer asked to be paid back (`exchange` for an exchange)."]
    pub method: RefundMethod,
    #[doc = "Where it went: `original_payment` and/or `store_credit`."]
    pub destinations: Vec<RefundMethod>,
    #[doc = "A transit claim for a lost or damaged parcel rather than a customer's return."]
    pub claim: bool,
    #[doc = "The sentence."]
    pub statement: Statement,
}

impl crate::wire::Fields for ReturnView {
    fn places(&self) -> usize {
        match self {
            ReturnView { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ReturnView { .. }, 0) => Some("id"),
            (ReturnView { .. }, 1) => Some("status"),
            (ReturnView { .. }, 2) => Some("refunded"),
            (ReturnView { .. }, 3) => Some("method"),
            (ReturnView { .. }, 4) => Some("destinations"),
            (ReturnView { .. }, 5) => Some("claim"),
            (ReturnView { .. }, 6) => Some("statement"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ReturnView { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { status: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { refunded: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { method: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { destinations: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { claim: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (ReturnView { statement: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ReturnView")),
        }
    }
}

impl crate::wire::Feed for ReturnView {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ReturnViewSlots {
    id: Option<String>,
    status: Option<ReturnStatus>,
    refunded: Option<Option<Money>>,
    method: Option<RefundMethod>,
    destinations: Option<Vec<RefundMethod>>,
    claim: Option<bool>,
    statement: Option<Statement>,
}

impl crate::wire::Build for ReturnView {
    type Slots = ReturnViewSlots;
    const WHAT: &'static str = "ReturnView";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ReturnViewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "refunded" => s.refunded = Some(crate::wire::build(v)?),
            "method" => s.method = Some(crate::wire::build(v)?),
            "destinations" => s.destinations = Some(crate::wire::build(v)?),
            "claim" => s.claim = Some(crate::wire::build(v)?),
            "statement" => s.statement = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ReturnView")),
        }
        Ok(())
    }

    fn finish(s: ReturnViewSlots) -> Result<Self, crate::wire::Error> {
        Ok(ReturnView {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "ReturnView"))?,
            status: s.status.ok_or_else(|| crate::wire::missing("status", "ReturnView"))?,
            refunded: s.refunded.flatten(),
            method: s.method.ok_or_else(|| crate::wire::missing("method", "ReturnView"))?,
            destinations: s.destinations.ok_or_else(|| crate::wire::missing("destinations", "ReturnView"))?,
            claim: s.claim.ok_or_else(|| crate::wire::missing("claim", "ReturnView"))?,
            statement: s.statement.ok_or_else(|| crate::wire::missing("statement", "ReturnView"))?,
        })
    }
}


#[doc = "One customer's RFM measures, without an id: what [`rfm_scores_of_measures`] scores by position."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct RfmMeasures {
    #[doc = "Days since the last purchase."]
    pub recency_days: f64,
    #[doc = "Number of purchases."]
    pub frequency: f64,
    #[doc = "Spend."]
    pub monetary: f64,
}

impl crate::wire::Fields for RfmMeasures {
    fn places(&self) -> usize {
        match self {
            RfmMeasures { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RfmMeasures { .. }, 0) => Some("recency_days"),
            (RfmMeasures { .. }, 1) => Some("frequency"),
            (RfmMeasures { .. }, 2) => Some("monetary"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RfmMeasures { recency_days: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RfmMeasures { frequency: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RfmMeasures { monetary: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RfmMeasures")),
        }
    }
}

impl crate::wire::Feed for RfmMeasures {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RfmMeasuresSlots {
    recency_days: Option<f64>,
    frequency: Option<f64>,
    monetary: Option<f64>,
}

impl crate::wire::Build for RfmMeasures {
    type Slots = RfmMeasuresSlots;
    const WHAT: &'static str = "RfmMeasures";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RfmMeasuresSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "recency_days" => s.recency_days = Some(crate::wire::build(v)?),
            "frequency" => s.frequency = Some(crate::wire::build(v)?),
            "monetary" => s.monetary = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RfmMeasures")),
        }
        Ok(())
    }

    fn finish(s: RfmMeasuresSlots) -> Result<Self, crate::wire::Error> {
        Ok(RfmMeasures {
            recency_days: s.recency_days.ok_or_else(|| crate::wire::missing("recency_days", "RfmMeasures"))?,
            frequency: s.frequency.ok_or_else(|| crate::wire::missing("frequency", "RfmMeasures"))?,
            monetary: s.monetary.ok_or_else(|| crate::wire::missing("monetary", "RfmMeasures"))?,
        })
    }
}


#[doc = "A customer's scores and segment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RfmScore {
    #[doc = "The customer's key."]
    pub customer: i64,
    #[doc = "Recency score, 5 for the most recent."]
    pub r: i64,
    #[doc = "Frequency score, 5 for the most frequent."]
    pub f: i64,
    #[doc = "Monetary score, 5 for the biggest spenders."]
    pub m: i64,
    #[doc = "The named segment."]
    pub segment: Segment,
}

impl crate::wire::Fields for RfmScore {
    fn places(&self) -> usize {
        match self {
            RfmScore { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RfmScore { .. }, 0) => Some("customer"),
            (RfmScore { .. }, 1) => Some("r"),
            (RfmScore { .. }, 2) => Some("f"),
            (RfmScore { .. }, 3) => Some("m"),
            (RfmScore { .. }, 4) => Some("segment"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RfmScore { customer: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RfmScore { r: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RfmScore { f: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RfmScore { m: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (RfmScore { segment: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RfmScore")),
        }
    }
}

impl crate::wire::Feed for RfmScore {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RfmScoreSlots {
    customer: Option<i64>,
    r: Option<i64>,
    f: Option<i64>,
    m: Option<i64>,
    segment: Option<Segment>,
}

impl crate::wire::Build for RfmScore {
    type Slots = RfmScoreSlots;
    const WHAT: &'static str = "RfmScore";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RfmScoreSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "r" => s.r = Some(crate::wire::build(v)?),
            "f" => s.f = Some(crate::wire::build(v)?),
            "m" => s.m = Some(crate::wire::build(v)?),
            "segment" => s.segment = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RfmScore")),
        }
        Ok(())
    }

    fn finish(s: RfmScoreSlots) -> Result<Self, crate::wire::Error> {
        Ok(RfmScore {
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "RfmScore"))?,
            r: s.r.ok_or_else(|| crate::wire::missing("r", "RfmScore"))?,
            f: s.f.ok_or_else(|| crate::wire::missing("f", "RfmScore"))?,
            m: s.m.ok_or_else(|| crate::wire::missing("m", "RfmScore"))?,
            segment: s.segment.ok_or_else(|| crate::wire::missing("segment", "RfmScore"))?,
        })
    }
}


#[doc = "Whether a shipment is international (lost thresholds differ)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Route {
    #[doc = "Same country."]
    #[serde(rename = "domestic")]
    Domestic,
    #[doc = "Crosses a border."]
    #[serde(rename = "international")]
    International,
}

impl crate::wire::Feed for Route {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Route::Domestic => v.visit_borrowed_str("domestic"),
            Route::International => v.visit_borrowed_str("international"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Route::Domestic => v.visit_enum(crate::wire::UnitVariant("domestic")),
            Route::International => v.visit_enum(crate::wire::UnitVariant("international")),
        }
    }
}

impl crate::wire::Build for Route {
    type Slots = ();
    const WHAT: &'static str = "Route";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "domestic" => Ok(Route::Domestic),
            "international" => Ok(Route::International),
            _ => Err(crate::wire::unknown(v, "Route")),
        }
    }
}


#[doc = "The rule that produced an entry: a stable code."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Rule {
    #[doc = "Points for an order line's spend (and the per-order points on its first line)."]
    #[serde(rename = "earn.spend")]
    EarnSpend,
    #[doc = "Sign-up award."]
    #[serde(rename = "award.signup")]
    AwardSignup,
    #[doc = "Birthday award."]
    #[serde(rename = "award.birthday")]
    AwardBirthday,
    #[doc = "Review award."]
    #[serde(rename = "award.review")]
    AwardReview,
    #[doc = "Referral award to the referrer (the entry's `referred` names the referred customer)."]
    #[serde(rename = "award.referrer")]
    AwardReferrer,
    #[doc = "Referral award to the referred customer."]
    #[serde(rename = "award.referred")]
    AwardReferred,
    #[doc = "A pending lot's release time was set."]
    #[serde(rename = "pending.schedule")]
    PendingSchedule,
    #[doc = "A pending lot became available."]
    #[serde(rename = "pending.release")]
    PendingRelease,
    #[doc = "Points spent on an order."]
    #[serde(rename = "redeem")]
    Redeem,
    #[doc = "A redemption given back."]
    #[serde(rename = "redeem.reverse")]
    RedeemReverse,
    #[doc = "Points expired."]
    #[serde(rename = "expire")]
    Expire,
    #[doc = "Points clawed back after a refund."]
    #[serde(rename = "clawback")]
    Clawback,
    #[doc = "A manual adjustment (the entry's `reason` says why)."]
    #[serde(rename = "adjust")]
    Adjust,
    #[doc = "Debt repaid from new points."]
    #[serde(rename = "debt.repay")]
    DebtRepay,
    #[doc = "The tier changed."]
    #[serde(rename = "tier")]
    Tier,
    #[doc = "An accepted command that changed nothing."]
    #[serde(rename = "command.no_change")]
    CommandNoChange,
}

impl crate::wire::Feed for Rule {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Rule::EarnSpend => v.visit_borrowed_str("earn.spend"),
            Rule::AwardSignup => v.visit_borrowed_str("award.signup"),
            Rule::AwardBirthday => v.visit_borrowed_str("award.birthday"),
            Rule::AwardReview => v.visit_borrowed_str("award.review"),
            Rule::AwardReferrer => v.visit_borrowed_str("award.referrer"),
            Rule::AwardReferred => v.visit_borrowed_str("award.referred"),
            Rule::PendingSchedule => v.visit_borrowed_str("pending.schedule"),
            Rule::PendingRelease => v.visit_borrowed_str("pending.release"),
            Rule::Redeem => v.visit_borrowed_str("redeem"),
            Rule::RedeemReverse => v.visit_borrowed_str("redeem.reverse"),
            Rule::Expire => v.visit_borrowed_str("expire"),
            Rule::Clawback => v.visit_borrowed_str("clawback"),
            Rule::Adjust => v.visit_borrowed_str("adjust"),
            Rule::DebtRepay => v.visit_borrowed_str("debt.repay"),
            Rule::Tier => v.visit_borrowed_str("tier"),
            Rule::CommandNoChange => v.visit_borrowed_str("command.no_change"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Rule::EarnSpend => v.visit_enum(crate::wire::UnitVariant("earn.spend")),
            Rule::AwardSignup => v.visit_enum(crate::wire::UnitVariant("award.signup")),
            Rule::AwardBirthday => v.visit_enum(crate::wire::UnitVariant("award.birthday")),
            Rule::AwardReview => v.visit_enum(crate::wire::UnitVariant("award.review")),
            Rule::AwardReferrer => v.visit_enum(crate::wire::UnitVariant("award.referrer")),
            Rule::AwardReferred => v.visit_enum(crate::wire::UnitVariant("award.referred")),
            Rule::PendingSchedule => v.visit_enum(crate::wire::UnitVariant("pending.schedule")),
            Rule::PendingRelease => v.visit_enum(crate::wire::UnitVariant("pending.release")),
            Rule::Redeem => v.visit_enum(crate::wire::UnitVariant("redeem")),
            Rule::RedeemReverse => v.visit_enum(crate::wire::UnitVariant("redeem.reverse")),
            Rule::Expire => v.visit_enum(crate::wire::UnitVariant("expire")),
            Rule::Clawback => v.visit_enum(crate::wire::UnitVariant("clawback")),
            Rule::Adjust => v.visit_enum(crate::wire::UnitVariant("adjust")),
            Rule::DebtRepay => v.visit_enum(crate::wire::UnitVariant("debt.repay")),
            Rule::Tier => v.visit_enum(crate::wire::UnitVariant("tier")),
            Rule::CommandNoChange => v.visit_enum(crate::wire::UnitVariant("command.no_change")),
        }
    }
}

impl crate::wire::Build for Rule {
    type Slots = ();
    const WHAT: &'static str = "Rule";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "earn.spend" => Ok(Rule::EarnSpend),
            "award.signup" => Ok(Rule::AwardSignup),
            "award.birthday" => Ok(Rule::AwardBirthday),
            "award.review" => Ok(Rule::AwardReview),
            "award.referrer" => Ok(Rule::AwardReferrer),
            "award.referred" => Ok(Rule::AwardReferred),
            "pending.schedule" => Ok(Rule::PendingSchedule),
            "pending.release" => Ok(Rule::PendingRelease),
            "redeem" => Ok(Rule::Redeem),
            "redeem.reverse" => Ok(Rule::RedeemReverse),
            "expire" => Ok(Rule::Expire),
            "clawback" => Ok(Rule::Clawback),
            "adjust" => Ok(Rule::Adjust),
            "debt.repay" => Ok(Rule::DebtRepay),
            "tier" => Ok(Rule::Tier),
            "command.no_change" => Ok(Rule::CommandNoChange),
            _ => Err(crate::wire::unknown(v, "Rule")),
        }
    }
}


#[doc = "One rule's verdict on one line."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct RuleVerdict {
    #[doc = "The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`)."]
    pub rule: String,
    #[doc = "What it concluded."]
    pub outcome: Outcome,
    #[doc = "Stable reason code, e.g. `return.window_closed` or `return.window_open`."]
    pub code: DecisionCode,
    #[doc = "The facts that decided it (window end, days left, returnable units…)."]
    pub facts: HashMap<String, String>,
}

impl crate::wire::Fields for RuleVerdict {
    fn places(&self) -> usize {
        match self {
            RuleVerdict { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (RuleVerdict { .. }, 0) => Some("rule"),
            (RuleVerdict { .. }, 1) => Some("outcome"),
            (RuleVerdict { .. }, 2) => Some("code"),
            (RuleVerdict { .. }, 3) => Some("facts"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (RuleVerdict { rule: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (RuleVerdict { outcome: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (RuleVerdict { code: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (RuleVerdict { facts: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "RuleVerdict")),
        }
    }
}

impl crate::wire::Feed for RuleVerdict {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct RuleVerdictSlots {
    rule: Option<String>,
    outcome: Option<Outcome>,
    code: Option<DecisionCode>,
    facts: Option<HashMap<String, String>>,
}

impl crate::wire::Build for RuleVerdict {
    type Slots = RuleVerdictSlots;
    const WHAT: &'static str = "RuleVerdict";

    fn put<V: serde::Serialize + ?Sized>(s: &mut RuleVerdictSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "rule" => s.rule = Some(crate::wire::build(v)?),
            "outcome" => s.outcome = Some(crate::wire::build(v)?),
            "code" => s.code = Some(crate::wire::build(v)?),
            "facts" => s.facts = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "RuleVerdict")),
        }
        Ok(())
    }

    fn finish(s: RuleVerdictSlots) -> Result<Self, crate::wire::Error> {
        Ok(RuleVerdict {
            rule: s.rule.ok_or_else(|| crate::wire::missing("rule", "RuleVerdict"))?,
            outcome: s.outcome.ok_or_else(|| crate::wire::missing("outcome", "RuleVerdict"))?,
            code: s.code.ok_or_else(|| crate::wire::missing("code", "RuleVerdict"))?,
            facts: s.facts.ok_or_else(|| crate::wire::missing("facts", "RuleVerdict"))?,
        })
    }
}


#[doc = "A named RFM segment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Segment {
    #[doc = "Bought recently, buy often and spend the most."]
    #[serde(rename = "champions")]
    Champions,
    #[doc = "Buy often and spend a lot, less recently."]
    #[serde(rename = "loyal")]
    Loyal,
    #[doc = "Recent customers with average frequency and spend."]
    #[serde(rename = "potential_loyalists")]
    PotentialLoyalists,
    #[doc = "Bought most recently, once or little."]
    #[serde(rename = "new")]
    New,
    #[doc = "Recent, with little frequency or spend so far."]
    #[serde(rename = "promising")]
    Promising,
    #[doc = "Average recency, frequency and spend."]
    #[serde(rename = "need_attention")]
    NeedAttention,
    #[doc = "Average recency, low frequency and spend."]
    #[serde(rename = "about_to_sleep")]
    AboutToSleep,
    #[doc = "Bought often and spent a lot, but not for a while."]
    #[serde(rename = "at_risk")]
    AtRisk,
    #[doc = "Were among the best, and have not bought for the longest."]
    #[serde(rename = "cannot_lose")]
    CannotLose,
    #[doc = "Long since the last purchase, low frequency and spend."]
    #[serde(rename = "hibernating")]
    Hibernating,
    #[doc = "The longest since the last purchase, low frequency and spend."]
    #[serde(rename = "lost")]
    Lost,
}

impl crate::wire::Feed for Segment {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Segment::Champions => v.visit_borrowed_str("champions"),
            Segment::Loyal => v.visit_borrowed_str("loyal"),
            Segment::PotentialLoyalists => v.visit_borrowed_str("potential_loyalists"),
            Segment::New => v.visit_borrowed_str("new"),
            Segment::Promising => v.visit_borrowed_str("promising"),
            Segment::NeedAttention => v.visit_borrowed_str("need_attention"),
            Segment::AboutToSleep => v.visit_borrowed_str("about_to_sleep"),
            Segment::AtRisk => v.visit_borrowed_str("at_risk"),
            Segment::CannotLose => v.visit_borrowed_str("cannot_lose"),
            Segment::Hibernating => v.visit_borrowed_str("hibernating"),
            Segment::Lost => v.visit_borrowed_str("lost"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Segment::Champions => v.visit_enum(crate::wire::UnitVariant("champions")),
            Segment::Loyal => v.visit_enum(crate::wire::UnitVariant("loyal")),
            Segment::PotentialLoyalists => v.visit_enum(crate::wire::UnitVariant("potential_loyalists")),
            Segment::New => v.visit_enum(crate::wire::UnitVariant("new")),
            Segment::Promising => v.visit_enum(crate::wire::UnitVariant("promising")),
            Segment::NeedAttention => v.visit_enum(crate::wire::UnitVariant("need_attention")),
            Segment::AboutToSleep => v.visit_enum(crate::wire::UnitVariant("about_to_sleep")),
            Segment::AtRisk => v.visit_enum(crate::wire::UnitVariant("at_risk")),
            Segment::CannotLose => v.visit_enum(crate::wire::UnitVariant("cannot_lose")),
            Segment::Hibernating => v.visit_enum(crate::wire::UnitVariant("hibernating")),
            Segment::Lost => v.visit_enum(crate::wire::UnitVariant("lost")),
        }
    }
}

impl crate::wire::Build for Segment {
    type Slots = ();
    const WHAT: &'static str = "Segment";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "champions" => Ok(Segment::Champions),
            "loyal" => Ok(Segment::Loyal),
            "potential_loyalists" => Ok(Segment::PotentialLoyalists),
            "new" => Ok(Segment::New),
            "promising" => Ok(Segment::Promising),
            "need_attention" => Ok(Segment::NeedAttention),
            "about_to_sleep" => Ok(Segment::AboutToSleep),
            "at_risk" => Ok(Segment::AtRisk),
            "cannot_lose" => Ok(Segment::CannotLose),
            "hibernating" => Ok(Segment::Hibernating),
            "lost" => Ok(Segment::Lost),
            _ => Err(crate::wire::unknown(v, "Segment")),
        }
    }
}


#[doc = "One shipment of an order: where it is and, when asked at a time, whether it is late."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ShipmentTracking {
    #[doc = "Shipment id."]
    pub id: String,
    #[doc = "Carrier name."]
    pub carrier: String,
    #[doc = "Tracking number, if known."]
    pub tracking_number: Option<String>,
    #[doc = "Merchant status (delivered once marked delivered)."]
    pub status: TrackingStatus,
    #[doc = "Promised delivery."]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "When it was delivered."]
    #[serde(with = "crate::wire::optional_time")]
    pub delivered_at: Option<SystemTime>,
    #[doc = "Late / stalled / presumed lost at the time the summary was asked for (none without one)."]
    pub delay: Option<DelayAssessment>,
}

impl crate::wire::Fields for ShipmentTracking {
    fn places(&self) -> usize {
        match self {
            ShipmentTracking { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ShipmentTracking { .. }, 0) => Some("id"),
            (ShipmentTracking { .. }, 1) => Some("carrier"),
            (ShipmentTracking { .. }, 2) => Some("tracking_number"),
            (ShipmentTracking { .. }, 3) => Some("status"),
            (ShipmentTracking { .. }, 4) => Some("promised_by"),
            (ShipmentTracking { .. }, 5) => Some("delivered_at"),
            (ShipmentTracking { .. }, 6) => Some("delay"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ShipmentTracking { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { carrier: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { tracking_number: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { status: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { promised_by: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { delivered_at: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (ShipmentTracking { delay: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ShipmentTracking")),
        }
    }
}

impl crate::wire::Feed for ShipmentTracking {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ShipmentTrackingSlots {
    id: Option<String>,
    carrier: Option<String>,
    tracking_number: Option<Option<String>>,
    status: Option<TrackingStatus>,
    promised_by: Option<Option<SystemTime>>,
    delivered_at: Option<Option<SystemTime>>,
    delay: Option<Option<DelayAssessment>>,
}

impl crate::wire::Build for ShipmentTracking {
    type Slots = ShipmentTrackingSlots;
    const WHAT: &'static str = "ShipmentTracking";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ShipmentTrackingSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "carrier" => s.carrier = Some(crate::wire::build(v)?),
            "tracking_number" => s.tracking_number = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "promised_by" => s.promised_by = Some(crate::wire::build(v)?),
            "delivered_at" => s.delivered_at = Some(crate::wire::build(v)?),
            "delay" => s.delay = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ShipmentTracking")),
        }
        Ok(())
    }

    fn finish(s: ShipmentTrackingSlots) -> Result<Self, crate::wire::Error> {
        Ok(ShipmentTracking {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "ShipmentTracking"))?,
            carrier: s.carrier.ok_or_else(|| crate::wire::missing("carrier", "ShipmentTracking"))?,
            tracking_number: s.tracking_number.flatten(),
            status: s.status.ok_or_else(|| crate::wire::missing("status", "ShipmentTracking"))?,
            promised_by: s.promised_by.flatten(),
            delivered_at: s.delivered_at.flatten(),
            delay: s.delay.flatten(),
        })
    }
}


#[doc = "What the customer sees of one shipment."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ShipmentView {
    #[doc = "Shipment id."]
    pub id: String,
    #[doc = "Carrier name."]
    pub carrier: String,
    #[doc = "Tracking number, if known."]
    pub tracking_number: Option<String>,
    #[doc = "What is in it."]
    pub items: Vec<ViewItem>,
    #[doc = "The merchant status at `now`."]
    pub status: TrackingStatus,
    #[doc = "What delay detection says at `now`."]
    pub delay: DelayAssessment,
    #[doc = "The promised delivery time."]
    #[serde(with = "crate::wire::optional_time")]
    pub promised_by: Option<SystemTime>,
    #[doc = "The current estimate: the carrier's latest, else the promise; `None` once it has passed without a delivery (late, no new date)."]
    #[serde(with = "crate::wire::optional_time")]
    pub estimate: Option<SystemTime>,
    #[doc = "When it was delivered."]
    #[serde(with = "crate::wire::optional_time")]
    pub delivered_at: Option<SystemTime>,
    #[doc = "The transit claim already made for it, if any."]
    pub claim: Option<String>,
    #[doc = "The steps, done ones in time order, then the upcoming ones."]
    pub timeline: Vec<TimelineStep>,
    #[doc = "What happens next."]
    pub next: Statement,
    #[doc = "When it should arrive, as the host estimated it (while it travels)."]
    pub window: Option<WindowView>,
}

impl crate::wire::Fields for ShipmentView {
    fn places(&self) -> usize {
        match self {
            ShipmentView { .. } => 13,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ShipmentView { .. }, 0) => Some("id"),
            (ShipmentView { .. }, 1) => Some("carrier"),
            (ShipmentView { .. }, 2) => Some("tracking_number"),
            (ShipmentView { .. }, 3) => Some("items"),
            (ShipmentView { .. }, 4) => Some("status"),
            (ShipmentView { .. }, 5) => Some("delay"),
            (ShipmentView { .. }, 6) => Some("promised_by"),
            (ShipmentView { .. }, 7) => Some("estimate"),
            (ShipmentView { .. }, 8) => Some("delivered_at"),
            (ShipmentView { .. }, 9) => Some("claim"),
            (ShipmentView { .. }, 10) => Some("timeline"),
            (ShipmentView { .. }, 11) => Some("next"),
            (ShipmentView { .. }, 12) => Some("window"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ShipmentView { id: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { carrier: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { tracking_number: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { items: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { status: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { delay: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { promised_by: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { estimate: x, .. }, 7) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { delivered_at: x, .. }, 8) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { claim: x, .. }, 9) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { timeline: x, .. }, 10) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { next: x, .. }, 11) => seed.deserialize(crate::wire::De(x)),
            (ShipmentView { window: x, .. }, 12) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ShipmentView")),
        }
    }
}

impl crate::wire::Feed for ShipmentView {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ShipmentViewSlots {
    id: Option<String>,
    carrier: Option<String>,
    tracking_number: Option<Option<String>>,
    items: Option<Vec<ViewItem>>,
    status: Option<TrackingStatus>,
    delay: Option<DelayAssessment>,
    promised_by: Option<Option<SystemTime>>,
    estimate: Option<Option<SystemTime>>,
    delivered_at: Option<Option<SystemTime>>,
    claim: Option<Option<String>>,
    timeline: Option<Vec<TimelineStep>>,
    next: Option<Statement>,
    window: Option<Option<WindowView>>,
}

impl crate::wire::Build for ShipmentView {
    type Slots = ShipmentViewSlots;
    const WHAT: &'static str = "ShipmentView";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ShipmentViewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "id" => s.id = Some(crate::wire::build(v)?),
            "carrier" => s.carrier = Some(crate::wire::build(v)?),
            "tracking_number" => s.tracking_number = Some(crate::wire::build(v)?),
            "items" => s.items = Some(crate::wire::build(v)?),
            "status" => s.status = Some(crate::wire::build(v)?),
            "delay" => s.delay = Some(crate::wire::build(v)?),
            "promised_by" => s.promised_by = Some(crate::wire::build(v)?),
            "estimate" => s.estimate = Some(crate::wire::build(v)?),
            "delivered_at" => s.delivered_at = Some(crate::wire::build(v)?),
            "claim" => s.claim = Some(crate::wire::build(v)?),
            "timeline" => s.timeline = Some(crate::wire::build(v)?),
            "next" => s.next = Some(crate::wire::build(v)?),
            "window" => s.window = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ShipmentView")),
        }
        Ok(())
    }

    fn finish(s: ShipmentViewSlots) -> Result<Self, crate::wire::Error> {
        Ok(ShipmentView {
            id: s.id.ok_or_else(|| crate::wire::missing("id", "ShipmentView"))?,
            carrier: s.carrier.ok_or_else(|| crate::wire::missing("carrier", "ShipmentView"))?,
            tracking_number: s.tracking_number.flatten(),
            items: s.items.ok_or_else(|| crate::wire::missing("items", "ShipmentView"))?,
            status: s.status.ok_or_else(|| crate::wire::missing("status", "ShipmentView"))?,
            delay: s.delay.ok_or_else(|| crate::wire::missing("delay", "ShipmentView"))?,
            promised_by: s.promised_by.flatten(),
            estimate: s.estimate.flatten(),
            delivered_at: s.delivered_at.flatten(),
            claim: s.claim.flatten(),
            timeline: s.timeline.ok_or_else(|| crate::wire::missing("timeline", "ShipmentView"))?,
            next: s.next.ok_or_else(|| crate::wire::missing("next", "ShipmentView"))?,
            window: s.window.flatten(),
        })
    }
}


#[doc = "Something that may call for a message."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Signal {
    #[doc = "Kind of message."]
    pub kind: NotificationKind,
    #[doc = "Recipient."]
    pub customer: String,
    #[doc = "When it happened."]
    #[serde(with = "crate::wire::time")]
    pub occurred_at: SystemTime,
    #[doc = "What it is about (order, `order/shipment`, `order:line`, return…)."]
    pub subject: String,
    #[doc = "Data for the template."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub payload: Option<HashMap<String, String>>,
}

impl crate::wire::Fields for Signal {
    fn places(&self) -> usize {
        match self {
            Signal { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Signal { .. }, 0) => Some("kind"),
            (Signal { .. }, 1) => Some("customer"),
            (Signal { .. }, 2) => Some("occurred_at"),
            (Signal { .. }, 3) => Some("subject"),
            (Signal { payload: x, .. }, 4) => x.as_ref().map(|_| "payload"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Signal { kind: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Signal { customer: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (Signal { occurred_at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (Signal { subject: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (Signal { payload: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Signal")),
        }
    }
}

impl crate::wire::Feed for Signal {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct SignalSlots {
    kind: Option<NotificationKind>,
    customer: Option<String>,
    occurred_at: Option<SystemTime>,
    subject: Option<String>,
    payload: Option<Option<HashMap<String, String>>>,
}

impl crate::wire::Build for Signal {
    type Slots = SignalSlots;
    const WHAT: &'static str = "Signal";

    fn put<V: serde::Serialize + ?Sized>(s: &mut SignalSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "kind" => s.kind = Some(crate::wire::build(v)?),
            "customer" => s.customer = Some(crate::wire::build(v)?),
            "occurred_at" => s.occurred_at = Some(crate::wire::build(v)?),
            "subject" => s.subject = Some(crate::wire::build(v)?),
            "payload" => s.payload = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Signal")),
        }
        Ok(())
    }

    fn finish(s: SignalSlots) -> Result<Self, crate::wire::Error> {
        Ok(Signal {
            kind: s.kind.ok_or_else(|| crate::wire::missing("kind", "Signal"))?,
            customer: s.customer.ok_or_else(|| crate::wire::missing("customer", "Signal"))?,
            occurred_at: s.occurred_at.ok_or_else(|| crate::wire::missing("occurred_at", "Signal"))?,
            subject: s.subject.ok_or_else(|| crate::wire::missing("subject", "Signal"))?,
            payload: s.payload.flatten(),
        })
    }
}


#[doc = "A lifecycle stage."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Stage {
    #[doc = "First purchase within `new_days`."]
    #[serde(rename = "new")]
    New,
    #[doc = "Buying in their rhythm."]
    #[serde(rename = "active")]
    Active,
    #[doc = "Overdue by their own rhythm (or P(alive))."]
    #[serde(rename = "at_risk")]
    AtRisk,
    #[doc = "Long overdue."]
    #[serde(rename = "lapsed")]
    Lapsed,
    #[doc = "Bought again after a lapse."]
    #[serde(rename = "reactivated")]
    Reactivated,
    #[doc = "Active and a promoter or a referrer."]
    #[serde(rename = "advocate")]
    Advocate,
}

impl crate::wire::Feed for Stage {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Stage::New => v.visit_borrowed_str("new"),
            Stage::Active => v.visit_borrowed_str("active"),
            Stage::AtRisk => v.visit_borrowed_str("at_risk"),
            Stage::Lapsed => v.visit_borrowed_str("lapsed"),
            Stage::Reactivated => v.visit_borrowed_str("reactivated"),
            Stage::Advocate => v.visit_borrowed_str("advocate"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Stage::New => v.visit_enum(crate::wire::UnitVariant("new")),
            Stage::Active => v.visit_enum(crate::wire::UnitVariant("active")),
            Stage::AtRisk => v.visit_enum(crate::wire::UnitVariant("at_risk")),
            Stage::Lapsed => v.visit_enum(crate::wire::UnitVariant("lapsed")),
            Stage::Reactivated => v.visit_enum(crate::wire::UnitVariant("reactivated")),
            Stage::Advocate => v.visit_enum(crate::wire::UnitVariant("advocate")),
        }
    }
}

impl crate::wire::Build for Stage {
    type Slots = ();
    const WHAT: &'static str = "Stage";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "new" => Ok(Stage::New),
            "active" => Ok(Stage::Active),
            "at_risk" => Ok(Stage::AtRisk),
            "lapsed" => Ok(Stage::Lapsed),
            "reactivated" => Ok(Stage::Reactivated),
            "advocate" => Ok(Stage::Advocate),
            _ => Err(crate::wire::unknown(v, "Stage")),
        }
    }
}


#[doc = "A customer's stage with what decided it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageAssignment {
    #[doc = "The stage."]
    pub stage: Stage,
    #[doc = "The rule that decided (see the module's table)."]
    pub rule: String,
    #[doc = "Purchases up to the date."]
    pub purchases: i64,
    #[doc = "Days since the last purchase."]
    pub days_since_last: f64,
    #[doc = "The median gap between purchases, in days (with two purchases or more)."]
    pub typical_gap_days: Option<f64>,
    #[doc = "The P(alive) used, if any."]
    pub p_alive: Option<f64>,
}

impl crate::wire::Fields for StageAssignment {
    fn places(&self) -> usize {
        match self {
            StageAssignment { .. } => 6,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (StageAssignment { .. }, 0) => Some("stage"),
            (StageAssignment { .. }, 1) => Some("rule"),
            (StageAssignment { .. }, 2) => Some("purchases"),
            (StageAssignment { .. }, 3) => Some("days_since_last"),
            (StageAssignment { .. }, 4) => Some("typical_gap_days"),
            (StageAssignment { .. }, 5) => Some("p_alive"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (StageAssignment { stage: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (StageAssignment { rule: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (StageAssignment { purchases: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (StageAssignment { days_since_last: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (StageAssignment { typical_gap_days: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (StageAssignment { p_alive: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "StageAssignment")),
        }
    }
}

impl crate::wire::Feed for StageAssignment {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct StageAssignmentSlots {
    stage: Option<Stage>,
    rule: Option<String>,
    purchases: Option<i64>,
    days_since_last: Option<f64>,
    typical_gap_days: Option<Option<f64>>,
    p_alive: Option<Option<f64>>,
}

impl crate::wire::Build for StageAssignment {
    type Slots = StageAssignmentSlots;
    const WHAT: &'static str = "StageAssignment";

    fn put<V: serde::Serialize + ?Sized>(s: &mut StageAssignmentSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "stage" => s.stage = Some(crate::wire::build(v)?),
            "rule" => s.rule = Some(crate::wire::build(v)?),
            "purchases" => s.purchases = Some(crate::wire::build(v)?),
            "days_since_last" => s.days_since_last = Some(crate::wire::build(v)?),
            "typical_gap_days" => s.typical_gap_days = Some(crate::wire::build(v)?),
            "p_alive" => s.p_alive = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "StageAssignment")),
        }
        Ok(())
    }

    fn finish(s: StageAssignmentSlots) -> Result<Self, crate::wire::Error> {
        Ok(StageAssignment {
            stage: s.stage.ok_or_else(|| crate::wire::missing("stage", "StageAssignment"))?,
            rule: s.rule.ok_or_else(|| crate::wire::missing("rule", "StageAssignment"))?,
            purchases: s.purchases.ok_or_else(|| crate::wire::missing("purchases", "StageAssignment"))?,
            days_since_last: s.days_since_last.ok_or_else(|| crate::wire::missing("days_since_last", "StageAssignment"))?,
            typical_gap_days: s.typical_gap_days.flatten(),
            p_alive: s.p_alive.flatten(),
        })
    }
}


#[doc = "What a stage is judged on besides the purchases: a [`CustomerHistory`] without them."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageFacts {
    #[doc = "The latest NPS answer (0–10), if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub latest_nps: Option<i64>,
    #[doc = "P(alive) at the date from a fitted model, if any."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub p_alive: Option<f64>,
    #[doc = "Customers this one referred who went on to buy."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub referrals: Option<i64>,
}

impl crate::wire::Fields for StageFacts {
    fn places(&self) -> usize {
        match self {
            StageFacts { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (StageFacts { latest_nps: x, .. }, 0) => x.as_ref().map(|_| "latest_nps"),
            (StageFacts { p_alive: x, .. }, 1) => x.as_ref().map(|_| "p_alive"),
            (StageFacts { referrals: x, .. }, 2) => x.as_ref().map(|_| "referrals"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (StageFacts { latest_nps: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (StageFacts { p_alive: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (StageFacts { referrals: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "StageFacts")),
        }
    }
}

impl crate::wire::Feed for StageFacts {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct StageFactsSlots {
    latest_nps: Option<Option<i64>>,
    p_alive: Option<Option<f64>>,
    referrals: Option<Option<i64>>,
}

impl crate::wire::Build for StageFacts {
    type Slots = StageFactsSlots;
    const WHAT: &'static str = "StageFacts";

    fn put<V: serde::Serialize + ?Sized>(s: &mut StageFactsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "latest_nps" => s.latest_nps = Some(crate::wire::build(v)?),
            "p_alive" => s.p_alive = Some(crate::wire::build(v)?),
            "referrals" => s.referrals = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "StageFacts")),
        }
        Ok(())
    }

    fn finish(s: StageFactsSlots) -> Result<Self, crate::wire::Error> {
        Ok(StageFacts {
            latest_nps: s.latest_nps.flatten(),
            p_alive: s.p_alive.flatten(),
            referrals: s.referrals.flatten(),
        })
    }
}


#[doc = "The thresholds of the stage rules (data: load them with serde; every field has a default)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, uniffi::Record)]
pub struct StageRules {
    #[doc = "Days since the last purchase over the typical gap at which a customer is at risk (default 1.5)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub at_risk_gap_multiple: Option<f64>,
    #[doc = "P(alive) below this is at risk (default 0.5)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub at_risk_p_alive: Option<f64>,
    #[doc = "… and lapsed (default 3)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lapsed_gap_multiple: Option<f64>,
    #[doc = "P(alive) below this is lapsed (default 0.2)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub lapsed_p_alive: Option<f64>,
    #[doc = "A customer is new while their first purchase is at most this many days old (default 30)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub new_days: Option<i64>,
    #[doc = "With a single purchase: days after which the customer is at risk (default 90)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub single_at_risk_days: Option<i64>,
    #[doc = "… and lapsed (default 180)."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub single_lapsed_days: Option<i64>,
}

impl crate::wire::Fields for StageRules {
    fn places(&self) -> usize {
        match self {
            StageRules { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (StageRules { at_risk_gap_multiple: x, .. }, 0) => x.as_ref().map(|_| "at_risk_gap_multiple"),
            (StageRules { at_risk_p_alive: x, .. }, 1) => x.as_ref().map(|_| "at_risk_p_alive"),
            (StageRules { lapsed_gap_multiple: x, .. }, 2) => x.as_ref().map(|_| "lapsed_gap_multiple"),
            (StageRules { lapsed_p_alive: x, .. }, 3) => x.as_ref().map(|_| "lapsed_p_alive"),
            (StageRules { new_days: x, .. }, 4) => x.as_ref().map(|_| "new_days"),
            (StageRules { single_at_risk_days: x, .. }, 5) => x.as_ref().map(|_| "single_at_risk_days"),
            (StageRules { single_lapsed_days: x, .. }, 6) => x.as_ref().map(|_| "single_lapsed_days"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (StageRules { at_risk_gap_multiple: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (StageRules { at_risk_p_alive: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (StageRules { lapsed_gap_multiple: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (StageRules { lapsed_p_alive: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (StageRules { new_days: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (StageRules { single_at_risk_days: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (StageRules { single_lapsed_days: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "StageRules")),
        }
    }
}

impl crate::wire::Feed for StageRules {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct StageRulesSlots {
    at_risk_gap_multiple: Option<Option<f64>>,
    at_risk_p_alive: Option<Option<f64>>,
    lapsed_gap_multiple: Option<Option<f64>>,
    lapsed_p_alive: Option<Option<f64>>,
    new_days: Option<Option<i64>>,
    single_at_risk_days: Option<Option<i64>>,
    single_lapsed_days: Option<Option<i64>>,
}

impl crate::wire::Build for StageRules {
    type Slots = StageRulesSlots;
    const WHAT: &'static str = "StageRules";

    fn put<V: serde::Serialize + ?Sized>(s: &mut StageRulesSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "at_risk_gap_multiple" => s.at_risk_gap_multiple = Some(crate::wire::build(v)?),
            "at_risk_p_alive" => s.at_risk_p_alive = Some(crate::wire::build(v)?),
            "lapsed_gap_multiple" => s.lapsed_gap_multiple = Some(crate::wire::build(v)?),
            "lapsed_p_alive" => s.lapsed_p_alive = Some(crate::wire::build(v)?),
            "new_days" => s.new_days = Some(crate::wire::build(v)?),
            "single_at_risk_days" => s.single_at_risk_days = Some(crate::wire::build(v)?),
            "single_lapsed_days" => s.single_lapsed_days = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "StageRules")),
        }
        Ok(())
    }

    fn finish(s: StageRulesSlots) -> Result<Self, crate::wire::Error> {
        Ok(StageRules {
            at_risk_gap_multiple: s.at_risk_gap_multiple.flatten(),
            at_risk_p_alive: s.at_risk_p_alive.flatten(),
            lapsed_gap_multiple: s.lapsed_gap_multiple.flatten(),
            lapsed_p_alive: s.lapsed_p_alive.flatten(),
            new_days: s.new_days.flatten(),
            single_at_risk_days: s.single_at_risk_days.flatten(),
            single_lapsed_days: s.single_lapsed_days.flatten(),
        })
    }
}


#[doc = "Every customer's stages at every date and the moves between consecutive dates, as one value."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct StageTransitions {
    #[doc = "Per customer, in the input's order."]
    pub stages: Vec<CustomerStages>,
    #[doc = "The transition matrix as rows (step, from, to, customers)."]
    pub moves: Vec<TransitionRow>,
}

impl crate::wire::Fields for StageTransitions {
    fn places(&self) -> usize {
        match self {
            StageTransitions { .. } => 2,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (StageTransitions { .. }, 0) => Some("stages"),
            (StageTransitions { .. }, 1) => Some("moves"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (StageTransitions { stages: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (StageTransitions { moves: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "StageTransitions")),
        }
    }
}

impl crate::wire::Feed for StageTransitions {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct StageTransitionsSlots {
    stages: Option<Vec<CustomerStages>>,
    moves: Option<Vec<TransitionRow>>,
}

impl crate::wire::Build for StageTransitions {
    type Slots = StageTransitionsSlots;
    const WHAT: &'static str = "StageTransitions";

    fn put<V: serde::Serialize + ?Sized>(s: &mut StageTransitionsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "stages" => s.stages = Some(crate::wire::build(v)?),
            "moves" => s.moves = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "StageTransitions")),
        }
        Ok(())
    }

    fn finish(s: StageTransitionsSlots) -> Result<Self, crate::wire::Error> {
        Ok(StageTransitions {
            stages: s.stages.ok_or_else(|| crate::wire::missing("stages", "StageTransitions"))?,
            moves: s.moves.ok_or_else(|| crate::wire::missing("moves", "StageTransitions"))?,
        })
    }
}


#[doc = "One sentence of a summary: its topic, the message that wrote it, the facts behind it (plain values, the same in every language) and the text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct Statement {
    #[doc = "What it is about: `window`, `override`, `requires`, `non_returnable`, `holiday`, `restocking`, `return_shipping`, `shipping_refund`, `refund_methods`, `store_credit`, `exchange`, `tier`; for a programme `earn`, `pending`, `expiry`, `redeem`, `reward`, `tiers`, `tier`."]
    pub topic: String,
    #[doc = "The catalogue message id."]
    pub message: String,
    #[doc = "The facts, by name."]
    pub facts: HashMap<String, String>,
    #[doc = "The sentence in the localizer's language: plain text, with values from outside (titles, places) as they were given. Escape it before putting it in HTML (`<`, `>`, `&`, quotes): a product titled `<script>` is text here, not markup."]
    pub text: String,
}

impl crate::wire::Fields for Statement {
    fn places(&self) -> usize {
        match self {
            Statement { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (Statement { .. }, 0) => Some("topic"),
            (Statement { .. }, 1) => Some("message"),
            (Statement { .. }, 2) => Some("facts"),
            (Statement { .. }, 3) => Some("text"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (Statement { topic: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (Statement { message: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (Statement { facts: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (Statement { text: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "Statement")),
        }
    }
}

impl crate::wire::Feed for Statement {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct StatementSlots {
    topic: Option<String>,
    message: Option<String>,
    facts: Option<HashMap<String, String>>,
    text: Option<String>,
}

impl crate::wire::Build for Statement {
    type Slots = StatementSlots;
    const WHAT: &'static str = "Statement";

    fn put<V: serde::Serialize + ?Sized>(s: &mut StatementSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "topic" => s.topic = Some(crate::wire::build(v)?),
            "message" => s.message = Some(crate::wire::build(v)?),
            "facts" => s.facts = Some(crate::wire::build(v)?),
            "text" => s.text = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "Statement")),
        }
        Ok(())
    }

    fn finish(s: StatementSlots) -> Result<Self, crate::wire::Error> {
        Ok(Statement {
            topic: s.topic.ok_or_else(|| crate::wire::missing("topic", "Statement"))?,
            message: s.message.ok_or_else(|| crate::wire::missing("message", "Statement"))?,
            facts: s.facts.ok_or_else(|| crate::wire::missing("facts", "Statement"))?,
            text: s.text.ok_or_else(|| crate::wire::missing("text", "Statement"))?,
        })
    }
}


#[doc = "A step of a shipment's timeline."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum StepKind {
    #[doc = "The order was placed."]
    #[serde(rename = "ordered")]
    Ordered,
    #[doc = "The shipment was packed (created)."]
    #[serde(rename = "packed")]
    Packed,
    #[doc = "The carrier took the parcel."]
    #[serde(rename = "handed_to_carrier")]
    HandedToCarrier,
    #[doc = "The parcel is moving through the carrier's network (the latest such scan)."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "With the courier for delivery."]
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[doc = "Delivered."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Running late: the carrier flagged a delay, or the promised date has passed."]
    #[serde(rename = "delayed")]
    Delayed,
    #[doc = "The carrier reported a problem."]
    #[serde(rename = "exception")]
    Exception,
    #[doc = "A delivery attempt failed."]
    #[serde(rename = "attempt_failed")]
    AttemptFailed,
    #[doc = "Waiting at a pickup point."]
    #[serde(rename = "ready_for_pickup")]
    ReadyForPickup,
    #[doc = "On its way back to the shop."]
    #[serde(rename = "returning_to_sender")]
    ReturningToSender,
    #[doc = "Back with the shop."]
    #[serde(rename = "returned_to_sender")]
    ReturnedToSender,
    #[doc = "Declared lost by the carrier, or presumed lost by the delay rules."]
    #[serde(rename = "lost")]
    Lost,
    #[doc = "The shipment was cancelled before the carrier took it."]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[doc = "The carrier stopped tracking it."]
    #[serde(rename = "tracking_stopped")]
    TrackingStopped,
}

impl crate::wire::Feed for StepKind {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            StepKind::Ordered => v.visit_borrowed_str("ordered"),
            StepKind::Packed => v.visit_borrowed_str("packed"),
            StepKind::HandedToCarrier => v.visit_borrowed_str("handed_to_carrier"),
            StepKind::InTransit => v.visit_borrowed_str("in_transit"),
            StepKind::OutForDelivery => v.visit_borrowed_str("out_for_delivery"),
            StepKind::Delivered => v.visit_borrowed_str("delivered"),
            StepKind::Delayed => v.visit_borrowed_str("delayed"),
            StepKind::Exception => v.visit_borrowed_str("exception"),
            StepKind::AttemptFailed => v.visit_borrowed_str("attempt_failed"),
            StepKind::ReadyForPickup => v.visit_borrowed_str("ready_for_pickup"),
            StepKind::ReturningToSender => v.visit_borrowed_str("returning_to_sender"),
            StepKind::ReturnedToSender => v.visit_borrowed_str("returned_to_sender"),
            StepKind::Lost => v.visit_borrowed_str("lost"),
            StepKind::Cancelled => v.visit_borrowed_str("cancelled"),
            StepKind::TrackingStopped => v.visit_borrowed_str("tracking_stopped"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            StepKind::Ordered => v.visit_enum(crate::wire::UnitVariant("ordered")),
            StepKind::Packed => v.visit_enum(crate::wire::UnitVariant("packed")),
            StepKind::HandedToCarrier => v.visit_enum(crate::wire::UnitVariant("handed_to_carrier")),
            StepKind::InTransit => v.visit_enum(crate::wire::UnitVariant("in_transit")),
            StepKind::OutForDelivery => v.visit_enum(crate::wire::UnitVariant("out_for_delivery")),
            StepKind::Delivered => v.visit_enum(crate::wire::UnitVariant("delivered")),
            StepKind::Delayed => v.visit_enum(crate::wire::UnitVariant("delayed")),
            StepKind::Exception => v.visit_enum(crate::wire::UnitVariant("exception")),
            StepKind::AttemptFailed => v.visit_enum(crate::wire::UnitVariant("attempt_failed")),
            StepKind::ReadyForPickup => v.visit_enum(crate::wire::UnitVariant("ready_for_pickup")),
            StepKind::ReturningToSender => v.visit_enum(crate::wire::UnitVariant("returning_to_sender")),
            StepKind::ReturnedToSender => v.visit_enum(crate::wire::UnitVariant("returned_to_sender")),
            StepKind::Lost => v.visit_enum(crate::wire::UnitVariant("lost")),
            StepKind::Cancelled => v.visit_enum(crate::wire::UnitVariant("cancelled")),
            StepKind::TrackingStopped => v.visit_enum(crate::wire::UnitVariant("tracking_stopped")),
        }
    }
}

impl crate::wire::Build for StepKind {
    type Slots = ();
    const WHAT: &'static str = "StepKind";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "ordered" => Ok(StepKind::Ordered),
            "packed" => Ok(StepKind::Packed),
            "handed_to_carrier" => Ok(StepKind::HandedToCarrier),
            "in_transit" => Ok(StepKind::InTransit),
            "out_for_delivery" => Ok(StepKind::OutForDelivery),
            "delivered" => Ok(StepKind::Delivered),
            "delayed" => Ok(StepKind::Delayed),
            "exception" => Ok(StepKind::Exception),
            "attempt_failed" => Ok(StepKind::AttemptFailed),
            "ready_for_pickup" => Ok(StepKind::ReadyForPickup),
            "returning_to_sender" => Ok(StepKind::ReturningToSender),
            "returned_to_sender" => Ok(StepKind::ReturnedToSender),
            "lost" => Ok(StepKind::Lost),
            "cancelled" => Ok(StepKind::Cancelled),
            "tracking_stopped" => Ok(StepKind::TrackingStopped),
            _ => Err(crate::wire::unknown(v, "StepKind")),
        }
    }
}


#[doc = "Where a step stands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum StepState {
    #[doc = "It happened."]
    #[serde(rename = "done")]
    Done,
    #[doc = "It is where the shipment is now."]
    #[serde(rename = "current")]
    Current,
    #[doc = "Still to come."]
    #[serde(rename = "upcoming")]
    Upcoming,
}

impl crate::wire::Feed for StepState {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            StepState::Done => v.visit_borrowed_str("done"),
            StepState::Current => v.visit_borrowed_str("current"),
            StepState::Upcoming => v.visit_borrowed_str("upcoming"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            StepState::Done => v.visit_enum(crate::wire::UnitVariant("done")),
            StepState::Current => v.visit_enum(crate::wire::UnitVariant("current")),
            StepState::Upcoming => v.visit_enum(crate::wire::UnitVariant("upcoming")),
        }
    }
}

impl crate::wire::Build for StepState {
    type Slots = ();
    const WHAT: &'static str = "StepState";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "done" => Ok(StepState::Done),
            "current" => Ok(StepState::Current),
            "upcoming" => Ok(StepState::Upcoming),
            _ => Err(crate::wire::unknown(v, "StepState")),
        }
    }
}


#[doc = "A tax charged on a line, as the shop computed it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TaxLine {
    #[doc = "Name of the tax, e.g. \"VAT\"."]
    pub title: String,
    #[doc = "The rate, e.g. 0.2 for 20 %."]
    pub rate: Amount,
    #[doc = "The tax amount on the whole line (all units), in whole minor units."]
    pub amount: Money,
}

impl crate::wire::Fields for TaxLine {
    fn places(&self) -> usize {
        match self {
            TaxLine { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TaxLine { .. }, 0) => Some("title"),
            (TaxLine { .. }, 1) => Some("rate"),
            (TaxLine { .. }, 2) => Some("amount"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TaxLine { title: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TaxLine { rate: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TaxLine { amount: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TaxLine")),
        }
    }
}

impl crate::wire::Feed for TaxLine {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TaxLineSlots {
    title: Option<String>,
    rate: Option<Amount>,
    amount: Option<Money>,
}

impl crate::wire::Build for TaxLine {
    type Slots = TaxLineSlots;
    const WHAT: &'static str = "TaxLine";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TaxLineSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "title" => s.title = Some(crate::wire::build(v)?),
            "rate" => s.rate = Some(crate::wire::build(v)?),
            "amount" => s.amount = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TaxLine")),
        }
        Ok(())
    }

    fn finish(s: TaxLineSlots) -> Result<Self, crate::wire::Error> {
        Ok(TaxLine {
            title: s.title.ok_or_else(|| crate::wire::missing("title", "TaxLine"))?,
            rate: s.rate.ok_or_else(|| crate::wire::missing("rate", "TaxLine"))?,
            amount: s.amount.ok_or_else(|| crate::wire::missing("amount", "TaxLine"))?,
        })
    }
}


#[doc = "Whether line prices include tax or tax is added on top."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TaxMode {
    #[doc = "Tax is added on top of prices (US style)."]
    #[serde(rename = "exclusive")]
    Exclusive,
    #[doc = "Prices include tax (EU style); tax lines say how much of the price is tax."]
    #[serde(rename = "inclusive")]
    Inclusive,
}

impl crate::wire::Feed for TaxMode {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TaxMode::Exclusive => v.visit_borrowed_str("exclusive"),
            TaxMode::Inclusive => v.visit_borrowed_str("inclusive"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TaxMode::Exclusive => v.visit_enum(crate::wire::UnitVariant("exclusive")),
            TaxMode::Inclusive => v.visit_enum(crate::wire::UnitVariant("inclusive")),
        }
    }
}

impl crate::wire::Build for TaxMode {
    type Slots = ();
    const WHAT: &'static str = "TaxMode";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "exclusive" => Ok(TaxMode::Exclusive),
            "inclusive" => Ok(TaxMode::Inclusive),
            _ => Err(crate::wire::unknown(v, "TaxMode")),
        }
    }
}


#[doc = "Loyalty-tier benefits the host passes in."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TierBenefits {
    #[doc = "Extra days on the return window."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub extra_return_days: Option<i64>,
    #[doc = "No return shipping fee."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub free_return_shipping: Option<bool>,
    #[doc = "Tier name, for the record."]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[uniffi(default = None)]
    pub tier: Option<String>,
}

impl crate::wire::Fields for TierBenefits {
    fn places(&self) -> usize {
        match self {
            TierBenefits { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TierBenefits { extra_return_days: x, .. }, 0) => x.as_ref().map(|_| "extra_return_days"),
            (TierBenefits { free_return_shipping: x, .. }, 1) => x.as_ref().map(|_| "free_return_shipping"),
            (TierBenefits { tier: x, .. }, 2) => x.as_ref().map(|_| "tier"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TierBenefits { extra_return_days: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TierBenefits { free_return_shipping: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TierBenefits { tier: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TierBenefits")),
        }
    }
}

impl crate::wire::Feed for TierBenefits {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TierBenefitsSlots {
    extra_return_days: Option<Option<i64>>,
    free_return_shipping: Option<Option<bool>>,
    tier: Option<Option<String>>,
}

impl crate::wire::Build for TierBenefits {
    type Slots = TierBenefitsSlots;
    const WHAT: &'static str = "TierBenefits";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TierBenefitsSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "extra_return_days" => s.extra_return_days = Some(crate::wire::build(v)?),
            "free_return_shipping" => s.free_return_shipping = Some(crate::wire::build(v)?),
            "tier" => s.tier = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TierBenefits")),
        }
        Ok(())
    }

    fn finish(s: TierBenefitsSlots) -> Result<Self, crate::wire::Error> {
        Ok(TierBenefits {
            extra_return_days: s.extra_return_days.flatten(),
            free_return_shipping: s.free_return_shipping.flatten(),
            tier: s.tier.flatten(),
        })
    }
}


#[doc = "What qualifies a member for a tier. Only points that are available count (pending points do not), and only those earned inside the tier window."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TierMetric {
    #[doc = "Net merchandise spend (in the programme's currency) of orders whose points are available, less what refunds clawed back. Redemptions, tax and shipping never count."]
    #[serde(rename = "net_spend")]
    NetSpend,
    #[doc = "Points earned on orders, net of clawbacks; not the balance, so spending and expiry do not lower it. Event awards count only with [`TierRules::count_awards`]; manual adjustments never count."]
    #[serde(rename = "points_earned")]
    PointsEarned,
    #[doc = "Orders with points still standing (not fully clawed back)."]
    #[serde(rename = "orders")]
    Orders,
}

impl crate::wire::Feed for TierMetric {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TierMetric::NetSpend => v.visit_borrowed_str("net_spend"),
            TierMetric::PointsEarned => v.visit_borrowed_str("points_earned"),
            TierMetric::Orders => v.visit_borrowed_str("orders"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TierMetric::NetSpend => v.visit_enum(crate::wire::UnitVariant("net_spend")),
            TierMetric::PointsEarned => v.visit_enum(crate::wire::UnitVariant("points_earned")),
            TierMetric::Orders => v.visit_enum(crate::wire::UnitVariant("orders")),
        }
    }
}

impl crate::wire::Build for TierMetric {
    type Slots = ();
    const WHAT: &'static str = "TierMetric";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "net_spend" => Ok(TierMetric::NetSpend),
            "points_earned" => Ok(TierMetric::PointsEarned),
            "orders" => Ok(TierMetric::Orders),
            _ => Err(crate::wire::unknown(v, "TierMetric")),
        }
    }
}


#[doc = "Where a member stands against the tier ladder: what the current window counts and what the next tier still needs. Read-only; the tier itself changes only through commands."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TierProgress {
    #[doc = "The member's current tier (as last evaluated by a command)."]
    pub tier: Option<String>,
    #[doc = "What qualifies."]
    pub metric: TierMetric,
    #[doc = "The metric counted in the window that contains `now`."]
    pub value: Amount,
    #[doc = "Where that window starts (`None` for lifetime)."]
    #[serde(with = "crate::wire::optional_time")]
    pub window_start: Option<SystemTime>,
    #[doc = "The next tier above the current one, if any."]
    pub next_tier: Option<String>,
    #[doc = "Its threshold."]
    pub next_threshold: Option<Amount>,
    #[doc = "How much more of the metric the next tier needs (never negative)."]
    pub remaining: Option<Amount>,
}

impl crate::wire::Fields for TierProgress {
    fn places(&self) -> usize {
        match self {
            TierProgress { .. } => 7,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TierProgress { .. }, 0) => Some("tier"),
            (TierProgress { .. }, 1) => Some("metric"),
            (TierProgress { .. }, 2) => Some("value"),
            (TierProgress { .. }, 3) => Some("window_start"),
            (TierProgress { .. }, 4) => Some("next_tier"),
            (TierProgress { .. }, 5) => Some("next_threshold"),
            (TierProgress { .. }, 6) => Some("remaining"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TierProgress { tier: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { metric: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { value: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { window_start: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { next_tier: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { next_threshold: x, .. }, 5) => seed.deserialize(crate::wire::De(x)),
            (TierProgress { remaining: x, .. }, 6) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TierProgress")),
        }
    }
}

impl crate::wire::Feed for TierProgress {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TierProgressSlots {
    tier: Option<Option<String>>,
    metric: Option<TierMetric>,
    value: Option<Amount>,
    window_start: Option<Option<SystemTime>>,
    next_tier: Option<Option<String>>,
    next_threshold: Option<Option<Amount>>,
    remaining: Option<Option<Amount>>,
}

impl crate::wire::Build for TierProgress {
    type Slots = TierProgressSlots;
    const WHAT: &'static str = "TierProgress";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TierProgressSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "tier" => s.tier = Some(crate::wire::build(v)?),
            "metric" => s.metric = Some(crate::wire::build(v)?),
            "value" => s.value = Some(crate::wire::build(v)?),
            "window_start" => s.window_start = Some(crate::wire::build(v)?),
            "next_tier" => s.next_tier = Some(crate::wire::build(v)?),
            "next_threshold" => s.next_threshold = Some(crate::wire::build(v)?),
            "remaining" => s.remaining = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TierProgress")),
        }
        Ok(())
    }

    fn finish(s: TierProgressSlots) -> Result<Self, crate::wire::Error> {
        Ok(TierProgress {
            tier: s.tier.flatten(),
            metric: s.metric.ok_or_else(|| crate::wire::missing("metric", "TierProgress"))?,
            value: s.value.ok_or_else(|| crate::wire::missing("value", "TierProgress"))?,
            window_start: s.window_start.flatten(),
            next_tier: s.next_tier.flatten(),
            next_threshold: s.next_threshold.flatten(),
            remaining: s.remaining.flatten(),
        })
    }
}


#[doc = "One step of a timeline with its text."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TimelineStep {
    #[doc = "Which step."]
    pub step: StepKind,
    #[doc = "Done, current or upcoming."]
    pub state: StepState,
    #[doc = "When it happened, if known."]
    #[serde(with = "crate::wire::optional_time")]
    pub at: Option<SystemTime>,
    #[doc = "The sentence."]
    pub statement: Statement,
}

impl crate::wire::Fields for TimelineStep {
    fn places(&self) -> usize {
        match self {
            TimelineStep { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TimelineStep { .. }, 0) => Some("step"),
            (TimelineStep { .. }, 1) => Some("state"),
            (TimelineStep { .. }, 2) => Some("at"),
            (TimelineStep { .. }, 3) => Some("statement"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TimelineStep { step: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TimelineStep { state: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TimelineStep { at: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (TimelineStep { statement: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TimelineStep")),
        }
    }
}

impl crate::wire::Feed for TimelineStep {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TimelineStepSlots {
    step: Option<StepKind>,
    state: Option<StepState>,
    at: Option<Option<SystemTime>>,
    statement: Option<Statement>,
}

impl crate::wire::Build for TimelineStep {
    type Slots = TimelineStepSlots;
    const WHAT: &'static str = "TimelineStep";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TimelineStepSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "step" => s.step = Some(crate::wire::build(v)?),
            "state" => s.state = Some(crate::wire::build(v)?),
            "at" => s.at = Some(crate::wire::build(v)?),
            "statement" => s.statement = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TimelineStep")),
        }
        Ok(())
    }

    fn finish(s: TimelineStepSlots) -> Result<Self, crate::wire::Error> {
        Ok(TimelineStep {
            step: s.step.ok_or_else(|| crate::wire::missing("step", "TimelineStep"))?,
            state: s.state.ok_or_else(|| crate::wire::missing("state", "TimelineStep"))?,
            at: s.at.flatten(),
            statement: s.statement.ok_or_else(|| crate::wire::missing("statement", "TimelineStep"))?,
        })
    }
}


#[doc = "Where to follow a parcel."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TrackingLink {
    #[doc = "The shipment id."]
    pub shipment: String,
    #[doc = "The carrier."]
    pub carrier: String,
    #[doc = "The tracking number, if known."]
    pub number: Option<String>,
}

impl crate::wire::Fields for TrackingLink {
    fn places(&self) -> usize {
        match self {
            TrackingLink { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TrackingLink { .. }, 0) => Some("shipment"),
            (TrackingLink { .. }, 1) => Some("carrier"),
            (TrackingLink { .. }, 2) => Some("number"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TrackingLink { shipment: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TrackingLink { carrier: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TrackingLink { number: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TrackingLink")),
        }
    }
}

impl crate::wire::Feed for TrackingLink {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TrackingLinkSlots {
    shipment: Option<String>,
    carrier: Option<String>,
    number: Option<Option<String>>,
}

impl crate::wire::Build for TrackingLink {
    type Slots = TrackingLinkSlots;
    const WHAT: &'static str = "TrackingLink";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TrackingLinkSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "shipment" => s.shipment = Some(crate::wire::build(v)?),
            "carrier" => s.carrier = Some(crate::wire::build(v)?),
            "number" => s.number = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TrackingLink")),
        }
        Ok(())
    }

    fn finish(s: TrackingLinkSlots) -> Result<Self, crate::wire::Error> {
        Ok(TrackingLink {
            shipment: s.shipment.ok_or_else(|| crate::wire::missing("shipment", "TrackingLink"))?,
            carrier: s.carrier.ok_or_else(|| crate::wire::missing("carrier", "TrackingLink"))?,
            number: s.number.flatten(),
        })
    }
}


#[doc = "The normalised status of a shipment. \"Delayed\" is a flag ([`MappedStatus::delayed`]), not a status."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum TrackingStatus {
    #[doc = "Created, nothing known from the carrier yet."]
    #[serde(rename = "pending")]
    Pending,
    #[doc = "The carrier has the shipment's data (label created) but not the parcel."]
    #[serde(rename = "info_received")]
    InfoReceived,
    #[doc = "Moving through the carrier's network."]
    #[serde(rename = "in_transit")]
    InTransit,
    #[doc = "With the courier for delivery today."]
    #[serde(rename = "out_for_delivery")]
    OutForDelivery,
    #[doc = "Waiting at a pickup point."]
    #[serde(rename = "available_for_pickup")]
    AvailableForPickup,
    #[doc = "A delivery attempt failed; the carrier will retry or hold it."]
    #[serde(rename = "attempt_failed")]
    AttemptFailed,
    #[doc = "Delivered to the customer."]
    #[serde(rename = "delivered")]
    Delivered,
    #[doc = "Something went wrong (customs, damage, address); may recover."]
    #[serde(rename = "exception")]
    Exception,
    #[doc = "On its way back to the sender."]
    #[serde(rename = "returning_to_sender")]
    ReturningToSender,
    #[doc = "Back with the sender."]
    #[serde(rename = "returned_to_sender")]
    ReturnedToSender,
    #[doc = "Declared lost by the carrier."]
    #[serde(rename = "lost")]
    Lost,
    #[doc = "The shipment was cancelled before the carrier took it."]
    #[serde(rename = "cancelled")]
    Cancelled,
    #[doc = "Tracking stopped without a final result."]
    #[serde(rename = "expired")]
    Expired,
}

impl crate::wire::Feed for TrackingStatus {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TrackingStatus::Pending => v.visit_borrowed_str("pending"),
            TrackingStatus::InfoReceived => v.visit_borrowed_str("info_received"),
            TrackingStatus::InTransit => v.visit_borrowed_str("in_transit"),
            TrackingStatus::OutForDelivery => v.visit_borrowed_str("out_for_delivery"),
            TrackingStatus::AvailableForPickup => v.visit_borrowed_str("available_for_pickup"),
            TrackingStatus::AttemptFailed => v.visit_borrowed_str("attempt_failed"),
            TrackingStatus::Delivered => v.visit_borrowed_str("delivered"),
            TrackingStatus::Exception => v.visit_borrowed_str("exception"),
            TrackingStatus::ReturningToSender => v.visit_borrowed_str("returning_to_sender"),
            TrackingStatus::ReturnedToSender => v.visit_borrowed_str("returned_to_sender"),
            TrackingStatus::Lost => v.visit_borrowed_str("lost"),
            TrackingStatus::Cancelled => v.visit_borrowed_str("cancelled"),
            TrackingStatus::Expired => v.visit_borrowed_str("expired"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            TrackingStatus::Pending => v.visit_enum(crate::wire::UnitVariant("pending")),
            TrackingStatus::InfoReceived => v.visit_enum(crate::wire::UnitVariant("info_received")),
            TrackingStatus::InTransit => v.visit_enum(crate::wire::UnitVariant("in_transit")),
            TrackingStatus::OutForDelivery => v.visit_enum(crate::wire::UnitVariant("out_for_delivery")),
            TrackingStatus::AvailableForPickup => v.visit_enum(crate::wire::UnitVariant("available_for_pickup")),
            TrackingStatus::AttemptFailed => v.visit_enum(crate::wire::UnitVariant("attempt_failed")),
            TrackingStatus::Delivered => v.visit_enum(crate::wire::UnitVariant("delivered")),
            TrackingStatus::Exception => v.visit_enum(crate::wire::UnitVariant("exception")),
            TrackingStatus::ReturningToSender => v.visit_enum(crate::wire::UnitVariant("returning_to_sender")),
            TrackingStatus::ReturnedToSender => v.visit_enum(crate::wire::UnitVariant("returned_to_sender")),
            TrackingStatus::Lost => v.visit_enum(crate::wire::UnitVariant("lost")),
            TrackingStatus::Cancelled => v.visit_enum(crate::wire::UnitVariant("cancelled")),
            TrackingStatus::Expired => v.visit_enum(crate::wire::UnitVariant("expired")),
        }
    }
}

impl crate::wire::Build for TrackingStatus {
    type Slots = ();
    const WHAT: &'static str = "TrackingStatus";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "pending" => Ok(TrackingStatus::Pending),
            "info_received" => Ok(TrackingStatus::InfoReceived),
            "in_transit" => Ok(TrackingStatus::InTransit),
            "out_for_delivery" => Ok(TrackingStatus::OutForDelivery),
            "available_for_pickup" => Ok(TrackingStatus::AvailableForPickup),
            "attempt_failed" => Ok(TrackingStatus::AttemptFailed),
            "delivered" => Ok(TrackingStatus::Delivered),
            "exception" => Ok(TrackingStatus::Exception),
            "returning_to_sender" => Ok(TrackingStatus::ReturningToSender),
            "returned_to_sender" => Ok(TrackingStatus::ReturnedToSender),
            "lost" => Ok(TrackingStatus::Lost),
            "cancelled" => Ok(TrackingStatus::Cancelled),
            "expired" => Ok(TrackingStatus::Expired),
            _ => Err(crate::wire::unknown(v, "TrackingStatus")),
        }
    }
}


#[doc = "One cell of a transition matrix."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct TransitionRow {
    #[doc = "The index of the first of the two dates."]
    pub step: i64,
    #[doc = "The stage at the first date."]
    pub from: Option<Stage>,
    #[doc = "The stage at the second."]
    pub to: Option<Stage>,
    #[doc = "Customers who moved so."]
    pub customers: i64,
}

impl crate::wire::Fields for TransitionRow {
    fn places(&self) -> usize {
        match self {
            TransitionRow { .. } => 4,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (TransitionRow { .. }, 0) => Some("step"),
            (TransitionRow { .. }, 1) => Some("from"),
            (TransitionRow { .. }, 2) => Some("to"),
            (TransitionRow { .. }, 3) => Some("customers"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (TransitionRow { step: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (TransitionRow { from: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (TransitionRow { to: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (TransitionRow { customers: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "TransitionRow")),
        }
    }
}

impl crate::wire::Feed for TransitionRow {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct TransitionRowSlots {
    step: Option<i64>,
    from: Option<Option<Stage>>,
    to: Option<Option<Stage>>,
    customers: Option<i64>,
}

impl crate::wire::Build for TransitionRow {
    type Slots = TransitionRowSlots;
    const WHAT: &'static str = "TransitionRow";

    fn put<V: serde::Serialize + ?Sized>(s: &mut TransitionRowSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "step" => s.step = Some(crate::wire::build(v)?),
            "from" => s.from = Some(crate::wire::build(v)?),
            "to" => s.to = Some(crate::wire::build(v)?),
            "customers" => s.customers = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "TransitionRow")),
        }
        Ok(())
    }

    fn finish(s: TransitionRowSlots) -> Result<Self, crate::wire::Error> {
        Ok(TransitionRow {
            step: s.step.ok_or_else(|| crate::wire::missing("step", "TransitionRow"))?,
            from: s.from.flatten(),
            to: s.to.flatten(),
            customers: s.customers.ok_or_else(|| crate::wire::missing("customers", "TransitionRow"))?,
        })
    }
}


#[doc = "Which variant of the beta-geometric model."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum Variant {
    #[doc = "BG/NBD: drop-out only after a repeat purchase."]
    #[serde(rename = "bg_nbd")]
    BgNbd,
    #[doc = "Modified BG/NBD: drop-out possible at time zero as well."]
    #[serde(rename = "modified")]
    Modified,
}

impl crate::wire::Feed for Variant {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Variant::BgNbd => v.visit_borrowed_str("bg_nbd"),
            Variant::Modified => v.visit_borrowed_str("modified"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            Variant::BgNbd => v.visit_enum(crate::wire::UnitVariant("bg_nbd")),
            Variant::Modified => v.visit_enum(crate::wire::UnitVariant("modified")),
        }
    }
}

impl crate::wire::Build for Variant {
    type Slots = ();
    const WHAT: &'static str = "Variant";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "bg_nbd" => Ok(Variant::BgNbd),
            "modified" => Ok(Variant::Modified),
            _ => Err(crate::wire::unknown(v, "Variant")),
        }
    }
}


#[doc = "An item (a quantity of an order line)."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct ViewItem {
    #[doc = "The order line."]
    pub line: String,
    #[doc = "Its product title."]
    pub title: String,
    #[doc = "Units."]
    pub quantity: i64,
}

impl crate::wire::Fields for ViewItem {
    fn places(&self) -> usize {
        match self {
            ViewItem { .. } => 3,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (ViewItem { .. }, 0) => Some("line"),
            (ViewItem { .. }, 1) => Some("title"),
            (ViewItem { .. }, 2) => Some("quantity"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (ViewItem { line: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (ViewItem { title: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (ViewItem { quantity: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "ViewItem")),
        }
    }
}

impl crate::wire::Feed for ViewItem {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct ViewItemSlots {
    line: Option<String>,
    title: Option<String>,
    quantity: Option<i64>,
}

impl crate::wire::Build for ViewItem {
    type Slots = ViewItemSlots;
    const WHAT: &'static str = "ViewItem";

    fn put<V: serde::Serialize + ?Sized>(s: &mut ViewItemSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "line" => s.line = Some(crate::wire::build(v)?),
            "title" => s.title = Some(crate::wire::build(v)?),
            "quantity" => s.quantity = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "ViewItem")),
        }
        Ok(())
    }

    fn finish(s: ViewItemSlots) -> Result<Self, crate::wire::Error> {
        Ok(ViewItem {
            line: s.line.ok_or_else(|| crate::wire::missing("line", "ViewItem"))?,
            title: s.title.ok_or_else(|| crate::wire::missing("title", "ViewItem"))?,
            quantity: s.quantity.ok_or_else(|| crate::wire::missing("quantity", "ViewItem"))?,
        })
    }
}


#[doc = "How far to trust an arrival window."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Copy, Eq, Hash, uniffi::Enum)]
pub enum WindowConfidence {
    #[doc = "The lane's own history supports it."]
    #[serde(rename = "high")]
    High,
    #[doc = "Supported, with a reason to allow for."]
    #[serde(rename = "medium")]
    Medium,
    #[doc = "Borrowed mostly from the carrier or the whole shop."]
    #[serde(rename = "low")]
    Low,
}

impl crate::wire::Feed for WindowConfidence {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            WindowConfidence::High => v.visit_borrowed_str("high"),
            WindowConfidence::Medium => v.visit_borrowed_str("medium"),
            WindowConfidence::Low => v.visit_borrowed_str("low"),
        }
    }

    fn feed_enum<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        match self {
            WindowConfidence::High => v.visit_enum(crate::wire::UnitVariant("high")),
            WindowConfidence::Medium => v.visit_enum(crate::wire::UnitVariant("medium")),
            WindowConfidence::Low => v.visit_enum(crate::wire::UnitVariant("low")),
        }
    }
}

impl crate::wire::Build for WindowConfidence {
    type Slots = ();
    const WHAT: &'static str = "WindowConfidence";

    fn from_str(v: &str) -> Result<Self, crate::wire::Error> {
        match v {
            "high" => Ok(WindowConfidence::High),
            "medium" => Ok(WindowConfidence::Medium),
            "low" => Ok(WindowConfidence::Low),
            _ => Err(crate::wire::unknown(v, "WindowConfidence")),
        }
    }
}


#[doc = "An arrival window as the customer reads it."]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, uniffi::Record)]
pub struct WindowView {
    #[doc = "The likely date."]
    pub likely: String,
    #[doc = "The latest date."]
    pub latest: Option<String>,
    #[doc = "How far to trust it."]
    pub confidence: WindowConfidence,
    #[doc = "The window in the customer's language."]
    pub statement: Statement,
    #[doc = "The carrier's own date when it is later than the window's latest (or likely) date, said so: the customer sees both."]
    pub carrier_later: Option<Statement>,
}

impl crate::wire::Fields for WindowView {
    fn places(&self) -> usize {
        match self {
            WindowView { .. } => 5,
        }
    }

    fn name(&self, i: usize) -> Option<&'static str> {
        match (self, i) {
            (WindowView { .. }, 0) => Some("likely"),
            (WindowView { .. }, 1) => Some("latest"),
            (WindowView { .. }, 2) => Some("confidence"),
            (WindowView { .. }, 3) => Some("statement"),
            (WindowView { .. }, 4) => Some("carrier_later"),
            _ => None,
        }
    }

    fn value<'de, S: serde::de::DeserializeSeed<'de>>(&'de self, i: usize, seed: S) -> Result<S::Value, crate::wire::Error> {
        match (self, i) {
            (WindowView { likely: x, .. }, 0) => seed.deserialize(crate::wire::De(x)),
            (WindowView { latest: x, .. }, 1) => seed.deserialize(crate::wire::De(x)),
            (WindowView { confidence: x, .. }, 2) => seed.deserialize(crate::wire::De(x)),
            (WindowView { statement: x, .. }, 3) => seed.deserialize(crate::wire::De(x)),
            (WindowView { carrier_later: x, .. }, 4) => seed.deserialize(crate::wire::De(x)),
            _ => Err(crate::wire::unknown(&i.to_string(), "WindowView")),
        }
    }
}

impl crate::wire::Feed for WindowView {
    fn feed<'de, V: serde::de::Visitor<'de>>(&'de self, v: V) -> Result<V::Value, crate::wire::Error> {
        v.visit_map(crate::wire::FieldMap::new(self))
    }
}

#[derive(Default)]
pub(crate) struct WindowViewSlots {
    likely: Option<String>,
    latest: Option<Option<String>>,
    confidence: Option<WindowConfidence>,
    statement: Option<Statement>,
    carrier_later: Option<Option<Statement>>,
}

impl crate::wire::Build for WindowView {
    type Slots = WindowViewSlots;
    const WHAT: &'static str = "WindowView";

    fn put<V: serde::Serialize + ?Sized>(s: &mut WindowViewSlots, key: &str, v: &V) -> Result<(), crate::wire::Error> {
        match key {
            "likely" => s.likely = Some(crate::wire::build(v)?),
            "latest" => s.latest = Some(crate::wire::build(v)?),
            "confidence" => s.confidence = Some(crate::wire::build(v)?),
            "statement" => s.statement = Some(crate::wire::build(v)?),
            "carrier_later" => s.carrier_later = Some(crate::wire::build(v)?),
            _ => return Err(crate::wire::unknown(key, "WindowView")),
        }
        Ok(())
    }

    fn finish(s: WindowViewSlots) -> Result<Self, crate::wire::Error> {
        Ok(WindowView {
            likely: s.likely.ok_or_else(|| crate::wire::missing("likely", "WindowView"))?,
            latest: s.latest.flatten(),
            confidence: s.confidence.ok_or_else(|| crate::wire::missing("confidence", "WindowView"))?,
            statement: s.statement.ok_or_else(|| crate::wire::missing("statement", "WindowView"))?,
            carrier_later: s.carrier_later.flatten(),
        })
    }
}


