//! Text in the customer's language: Project Fluent [`Catalogues`] for the words (the ones shipped
//! in `core/customer/locales/<language>/<area>.ftl`, under a host's own), ICU4X with its compiled
//! CLDR data for numbers, money, dates and lists.
//!
//! A requested locale (a BCP 47 tag such as `it-IT` or `en-IE`) picks the catalogue of its
//! language; a language without a catalogue falls back to English, and so does a message a
//! catalogue lacks (every shipped catalogue has every message: a test checks it). Numbers, money
//! and dates follow the requested locale when its language has a catalogue (so `en-IE` writes
//! dates the Irish way), else English.
//!
//! ```
//! use postpurchase::customer::Localizer;
//! use postpurchase::{Currency, Money};
//! use rust_decimal::Decimal;
//! let eur = Money::new(Decimal::new(123_450, 2), Currency::from_code("EUR")?)?;
//! assert_eq!(Localizer::new("en-IE")?.money(&eur), "€1,234.50");
//! assert_eq!(Localizer::new("de-DE")?.language(), "en"); // no German catalogue yet
//! let it = Localizer::new("it-IT")?;
//! assert_eq!(it.date(chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()), "5 marzo 2026");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale;
use icu_locale_core::preferences::extensions::unicode::keywords::CurrencyType;
use rust_decimal::Decimal;

use crate::catalogue::{Catalogues, FALLBACK_LANGUAGE, language_of};
use crate::error::{Error, ErrorKind, Result};
use crate::message_id::MessageId;
use crate::money::Money;

/// An argument of a message: text (already formatted) or a count (selects plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted without characters that reorder or hide text (see
    /// [`is_reordering_or_invisible`]); otherwise as is (plain text: a host that shows it in HTML
    /// escapes it).
    Text(String),
    /// A whole number: written plainly and used for plural selection.
    Count(i64),
}

/// Whether a character reorders or hides text: the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) and the invisible zero-width space, word joiner and byte-order
/// mark. A value from outside (a title, a place, a carrier name) loses them before it joins a
/// sentence, so U+202E in a product title cannot flip the rest of a message; the marks
/// U+200E/U+200F/U+061C and the joiners U+200C/U+200D (needed by some scripts and emoji) stay.
pub fn is_reordering_or_invisible(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

/// A text argument as it joins a sentence: without [`is_reordering_or_invisible`] characters.
fn plain_text(t: &str) -> String {
    if t.chars().any(is_reordering_or_invisible) {
        t.chars().filter(|c| !is_reordering_or_invisible(*c)).collect()
    } else {
        t.to_string()
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(i64::from(n))
    }
}

/// Words, numbers, money, dates and lists in one locale.
pub struct Localizer {
    tag: String,
    language: String,
    catalogues: Catalogues,
    locale: Locale,
    decimal: DecimalFormatter,
    date: DateTimeFormatter<YMD>,
    and_list: ListFormatter,
    or_list: ListFormatter,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("tag", &self.tag).field("language", &self.language).finish()
    }
}

fn icu_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::new(ErrorKind::Internal, format!("locale data for {what}: {e}"))
}

impl Localizer {
    /// A localizer for a BCP 47 tag (`it-IT`, `en-IE`, `it`); `_` is read as `-`.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a tag that is not BCP 47.
    pub fn new(tag: &str) -> Result<Localizer> {
        Localizer::with_catalogues(tag, &Catalogues::shipped())
    }

    /// A localizer for a BCP 47 tag that reads `catalogues` (the host's resources over the
    /// shipped ones): a language the host added is used like a shipped one.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a tag that is not BCP 47.
    pub fn with_catalogues(tag: &str, catalogues: &Catalogues) -> Result<Localizer> {
        let lang = language_of(tag)?;
        let requested: Locale = tag
            .replace('_', "-")
            .parse()
            .map_err(|_| Error::new(ErrorKind::InvalidInput, format!("locale: {tag:?} is not a BCP 47 tag")))?;
        let (language, locale) = if catalogues.has_language(&lang) {
            (lang, requested)
        } else {
            (FALLBACK_LANGUAGE.to_string(), FALLBACK_LANGUAGE.parse().map_err(|e| icu_error("the fallback", e))?)
        };
        let decimal =
            DecimalFormatter::try_new((&locale).into(), Default::default()).map_err(|e| icu_error("numbers", e))?;
        let date = DateTimeFormatter::try_new((&locale).into(), YMD::long()).map_err(|e| icu_error("dates", e))?;
        let wide = ListFormatterOptions::default().with_length(ListLength::Wide);
        let and_list = ListFormatter::try_new_and((&locale).into(), wide).map_err(|e| icu_error("lists", e))?;
        let or_list = ListFormatter::try_new_or((&locale).into(), wide).map_err(|e| icu_error("lists", e))?;
        Ok(Localizer {
            tag: locale.to_string(),
            language,
            catalogues: catalogues.clone(),
            locale,
            decimal,
            date,
            and_list,
            or_list,
        })
    }

