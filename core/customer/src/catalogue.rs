//! The words a [`Localizer`](crate::Localizer) reads: Fluent catalogues in layers. The catalogues
//! shipped with the crate (English and Italian, one file per [`Area`]) are the bottom layer; a
//! host puts its own resources on top to reword a message or to add a language, without forking.
//!
//! A message is looked up in the requested language first (the host's resources, the last added
//! first, then the shipped catalogue), then in English the same way. A host resource may only
//! define ids on [`MESSAGE_IDS`](crate::MESSAGE_IDS): a misspelt id is refused when it is added,
//! not discovered when a customer reads the page.
//!
//! ```
//! use postpurchase::customer::{Catalogues, Localizer, msg};
//! let mut texts = Catalogues::shipped();
//! texts.add("en", "page-points = Your rewards")?; // reword one message
//! texts.add("de", "page-points = Deine Punkte")?; // start a language
//! assert_eq!(Localizer::with_catalogues("en-GB", &texts)?.message(msg!("page-points"), &[])?, "Your rewards");
//! let de = Localizer::with_catalogues("de-DE", &texts)?;
//! assert_eq!(de.language(), "de");
//! assert_eq!(de.message(msg!("page-points"), &[])?, "Deine Punkte");
//! assert_eq!(de.message(msg!("page-returns"), &[])?, "Your returns"); // not translated yet: English
//! assert_eq!(Localizer::new("en")?.message(msg!("page-points"), &[])?, "Your points"); // the shipped text is untouched
//! # Ok::<(), postpurchase::Error>(())
//! ```

use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::{Entry, Pattern};

use crate::error::{Error, ErrorKind, Result};
use crate::message_id::{Area, MessageId};

/// The language every missing message falls back to.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The most resources a host can add to one set of catalogues.
pub const MAX_HOST_RESOURCES: usize = 256;

/// The largest host resource, in bytes.
pub const MAX_RESOURCE_BYTES: usize = 1 << 20;

macro_rules! shipped {
    ($($lang:literal => [$($area:ident => $file:literal),* $(,)?]),* $(,)?) => {
        /// The catalogues shipped with the crate: (language, area, Fluent source), English first.
        pub const SHIPPED: &[(&str, Area, &str)] = &[
            $($(($lang, Area::$area, include_str!(concat!("../locales/", $lang, "/", $file, ".ftl"))),)*)*
        ];
    };
}

shipped! {
    "en" => [Policy => "policy", Loyalty => "loyalty", View => "view", Answers => "answers", Mail => "mail", Tracking => "tracking", Money => "money"],
    "it" => [Policy => "policy", Loyalty => "loyalty", View => "view", Answers => "answers", Mail => "mail", Tracking => "tracking", Money => "money"],
}

/// The languages with a shipped catalogue, the fallback first.
pub fn shipped_languages() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for (lang, _, _) in SHIPPED {
        if !out.contains(lang) {
            out.push(lang);
        }
    }
    out
}

type Bundle = FluentBundle<FluentResource>;

/// One resource: its language, its bundle and whether the host gave it.
struct Layer {
    language: String,
    bundle: Bundle,
    host: bool,
}

/// A stack of Fluent resources: the host's on top of the shipped ones. Cheap to clone (the
/// parsed resources are shared).
#[derive(Clone)]
pub struct Catalogues {
    /// Highest priority first: host resources (the last added first), then the shipped ones.
    layers: Vec<Arc<Layer>>,
}

impl std::fmt::Debug for Catalogues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogues")
            .field("languages", &self.languages())
            .field("host_resources", &self.host_resources())
            .finish()
    }
}

fn bundle(language: &str, resource: FluentResource) -> Option<Bundle> {
    let id: unic_langid::LanguageIdentifier = language.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // money and dates are formatted by the caller; Unicode isolation marks would only get in
    // the way of plain-text channels (SMS, email subjects)
    bundle.set_use_isolating(false);
    // duplicate ids keep the first definition
    let _ = bundle.add_resource(resource);
    Some(bundle)
}

/// The line (1-based) of a byte position in `source`.
fn line_of(source: &str, byte: usize) -> usize {
    source.get(..byte).map_or(0, |s| s.matches('\n').count()).saturating_add(1)
}

/// The language subtag of a BCP 47 tag, lower case (`de` for `de-AT`).
///
/// # Errors
/// [`ErrorKind::InvalidInput`] for a tag that is not BCP 47.
pub(crate) fn language_of(tag: &str) -> Result<String> {
    if tag.len() > 64 {
        return Err(Error::new(ErrorKind::InvalidInput, "locale: a tag is at most 64 characters"));
    }
    let id: unic_langid::LanguageIdentifier = tag
        .replace('_', "-")
        .parse()
        .map_err(|_| Error::new(ErrorKind::InvalidInput, format!("locale: {tag:?} is not a BCP 47 tag")))?;
    Ok(id.language.as_str().to_string())
}

