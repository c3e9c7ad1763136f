//! Exact money: ISO 4217 currencies, amounts as `rust_decimal`, one rounding point,
//! proportional allocation and unit-by-unit takes.
//!
//! ```
//! use postpurchase::{Currency, Money};
//! use rust_decimal::Decimal;
//!
//! let usd = Currency::from_code("USD")?;
//! let total = Money::new(Decimal::new(1000, 2), usd)?; // 10.00
//! let parts = total.allocate(&[Decimal::from(50), Decimal::from(50), Decimal::from(50)])?;
//! let shown: Vec<String> = parts.iter().map(|m| m.amount().to_string()).collect();
//! assert_eq!(shown, ["3.33", "3.33", "3.34"]);
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::cmp::Ordering;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, ErrorKind, Result};

/// Active ISO 4217 codes with their number of minor units.
const ISO_4217: &[(&str, u8)] = &[
    ("AED", 2),
    ("AFN", 2),
    ("ALL", 2),
    ("AMD", 2),
    ("ANG", 2),
    ("AOA", 2),
    ("ARS", 2),
    ("AUD", 2),
    ("AWG", 2),
    ("AZN", 2),
    ("BAM", 2),
    ("BBD", 2),
    ("BDT", 2),
    ("BGN", 2),
    ("BHD", 3),
    ("BIF", 0),
    ("BMD", 2),
    ("BND", 2),
    ("BOB", 2),
    ("BOV", 2),
    ("BRL", 2),
    ("BSD", 2),
    ("BTN", 2),
    ("BWP", 2),
    ("BYN", 2),
    ("BZD", 2),
    ("CAD", 2),
    ("CDF", 2),
    ("CHE", 2),
    ("CHF", 2),
    ("CHW", 2),
    ("CLF", 4),
    ("CLP", 0),
    ("CNY", 2),
    ("COP", 2),
    ("COU", 2),
    ("CRC", 2),
    ("CUP", 2),
    ("CVE", 2),
    ("CZK", 2),
    ("DJF", 0),
    ("DKK", 2),
    ("DOP", 2),
    ("DZD", 2),
    ("EGP", 2),
    ("ERN", 2),
    ("ETB", 2),
    ("EUR", 2),
    ("FJD", 2),
    ("FKP", 2),
    ("GBP", 2),
    ("GEL", 2),
    ("GHS", 2),
    ("GIP", 2),
    ("GMD", 2),
    ("GNF", 0),
    ("GTQ", 2),
    ("GYD", 2),
    ("HKD", 2),
    ("HNL", 2),
    ("HTG", 2),
    ("HUF", 2),
    ("IDR", 2),
    ("ILS", 2),
    ("INR", 2),
    ("IQD", 3),
    ("IRR", 2),
    ("ISK", 0),
    ("JMD", 2),
    ("JOD", 3),
    ("JPY", 0),
    ("KES", 2),
    ("KGS", 2),
    ("KHR", 2),
    ("KMF", 0),
    ("KPW", 2),
    ("KRW", 0),
    ("KWD", 3),
    ("KYD", 2),
    ("KZT", 2),
    ("LAK", 2),
    ("LBP", 2),
    ("LKR", 2),
    ("LRD", 2),
    ("LSL", 2),
    ("LYD", 3),
    ("MAD", 2),
    ("MDL", 2),
    ("MGA", 2),
    ("MKD", 2),
    ("MMK", 2),
    ("MNT", 2),
    ("MOP", 2),
    ("MRU", 2),
    ("MUR", 2),
    ("MVR", 2),
    ("MWK", 2),
    ("MXN", 2),
    ("MXV", 2),
    ("MYR", 2),
    ("MZN", 2),
    ("NAD", 2),
    ("NGN", 2),
    ("NIO", 2),
    ("NOK", 2),
    ("NPR", 2),
    ("NZD", 2),
    ("OMR", 3),
    ("PAB", 2),
    ("PEN", 2),
    ("PGK", 2),
    ("PHP", 2),
    ("PKR", 2),
    ("PLN", 2),
    ("PYG", 0),
    ("QAR", 2),
    ("RON", 2),
    ("RSD", 2),
    ("RUB", 2),
    ("RWF", 0),
    ("SAR", 2),
    ("SBD", 2),
    ("SCR", 2),
    ("SDG", 2),
    ("SEK", 2),
    ("SGD", 2),
    ("SHP", 2),
    ("SLE", 2),
    ("SOS", 2),
    ("SRD", 2),
    ("SSP", 2),
    ("STN", 2),
    ("SVC", 2),
    ("SYP", 2),
    ("SZL", 2),
    ("THB", 2),
    ("TJS", 2),
    ("TMT", 2),
    ("TND", 3),
    ("TOP", 2),
    ("TRY", 2),
    ("TTD", 2),
    ("TWD", 2),
    ("TZS", 2),
    ("UAH", 2),
    ("UGX", 0),
    ("USD", 2),
    ("USN", 2),
    ("UYI", 0),
    ("UYU", 2),
    ("UYW", 4),
    ("UZS", 2),
    ("VED", 2),
    ("VES", 2),
    ("VND", 0),
    ("VUV", 0),
    ("WST", 2),
    ("XAF", 0),
    ("XCD", 2),
    ("XCG", 2),
    ("XOF", 0),
    ("XPF", 0),
    ("YER", 2),
    ("ZAR", 2),
    ("ZMW", 2),
    ("ZWG", 2),
];

