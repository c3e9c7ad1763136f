//! Answers to the questions customers actually ask, from the same [`OrderView`] a tracking page
//! shows: a short text for a support widget, chatbot or email reply, and the statements (with
//! their facts) it is made of.
//!
//! ```
//! use postpurchase::customer::{Localizer, Question, Sources, answer, order_view};
//! use postpurchase::returns::{EligibilityContext, ReturnPolicy};
//! use postpurchase::*;
//! let t = |s: &str| s.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
//! let line = NewLine::new(LineId::new("l1")?, Sku::new("MUG")?, "Mug", 1, Money::parse("12.00", "EUR")?);
//! let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("EUR")?, t("2026-03-01T09:00:00Z")).line(line).build();
//! let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("place")?, t("2026-03-01T09:00:00Z")))?)?;
//! let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}}"#)?;
//! let (ctx, thresholds) = (EligibilityContext::default(), DelayThresholds::default());
//! let sources = Sources { order: &order, policy: &policy, context: &ctx, loyalty: None, thresholds: &thresholds, arrivals: &[], now: t("2026-03-01T10:00:00Z") };
//! let loc = Localizer::new("en")?;
//! let view = order_view(&sources, &loc)?;
//! let a = answer(&Question::WhereIsMyRefund, &view, &loc)?;
//! assert_eq!(a.text, "There is no return on this order yet.");
//! # Ok::<(), postpurchase::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use super::locale::{Arg, Localizer};
use super::summary::{Statement, statement};
use super::view::{ActionKind, OrderView, ShipmentView, StepState};
use crate::error::{Error, ErrorKind, Result};
use crate::msg;

/// A question from the closed set the answers cover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "question", rename_all = "snake_case", deny_unknown_fields)]
pub enum Question {
    /// Where is my order?
    WhereIsMyOrder,
    /// When will it arrive?
    WhenWillItArrive,
    /// Can I return this, and until when? (One line, or every line.)
    CanIReturn {
        /// The order line, or every line.
        #[serde(default)]
        line: Option<String>,
    },
    /// How do I return it, and what will it cost me?
    HowDoIReturn {
        /// The order line, or every line.
        #[serde(default)]
        line: Option<String>,
    },
    /// Where is my refund?
    WhereIsMyRefund,
    /// How many points do I have?
    HowManyPoints,
}

impl Question {
    /// Every question's name, as it is written in JSON.
    pub const NAMES: [&'static str; 6] = [
        "where_is_my_order",
        "when_will_it_arrive",
        "can_i_return",
        "how_do_i_return",
        "where_is_my_refund",
        "how_many_points",
    ];

    /// The question with this name; `line` narrows the return questions to one order line.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidInput`] for a name not in [`Question::NAMES`], or a line given to a
    /// question that takes none.
    pub fn parse(name: &str, line: Option<&str>) -> Result<Question> {
        let line_owned = line.map(str::to_string);
        let q = match name {
            "can_i_return" => return Ok(Question::CanIReturn { line: line_owned }),
            "how_do_i_return" => return Ok(Question::HowDoIReturn { line: line_owned }),
            "where_is_my_order" => Question::WhereIsMyOrder,
            "when_will_it_arrive" => Question::WhenWillItArrive,
            "where_is_my_refund" => Question::WhereIsMyRefund,
            "how_many_points" => Question::HowManyPoints,
            other => {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    format!("question: {other:?} is not one of {}", Question::NAMES.join(", ")),
                ));
            }
        };
        if line.is_some() {
            return Err(Error::new(ErrorKind::InvalidInput, format!("question: {name} takes no line")));
        }
        Ok(q)
    }

    /// The question's name.
    pub fn name(&self) -> &'static str {
        match self {
            Question::WhereIsMyOrder => "where_is_my_order",
            Question::WhenWillItArrive => "when_will_it_arrive",
            Question::CanIReturn { .. } => "can_i_return",
            Question::HowDoIReturn { .. } => "how_do_i_return",
            Question::WhereIsMyRefund => "where_is_my_refund",
            Question::HowManyPoints => "how_many_points",
        }
    }
}

/// An answer: the question, the text, and the statements it is made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(rename = "CustomerAnswer"))]
pub struct Answer {
    /// The question's name.
    pub question: String,
    /// The answer as one short paragraph.
    pub text: String,
    /// Its sentences, each with its facts.
    pub statements: Vec<Statement>,
}