impl Catalogues {
    /// The shipped catalogues alone (parsed once per process).
    pub fn shipped() -> Catalogues {
        static SHIPPED_LAYERS: OnceLock<Catalogues> = OnceLock::new();
        SHIPPED_LAYERS
            .get_or_init(|| Catalogues {
                layers: SHIPPED
                    .iter()
                    .filter_map(|(lang, _, source)| {
                        // a shipped file that fails to parse keeps what parsed (a test checks
                        // that every shipped file parses cleanly)
                        let resource =
                            FluentResource::try_new((*source).to_string()).unwrap_or_else(|(partial, _)| partial);
                        let bundle = bundle(lang, resource)?;
                        Some(Arc::new(Layer { language: (*lang).to_string(), bundle, host: false }))
                    })
                    .collect(),
            })
            .clone()
    }

    /// Puts a host resource (Fluent source) for `language` on top: its messages win over every
    /// earlier resource of that language, shipped or added. `language` is a BCP 47 tag; its
    /// language subtag names the catalogue (`de-AT` adds to `de`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`], naming the line, for a tag that is not BCP 47, a resource over
    /// [`MAX_RESOURCE_BYTES`], Fluent that does not parse, a message id that is not on
    /// [`MESSAGE_IDS`](crate::MESSAGE_IDS), or more than [`MAX_HOST_RESOURCES`] resources.
    /// Nothing is added on error.
    pub fn add(&mut self, language: &str, source: &str) -> Result<()> {
        let bad = |msg: String| Error::new(ErrorKind::InvalidInput, format!("catalogue {language:?}: {msg}"));
        let lang = language_of(language)?;
        if source.len() > MAX_RESOURCE_BYTES {
            return Err(bad(format!("a resource is at most {MAX_RESOURCE_BYTES} bytes")));
        }
        if self.host_resources() >= MAX_HOST_RESOURCES {
            return Err(bad(format!("at most {MAX_HOST_RESOURCES} resources can be added")));
        }
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
            let first = errors
                .first()
                .map_or_else(String::new, |e| format!("line {}: {}", line_of(source, e.pos.start), e.kind));
            bad(format!("Fluent that does not parse: {first}"))
        })?;
        for entry in resource.entries() {
            if let Entry::Message(m) = entry
                && MessageId::parse(m.id.name).is_none()
            {
                let at = line_of(source, source.find(m.id.name).unwrap_or(0));
                return Err(bad(format!("line {at}: {:?} is not a message id of this library", m.id.name)));
            }
        }
        let bundle = bundle(&lang, resource).ok_or_else(|| bad("an unreadable language".into()))?;
        self.layers.insert(0, Arc::new(Layer { language: lang, bundle, host: true }));
        Ok(())
    }

    /// [`Catalogues::add`], by value.
    ///
    /// # Errors
    /// As [`Catalogues::add`].
    pub fn with(mut self, language: &str, source: &str) -> Result<Catalogues> {
        self.add(language, source)?;
        Ok(self)
    }

    /// How many resources the host added.
    pub fn host_resources(&self) -> usize {
        self.layers.iter().filter(|l| l.host).count()
    }

    /// The languages with at least one resource, the fallback first, then in the order they
    /// first appear.
    pub fn languages(&self) -> Vec<String> {
        let mut out = vec![FALLBACK_LANGUAGE.to_string()];
        for layer in self.layers.iter().rev() {
            if !out.contains(&layer.language) {
                out.push(layer.language.clone());
            }
        }
        out
    }

    /// Whether `language` (a language subtag) has a resource.
    pub fn has_language(&self, language: &str) -> bool {
        self.layers.iter().any(|l| l.language == language)
    }

    /// The ids on [`MESSAGE_IDS`](crate::MESSAGE_IDS) that `language` has no message for (they are
    /// written in English): how far a host's translation has come.
    pub fn missing(&self, language: &str) -> Vec<MessageId> {
        crate::MESSAGE_IDS
            .iter()
            .filter_map(|(_, id)| MessageId::parse(id))
            .filter(|id| !self.layers.iter().any(|l| l.language == language && l.bundle.has_message(id.as_str())))
            .collect()
    }

    /// The bundle and pattern of `id` for `language`, falling back to English.
    pub(crate) fn find(&self, language: &str, id: &str) -> Option<(&Bundle, &Pattern<&str>)> {
        let of = |lang: &str| {
            self.layers
                .iter()
                .filter(move |l| l.language == lang)
                .find_map(|l| l.bundle.get_message(id).and_then(|m| m.value()).map(|p| (&l.bundle, p)))
        };
        of(language).or_else(|| of(FALLBACK_LANGUAGE))
    }

    /// The text of an argument-free message in `language` only (no fallback).
    pub(crate) fn own_text(&self, language: &str, id: &str) -> Option<String> {
        let (bundle, pattern) = self
            .layers
            .iter()
            .filter(|l| l.language == language)
            .find_map(|l| l.bundle.get_message(id).and_then(|m| m.value()).map(|p| (&l.bundle, p)))?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None::<&fluent_bundle::FluentArgs>, &mut errors).into_owned())
    }
}

