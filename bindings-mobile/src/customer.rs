//! The customer's side: the view of an order (timeline per parcel, promise and estimate, what
//! happens next, the actions open now), answers to customers' questions, message content and
//! plain-language summaries, as records generated from the core's contract (`crate::contract`);
//! the `…Json` twins take and give the core's JSON requests (as in `conformance/customer.json`);
//! [`Catalogues`] carries an app's own words.

use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use postpurchase as pp;
use postpurchase::customer as c;

use crate::wire::{from_core, to_core};
use crate::{
    CustomerAnswer, CustomerMessage, EligibilityContext, LoyaltyProgramme, OrderView, PlainSummary, Result,
    ReturnPolicy, instant, parse,
};

/// The words the customer calls read: the shipped Fluent catalogues with the app's own
/// resources on top, so an app rewords a message or adds a language.
#[derive(uniffi::Object)]
pub struct Catalogues {
    inner: Mutex<c::Catalogues>,
}

#[uniffi::export]
impl Catalogues {
    /// The shipped catalogues (English and Italian).
    #[uniffi::constructor]
    pub fn new() -> Arc<Catalogues> {
        Arc::new(Catalogues { inner: Mutex::new(c::Catalogues::shipped()) })
    }

    /// Puts a Fluent resource for `language` (a BCP 47 tag; `de-AT` adds to `de`) on top. A
    /// resource that does not parse or names an id the library does not use is `input.invalid`
    /// naming the line; nothing is added on error.
    pub fn add(&self, language: String, source: String) -> Result<()> {
        crate::guard(|| {
            Ok(self.inner.lock().map_err(|_| crate::invalid("catalogues: poisoned"))?.add(&language, &source)?)
        })
    }

    /// The languages with words, English first.
    pub fn languages(&self) -> Vec<String> {
        self.texts().languages()
    }

    /// The message ids `language` has no words for (they are written in English).
    pub fn missing(&self, language: String) -> Vec<String> {
        self.texts().missing(&language).into_iter().map(|id| id.as_str().to_string()).collect()
    }

    /// How many resources were added.
    pub fn host_resources(&self) -> u32 {
        u32::try_from(self.texts().host_resources()).unwrap_or(u32::MAX)
    }
}

impl Catalogues {
    /// A snapshot of the catalogues (cheap: the parsed resources are shared).
    fn texts(&self) -> c::Catalogues {
        self.inner.lock().map_or_else(|p| p.into_inner().clone(), |t| t.clone())
    }
}

/// The catalogues a call reads: the app's, else the shipped ones.
fn texts(given: Option<&Arc<Catalogues>>) -> c::Catalogues {
    given.map_or_else(c::Catalogues::shipped, |t| t.texts())
}

/// The inputs of a view: the order as its events (JSON, as stored), the policy, now and the
/// locale; optionally the programme with the customer's ledger entries (JSON), the customer
/// context and delay thresholds (JSON).
#[derive(uniffi::Record)]
pub struct OrderViewInput {
    /// The order's events as JSON.
    pub events_json: String,
    /// The return policy.
    pub policy: Arc<ReturnPolicy>,
    /// Now.
    pub now: SystemTime,
    /// The customer's locale (BCP 47).
    pub locale: String,
    /// The loyalty programme.
    #[uniffi(default = None)]
    pub programme: Option<Arc<LoyaltyProgramme>>,
    /// The customer's ledger entries as JSON (with `programme`).
    #[uniffi(default = None)]
    pub ledger_json: Option<String>,
    /// What the app knows about the customer.
    #[uniffi(default = None)]
    pub context: Option<EligibilityContext>,
    /// Delay thresholds as JSON (defaults when absent).
    #[uniffi(default = None)]
    pub thresholds_json: Option<String>,
    /// The app's words (the shipped catalogues when absent).
    #[uniffi(default = None)]
    pub catalogues: Option<Arc<Catalogues>>,
    /// Arrival windows learnt for parcels in transit, as JSON
    /// (`[{"shipment", "likely": "YYYY-MM-DD", "latest", "confidence": "high"}]`; for instance from
    /// `PromiseModel.inTransit`).
    #[uniffi(default = None)]
    pub arrivals_json: Option<String>,
}

fn view_of(input: &OrderViewInput) -> Result<(c::OrderView, c::Localizer)> {
    let events: Vec<pp::OrderEvent> = parse("events", &input.events_json)?;
    let order = pp::Order::from_events(&events)?;
    let entries: Vec<pp::loyalty::Entry> = match &input.ledger_json {
        Some(t) => parse("ledger", t)?,
        None => Vec::new(),
    };
    let member = pp::loyalty::Member::try_from_entries(order.customer().clone(), &entries)?;
    let thresholds = match &input.thresholds_json {
        Some(t) => pp::DelayThresholds::from_json(t)?,
        None => pp::DelayThresholds::default(),
    };
    let context = input.context.as_ref().map(|c| to_core(c, "context")).transpose()?.unwrap_or_default();
    let arrivals: Vec<c::ArrivalWindow> = match &input.arrivals_json {
        Some(t) => parse("arrivals", t)?,
        None => Vec::new(),
    };
    let loc = c::Localizer::with_catalogues(&input.locale, &texts(input.catalogues.as_ref()))?;
    let sources = c::Sources {
        order: &order,
        policy: &input.policy.inner,
        context: &context,
        loyalty: input.programme.as_ref().map(|p| (&p.inner, &member)),
        thresholds: &thresholds,
        arrivals: &arrivals,
        now: instant(input.now)?,
    };
    Ok((c::order_view(&sources, &loc)?, loc))
}

