//! The typed list of message ids: every id the crate formats is declared here with its area
//! (the catalogue file it lives in), and code names an id through [`msg!`](crate::msg), which
//! refuses at compile time an id that is not on the list. A test checks that every shipped
//! catalogue has exactly the ids of the list, area by area, so no message is missing in any
//! language and no id is built at run time from a serde name.

/// The area of a message: one catalogue file per area and language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Area {
    /// The return policy summary (`locales/<language>/policy.ftl`).
    Policy,
    /// The loyalty programme summary (`locales/<language>/loyalty.ftl`).
    Loyalty,
    /// The order view: headlines, timeline, what happens next, actions, points and returns (`locales/<language>/view.ftl`).
    View,
    /// Answers to the customer's questions (`locales/<language>/answers.ftl`).
    Answers,
    /// Notifications: subject and body per kind, and the parts they share (`locales/<language>/mail.ftl`).
    Mail,
    /// The tracking page and transit claims (`locales/<language>/tracking.ftl`).
    Tracking,
    /// Money: currency symbols where CLDR differs from the compiled data (`locales/<language>/money.ftl`).
    Money,
}

impl Area {
    /// Every area, in catalogue order.
    pub const ALL: [Area; 7] =
        [Area::Policy, Area::Loyalty, Area::View, Area::Answers, Area::Mail, Area::Tracking, Area::Money];

    /// The area's name: its catalogue file is `locales/<language>/<name>.ftl`.
    pub const fn name(self) -> &'static str {
        match self {
            Area::Policy => "policy",
            Area::Loyalty => "loyalty",
            Area::View => "view",
            Area::Answers => "answers",
            Area::Mail => "mail",
            Area::Tracking => "tracking",
            Area::Money => "money",
        }
    }
}

macro_rules! message_ids {
    ($($area:ident => [$($id:literal),* $(,)?],)*) => {
        /// Every message id the crate uses, with its area, in catalogue order.
        pub const MESSAGE_IDS: &[(Area, &str)] = &[$($((Area::$area, $id),)*)*];
    };
}

