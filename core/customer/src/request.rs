//! The customer's side as JSON documents: one request in, one typed result out. Hosts that keep
//! orders as events and ledgers as entries call these directly, and every binding (Python, Node,
//! Kotlin, Swift) passes its arguments through them, so all languages read the same inputs the
//! same way and the shared conformance vectors (`conformance/customer.json`) pin them.
//!
//! ```
//! use postpurchase::customer::LoyaltySummaryRequest;
//! let req = LoyaltySummaryRequest::from_json(r#"{"programme": {"currency": "EUR", "earning": {}}, "locale": "it-IT"}"#)?;
//! let summary = req.run()?;
//! assert_eq!(summary.locale, "it-IT");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::answer::{Answer, Question, answer};
use super::locale::Localizer;
use super::message::{Message, compose};
use super::summary::{Summary, loyalty_summary, return_policy_summary};
use super::view::{OrderView, Sources, order_view};
use crate::catalogue::Catalogues;
use crate::error::{Error, ErrorKind, Result};
use crate::loyalty::{Entry, Member, Programme};
use crate::money::Currency;
use crate::notify::Intent;
use crate::order::{Order, OrderEvent};
use crate::returns::{EligibilityContext, ReturnPolicy};
use crate::tracking::DelayThresholds;

fn parse<T: DeserializeOwned>(what: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::from_json_error(what, &e))
}

/// Everything the customer view of one order needs.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViewRequest {
    /// The order's events, as stored.
    pub events: Vec<OrderEvent>,
    /// The return policy (checked like any policy file).
    #[cfg_attr(feature = "schema", schemars(with = "ReturnPolicy"))]
    pub policy: serde_json::Value,
    /// The loyalty programme, if the shop runs one.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Programme>"))]
    pub programme: Option<serde_json::Value>,
    /// The customer's ledger entries, as stored (used with `programme`).
    #[serde(default)]
    pub ledger: Vec<Entry>,
    /// What the host knows about the customer (earlier returns, tier benefits).
    #[serde(default)]
    pub context: EligibilityContext,
    /// Delay thresholds (defaults when absent).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<DelayThresholds>"))]
    pub thresholds: Option<serde_json::Value>,
    /// Arrival windows the host learnt for parcels in transit (see [`crate::view::ArrivalWindow`]).
    #[serde(default)]
    pub arrivals: Vec<crate::view::ArrivalWindow>,
    /// Now.
    pub now: DateTime<Utc>,
    /// The customer's locale (BCP 47).
    pub locale: String,
}

impl ViewRequest {
    /// Reads a request.
    ///
    /// # Errors
    /// `input.invalid` (or the type's own code) naming the field that does not fit.
    pub fn from_json(text: &str) -> Result<ViewRequest> {
        parse("view request", text)
    }

    /// The view and the localizer it was written with.
    ///
    /// # Errors
    /// `order.not_placed` for no events; `config.invalid` for a bad policy, programme or
    /// thresholds; `input.invalid` for a ledger without a programme or a bad locale; errors of
    /// [`order_view`].
    pub fn run_with_localizer(&self, texts: &Catalogues) -> Result<(OrderView, Localizer)> {
        let order = Order::from_events(&self.events)?;
        let policy: ReturnPolicy = crate::config::from_value(self.policy.clone())?;
        let programme: Option<Programme> = match &self.programme {
            Some(p) => Some(crate::config::from_value(p.clone())?),
            None if !self.ledger.is_empty() => {
                return Err(Error::new(ErrorKind::InvalidInput, "view request: ledger: a ledger needs its programme"));
            }
            None => None,
        };
        let thresholds: DelayThresholds = match &self.thresholds {
            Some(t) => crate::config::from_value(t.clone())?,
            None => DelayThresholds::default(),
        };
        let member = Member::try_from_entries(order.customer().clone(), &self.ledger)?;
        let loc = Localizer::with_catalogues(&self.locale, texts)?;
        let sources = Sources {
            order: &order,
            policy: &policy,
            context: &self.context,
            loyalty: programme.as_ref().map(|p| (p, &member)),
            thresholds: &thresholds,
            arrivals: &self.arrivals,
            now: self.now,
        };
        Ok((order_view(&sources, &loc)?, loc))
    }

    /// The view.
    ///
    /// # Errors
    /// As [`ViewRequest::run_with_localizer`].
    pub fn run(&self) -> Result<OrderView> {
        self.run_with(&Catalogues::shipped())
    }

    /// [`ViewRequest::run`] with the host's catalogues.
    ///
    /// # Errors
    /// As [`ViewRequest::run`].
    pub fn run_with(&self, texts: &Catalogues) -> Result<OrderView> {
        self.run_with_localizer(texts).map(|(v, _)| v)
    }
}

/// A question about an order.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    /// The order, as for its view.
    pub view: ViewRequest,
    /// The question, e.g. `{"question": "can_i_return", "line": "l1"}`.
    pub question: Question,
}

impl AnswerRequest {
    /// Reads a request.
    ///
    /// # Errors
    /// `input.invalid` naming the field that does not fit.
    pub fn from_json(text: &str) -> Result<AnswerRequest> {
        parse("answer request", text)
    }