/// An active ISO 4217 currency: its three-letter code and number of minor units.
///
/// Serialises as its code (`"EUR"`).
#[derive(Clone, Copy, Eq, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
    minor_units: u8,
}

impl std::hash::Hash for Currency {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // what equality compares: the code's text and the minor units
        self.code.hash(state);
        self.minor_units.hash(state);
    }
}

impl PartialEq for Currency {
    fn eq(&self, other: &Currency) -> bool {
        // codes come from one static table, so the same currency is the same text: the address
        // answers without comparing bytes (and the bytes decide otherwise)
        (std::ptr::eq(self.code, other.code) || self.code == other.code) && self.minor_units == other.minor_units
    }
}

impl Currency {
    /// Looks up an ISO 4217 code (upper case, e.g. `"USD"`).
    ///
    /// # Errors
    /// [`ErrorKind::UnknownCurrency`] if the code is not an active ISO 4217 code.
    pub fn from_code(code: &str) -> Result<Currency> {
        // the table is sorted by code (a test checks it)
        let found = ISO_4217.binary_search_by(|(c, _)| (*c).cmp(code)).ok().and_then(|i| ISO_4217.get(i));
        found.map(|&(code, minor_units)| Currency { code, minor_units }).ok_or_else(|| {
            Error::new(ErrorKind::UnknownCurrency, "not an active ISO 4217 currency code")
                .with("currency", code.chars().take(8).collect::<String>())
        })
    }

    /// Every active currency.
    pub fn all() -> impl Iterator<Item = Currency> {
        ISO_4217.iter().map(|&(code, minor_units)| Currency { code, minor_units })
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// Number of digits after the decimal point (2 for USD, 0 for JPY, 3 for KWD).
    pub fn minor_units(self) -> u32 {
        u32::from(self.minor_units)
    }

    /// The smallest unit as an amount (0.01 for USD, 1 for JPY).
    pub fn minor_unit(self) -> Decimal {
        Decimal::new(1, self.minor_units())
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl std::str::FromStr for Currency {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Currency::from_code(s)
    }
}

/// The JSON Schema of an exact decimal (an amount or a rate): a string such as `"129.00"`, with
/// `format: "decimal"` so generated types can offer `Decimal` (Python) or `BigDecimal` (Kotlin).
#[cfg(feature = "schema")]
pub struct DecimalString;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for DecimalString {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DecimalString".into()
    }
    fn inline_schema() -> bool {
        true
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = <String as schemars::JsonSchema>::json_schema(generator);
        schema.insert("format".into(), serde_json::Value::from("decimal"));
        schema.insert("pattern".into(), serde_json::Value::from("^-?[0-9]+(\\.[0-9]+)?$"));
        schema
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Currency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = <String as schemars::JsonSchema>::json_schema(generator);
        schema.insert("pattern".into(), serde_json::Value::from("^[A-Z]{3}$"));
        schema.insert("description".into(), serde_json::Value::from("An active ISO 4217 currency code (\"EUR\")."));
        schema
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Currency::from_code(&code).map_err(serde::de::Error::custom)
    }
}

/// How to round to a currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Half away from zero (0.835 → 0.84, -0.835 → -0.84): the commercial default.
    HalfUp,
    /// Half to even, "banker's rounding" (0.825 → 0.82, 0.835 → 0.84).
    HalfEven,
    /// Towards zero (truncate).
    Down,
    /// Away from zero.
    Up,
}