/// Parse problems of each shipped file (empty when every file is clean): for tests.
pub fn shipped_problems() -> Vec<String> {
    let mut out = Vec::new();
    for (lang, area, source) in SHIPPED {
        if let Err((_, errors)) = FluentResource::try_new((*source).to_string()) {
            out.extend(errors.iter().map(|e| format!("{lang}/{}: {e:?}", area.name())));
        }
    }
    out
}

/// The message ids of one shipped file, in file order: for tests.
pub fn shipped_ids(language: &str, area: Area) -> Vec<String> {
    SHIPPED
        .iter()
        .filter(|(l, a, _)| *l == language && *a == area)
        .flat_map(|(_, _, source)| {
            let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(partial, _)| partial);
            resource
                .entries()
                .filter_map(|e| match e {
                    Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Localizer;
    use crate::msg;

    #[test]
    fn every_shipped_language_has_every_typed_message() {
        let shipped = Catalogues::shipped();
        assert_eq!(shipped.languages(), ["en", "it"]);
        for lang in shipped_languages() {
            assert_eq!(shipped.missing(lang), Vec::<MessageId>::new(), "{lang}");
        }
        assert_eq!(shipped.missing("de").len(), crate::MESSAGE_IDS.len());
    }

    #[test]
    fn a_host_rewords_a_message_and_adds_a_language_over_the_shipped_layer() {
        let mut texts = Catalogues::shipped();
        texts.add("it", "page-points = I tuoi punti fedeltà").unwrap();
        texts.add("it-CH", "page-points = Punti").unwrap(); // the language subtag names the catalogue
        texts.add("fr", "page-returns = Vos retours\npage-points = Vos points").unwrap();
        let it = Localizer::with_catalogues("it-IT", &texts).unwrap();
        assert_eq!(it.message(msg!("page-points"), &[]).unwrap(), "Punti", "the last added wins");
        assert_eq!(it.message(msg!("page-returns"), &[]).unwrap(), "I tuoi resi");
        let fr = Localizer::with_catalogues("fr-FR", &texts).unwrap();
        assert_eq!((fr.language(), fr.locale()), ("fr", "fr-FR"));
        assert_eq!(fr.message(msg!("page-returns"), &[]).unwrap(), "Vos retours");
        assert_eq!(fr.message(msg!("page-messages"), &[]).unwrap(), "Messages we sent you");
        assert_eq!(fr.date(chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()), "5 mars 2026");
        assert_eq!(texts.languages(), ["en", "it", "fr"]);
        assert_eq!(texts.host_resources(), 3);
        assert_eq!(texts.missing("fr").len(), crate::MESSAGE_IDS.len() - 2);
        // the shipped layer and other sets are untouched
        assert_eq!(Localizer::new("it").unwrap().message(msg!("page-points"), &[]).unwrap(), "I tuoi punti");
        assert_eq!(Localizer::new("fr").unwrap().language(), "en");
    }

    #[test]
    fn a_bad_host_resource_is_refused_whole_naming_the_line() {
        let mut texts = Catalogues::shipped();
        let refused = |texts: &mut Catalogues, lang: &str, src: &str| {
            let e = texts.add(lang, src).unwrap_err();
            assert_eq!(e.kind(), crate::error::ErrorKind::InvalidInput, "{lang} {src:?}");
            e.to_string()
        };
        let e = refused(&mut texts, "de", "page-points = Punkte\n\npage-returns = { }\npage-messages = x\n");
        assert!(e.contains("line 3"), "{e}");
        let e = refused(&mut texts, "de", "page-points = Punkte\npage-pionts = Punkte\n");
        assert!(e.contains("line 2") && e.contains("page-pionts"), "{e}");
        refused(&mut texts, "not a tag", "page-points = x");
        refused(&mut texts, "de", &"# x\n".repeat(MAX_RESOURCE_BYTES / 4 + 1));
        assert_eq!(texts.host_resources(), 0, "nothing half-added");
        assert!(!texts.has_language("de"));
        for _ in 0..MAX_HOST_RESOURCES {
            texts.add("de", "page-points = Punkte").unwrap();
        }
        refused(&mut texts, "de", "page-points = Punkte");
    }

    #[test]
    fn every_decision_code_is_worded_or_known_not_to_deny() {
        // the codes that allow, send to review or explain a method fall-back: no denial words
        let not_denials = [
            "return.allowed",
            "return.window_open",
            "return.window_unlimited",
            "return.window_not_started",
            "return.quantity_ok",
            "return.returnable_item",
            "return.shipping_requirement_met",
            "return.frequency_ok",
            "return.review_frequent_returner",
            "return.value_ok",
            "return.review_high_value",
            "return.refund_method_fallback",
        ];
        for code in crate::returns::DECISION_CODES {
            let worded = crate::message_id::of::why(code).is_some();
            assert!(worded != not_denials.contains(code), "{code}: word it in message_id::of::why or list it here");
        }
    }
}
