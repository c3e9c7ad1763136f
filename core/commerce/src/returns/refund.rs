//! What a refund pays, line by line and payment by payment (the arithmetic that computes it
//! reads the order: [`crate::order::returning::refund_quote`]).

use serde::{Deserialize, Serialize};

use crate::ids::{LineId, PaymentId};
use crate::money::Money;

/// Where refunded money goes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefundDestination {
    /// Back to a payment.
    Payment(PaymentId),
    /// Store credit.
    StoreCredit,
}

/// Money going to one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefundPayout {
    /// Where.
    pub destination: RefundDestination,
    /// How much.
    pub amount: Money,
}

/// The refund for the units of one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefundLine {
    /// The line.
    pub line: LineId,
    /// Units refunded.
    pub units: u32,
    /// Merchandise after line and order discounts, without tax.
    pub merchandise: Money,
    /// Tax.
    pub tax: Money,
    /// Merchandise + tax.
    pub total: Money,
}

/// A refund, line by line, with fees as their own lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefundBreakdown {
    /// Per line.
    pub lines: Vec<RefundLine>,
    /// Original shipping refunded.
    pub shipping: Money,
    /// Restocking fee deducted.
    pub restocking_fee: Money,
    /// Return shipping fee deducted.
    pub return_shipping_fee: Money,
    /// Lines + shipping − fees, limited to what is refundable.
    pub total: Money,
    /// Set when the total was cut to what was captured and not yet refunded.
    pub capped: bool,
    /// Bonus on store credit (on top of `total`).
    pub store_credit_bonus: Money,
    /// Where the money goes (empty for exchanges, which keep it as credit).
    pub payouts: Vec<RefundPayout>,
}

/// Who owes whom after an exchange, term by term: `difference` = replacement price + its
/// shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of
/// what came back. Positive: the customer pays; negative: the shop refunds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ExchangeSettlement {
    /// What came back is worth, less the fees: the credit towards the replacement.
    pub credit: Money,
    /// The replacement's price.
    pub replacement_price: Money,
    /// The balance: positive means the customer pays, negative means the shop refunds.
    pub difference: Money,
    /// The value of what came back (lines and any shipping refunded), before fees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_value: Option<Money>,
    /// The replacement's outbound shipping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_shipping: Option<Money>,
    /// The return-shipping fee charged (zero when waived).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_shipping_fee: Option<Money>,
    /// The restocking fee charged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking_fee: Option<Money>,
}