/// What the customer should see about an order at `now`.
#[uniffi::export]
pub fn order_view(input: OrderViewInput) -> Result<OrderView> {
    crate::guard(|| from_core(&view_of(&input)?.0, "view"))
}

/// Answers a question (`where_is_my_order`, `when_will_it_arrive`, `can_i_return`,
/// `how_do_i_return`, `where_is_my_refund`, `how_many_points`) about an order; `line` narrows
/// the return questions to one line.
#[uniffi::export(default(line = None))]
pub fn answer_question(input: OrderViewInput, question: String, line: Option<String>) -> Result<CustomerAnswer> {
    crate::guard(|| {
        let q = c::Question::parse(&question, line.as_deref())?;
        let (view, loc) = view_of(&input)?;
        from_core(&c::answer(&q, &view, &loc)?, "answer")
    })
}

/// The content of a notification intent (JSON, as the planner gives it); `input` is the view of
/// the order it is about (absent for loyalty and marketing messages, then `locale` applies).
#[uniffi::export(default(input = None, locale = None, catalogues = None))]
pub fn message_content(
    intent_json: String,
    input: Option<OrderViewInput>,
    locale: Option<String>,
    catalogues: Option<Arc<Catalogues>>,
) -> Result<CustomerMessage> {
    crate::guard(|| {
        let intent: pp::notify::Intent = parse("intent", &intent_json)?;
        let m = match (&input, &locale) {
            (Some(i), _) => {
                let (view, loc) = view_of(i)?;
                c::compose(&intent, Some(&view), &loc)?
            }
            (None, Some(l)) => {
                c::compose(&intent, None, &c::Localizer::with_catalogues(l, &texts(catalogues.as_ref()))?)?
            }
            (None, None) => return Err(crate::invalid("message content: give the order's view input or a locale")),
        };
        from_core(&m, "message")
    })
}

/// The plain-language summary of a return policy, amounts in `currency`, tier benefits from
/// `programme`.
#[uniffi::export(default(programme = None, catalogues = None))]
pub fn return_policy_summary(
    policy: Arc<ReturnPolicy>,
    currency: String,
    locale: String,
    programme: Option<Arc<LoyaltyProgramme>>,
    catalogues: Option<Arc<Catalogues>>,
) -> Result<PlainSummary> {
    crate::guard(|| {
        let loc = c::Localizer::with_catalogues(&locale, &texts(catalogues.as_ref()))?;
        let currency = pp::Currency::from_code(&currency)?;
        from_core(
            &c::return_policy_summary(&policy.inner, programme.as_ref().map(|p| &p.inner), currency, &loc)?,
            "summary",
        )
    })
}

/// The plain-language summary of a loyalty programme.
#[uniffi::export(default(catalogues = None))]
pub fn loyalty_summary(
    programme: Arc<LoyaltyProgramme>,
    locale: String,
    catalogues: Option<Arc<Catalogues>>,
) -> Result<PlainSummary> {
    crate::guard(|| {
        let loc = c::Localizer::with_catalogues(&locale, &texts(catalogues.as_ref()))?;
        from_core(&c::loyalty_summary(&programme.inner, &loc)?, "summary")
    })
}

/// The order view for a request in the core's JSON shape (a `ViewRequest`), as JSON: the twin
/// of [`order_view`] for hosts that keep the request as JSON.
#[uniffi::export(default(catalogues = None))]
pub fn order_view_json(request_json: String, catalogues: Option<Arc<Catalogues>>) -> Result<String> {
    crate::guard(|| crate::dump(&c::ViewRequest::from_json(&request_json)?.run_with(&texts(catalogues.as_ref()))?))
}

/// The answer for a request in the core's JSON shape (an `AnswerRequest`), as JSON.
#[uniffi::export(default(catalogues = None))]
pub fn answer_question_json(request_json: String, catalogues: Option<Arc<Catalogues>>) -> Result<String> {
    crate::guard(|| crate::dump(&c::AnswerRequest::from_json(&request_json)?.run_with(&texts(catalogues.as_ref()))?))
}

/// The message content for a request in the core's JSON shape (a `MessageRequest`), as JSON.
#[uniffi::export(default(catalogues = None))]
pub fn message_content_json(request_json: String, catalogues: Option<Arc<Catalogues>>) -> Result<String> {
    crate::guard(|| crate::dump(&c::MessageRequest::from_json(&request_json)?.run_with(&texts(catalogues.as_ref()))?))
}

/// The return policy summary for a request in the core's JSON shape (a
/// `PolicySummaryRequest`), as JSON.
#[uniffi::export(default(catalogues = None))]
pub fn return_policy_summary_json(request_json: String, catalogues: Option<Arc<Catalogues>>) -> Result<String> {
    crate::guard(|| {
        crate::dump(&c::PolicySummaryRequest::from_json(&request_json)?.run_with(&texts(catalogues.as_ref()))?)
    })
}

/// The loyalty summary for a request in the core's JSON shape (a `LoyaltySummaryRequest`), as
/// JSON.
#[uniffi::export(default(catalogues = None))]
pub fn loyalty_summary_json(request_json: String, catalogues: Option<Arc<Catalogues>>) -> Result<String> {
    crate::guard(|| {
        crate::dump(&c::LoyaltySummaryRequest::from_json(&request_json)?.run_with(&texts(catalogues.as_ref()))?)
    })
}