message_ids! {
    Policy => [
        "policy-title",
        "policy-window",
        "policy-window-unlimited",
        "policy-window-local-day",
        "policy-window-override",
        "policy-override-category",
        "policy-override-sku",
        "policy-override-tag",
        "policy-requires-delivered",
        "policy-requires-shipped",
        "policy-requires-none",
        "policy-non-returnable",
        "policy-holiday",
        "policy-restocking",
        "policy-restocking-reason",
        "policy-fee-percent",
        "policy-fee-fixed",
        "policy-fee-waived",
        "policy-return-shipping",
        "policy-return-shipping-free",
        "policy-return-shipping-waived",
        "policy-shipping-refund-whole",
        "policy-shipping-refund-reasons",
        "policy-refund-methods",
        "policy-store-credit-bonus",
        "policy-store-credit-after",
        "policy-exchange",
        "policy-tier",
        "quoted",
        "method-original_payment",
        "method-store_credit",
        "method-exchange",
        "non-returnable-final_sale",
        "non-returnable-digital",
        "non-returnable-perishable",
        "non-returnable-personalised",
        "non-returnable-hygiene",
        "reason-changed_mind",
        "reason-does_not_fit",
        "reason-defective",
        "reason-wrong_item",
        "reason-not_as_described",
        "reason-damaged_in_transit",
        "reason-arrived_late",
        "reason-other",
    ],
    Loyalty => [
        "loyalty-title",
        "loyalty-earn-spend",
        "loyalty-earn-order",
        "loyalty-earn-events",
        "loyalty-event-signup",
        "loyalty-event-birthday",
        "loyalty-event-review",
        "loyalty-event-referral",
        "loyalty-pending",
        "loyalty-expiry-never",
        "loyalty-expiry-days",
        "loyalty-expiry-month",
        "loyalty-expiry-year",
        "loyalty-expiry-inactivity",
        "loyalty-redeem",
        "loyalty-redeem-min",
        "loyalty-redeem-max",
        "loyalty-reward",
        "loyalty-tier",
        "loyalty-tier-metric-net_spend",
        "loyalty-tier-metric-points_earned",
        "loyalty-tier-metric-orders",
        "loyalty-tier-window-lifetime",
        "loyalty-tier-window-calendar_year",
        "loyalty-tier-window-rolling_12_months",
        "loyalty-tier-window-anchored",
        "loyalty-benefit-free_shipping",
        "loyalty-benefit-free_returns",
        "loyalty-benefit-extra_days",
    ],
    View => [
        "headline-preparing",
        "headline-packed",
        "headline-on-its-way",
        "headline-delayed",
        "headline-partly-delivered",
        "headline-delivered",
        "headline-partly-returned",
        "headline-returned",
        "headline-cancelled",
        "headline-parcel-lost",
        "step-ordered",
        "step-ordered-undated",
        "step-ordered-upcoming",
        "step-packed",
        "step-packed-undated",
        "step-packed-upcoming",
        "step-handed-to-carrier",
        "step-handed-to-carrier-undated",
        "step-handed-to-carrier-upcoming",
        "step-in-transit",
        "step-in-transit-undated",
        "step-in-transit-upcoming",
        "step-out-for-delivery",
        "step-out-for-delivery-undated",
        "step-out-for-delivery-upcoming",
        "step-delivered",
        "step-delivered-undated",
        "step-delivered-upcoming",
        "step-delivered-upcoming-estimate",
        "step-exception",
        "step-attempt-failed",
        "step-ready-for-pickup",
        "step-returning-to-sender",
        "step-returned-to-sender",
        "step-lost",
        "step-tracking-stopped",
        "step-delayed-carrier",
        "step-delayed-carrier-estimate",
        "step-delayed-late",
        "step-delayed-late-estimate",
        "step-cancelled",
        "step-presumed-lost",
        "next-preparing",
        "next-awaiting-carrier",
        "next-awaiting-carrier-no-date",
        "next-in-transit",
        "next-in-transit-no-date",
        "window-range",
        "window-likely",
        "window-carrier-later",
        "next-out-for-delivery",
        "next-late",
        "next-late-estimate",
        "next-stalled",
        "next-lost",
        "next-pickup",
        "next-attempt-failed",
        "next-exception",
        "next-returning",
        "next-tracking-stopped",
        "next-delivered",
        "next-cancelled",
        "next-nothing",
        "action-return-open",
        "action-return-open-refund",
        "action-return-open-until",
        "action-return-open-until-refund",
        "action-return-review",
        "action-return-review-refund",
        "action-return-review-until",
        "action-return-review-until-refund",
        "action-return-denied",
        "action-exchange",
        "action-exchange-until",
        "action-report-late",
        "action-report-stalled",
        "action-claim-lost",
        "why-window_closed",
        "why-quantity_exceeds_returnable",
        "why-already_returned",
        "why-already_claimed",
        "why-parcel_lost",
        "why-final_sale",
        "why-digital",
        "why-perishable",
        "why-personalised",
        "why-hygiene",
        "why-not_shipped",
        "why-not_delivered",
        "points-pending-date",
        "points-pending-delivery",
        "points-earned",
        "points-balance",
        "destination-original_payment",
        "destination-store_credit",
        "return-requested",
        "return-approved",
        "return-declined",
        "return-label-issued",
        "return-in-transit",
        "return-received",
        "return-received-exchange",
        "return-refunded",
        "return-credited",
        "return-exchanged",
        "return-charged",
        "return-cancelled",
    ],
    Answers => [
        "answer-parcel",
        "answer-nothing-shipped",
        "answer-nothing-returnable",
        "answer-how-to-return",
        "answer-return-cost",
        "answer-return-free",
        "answer-return-cost-unknown",
        "answer-no-return",
        "answer-no-points",
    ],
    Mail => [
        "delay-reason-carrier_delayed",
        "delay-reason-late",
        "delay-reason-stalled",
        "delay-reason-exception",
        "delay-reason-attempt_failed",
        "delay-reason-presumed_lost",
        "part-estimate",
        "part-tracking",
        "mail-order-confirmed-subject",
        "mail-order-confirmed-body",
        "mail-order-cancelled-subject",
        "mail-order-cancelled-body",
        "mail-fulfilment-delayed-subject",
        "mail-fulfilment-delayed-body",
        "mail-shipped-subject",
        "mail-shipped-body",
        "mail-in-transit-delayed-subject",
        "mail-in-transit-delayed-body",
        "mail-arriving-tomorrow-subject",
        "mail-arriving-tomorrow-body",
        "mail-out-for-delivery-subject",
        "mail-out-for-delivery-body",
        "mail-available-for-pickup-subject",
        "mail-available-for-pickup-body",
        "mail-delivery-attempt-failed-subject",
        "mail-delivery-attempt-failed-body",
        "mail-delivery-exception-subject",
        "mail-delivery-exception-body",
        "mail-delivered-subject",
        "mail-delivered-body",
        "mail-all-parts-delivered-subject",
        "mail-all-parts-delivered-body",
        "mail-presumed-lost-subject",
        "mail-presumed-lost-body",
        "mail-return-requested-subject",
        "mail-return-requested-body",
        "mail-return-approved-subject",
        "mail-return-approved-body",
        "mail-return-declined-subject",
        "mail-return-declined-body",
        "mail-return-label-issued-subject",
        "mail-return-label-issued-body",
        "mail-return-reminder-to-ship-subject",
        "mail-return-reminder-to-ship-body",
        "mail-return-about-to-expire-subject",
        "mail-return-about-to-expire-body",
        "mail-return-received-subject",
        "mail-return-received-body",
        "mail-return-received-exchange-body",
        "mail-return-refunded-subject",
        "mail-return-refunded-body",
        "mail-return-exchanged-subject",
        "mail-return-exchanged-body",
        "mail-review-request-subject",
        "mail-review-request-body",
        "mail-survey-request-subject",
        "mail-survey-request-body",
        "mail-replenishment-reminder-subject",
        "mail-replenishment-reminder-body",
        "mail-cross-sell-subject",
        "mail-cross-sell-body",
        "mail-points-earned-subject",
        "mail-points-earned-body",
        "mail-points-about-to-expire-subject",
        "mail-points-about-to-expire-body",
        "mail-tier-reached-subject",
        "mail-tier-reached-body",
        "mail-tier-about-to-drop-subject",
        "mail-tier-about-to-drop-body",
    ],
    Tracking => [
        "page-order",
        "page-next",
        "page-parcel",
        "page-promised",
        "page-estimate",
        "page-delivered",
        "page-waiting",
        "page-actions",
        "page-no-actions",
        "page-button-return",
        "page-button-exchange",
        "page-button-report_problem",
        "page-button-claim_lost",
        "page-returns",
        "page-points",
        "page-messages",
        "next-claimed",
        "claim-refunded",
        "claim-exchanged",
    ],
    Money => [
        "currency-symbols",
    ],
}

