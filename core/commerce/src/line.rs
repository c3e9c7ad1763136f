//! Values that describe an order line and that orders and returns share: the flags return
//! policies look at and a quantity of one line. The order re-exports them
//! ([`crate::order::LineFlags`]).

use serde::{Deserialize, Serialize};

use crate::ids::LineId;

/// Properties of a line that return policies look at.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LineFlags {
    /// Sold as final sale: not returnable.
    pub final_sale: bool,
    /// A digital good: never shipped.
    pub digital: bool,
    /// Perishable goods.
    pub perishable: bool,
    /// Made to the customer's specification.
    pub personalised: bool,
    /// Hygiene goods (cosmetics, underwear) once unsealed.
    pub hygiene: bool,
}

/// A quantity of one line.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineQuantity {
    /// The line.
    pub line: LineId,
    /// How many units.
    pub quantity: u32,
}
