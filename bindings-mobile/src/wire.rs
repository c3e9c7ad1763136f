//! The generated documents (`crate::contract`) to and from the core: both sides have the core's
//! JSON shape, so one conversion each way serves every document. Times cross serde as RFC 3339
//! text, amounts as decimal strings.
use std::time::SystemTime;

use chrono::{DateTime, SecondsFormat, Utc};
use postpurchase as pp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Amount, Result};

/// A generated document as the core's value; the core checks it as it checks JSON (`what` names
/// it in the error).
pub(crate) fn to_core<C: serde::de::DeserializeOwned, M: Serialize>(document: &M, what: &str) -> Result<C> {
    let value = serde_json::to_value(document).map_err(|e| pp::Error::from_json_error(what, &e))?;
    serde_json::from_value(value).map_err(|e| pp::Error::from_json_error(what, &e).into())
}

/// A core value as its generated document.
pub(crate) fn from_core<M: serde::de::DeserializeOwned, C: Serialize>(value: &C, what: &str) -> Result<M> {
    let value = serde_json::to_value(value).map_err(|e| pp::Error::from_json_error(what, &e))?;
    serde_json::from_value(value).map_err(|e| pp::Error::from_json_error(what, &e).into())
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Amount, D::Error> {
        String::deserialize(d).map(Amount)
    }
}

fn text(t: &SystemTime) -> String {
    DateTime::<Utc>::from(*t).to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn parse<E: serde::de::Error>(s: &str) -> std::result::Result<SystemTime, E> {
    DateTime::parse_from_rfc3339(s).map(|t| SystemTime::from(t.with_timezone(&Utc))).map_err(E::custom)
}

/// A time as RFC 3339 text.
pub(crate) mod time {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(t: &SystemTime, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&text(t))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<SystemTime, D::Error> {
        parse(&String::deserialize(d)?)
    }
}

/// An optional time as RFC 3339 text or null.
pub(crate) mod optional_time {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(t: &Option<SystemTime>, s: S) -> std::result::Result<S::Ok, S::Error> {
        t.as_ref().map(text).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<SystemTime>, D::Error> {
        Option::<String>::deserialize(d)?.map(|s| parse(&s)).transpose()
    }
}

/// A list of times as RFC 3339 texts (the generated records' required lists of times).
pub(crate) mod times {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(ts: &[SystemTime], s: S) -> std::result::Result<S::Ok, S::Error> {
        ts.iter().map(text).collect::<Vec<_>>().serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Vec<SystemTime>, D::Error> {
        Vec::<String>::deserialize(d)?.iter().map(|s| parse(s)).collect()
    }
}

/// An optional list of times as RFC 3339 texts or null.
pub(crate) mod optional_times {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(ts: &Option<Vec<SystemTime>>, s: S) -> std::result::Result<S::Ok, S::Error> {
        ts.as_ref().map(|ts| ts.iter().map(text).collect::<Vec<_>>()).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> std::result::Result<Option<Vec<SystemTime>>, D::Error> {
        Option::<Vec<String>>::deserialize(d)?.map(|v| v.iter().map(|s| parse(s)).collect()).transpose()
    }
}