/// A message id on [`MESSAGE_IDS`]: made by [`msg!`](crate::msg) (checked when compiling) or
/// [`MessageId::parse`] (checked when running).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(&'static str);

const fn same(mut a: &[u8], mut b: &[u8]) -> bool {
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, rest_a @ ..], [y, rest_b @ ..]) if *x == *y => (a, b) = (rest_a, rest_b),
            _ => return false,
        }
    }
}

const fn is_listed_in(mut list: &[(Area, &str)], id: &str) -> bool {
    loop {
        match list {
            [] => return false,
            [(_, first), rest @ ..] => {
                if same(first.as_bytes(), id.as_bytes()) {
                    return true;
                }
                list = rest;
            }
        }
    }
}

impl MessageId {
    /// The id, which must be on [`MESSAGE_IDS`]; evaluated in a constant (as [`msg!`](crate::msg)
    /// does), an unknown id fails the build.
    ///
    /// # Panics
    /// When `id` is not on the list (at compile time inside a constant).
    #[allow(clippy::panic)]
    pub const fn known(id: &'static str) -> MessageId {
        if !is_listed_in(MESSAGE_IDS, id) {
            panic!("not a message id on postpurchase_customer::MESSAGE_IDS");
        }
        MessageId(id)
    }

    /// The id named `id`, if it is on the list (for ids that come from a host's data).
    pub fn parse(id: &str) -> Option<MessageId> {
        MESSAGE_IDS.iter().find(|(_, known)| *known == id).map(|(_, known)| MessageId(known))
    }

    /// The id as the catalogues write it.
    pub const fn as_str(self) -> &'static str {
        self.0
    }

    /// The catalogue area the id lives in.
    pub fn area(self) -> Area {
        MESSAGE_IDS.iter().find(|(_, known)| *known == self.0).map_or(Area::Policy, |(area, _)| *area)
    }
}