impl RoundingMode {
    fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        }
    }
}

/// An exact amount of money in one currency.
///
/// The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is
/// allowed); [`Money::round`] is the one place where amounts are brought to the minor unit.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Money {
    /// The amount as a decimal string (`"129.00"`); JSON numbers are refused.
    #[serde(deserialize_with = "exact::deserialize")]
    #[cfg_attr(feature = "schema", schemars(with = "DecimalString"))]
    amount: Decimal,
    /// The currency's ISO 4217 code.
    currency: Currency,
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.amount.round_dp_with_strategy(
            self.currency.minor_units().max(self.amount.scale()),
            RoundingStrategy::MidpointAwayFromZero,
        );
        let mut s = shown.to_string();
        let scale = shown.scale();
        if scale < self.currency.minor_units() {
            let missing = self.currency.minor_units().saturating_sub(scale) as usize;
            if scale == 0 {
                s.push('.');
            }
            s.push_str(&"0".repeat(missing));
        }
        write!(f, "{} {}", s, self.currency)
    }
}

/// The error for decimal arithmetic that overflowed (`Error::new(ErrorKind::Overflow, ..)`).
pub fn overflow() -> Error {
    Error::new(ErrorKind::Overflow, "decimal arithmetic overflowed")
}

impl Money {
    /// An amount in whole minor units of the currency (trailing zeros are fine: 10.000 USD is
    /// 10.00 USD); an amount finer than the currency's minor unit is refused, never rounded. To
    /// round it, use [`Money::new_rounded`]; to keep every digit (a unit price of 0.835 USD, which
    /// the order's line arithmetic takes), [`Money::unrounded`].
    ///
    /// ```
    /// # use postpurchase::{Currency, Money};
    /// # use rust_decimal::Decimal;
    /// let yen = Currency::from_code("JPY")?;
    /// assert_eq!(Money::new(Decimal::new(1500, 0), yen)?.amount().to_string(), "1500");
    /// assert_eq!(Money::new(Decimal::new(495, 2), yen).unwrap_err().code(), "money.invalid_amount");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAmount`] for an amount finer than the currency's minor unit.
    pub fn new(amount: Decimal, currency: Currency) -> Result<Money> {
        let m = Money::unrounded(amount, currency);
        if !m.is_whole_minor_units() {
            return Err(Error::new(ErrorKind::InvalidAmount, "the amount is finer than the currency's minor unit")
                .with("amount", amount)
                .with("currency", currency));
        }
        if m.amount.scale() > currency.minor_units() {
            let mut a = m.amount.normalize();
            a.rescale(currency.minor_units());
            return Ok(Money { amount: a, currency });
        }
        Ok(m)
    }

