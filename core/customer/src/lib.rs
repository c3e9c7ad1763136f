//! The customer's side: what a person reads about their order and the shop's rules, in their
//! language.
//!
//! * [`Localizer`]: Fluent catalogues shipped with the crate (English and Italian, English as
//!   the fallback) for words; ICU4X (CLDR data compiled in) for numbers, money, dates and lists.
//! * [`return_policy_summary`] and [`loyalty_summary`]: plain-language summaries written from
//!   the policy and programme data themselves, sentence by sentence, each with the facts behind
//!   it, so the text cannot drift from the rules the engines apply.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::cast_possible_truncation,
        clippy::arithmetic_side_effects
    )
)]

use postpurchase_commerce::{order, returns, tracking};
use postpurchase_kernel::{config, error, ids, money};
use postpurchase_loyalty as loyalty;
use postpurchase_notify as notify;

pub mod answer;
pub mod locale;
pub mod message;
pub mod request;
pub mod summary;
pub mod view;

pub use answer::{Answer, Question, answer};
pub use locale::{Arg, Localizer, is_reordering_or_invisible, shipped_languages};
pub use message::{Message, MessagePayload, TrackingLink, compose, recipient_localizer};
pub use request::{AnswerRequest, LoyaltySummaryRequest, MessageRequest, PolicySummaryRequest, ViewRequest};
pub use summary::{Statement, Summary, loyalty_summary, return_policy_summary};
pub use view::{
    Action, ActionKind, Item, OrderView, PointsView, ReturnView, ShipmentView, Sources, Step, StepKind, StepState,
    order_view,
};