impl std::fmt::Display for MessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// A [`MessageId`] checked when compiling: `msg!("policy-title")`; an id that is not on
/// [`MESSAGE_IDS`] fails the build.
///
/// ```
/// use postpurchase::customer::{Localizer, msg};
/// assert_eq!(Localizer::new("en")?.message(msg!("page-points"), &[])?, "Your points");
/// # Ok::<(), postpurchase::Error>(())
/// ```
///
/// ```compile_fail
/// let _ = postpurchase::customer::msg!("no-such-message");
/// ```
#[macro_export]
macro_rules! msg {
    ($id:literal) => {{
        const ID: $crate::MessageId = $crate::MessageId::known($id);
        ID
    }};
}

/// The message of each value of the domain's enums, one exhaustive `match` each: a new variant
/// does not compile until its message is named here (and the catalogue test then asks every
/// language for it).
pub(crate) mod of {
    use super::MessageId;
    use crate::notify::NotificationKind as N;
    use crate::returns::{NonReturnable, RefundMethod, ReturnReason};

    /// A return reason's name.
    pub(crate) fn reason(r: ReturnReason) -> MessageId {
        match r {
            ReturnReason::ChangedMind => msg!("reason-changed_mind"),
            ReturnReason::DoesNotFit => msg!("reason-does_not_fit"),
            ReturnReason::Defective => msg!("reason-defective"),
            ReturnReason::WrongItem => msg!("reason-wrong_item"),
            ReturnReason::NotAsDescribed => msg!("reason-not_as_described"),
            ReturnReason::DamagedInTransit => msg!("reason-damaged_in_transit"),
            ReturnReason::ArrivedLate => msg!("reason-arrived_late"),
            ReturnReason::Other => msg!("reason-other"),
        }
    }

    /// A class of goods that cannot be returned.
    pub(crate) fn non_returnable(n: NonReturnable) -> MessageId {
        match n {
            NonReturnable::FinalSale => msg!("non-returnable-final_sale"),
            NonReturnable::Digital => msg!("non-returnable-digital"),
            NonReturnable::Perishable => msg!("non-returnable-perishable"),
            NonReturnable::Personalised => msg!("non-returnable-personalised"),
            NonReturnable::Hygiene => msg!("non-returnable-hygiene"),
        }
    }

    /// A refund method, as the policy lists it.
    pub(crate) fn method(m: RefundMethod) -> MessageId {
        match m {
            RefundMethod::OriginalPayment => msg!("method-original_payment"),
            RefundMethod::StoreCredit => msg!("method-store_credit"),
            RefundMethod::Exchange => msg!("method-exchange"),
        }
    }

    /// Where refunded money went (an exchange pays nothing out, so it has no destination).
    pub(crate) fn destination(m: RefundMethod) -> Option<MessageId> {
        match m {
            RefundMethod::OriginalPayment => Some(msg!("destination-original_payment")),
            RefundMethod::StoreCredit => Some(msg!("destination-store_credit")),
            RefundMethod::Exchange => None,
        }
    }

    /// The reason a parcel is late, by the code a message payload carries.
    pub(crate) fn delay_reason(code: &str) -> Option<MessageId> {
        Some(match code {
            "carrier_delayed" => msg!("delay-reason-carrier_delayed"),
            "late" => msg!("delay-reason-late"),
            "stalled" => msg!("delay-reason-stalled"),
            "exception" => msg!("delay-reason-exception"),
            "attempt_failed" => msg!("delay-reason-attempt_failed"),
            "presumed_lost" => msg!("delay-reason-presumed_lost"),
            _ => return None,
        })
    }

    /// Why a line cannot be returned, by its decision code (the codes that deny).
    pub(crate) fn why(code: &str) -> Option<MessageId> {
        Some(match code {
            "return.window_closed" => msg!("why-window_closed"),
            "return.quantity_exceeds_returnable" => msg!("why-quantity_exceeds_returnable"),
            "return.already_returned" => msg!("why-already_returned"),
            "return.already_claimed" => msg!("why-already_claimed"),
            "return.parcel_lost" => msg!("why-parcel_lost"),
            "return.final_sale" => msg!("why-final_sale"),
            "return.digital" => msg!("why-digital"),
            "return.perishable" => msg!("why-perishable"),
            "return.personalised" => msg!("why-personalised"),
            "return.hygiene" => msg!("why-hygiene"),
            "return.not_shipped" => msg!("why-not_shipped"),
            "return.not_delivered" => msg!("why-not_delivered"),
            _ => return None,
        })
    }