/// Answers a question from the view. The view must be in the same language as `loc` (its
/// sentences are reused as they are).
///
/// # Errors
/// [`ErrorKind::InvalidInput`] when the view is in another language than `loc`, or the question
/// names a line the order does not have.
pub fn answer(question: &Question, view: &OrderView, loc: &Localizer) -> Result<Answer> {
    if view.locale != loc.locale() {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!("the view is in {} but the answer is asked in {}", view.locale, loc.locale()),
        ));
    }
    let mut out: Vec<Statement> = Vec::new();
    match question {
        Question::WhereIsMyOrder => {
            out.push(view.headline.clone());
            let total = view.shipments.len();
            for (n, s) in (1..).zip(&view.shipments) {
                if total > 1 {
                    out.push(parcel(n, total, s, loc)?);
                }
                if let Some(step) = s.timeline.iter().rev().find(|x| x.state == StepState::Current) {
                    out.push(with_full_stop(step.statement.clone()));
                }
                out.push(s.next.clone());
            }
            if !view.waiting.is_empty() && !out.contains(&view.next) {
                out.push(view.next.clone());
            }
        }
        Question::WhenWillItArrive => {
            let total = view.shipments.len();
            for (n, s) in (1..).zip(&view.shipments) {
                if total > 1 {
                    out.push(parcel(n, total, s, loc)?);
                }
                out.push(s.next.clone());
            }
            if view.shipments.is_empty() || !view.waiting.is_empty() {
                out.push(view.next.clone());
            }
        }
        Question::CanIReturn { line } => {
            check_line(view, line.as_deref())?;
            let returns = (view.actions.iter())
                .filter(|a| a.action == ActionKind::Return && line.as_deref().is_none_or(|l| a.subject == l));
            out.extend(returns.map(|a| a.statement.clone()));
            if out.is_empty() {
                out.push(statement(loc, "answer", msg!("answer-nothing-shipped"), &[], &[])?);
            }
        }
        Question::HowDoIReturn { line } => {
            check_line(view, line.as_deref())?;
            let open: Vec<_> = (view.actions.iter())
                .filter(|a| a.action == ActionKind::Return && a.available)
                .filter(|a| line.as_deref().is_none_or(|l| a.subject == l))
                .collect();
            if open.is_empty() {
                out.push(statement(loc, "answer", msg!("answer-nothing-returnable"), &[], &[])?);
            } else {
                out.push(statement(loc, "answer", msg!("answer-how-to-return"), &[], &[])?);
                for a in open {
                    out.push(cost(a, view, loc)?);
                }
            }
        }
        Question::WhereIsMyRefund => {
            out.extend(view.returns.iter().map(|r| r.statement.clone()));
            if out.is_empty() {
                out.push(statement(loc, "answer", msg!("answer-no-return"), &[], &[])?);
            }
        }
        Question::HowManyPoints => match &view.points {
            Some(p) => out.extend(p.statements.iter().cloned()),
            None => out.push(statement(loc, "answer", msg!("answer-no-points"), &[], &[])?),
        },
    }
    let text = out.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
    Ok(Answer { question: question.name().to_string(), text, statements: out })
}

fn check_line(view: &OrderView, line: Option<&str>) -> Result<()> {
    match line {
        Some(l) if !view.actions.iter().any(|a| a.subject == l) && !view.waiting.iter().any(|i| i.line == l) => {
            let known = view.shipments.iter().flat_map(|s| s.items.iter()).any(|i| i.line == l);
            if known {
                Ok(())
            } else {
                Err(Error::new(ErrorKind::InvalidInput, format!("the order has no line {l:?}")))
            }
        }
        _ => Ok(()),
    }
}

/// A timeline step is a phrase ("In transit on 3 March"); in an answer it closes a sentence.
fn with_full_stop(mut s: Statement) -> Statement {
    if !s.text.ends_with(['.', '!', '?']) {
        s.text.push('.');
    }
    s
}

fn parcel(n: usize, total: usize, s: &ShipmentView, loc: &Localizer) -> Result<Statement> {
    let count = |v: usize| Arg::Count(i64::try_from(v).unwrap_or(i64::MAX));
    let mut args = vec![("n", count(n)), ("total", count(total)), ("carrier", Arg::Text(s.carrier.clone()))];
    let tracking = s.tracking_number.clone().unwrap_or_default();
    args.push(("has_tracking", Arg::Text(if tracking.is_empty() { "no" } else { "yes" }.into())));
    args.push(("tracking", Arg::Text(tracking.clone())));
    let facts = [("shipment", s.id.clone()), ("status", s.status.as_str().to_string()), ("tracking", tracking)];
    statement(loc, "answer", msg!("answer-parcel"), &args, &facts)
}

/// What returning a line costs and pays, from the action's refund preview.
fn cost(a: &super::view::Action, view: &OrderView, loc: &Localizer) -> Result<Statement> {
    let title = (view.shipments.iter().flat_map(|s| s.items.iter()))
        .find(|i| i.line == a.subject)
        .map_or_else(|| a.subject.clone(), |i| i.title.clone());
    let (Some(refund), Some(fees)) = (a.refund, a.fees) else {
        return statement(
            loc,
            "answer",
            msg!("answer-return-cost-unknown"),
            &[("item", Arg::Text(title))],
            &[("line", a.subject.clone())],
        );
    };
    let args =
        [("item", Arg::Text(title)), ("refund", Arg::Text(loc.money(&refund))), ("fees", Arg::Text(loc.money(&fees)))];
    let facts =
        [("line", a.subject.clone()), ("refund", refund.amount().to_string()), ("fees", fees.amount().to_string())];
    let id = if fees.is_zero() { msg!("answer-return-free") } else { msg!("answer-return-cost") };
    statement(loc, "answer", id, &args, &facts)
}