    /// An amount with every digit kept, finer than the currency's minor unit if it is (a unit
    /// price of 0.835 USD, an intermediate share); [`Money::round`] brings it to the minor unit.
    ///
    /// ```
    /// # use postpurchase::{Currency, Money};
    /// # use rust_decimal::Decimal;
    /// let usd = Currency::from_code("USD")?;
    /// assert_eq!(Money::unrounded(Decimal::new(835, 3), usd).amount().to_string(), "0.835");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn unrounded(amount: Decimal, currency: Currency) -> Money {
        Money { amount: amount.normalize_scale_floor(currency), currency }
    }

    /// An amount rounded to the currency's minor unit in `mode` at construction.
    ///
    /// ```
    /// # use postpurchase::{Currency, Money, RoundingMode};
    /// # use rust_decimal::Decimal;
    /// let usd = Currency::from_code("USD")?;
    /// assert_eq!(Money::new_rounded(Decimal::new(835, 3), usd, RoundingMode::HalfEven).amount().to_string(), "0.84");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn new_rounded(amount: Decimal, currency: Currency, mode: RoundingMode) -> Money {
        Money::unrounded(amount, currency).round(mode)
    }

    /// Parses `"12.34"` in the currency with code `code`.
    ///
    /// # Errors
    /// [`ErrorKind::UnknownCurrency`], or [`ErrorKind::InvalidAmount`] if the text is not a
    /// decimal or has more digits than a decimal holds (it is refused, never rounded).
    pub fn parse(amount: &str, code: &str) -> Result<Money> {
        let currency = Currency::from_code(code)?;
        Ok(Money::unrounded(exact::parse(amount)?, currency))
    }

    /// Zero in `currency`.
    pub fn zero(currency: Currency) -> Money {
        // zero at the currency's scale, built directly (a minor-unit count is at most 4)
        let amount = Decimal::try_new(0, u32::from(currency.minor_units)).unwrap_or(Decimal::ZERO);
        Money { amount, currency }
    }

    /// The amount.
    pub fn amount(&self) -> Decimal {
        self.amount
    }

    /// The currency.
    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Whether the amount is exactly zero.
    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    /// Whether the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }

    /// Whether the amount is smaller in size than one minor unit: such an amount counts as settled.
    ///
    /// ```
    /// # use postpurchase::Money;
    /// let gap = Money::parse("0.005", "USD")?;
    /// assert!(gap.is_settled());
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    pub fn is_settled(&self) -> bool {
        self.amount.abs() < self.currency.minor_unit()
    }

    /// Whether the amount has no digits finer than the currency's minor unit.
    pub fn is_whole_minor_units(&self) -> bool {
        self.amount.round_dp(self.currency.minor_units()) == self.amount
    }

    fn same_currency(&self, other: &Money) -> Result<()> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(Error::new(ErrorKind::CurrencyMismatch, "amounts are in different currencies")
                .with("left", self.currency)
                .with("right", other.currency))
        }
    }

    /// `self + other`.
    ///
    /// # Errors
    /// [`ErrorKind::CurrencyMismatch`] or [`ErrorKind::Overflow`].
    pub fn checked_add(&self, other: &Money) -> Result<Money> {
        self.same_currency(other)?;
        let amount = self.amount.checked_add(other.amount).ok_or_else(overflow)?;
        Ok(Money::unrounded(amount, self.currency))
    }

    /// `self - other`.
    ///
    /// # Errors
    /// [`ErrorKind::CurrencyMismatch`] or [`ErrorKind::Overflow`].
    pub fn checked_sub(&self, other: &Money) -> Result<Money> {
        self.same_currency(other)?;
        let amount = self.amount.checked_sub(other.amount).ok_or_else(overflow)?;
        Ok(Money::unrounded(amount, self.currency))
    }

    /// `self × factor`, unrounded.
    ///
    /// # Errors
    /// [`ErrorKind::Overflow`].
    pub fn checked_mul(&self, factor: Decimal) -> Result<Money> {
        let amount = self.amount.checked_mul(factor).ok_or_else(overflow)?;
        Ok(Money::unrounded(amount, self.currency))
    }

    /// `-self`.
    #[allow(clippy::arithmetic_side_effects, reason = "Decimal's range is symmetric: negation is exact")]
    pub fn negated(&self) -> Money {
        Money { amount: -self.amount, currency: self.currency }
    }

    /// Compares two amounts of the same currency.
    ///
    /// # Errors
    /// [`ErrorKind::CurrencyMismatch`].
    pub fn try_cmp(&self, other: &Money) -> Result<Ordering> {
        self.same_currency(other)?;
        Ok(self.amount.cmp(&other.amount))
    }

    /// The smaller of two amounts of the same currency.
    ///
    /// # Errors
    /// [`ErrorKind::CurrencyMismatch`].
    pub fn try_min(&self, other: &Money) -> Result<Money> {
        Ok(if self.try_cmp(other)? == Ordering::Greater { *other } else { *self })
    }

    /// Sums amounts that must all be in `currency`.
    ///
    /// # Errors
    /// [`ErrorKind::CurrencyMismatch`] or [`ErrorKind::Overflow`].
    pub fn sum<'a>(currency: Currency, items: impl IntoIterator<Item = &'a Money>) -> Result<Money> {
        items.into_iter().try_fold(Money::zero(currency), |acc, m| acc.checked_add(m))
    }

    /// Rounds to the currency's minor unit with an explicit mode. This is the only rounding point.
    pub fn round(&self, mode: RoundingMode) -> Money {
        let amount = self
            .amount
            .round_dp_with_strategy(self.currency.minor_units(), mode.strategy())
            .normalize_scale_floor(self.currency);
        Money { amount, currency: self.currency }
    }

    /// Splits the amount over `weights` so the parts add up exactly to the amount.
    ///
    /// Each part first gets its share rounded towards zero to the minor unit; the leftover minor
    /// units go one each to the parts with the largest remainders, and on a tie to the later part.
    /// The amount must be in whole minor units; weights must be non-negative with a positive sum.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidWeights`], [`ErrorKind::InvalidAmount`] (sub-minor-unit amount) or
    /// [`ErrorKind::Overflow`].
    pub fn allocate(&self, weights: &[Decimal]) -> Result<Vec<Money>> {
        if weights.is_empty() {
            return Err(Error::new(ErrorKind::InvalidWeights, "no weights to allocate over"));
        }
        if weights.iter().any(|w| w.is_sign_negative() && !w.is_zero()) {
            return Err(Error::new(ErrorKind::InvalidWeights, "weights must not be negative"));
        }
        let total = weights.iter().try_fold(Decimal::ZERO, |acc, w| acc.checked_add(*w)).ok_or_else(overflow)?;
        if total.is_zero() {
            return Err(Error::new(ErrorKind::InvalidWeights, "weights sum to zero"));
        }
        if !self.is_whole_minor_units() {
            return Err(Error::new(
                ErrorKind::InvalidAmount,
                "amount to allocate has digits below the currency's minor unit",
            )
            .with("amount", self.amount));
        }
        let unit = self.currency.minor_unit();
        // Work on the absolute value in minor units, restore the sign at the end.
        let negative = self.amount.is_sign_negative();
        let units = self.amount.abs().checked_div(unit).ok_or_else(overflow)?;
        let mut floors = Vec::with_capacity(weights.len());
        let mut remainders = Vec::with_capacity(weights.len());
        let mut given = Decimal::ZERO;
        for w in weights {
            let exact = units.checked_mul(*w).and_then(|v| v.checked_div(total)).ok_or_else(overflow)?;
            let floor = exact.floor();
            given = given.checked_add(floor).ok_or_else(overflow)?;
            remainders.push(exact.checked_sub(floor).ok_or_else(overflow)?);
            floors.push(floor);
        }
        // each floor is at most its exact share, so 0 <= leftover < weights.len()
        let mut leftover = units.checked_sub(given).ok_or_else(overflow)?;
        // Largest remainder first; on a tie the later index first.
        let mut order: Vec<usize> = (0..weights.len()).collect();
        order.sort_by(|&a, &b| remainders.get(b).cmp(&remainders.get(a)).then(b.cmp(&a)));
        for &i in &order {
            if leftover <= Decimal::ZERO {
                break;
            }
            if let Some(f) = floors.get_mut(i) {
                *f = f.checked_add(Decimal::ONE).ok_or_else(overflow)?;
            }
            leftover = leftover.checked_sub(Decimal::ONE).ok_or_else(overflow)?;
        }
        floors
            .into_iter()
            .map(|f| {
                let amount = f.checked_mul(unit).ok_or_else(overflow)?;
                let m = Money::unrounded(amount, self.currency);
                Ok(if negative { m.negated() } else { m })
            })
            .collect()
    }

    /// Takes `taken` units out of an amount that `remaining_units` units still share.
    ///
    /// Each take is `self × taken ÷ remaining_units` rounded half-up to the minor unit; taking all
    /// remaining units returns exactly `self`, so successive takes always add up to the whole.
    /// Used for cancelling and returning units of a line.
    ///
    /// ```
    /// # use postpurchase::Money;
    /// let line = Money::parse("1.67", "USD")?;
    /// let first = line.take_units(1, 2)?;
    /// assert_eq!(first.amount().to_string(), "0.84");
    /// let rest = line.checked_sub(&first)?;
    /// assert_eq!(rest.take_units(1, 1)?.amount().to_string(), "0.83");
    /// # Ok::<(), postpurchase::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::InvalidQuantity`] if `taken` is zero or exceeds `remaining_units`;
    /// [`ErrorKind::Overflow`].
    pub fn take_units(&self, taken: u32, remaining_units: u32) -> Result<Money> {
        if taken == 0 || taken > remaining_units {
            return Err(Error::new(ErrorKind::InvalidQuantity, "cannot take that many units")
                .with("taken", taken)
                .with("remaining", remaining_units));
        }
        if taken == remaining_units {
            return Ok(*self);
        }
        let share = self
            .amount
            .checked_mul(Decimal::from(taken))
            .and_then(|v| v.checked_div(Decimal::from(remaining_units)))
            .ok_or_else(overflow)?;
        Ok(Money::unrounded(share, self.currency).round(RoundingMode::HalfUp))
    }
}

