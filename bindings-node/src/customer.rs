//! The customer's side: the view of an order, answers, message content and plain-language
//! summaries. Each call takes one request (a JSON string or an object, camelCase or the core's
//! snake_case, as in `conformance/customer.json`) and returns a document of the contract
//! (camelCase, `Date`s); the core decides everything.
use napi::bindgen_prelude::*;
use napi_derive::napi;

use postpurchase::customer as c;

use crate::args::{contract_doc, invalid, js, text};
use crate::document::Document;

/// The words the customer calls read: the shipped Fluent catalogues with the shop's own resources
/// on top, so a shop rewords a message or adds a language. Pass it as the last argument of
/// `orderView`, `answerQuestion`, `messageContent`, `returnPolicySummary` or `loyaltySummary`.
#[napi]
pub struct Catalogues {
    inner: c::Catalogues,
}

#[napi]
impl Catalogues {
    /// The shipped catalogues (English and Italian).
    #[napi(constructor)]
    #[allow(clippy::new_without_default)]
    pub fn new() -> Catalogues {
        Catalogues { inner: c::Catalogues::shipped() }
    }

    /// Puts a Fluent resource for `language` (a BCP 47 tag; `de-AT` adds to `de`) on top of
    /// everything added before. A resource that does not parse or names an id the library does
    /// not use is `input.invalid` naming the line; nothing is added on error. Returns `this`.
    #[napi]
    pub fn add<'a>(
        &mut self,
        this: This<'a>,
        #[napi(ts_arg_type = "string")] language: Unknown<'_>,
        #[napi(ts_arg_type = "string")] source: Unknown<'_>,
    ) -> Result<This<'a>, String> {
        crate::guard(|| {
            let (language, source) = (text(&language, "language")?, text(&source, "source")?);
            self.inner.add(&language, &source).map_err(js)
        })?;
        Ok(this)
    }

    /// The languages with words, English first.
    #[napi]
    pub fn languages(&self) -> Vec<String> {
        self.inner.languages()
    }

    /// The message ids `language` has no words for (they are written in English).
    #[napi]
    pub fn missing(&self, language: String) -> Vec<String> {
        self.inner.missing(&language).into_iter().map(|id| id.as_str().to_string()).collect()
    }

    /// How many resources were added.
    #[napi(getter)]
    pub fn host_resources(&self) -> u32 {
        u32::try_from(self.inner.host_resources()).unwrap_or(u32::MAX)
    }
}

/// The catalogues argument: a `Catalogues`, or absent for the shipped ones.
type TextsArg<'a> = Option<Either<&'a Catalogues, Unknown<'a>>>;

fn texts(given: &TextsArg<'_>) -> Result<c::Catalogues, String> {
    match given {
        None => Ok(c::Catalogues::shipped()),
        Some(Either::A(t)) => Ok(t.inner.clone()),
        Some(Either::B(v)) if matches!(v.get_type(), Ok(ValueType::Undefined | ValueType::Null)) => {
            Ok(c::Catalogues::shipped())
        }
        Some(Either::B(_)) => Err(invalid("catalogues", "must be a Catalogues")),
    }
}

/// Reads the typed request from the argument (an object or its JSON text), runs it with the
/// catalogues and gives the result as a document: no operation name, no JSON text in between.
fn run<R: serde::de::DeserializeOwned, T: serde::Serialize + 'static>(
    env: &Env,
    request: &Unknown<'_>,
    catalogues: &TextsArg<'_>,
    call: impl FnOnce(R, &c::Catalogues) -> postpurchase::Result<T>,
) -> Result<Document, String> {
    crate::guard(|| {
        let texts = texts(catalogues)?;
        let request: R = contract_doc(env, request, "request")?;
        Ok(Document::owned(call(request, &texts).map_err(js)?))
    })
}

/// What the customer should see about an order: `{events, policy, now, locale, programme?,
/// ledger?, context?, thresholds?}` → `{headline, shipments (timeline, estimate, next), waiting,
/// next, actions, points, returns}`.
#[napi(ts_return_type = "OrderView", ts_args_type = "request: string | Input<ViewRequest>, catalogues?: Catalogues")]
pub fn order_view(env: Env, request: Unknown<'_>, catalogues: TextsArg<'_>) -> Result<Document, String> {
    run(&env, &request, &catalogues, |r: c::ViewRequest, t| r.run_with(t))
}

/// The answer to a customer's question: `{view: <order view request>, question: {question,
/// line?}}` → `{question, text, statements}`.
#[napi(
    ts_return_type = "CustomerAnswer",
    ts_args_type = "request: string | Input<AnswerRequest>, catalogues?: Catalogues"
)]
pub fn answer_question(env: Env, request: Unknown<'_>, catalogues: TextsArg<'_>) -> Result<Document, String> {
    run(&env, &request, &catalogues, |r: c::AnswerRequest, t| r.run_with(t))
}

/// The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
/// subject, body}`.
#[napi(
    ts_return_type = "CustomerMessage",
    ts_args_type = "request: string | Input<MessageRequest>, catalogues?: Catalogues"
)]
pub fn message_content(env: Env, request: Unknown<'_>, catalogues: TextsArg<'_>) -> Result<Document, String> {
    run(&env, &request, &catalogues, |r: c::MessageRequest, t| r.run_with(t))
}

/// The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
/// `{locale, title, statements}`.
#[napi(
    ts_return_type = "PlainSummary",
    ts_args_type = "request: string | Input<PolicySummaryRequest>, catalogues?: Catalogues"
)]
pub fn return_policy_summary(env: Env, request: Unknown<'_>, catalogues: TextsArg<'_>) -> Result<Document, String> {
    run(&env, &request, &catalogues, |r: c::PolicySummaryRequest, t| r.run_with(t))
}

/// The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
/// statements}`.
#[napi(
    ts_return_type = "PlainSummary",
    ts_args_type = "request: string | Input<LoyaltySummaryRequest>, catalogues?: Catalogues"
)]
pub fn loyalty_summary(env: Env, request: Unknown<'_>, catalogues: TextsArg<'_>) -> Result<Document, String> {
    run(&env, &request, &catalogues, |r: c::LoyaltySummaryRequest, t| r.run_with(t))
}