    /// A notification's subject and body; `exchange` picks the body for a received exchange.
    pub(crate) fn mail(kind: N, exchange: bool) -> (MessageId, MessageId) {
        match kind {
            N::OrderConfirmed => (msg!("mail-order-confirmed-subject"), msg!("mail-order-confirmed-body")),
            N::OrderCancelled => (msg!("mail-order-cancelled-subject"), msg!("mail-order-cancelled-body")),
            N::FulfilmentDelayed => (msg!("mail-fulfilment-delayed-subject"), msg!("mail-fulfilment-delayed-body")),
            N::Shipped => (msg!("mail-shipped-subject"), msg!("mail-shipped-body")),
            N::InTransitDelayed => (msg!("mail-in-transit-delayed-subject"), msg!("mail-in-transit-delayed-body")),
            N::ArrivingTomorrow => (msg!("mail-arriving-tomorrow-subject"), msg!("mail-arriving-tomorrow-body")),
            N::OutForDelivery => (msg!("mail-out-for-delivery-subject"), msg!("mail-out-for-delivery-body")),
            N::AvailableForPickup => {
                (msg!("mail-available-for-pickup-subject"), msg!("mail-available-for-pickup-body"))
            }
            N::DeliveryAttemptFailed => {
                (msg!("mail-delivery-attempt-failed-subject"), msg!("mail-delivery-attempt-failed-body"))
            }
            N::DeliveryException => (msg!("mail-delivery-exception-subject"), msg!("mail-delivery-exception-body")),
            N::Delivered => (msg!("mail-delivered-subject"), msg!("mail-delivered-body")),
            N::AllPartsDelivered => (msg!("mail-all-parts-delivered-subject"), msg!("mail-all-parts-delivered-body")),
            N::PresumedLost => (msg!("mail-presumed-lost-subject"), msg!("mail-presumed-lost-body")),
            N::ReturnRequested => (msg!("mail-return-requested-subject"), msg!("mail-return-requested-body")),
            N::ReturnApproved => (msg!("mail-return-approved-subject"), msg!("mail-return-approved-body")),
            N::ReturnDeclined => (msg!("mail-return-declined-subject"), msg!("mail-return-declined-body")),
            N::ReturnLabelIssued => (msg!("mail-return-label-issued-subject"), msg!("mail-return-label-issued-body")),
            N::ReturnReminderToShip => {
                (msg!("mail-return-reminder-to-ship-subject"), msg!("mail-return-reminder-to-ship-body"))
            }
            N::ReturnAboutToExpire => {
                (msg!("mail-return-about-to-expire-subject"), msg!("mail-return-about-to-expire-body"))
            }
            N::ReturnReceived if exchange => {
                (msg!("mail-return-received-subject"), msg!("mail-return-received-exchange-body"))
            }
            N::ReturnReceived => (msg!("mail-return-received-subject"), msg!("mail-return-received-body")),
            N::ReturnRefunded => (msg!("mail-return-refunded-subject"), msg!("mail-return-refunded-body")),
            N::ReturnExchanged => (msg!("mail-return-exchanged-subject"), msg!("mail-return-exchanged-body")),
            N::ReviewRequest => (msg!("mail-review-request-subject"), msg!("mail-review-request-body")),
            N::SurveyRequest => (msg!("mail-survey-request-subject"), msg!("mail-survey-request-body")),
            N::ReplenishmentReminder => {
                (msg!("mail-replenishment-reminder-subject"), msg!("mail-replenishment-reminder-body"))
            }
            N::CrossSell => (msg!("mail-cross-sell-subject"), msg!("mail-cross-sell-body")),
            N::PointsEarned => (msg!("mail-points-earned-subject"), msg!("mail-points-earned-body")),
            N::PointsAboutToExpire => {
                (msg!("mail-points-about-to-expire-subject"), msg!("mail-points-about-to-expire-body"))
            }
            N::TierReached => (msg!("mail-tier-reached-subject"), msg!("mail-tier-reached-body")),
            N::TierAboutToDrop => (msg!("mail-tier-about-to-drop-subject"), msg!("mail-tier-about-to-drop-body")),
        }
    }
}