trait ScaleFloor {
    fn normalize_scale_floor(self, currency: Currency) -> Decimal;
}

impl ScaleFloor for Decimal {
    /// Shows at least the currency's minor digits (10 USD → 10.00) without changing the value.
    fn normalize_scale_floor(self, currency: Currency) -> Decimal {
        let mut d = self;
        if d.scale() < currency.minor_units() {
            d.rescale(currency.minor_units());
        }
        d
    }
}

/// Serde helpers that read decimals exactly, for every amount, rate and threshold in the domain's
/// JSON and TOML: a decimal is a string (`"12.50"`) or an integer; text with more digits than a
/// 96-bit decimal holds (more than 28 decimal places) is refused, never rounded, and so is a JSON
/// float, whose binary value is not the decimal the writer meant. Errors carry the
/// `money.invalid_amount` code.
pub mod exact {
    use std::fmt;

    use rust_decimal::Decimal;
    use serde::de::{self, Deserializer, Visitor};

    /// Parses decimal text exactly.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidAmount`](crate::error::ErrorKind::InvalidAmount) for text that is not a
    /// decimal or cannot be held without rounding.
    ///
    /// ```
    /// use postpurchase::money::exact;
    /// assert_eq!(exact::parse("10.50").unwrap().to_string(), "10.50");
    /// let err = exact::parse("10.000000000000000000000000000001").unwrap_err();
    /// assert_eq!(err.code(), "money.invalid_amount");
    /// ```
    pub fn parse(text: &str) -> crate::error::Result<Decimal> {
        Decimal::from_str_exact(text.trim()).map_err(|e| {
            crate::error::Error::new(
                crate::error::ErrorKind::InvalidAmount,
                format!("amount is not a decimal that can be held exactly ({e})"),
            )
        })
    }

