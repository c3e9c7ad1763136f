//! The customer's side: what a person reads about their order and the shop's rules, in their
//! language.
//!
//! * [`Localizer`]: Fluent [`Catalogues`] for words (English and Italian shipped, English as the
//!   fallback; a host rewords messages or adds a language with its own resources on top), every
//!   id on the typed list [`MESSAGE_IDS`] and named with [`msg!`]; ICU4X (CLDR data compiled in)
//!   for numbers, money, dates and lists.
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
pub mod catalogue;
pub mod locale;
pub mod message;
pub mod message_id;
pub mod request;
pub mod summary;
pub mod view;

pub use answer::{Answer, Question, answer};
pub use catalogue::{Catalogues, shipped_languages};
pub use locale::{Arg, Localizer, is_reordering_or_invisible};
pub use message::{Message, MessagePayload, TrackingLink, compose, recipient_localizer};
pub use message_id::{Area, MESSAGE_IDS, MessageId};
pub use request::{AnswerRequest, LoyaltySummaryRequest, MessageRequest, PolicySummaryRequest, ViewRequest};
pub use summary::{Statement, Summary, loyalty_summary, return_policy_summary};
pub use view::{
    Action, ActionKind, ArrivalWindow, Item, OrderView, PointsView, ReturnView, ShipmentView, Sources, Step, StepKind,
    StepState, WindowConfidence, WindowView, order_view,
};