    /// The answer.
    ///
    /// # Errors
    /// As [`ViewRequest::run`] and [`answer`].
    pub fn run(&self) -> Result<Answer> {
        self.run_with(&Catalogues::shipped())
    }

    /// [`AnswerRequest::run`] with the host's catalogues.
    ///
    /// # Errors
    /// As [`AnswerRequest::run`].
    pub fn run_with(&self, texts: &Catalogues) -> Result<Answer> {
        let (view, loc) = self.view.run_with_localizer(texts)?;
        answer(&self.question, &view, &loc)
    }
}

/// The content of one notification.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MessageRequest {
    /// The intent the notification planner made.
    pub intent: Intent,
    /// The order it is about, as for its view (its locale is the message's); absent for loyalty
    /// and marketing messages.
    #[serde(default)]
    pub view: Option<ViewRequest>,
    /// The locale when there is no view (else the intent's recipient locale, else English).
    #[serde(default)]
    pub locale: Option<String>,
}

impl MessageRequest {
    /// Reads a request.
    ///
    /// # Errors
    /// `input.invalid` naming the field that does not fit.
    pub fn from_json(text: &str) -> Result<MessageRequest> {
        parse("message request", text)
    }

    /// The payload and rendered text.
    ///
    /// # Errors
    /// `input.invalid` when the locale and the view's locale disagree; as [`compose`].
    pub fn run(&self) -> Result<Message> {
        self.run_with(&Catalogues::shipped())
    }

    /// [`MessageRequest::run`] with the host's catalogues.
    ///
    /// # Errors
    /// As [`MessageRequest::run`].
    pub fn run_with(&self, texts: &Catalogues) -> Result<Message> {
        match (&self.view, &self.locale) {
            (Some(v), Some(l)) if *l != v.locale => {
                Err(Error::new(ErrorKind::InvalidInput, "message request: locale differs from the view's locale"))
            }
            (Some(v), _) => {
                let (view, loc) = v.run_with_localizer(texts)?;
                compose(&self.intent, Some(&view), &loc)
            }
            (None, Some(l)) => compose(&self.intent, None, &Localizer::with_catalogues(l, texts)?),
            (None, None) => {
                let tag = self.intent.locale.as_deref().unwrap_or(crate::catalogue::FALLBACK_LANGUAGE);
                compose(&self.intent, None, &Localizer::with_catalogues(tag, texts)?)
            }
        }
    }
}

/// The plain-language summary of a return policy.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PolicySummaryRequest {
    /// The return policy.
    #[cfg_attr(feature = "schema", schemars(with = "ReturnPolicy"))]
    pub policy: serde_json::Value,
    /// The loyalty programme, for tier benefits.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Programme>"))]
    pub programme: Option<serde_json::Value>,
    /// The shop's order currency (ISO 4217).
    pub currency: String,
    /// The locale.
    pub locale: String,
}

impl PolicySummaryRequest {
    /// Reads a request.
    ///
    /// # Errors
    /// `input.invalid` naming the field that does not fit.
    pub fn from_json(text: &str) -> Result<PolicySummaryRequest> {
        parse("policy summary request", text)
    }

    /// The summary.
    ///
    /// # Errors
    /// `config.invalid`, `money.unknown_currency`, `input.invalid` for a bad locale, and as
    /// [`return_policy_summary`].
    pub fn run(&self) -> Result<Summary> {
        self.run_with(&Catalogues::shipped())
    }

    /// [`PolicySummaryRequest::run`] with the host's catalogues.
    ///
    /// # Errors
    /// As [`PolicySummaryRequest::run`].
    pub fn run_with(&self, texts: &Catalogues) -> Result<Summary> {
        let policy: ReturnPolicy = crate::config::from_value(self.policy.clone())?;
        let programme: Option<Programme> = match &self.programme {
            Some(p) => Some(crate::config::from_value(p.clone())?),
            None => None,
        };
        let loc = Localizer::with_catalogues(&self.locale, texts)?;
        return_policy_summary(&policy, programme.as_ref(), Currency::from_code(&self.currency)?, &loc)
    }
}

/// The plain-language summary of a loyalty programme.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LoyaltySummaryRequest {
    /// The programme.
    #[cfg_attr(feature = "schema", schemars(with = "Programme"))]
    pub programme: serde_json::Value,
    /// The locale.
    pub locale: String,
}

impl LoyaltySummaryRequest {
    /// Reads a request.
    ///
    /// # Errors
    /// `input.invalid` naming the field that does not fit.
    pub fn from_json(text: &str) -> Result<LoyaltySummaryRequest> {
        parse("loyalty summary request", text)
    }

    /// The summary.
    ///
    /// # Errors
    /// `config.invalid`, `input.invalid` for a bad locale, and as [`loyalty_summary`].
    pub fn run(&self) -> Result<Summary> {
        self.run_with(&Catalogues::shipped())
    }

    /// [`LoyaltySummaryRequest::run`] with the host's catalogues.
    ///
    /// # Errors
    /// As [`LoyaltySummaryRequest::run`].
    pub fn run_with(&self, texts: &Catalogues) -> Result<Summary> {
        let programme: Programme = crate::config::from_value(self.programme.clone())?;
        loyalty_summary(&programme, &Localizer::with_catalogues(&self.locale, texts)?)
    }
}