    struct Exact;

    impl Visitor<'_> for Exact {
        type Value = Decimal;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a decimal as a string, or an integer")
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Decimal, E> {
            parse(s).map_err(|e| E::custom(format!("{}: {}", e.code(), e.message())))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Decimal, E> {
            Err(E::custom("money.invalid_amount: write decimals as strings (\"0.10\"), not floats"))
        }
    }

    /// Deserialises a decimal exactly (use with `#[serde(deserialize_with = ...)]`).
    ///
    /// # Errors
    /// The deserializer's error for text that is not an exact decimal, or a float.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(Exact)
    }

    /// The same for optional decimals (`null` or absent is `None`).
    pub mod option {
        use rust_decimal::Decimal;
        use serde::{Deserialize, Deserializer};

        /// Deserialises an optional decimal exactly.
        ///
        /// # Errors
        /// As [`super::deserialize`].
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
            #[derive(Deserialize)]
            struct Wrap(#[serde(deserialize_with = "super::deserialize")] Decimal);
            Option::<Wrap>::deserialize(d).map(|o| o.map(|w| w.0))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn usd(s: &str) -> Money {
        Money::parse(s, "USD").unwrap()
    }

    fn amounts(v: &[Money]) -> Vec<String> {
        v.iter().map(|m| m.amount().to_string()).collect()
    }

    #[test]
    fn currency_minor_units_follow_iso_4217() {
        for (code, units) in
            [("USD", 2), ("EUR", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3), ("KWD", 3), ("JOD", 3), ("OMR", 3), ("TND", 3)]
        {
            assert_eq!(Currency::from_code(code).unwrap().minor_units(), units, "{code}");
        }
        assert!(Currency::all().count() > 150);
    }

    #[test]
    fn unknown_currency_is_an_error() {
        for code in ["XXX", "usd", "", "US", "DEM"] {
            let err = Currency::from_code(code).unwrap_err();
            assert_eq!(err.code(), "money.unknown_currency");
        }
    }

    #[test]
    fn the_currency_table_is_sorted_for_binary_search() {
        assert!(ISO_4217.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        for (code, _) in ISO_4217 {
            assert_eq!(Currency::from_code(code).unwrap().code(), *code);
        }
    }

    #[test]
    fn mixing_currencies_is_an_error() {
        let eur = Money::parse("1", "EUR").unwrap();
        assert_eq!(usd("1").checked_add(&eur).unwrap_err().code(), "money.currency_mismatch");
        assert_eq!(usd("1").try_cmp(&eur).unwrap_err().code(), "money.currency_mismatch");
    }

    #[test]
    fn overflow_is_an_error() {
        let max = Money::new(Decimal::MAX, Currency::from_code("USD").unwrap()).unwrap();
        assert_eq!(max.checked_add(&usd("1")).unwrap_err().code(), "money.overflow");
        assert_eq!(max.checked_mul(dec!(2)).unwrap_err().code(), "money.overflow");
    }

    #[test]
    fn ten_dollars_over_three_equal_weights() {
        let parts = usd("10.00").allocate(&[dec!(50), dec!(50), dec!(50)]).unwrap();
        assert_eq!(amounts(&parts), ["3.33", "3.33", "3.34"]);
    }

    #[test]
    fn fifteen_dollars_over_unequal_weights() {
        let parts = usd("15.00").allocate(&[dec!(150), dec!(50), dec!(100)]).unwrap();
        assert_eq!(amounts(&parts), ["7.50", "2.50", "5.00"]);
    }

    #[test]
    fn hundred_yen_three_ways_in_whole_yen() {
        let yen = Money::parse("100", "JPY").unwrap();
        let parts = yen.allocate(&[dec!(1), dec!(1), dec!(1)]).unwrap();
        assert_eq!(amounts(&parts), ["33", "33", "34"]);
    }

    #[test]
    fn largest_remainder_gets_the_cent_first() {
        // 1.00 over [1, 2]: exact 0.333.., 0.666..; the second has the larger remainder.
        let parts = usd("1.00").allocate(&[dec!(1), dec!(2)]).unwrap();
        assert_eq!(amounts(&parts), ["0.33", "0.67"]);
        let parts = usd("-10.00").allocate(&[dec!(1), dec!(1), dec!(1)]).unwrap();
        assert_eq!(amounts(&parts), ["-3.33", "-3.33", "-3.34"]);
    }

    #[test]
    fn bad_weights_are_errors() {
        assert_eq!(usd("1").allocate(&[]).unwrap_err().code(), "money.invalid_weights");
        assert_eq!(usd("1").allocate(&[dec!(0)]).unwrap_err().code(), "money.invalid_weights");
        assert_eq!(usd("1").allocate(&[dec!(-1), dec!(2)]).unwrap_err().code(), "money.invalid_weights");
        assert_eq!(usd("1.005").allocate(&[dec!(1)]).unwrap_err().code(), "money.invalid_amount");
    }

    #[test]
    fn cancelling_units_one_at_a_time_from_a_line_with_an_adjustment() {
        // two units at 0.83 plus a 0.01 line adjustment
        let line = usd("0.83").checked_mul(dec!(2)).unwrap().checked_add(&usd("0.01")).unwrap();
        assert_eq!(line.amount(), dec!(1.67));
        let first = line.take_units(1, 2).unwrap();
        assert_eq!(first.amount(), dec!(0.84));
        let rest = line.checked_sub(&first).unwrap();
        assert_eq!(rest.take_units(1, 1).unwrap().amount(), dec!(0.83));
        assert_eq!(line.take_units(3, 2).unwrap_err().code(), "order.invalid_quantity");
    }

    #[test]
    fn rounding_mode_is_explicit() {
        let m = usd("0.825");
        assert_eq!(m.round(RoundingMode::HalfUp).amount(), dec!(0.83));
        assert_eq!(m.round(RoundingMode::HalfEven).amount(), dec!(0.82));
        assert_eq!(m.round(RoundingMode::Down).amount(), dec!(0.82));
        assert_eq!(usd("0.821").round(RoundingMode::Up).amount(), dec!(0.83));
    }

    #[test]
    fn sub_minor_unit_gaps_are_settled() {
        assert!(usd("10.29").checked_sub(&usd("10.285")).unwrap().is_settled());
        assert!(!usd("0.01").is_settled());
    }

    #[test]
    fn display_shows_minor_units() {
        assert_eq!(usd("10").to_string(), "10.00 USD");
        assert_eq!(Money::parse("5", "JPY").unwrap().to_string(), "5 JPY");
    }

    #[test]
    fn json_round_trip() {
        let m = usd("12.34");
        let s = serde_json::to_string(&m).unwrap();
        assert_eq!(s, r#"{"amount":"12.34","currency":"USD"}"#);
        assert_eq!(serde_json::from_str::<Money>(&s).unwrap(), m);
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1","currency":"ZZZ"}"#).is_err());
    }
}