    /// The locale numbers, money and dates follow (`it-IT`; `en` after a fallback).
    pub fn locale(&self) -> &str {
        &self.tag
    }

    /// The language of the catalogue in use (`it`, or `en` after a fallback).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The message `id` with its arguments, in the catalogue's language, else in English.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for an id no catalogue has; [`ErrorKind::Internal`] when the
    /// message needs an argument that was not given.
    pub fn message(&self, id: MessageId, args: &[(&str, Arg)]) -> Result<String> {
        let Some((bundle, pattern)) = self.catalogues.find(&self.language, id.as_str()) else {
            return Err(Error::new(ErrorKind::InvalidInput, format!("no message {id:?} in any catalogue")));
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(plain_text(t))),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        if let Some(e) = errors.first() {
            return Err(Error::new(ErrorKind::Internal, format!("message {id:?}: {e}")));
        }
        Ok(text)
    }

    /// A decimal number with the locale's separators (`1,234.5`; `1234,5` in Italian, where
    /// CLDR groups only from five digits).
    pub fn number(&self, d: Decimal) -> String {
        icu_decimal_of(d).map_or_else(
            || d.to_string(),
            |v| writeable::Writeable::write_to_string(&self.decimal.format(&v)).into_owned(),
        )
    }

    /// An amount with its currency symbol, placed as the locale places it (`€1,234.50` in
    /// `en-IE`, `1234,50 €` in `it-IT`), with at least the currency's minor digits (an amount finer than the currency
    /// keeps its digits: nothing is rounded here).
    pub fn money(&self, m: &Money) -> String {
        let code = m.currency().code();
        let minor = m.currency().minor_units();
        // pad to the currency's minor digits; never round away digits the amount has
        let mut amount = m.amount();
        if amount.scale() < minor {
            amount.rescale(minor);
        }
        let formatted = CurrencyType::try_from_str(code)
            .ok()
            .and_then(|c| CurrencyFormatter::try_new_symbol((&self.locale).into(), c, Default::default()).ok())
            .zip(icu_decimal_of(amount))
            .map(|(f, v)| writeable::Writeable::write_to_string(&f.format_fixed_decimal(&v)).into_owned());
        let Some(formatted) = formatted else { return format!("{} {code}", self.number(amount)) };
        // where the compiled data's symbol differs from CLDR's for this language (Italian writes
        // USD where the data gives US$), the catalogue's `currency-symbols` names CLDR's
        match self.symbol_override(code) {
            Some(symbol) => {
                let number = self.number(amount.abs());
                let given: String = formatted.replacen(&number, "", 1).replace('-', "");
                let given = given.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}');
                if given.is_empty() { formatted } else { formatted.replacen(given, &symbol, 1) }
            }
            None => formatted,
        }
    }

    /// The catalogue's currency symbol for `code` (`currency-symbols = USD:USD, …`), if it names
    /// one: CLDR's symbol where the compiled currency data differs.
    fn symbol_override(&self, code: &str) -> Option<String> {
        let list = self.catalogues.own_text(&self.language, crate::msg!("currency-symbols").as_str())?;
        list.split(',')
            .filter_map(|pair| pair.trim().split_once(':'))
            .find(|(c, _)| *c == code)
            .map(|(_, s)| s.to_string())
    }

    /// A calendar date, long form (`5 March 2026`, `March 5, 2026`, `5 marzo 2026`).
    pub fn date(&self, d: NaiveDate) -> String {
        let month = u8::try_from(d.month()).unwrap_or(1);
        let day = u8::try_from(d.day()).unwrap_or(1);
        icu_calendar::Date::try_new_iso(d.year(), month, day)
            .map(|date| writeable::Writeable::write_to_string(&self.date.format(&date)).into_owned())
            .unwrap_or_else(|_| d.to_string())
    }

    /// Items joined as the locale joins an "and" list (`a, b and c`; `a, b e c`).
    pub fn and_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        writeable::Writeable::write_to_string(&self.and_list.format(items.iter().map(AsRef::as_ref))).into_owned()
    }

    /// Items joined as the locale joins an "or" list (`a, b or c`; `a, b o c`).
    pub fn or_list<S: AsRef<str>>(&self, items: &[S]) -> String {
        writeable::Writeable::write_to_string(&self.or_list.format(items.iter().map(AsRef::as_ref))).into_owned()
    }
}

