//! A lane: who carries a parcel and between which regions, and the coarser groups a sparse lane
//! borrows from.

use serde::{Deserialize, Serialize};

/// Carrier × service × origin region × destination region. Regions are whatever the host gives
/// (a postcode prefix, a state, a country).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// The carrier (`dhl`).
    pub carrier: String,
    /// Its service (`paket`, `express`).
    pub service: String,
    /// Where parcels leave from.
    pub origin: String,
    /// Where they go.
    pub destination: String,
}

impl Lane {
    /// A lane.
    pub fn new(carrier: &str, service: &str, origin: &str, destination: &str) -> Lane {
        Lane {
            carrier: carrier.to_string(),
            service: service.to_string(),
            origin: origin.to_string(),
            destination: destination.to_string(),
        }
    }

    /// The groups a transit time is counted in, finest first: the lane, the carrier's service,
    /// the carrier, the whole shop. Each part is length-prefixed, so no two lanes share a key.
    pub(crate) fn transit_levels(&self) -> [String; 4] {
        let p = |s: &str| format!("{}.{s}", s.len());
        [
            format!("lane:{}:{}:{}:{}", p(&self.carrier), p(&self.service), p(&self.origin), p(&self.destination)),
            format!("service:{}:{}", p(&self.carrier), p(&self.service)),
            format!("carrier:{}", p(&self.carrier)),
            "all".to_string(),
        ]
    }

    /// The groups the days from order to handover are counted in: the origin, the whole shop.
    pub(crate) fn processing_levels(&self) -> [String; 2] {
        [format!("origin:{}.{}", self.origin.len(), self.origin), "all".to_string()]
    }
}
