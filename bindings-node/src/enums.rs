//! Statuses and reason codes as string-literal unions in `index.d.ts`, each mapped from the core
//! explicitly (a new core variant breaks this build until it is listed).
use napi_derive::napi;
use postpurchase as pp;

/// Declares a `#[napi(string_enum)]` mirroring a core enum, with the exhaustive conversion.
macro_rules! string_enum {
    ($doc:literal $name:ident => $core:ty { $($(#[$vm:meta])* $v:ident = $s:literal),+ $(,)? }) => {
        #[doc = $doc]
        #[napi(string_enum)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vm])* #[napi(value = $s)] $v,)+
        }
        impl From<$core> for $name {
            fn from(x: $core) -> Self {
                type C = $core;
                match x {
                    $(C::$v => $name::$v,)+
                }
            }
        }
    };
}

string_enum!(
    "The normalised status of a shipment (\"delayed\" is a flag, not a status)."
    TrackingStatus => pp::TrackingStatus {
        /// Created, nothing known from the carrier yet.
        Pending = "pending",
        /// Label created; the carrier has the data, not the parcel.
        InfoReceived = "info_received",
        /// Moving through the carrier's network.
        InTransit = "in_transit",
        /// With the courier for delivery today.
        OutForDelivery = "out_for_delivery",
        /// Waiting at a pickup point.
        AvailableForPickup = "available_for_pickup",
        /// A delivery attempt failed.
        AttemptFailed = "attempt_failed",
        /// Delivered.
        Delivered = "delivered",
        /// Customs, damage or address problem; may recover.
        Exception = "exception",
        /// On its way back to the sender.
        ReturningToSender = "returning_to_sender",
        /// Back with the sender.
        ReturnedToSender = "returned_to_sender",
        /// Declared lost by the carrier.
        Lost = "lost",
        /// Cancelled before the carrier took it.
        Cancelled = "cancelled",
        /// Tracking stopped without a final result.
        Expired = "expired",
    }
);

string_enum!(
    "Where a raw carrier status code comes from."
    CarrierSource => pp::CarrierSource {
        /// AfterShip tags and subtags.
        AfterShip = "aftership",
        /// EasyPost tracker statuses.
        EasyPost = "easypost",
        /// Shippo statuses and substatus codes.
        Shippo = "shippo",
        /// Shopify fulfilment event statuses.
        Shopify = "shopify",
    }
);

string_enum!(
    "Where the goods of an order are."
    FulfilmentStatus => pp::FulfilmentStatus {
        /// Nothing shipped.
        Unfulfilled = "unfulfilled",
        /// Some units shipped.
        PartiallyFulfilled = "partially_fulfilled",
        /// Every active unit shipped.
        Fulfilled = "fulfilled",
        /// Some units delivered.
        PartiallyDelivered = "partially_delivered",
        /// Every active unit delivered.
        Delivered = "delivered",
        /// Some units came back.
        PartiallyReturned = "partially_returned",
        /// Every unit came back.
        Returned = "returned",
        /// Cancelled.
        Cancelled = "cancelled",
    }
);

string_enum!(
    "Where the money of an order is."
    PaymentStatus => pp::PaymentStatus {
        /// Nothing authorised or captured.
        NotPaid = "not_paid",
        /// Authorised, not captured.
        Authorized = "authorized",
        /// Part captured.
        PartiallyPaid = "partially_paid",
        /// Captured in full.
        Paid = "paid",
        /// Part refunded.
        PartiallyRefunded = "partially_refunded",
        /// Refunded in full.
        Refunded = "refunded",
        /// Authorisation voided.
        Voided = "voided",
        /// More collected than the order is now due (paid units cancelled).
        RefundDue = "refund_due",
    }
);

string_enum!(
    "What a rule, a line or a whole return request concluded."
    Outcome => pp::returns::Outcome {
        /// May be returned.
        Allowed = "allowed",
        /// Needs a person to look at it.
        NeedsReview = "needs_review",
        /// May not be returned.
        Denied = "denied",
    }
);

string_enum!(
    "Why the customer returns an item."
    ReturnReason => pp::returns::ReturnReason {
        /// Changed their mind.
        ChangedMind = "changed_mind",
        /// Wrong size or fit.
        DoesNotFit = "does_not_fit",
        /// Faulty.
        Defective = "defective",
        /// Not what was ordered.
        WrongItem = "wrong_item",
        /// Not as described.
        NotAsDescribed = "not_as_described",
        /// Damaged on the way.
        DamagedInTransit = "damaged_in_transit",
        /// Came too late.
        ArrivedLate = "arrived_late",
        /// Anything else.
        Other = "other",
    }
);

string_enum!(
    "How the customer gets the money back."
    RefundMethod => pp::returns::RefundMethod {
        /// To the payments the order was paid with.
        OriginalPayment = "original_payment",
        /// As store credit.
        StoreCredit = "store_credit",
        /// For a replacement item.
        Exchange = "exchange",
    }
);

string_enum!(
    "Where a return stands."
    ReturnStatus => pp::returns::ReturnStatus {
        /// Waiting for staff.
        Requested = "requested",
        /// Approved; waiting for a label or the parcel.
        Approved = "approved",
        /// Declined.
        Declined = "declined",
        /// A return label was issued.
        LabelIssued = "label_issued",
        /// The parcel is on its way back.
        InTransit = "in_transit",
        /// Something was received.
        Received = "received",
        /// Refunded to the original payments.
        Refunded = "refunded",
        /// Refunded as store credit.
        Credited = "credited",
        /// Settled by an exchange.
        Exchanged = "exchanged",
        /// An advance exchange whose return never came: the customer was charged.
        Charged = "charged",
        /// Cancelled before anything was received.
        Cancelled = "cancelled",
    }
);

string_enum!(
    "What qualifies a member for a loyalty tier."
    TierMetric => pp::loyalty::TierMetric {
        /// Net spend of available orders.
        NetSpend = "net_spend",
        /// Points earned, net of clawbacks.
        PointsEarned = "points_earned",
        /// Orders with points still standing.
        Orders = "orders",
    }
);

string_enum!(
    "A message channel."
    Channel => pp::notify::Channel {
        /// Email.
        Email = "email",
        /// SMS.
        Sms = "sms",
        /// Push notification.
        Push = "push",
    }
);

string_enum!(
    "What a customer message is about."
    NotificationKind => pp::notify::NotificationKind {
        /// The order was confirmed.
        OrderConfirmed = "order_confirmed",
        /// The order was cancelled.
        OrderCancelled = "order_cancelled",
        /// Fulfilment is late.
        FulfilmentDelayed = "fulfilment_delayed",
        /// A shipment left.
        Shipped = "shipped",
        /// A shipment is delayed in transit.
        InTransitDelayed = "in_transit_delayed",
        /// Arriving tomorrow.
        ArrivingTomorrow = "arriving_tomorrow",
        /// Out for delivery.
        OutForDelivery = "out_for_delivery",
        /// Waiting at a pickup point.
        AvailableForPickup = "available_for_pickup",
        /// A delivery attempt failed.
        DeliveryAttemptFailed = "delivery_attempt_failed",
        /// A delivery exception.
        DeliveryException = "delivery_exception",
        /// A shipment was delivered.
        Delivered = "delivered",
        /// Every part of the order was delivered.
        AllPartsDelivered = "all_parts_delivered",
        /// A shipment is presumed lost.
        PresumedLost = "presumed_lost",
        /// A return was requested.
        ReturnRequested = "return_requested",
        /// A return was approved.
        ReturnApproved = "return_approved",
        /// A return was declined.
        ReturnDeclined = "return_declined",
        /// A return label was issued.
        ReturnLabelIssued = "return_label_issued",
        /// Reminder to ship the return.
        ReturnReminderToShip = "return_reminder_to_ship",
        /// The return window is about to close.
        ReturnAboutToExpire = "return_about_to_expire",
        /// The return arrived.
        ReturnReceived = "return_received",
        /// The return was refunded.
        ReturnRefunded = "return_refunded",
        /// The return was exchanged.
        ReturnExchanged = "return_exchanged",
        /// Please review what you bought.
        ReviewRequest = "review_request",
        /// Please answer a survey.
        SurveyRequest = "survey_request",
        /// Time to buy again.
        ReplenishmentReminder = "replenishment_reminder",
        /// Something that goes with it.
        CrossSell = "cross_sell",
        /// Points were earned.
        PointsEarned = "points_earned",
        /// Points are about to expire.
        PointsAboutToExpire = "points_about_to_expire",
        /// A tier was reached.
        TierReached = "tier_reached",
        /// A tier is about to drop.
        TierAboutToDrop = "tier_about_to_drop",
    }
);

/// Every reason code a return decision can carry (a line's `code`, each verdict's `code`, the
/// report's `methodNote`): the closed set the core publishes as `returns::DECISION_CODES`.
#[napi(string_enum)]
pub enum DecisionCode {
    /// The line may be returned.
    #[napi(value = "return.allowed")]
    Allowed,
    /// Inside the window.
    #[napi(value = "return.window_open")]
    WindowOpen,
    /// No window limit.
    #[napi(value = "return.window_unlimited")]
    WindowUnlimited,
    /// The window has closed.
    #[napi(value = "return.window_closed")]
    WindowClosed,
    /// The window has not started (not delivered yet).
    #[napi(value = "return.window_not_started")]
    WindowNotStarted,
    /// The quantity can be returned.
    #[napi(value = "return.quantity_ok")]
    QuantityOk,
    /// More units than can be returned.
    #[napi(value = "return.quantity_exceeds_returnable")]
    QuantityExceedsReturnable,
    /// Already returned.
    #[napi(value = "return.already_returned")]
    AlreadyReturned,
    /// Settled by a transit claim (refunded or replaced).
    #[napi(value = "return.already_claimed")]
    AlreadyClaimed,
    /// Not in a non-returnable class.
    #[napi(value = "return.returnable_item")]
    ReturnableItem,
    /// Final sale.
    #[napi(value = "return.final_sale")]
    FinalSale,
    /// Digital goods.
    #[napi(value = "return.digital")]
    Digital,
    /// Perishable goods.
    #[napi(value = "return.perishable")]
    Perishable,
    /// Personalised goods.
    #[napi(value = "return.personalised")]
    Personalised,
    /// Hygiene goods.
    #[napi(value = "return.hygiene")]
    Hygiene,
    /// Shipped/delivered as the policy requires.
    #[napi(value = "return.shipping_requirement_met")]
    ShippingRequirementMet,
    /// Not shipped yet.
    #[napi(value = "return.not_shipped")]
    NotShipped,
    /// Not delivered yet.
    #[napi(value = "return.not_delivered")]
    NotDelivered,
    /// Return frequency within limits.
    #[napi(value = "return.frequency_ok")]
    FrequencyOk,
    /// Frequent returner: review.
    #[napi(value = "return.review_frequent_returner")]
    ReviewFrequentReturner,
    /// Value within limits.
    #[napi(value = "return.value_ok")]
    ValueOk,
    /// High value: review.
    #[napi(value = "return.review_high_value")]
    ReviewHighValue,
    /// The refund method fell back to store credit.
    #[napi(value = "return.refund_method_fallback")]
    RefundMethodFallback,
}