/// The ICU decimal of a `rust_decimal` value, digit for digit (trailing zeros kept).
fn icu_decimal_of(d: Decimal) -> Option<icu_decimal::input::Decimal> {
    icu_decimal::input::Decimal::try_from_str(&d.to_string()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    fn eur(cents: i64) -> Money {
        Money::new(Decimal::new(cents, 2), Currency::from_code("EUR").unwrap()).unwrap()
    }

    #[test]
    fn every_shipped_catalogue_parses_and_has_exactly_the_typed_ids_area_by_area() {
        use crate::catalogue::{shipped_ids, shipped_languages, shipped_problems};
        use crate::message_id::{Area, MESSAGE_IDS};
        assert_eq!(shipped_problems(), Vec::<String>::new());
        assert!(MESSAGE_IDS.len() > 250, "{}", MESSAGE_IDS.len());
        assert_eq!(shipped_languages(), ["en", "it"]);
        for lang in shipped_languages() {
            for area in Area::ALL {
                let typed: Vec<&str> = MESSAGE_IDS.iter().filter(|(a, _)| *a == area).map(|(_, id)| *id).collect();
                let shipped = shipped_ids(lang, area);
                let missing: Vec<&&str> = typed.iter().filter(|id| !shipped.iter().any(|s| s == *id)).collect();
                let extra: Vec<&String> = shipped.iter().filter(|id| !typed.contains(&id.as_str())).collect();
                assert!(
                    missing.is_empty() && extra.is_empty(),
                    "{lang}/{}: missing {missing:?}, not on the typed list {extra:?}",
                    area.name()
                );
            }
        }
        let mut ids: Vec<&str> = MESSAGE_IDS.iter().map(|(_, id)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), MESSAGE_IDS.len(), "an id is listed twice");
    }

    #[test]
    fn money_follows_the_locale() {
        assert_eq!(Localizer::new("en-IE").unwrap().money(&eur(123_450)), "€1,234.50");
        assert_eq!(Localizer::new("it-IT").unwrap().money(&eur(123_450)), "1234,50\u{a0}€");
        assert_eq!(Localizer::new("it-IT").unwrap().money(&eur(1_234_550)), "12.345,50\u{a0}€");
        let yen = Money::new(Decimal::new(1500, 0), Currency::from_code("JPY").unwrap()).unwrap();
        assert_eq!(Localizer::new("en").unwrap().money(&yen), "¥1,500");
        // whole amounts keep the currency's minor digits
        assert_eq!(Localizer::new("en-IE").unwrap().money(&eur(500)), "€5.00");
        // #33 item 14: CLDR writes USD in Italian (cldr-json it/currencies.json: symbol "USD"),
        // where the compiled currency data gives US$
        let usd = |s: &str| Money::parse(s, "USD").unwrap();
        assert_eq!(Localizer::new("it-IT").unwrap().money(&usd("12.50")), "12,50\u{a0}USD");
        assert_eq!(Localizer::new("it-IT").unwrap().money(&usd("-1234.50")), "-1234,50\u{a0}USD");
        assert_eq!(Localizer::new("en-IE").unwrap().money(&usd("12.50")), "US$12.50");
    }

    #[test]
    fn dates_lists_and_plurals_follow_the_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        assert_eq!(Localizer::new("en-IE").unwrap().date(d), "5 March 2026");
        assert_eq!(Localizer::new("en-US").unwrap().date(d), "March 5, 2026");
        let it = Localizer::new("it_IT").unwrap();
        assert_eq!(it.date(d), "5 marzo 2026");
        assert_eq!(it.and_list(&["a", "b", "c"]), "a, b e c");
        assert_eq!(Localizer::new("en").unwrap().or_list(&["a", "b", "c"]), "a, b, or c");
        let days = |n: i64| it.message(crate::msg!("policy-store-credit-after"), &[("days", Arg::Count(n))]).unwrap();
        assert!(days(1).contains("1 giorno ") && days(45).contains("45 giorni "), "{}", days(1));
    }

    #[test]
    fn unknown_languages_and_messages_fall_back_to_english_and_bad_tags_are_refused() {
        let de = Localizer::new("de-DE").unwrap();
        assert_eq!((de.language(), de.locale()), ("en", "en"));
        assert_eq!(de.message(crate::msg!("policy-title"), &[]).unwrap(), "Returns and refunds");
        assert_eq!(Localizer::new("it").unwrap().message(crate::msg!("policy-title"), &[]).unwrap(), "Resi e rimborsi");
        assert_eq!(MessageId::parse("no-such-message"), None);
        for bad in ["", "not a tag", "x".repeat(65).as_str()] {
            assert_eq!(Localizer::new(bad).unwrap_err().kind(), ErrorKind::InvalidInput, "{bad:?}");
        }
        // a missing argument is a bug in the caller, reported, not a panic
        assert_eq!(de.message(crate::msg!("policy-holiday"), &[]).unwrap_err().kind(), ErrorKind::Internal);
    }
}
