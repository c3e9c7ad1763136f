"""The documents the core takes, as TypedDicts for type checkers: generated from the core's
types by core/tests/contract.rs, do not edit.

Amounts may be ``Decimal`` and times timezone-aware ``datetime`` (or the core's strings).
"""

from datetime import datetime
from decimal import Decimal
from typing import List, Literal, NotRequired, Optional, TypedDict, Union

Channel = Literal["email", "sms", "push"]
ClaimResolution = Literal["refund", "replacement"]
Currency = str
CustomerId = str
ItemCondition = Literal["resellable", "damaged", "wrong_item", "missing"]
LineId = str
NotificationKind = Literal["order_confirmed", "order_cancelled", "fulfilment_delayed", "shipped", "in_transit_delayed", "arriving_tomorrow", "out_for_delivery", "available_for_pickup", "delivery_attempt_failed", "delivery_exception", "delivered", "all_parts_delivered", "presumed_lost", "return_requested", "return_approved", "return_declined", "return_label_issued", "return_reminder_to_ship", "return_about_to_expire", "return_received", "return_refunded", "return_exchanged", "review_request", "survey_request", "replenishment_reminder", "cross_sell", "points_earned", "points_about_to_expire", "tier_reached", "tier_about_to_drop"]
OrderId = str
PaymentId = str
RefundMethod = Literal["original_payment", "store_credit", "exchange"]
ReturnId = str
ReturnReason = Literal["changed_mind", "does_not_fit", "defective", "wrong_item", "not_as_described", "damaged_in_transit", "arrived_late", "other"]
Route = Literal["domestic", "international"]
ShipmentId = str
Sku = str
TaxMode = Literal["exclusive", "inclusive"]
TrackingStatus = Literal["pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired"]


class AwardSignup(TypedDict):
    """Signing up (once)."""

    kind: Literal["signup"]


class AwardBirthday(TypedDict):
    """Birthday (once per local calendar year)."""

    kind: Literal["birthday"]


class AwardReview(TypedDict):
    """A product review."""

    kind: Literal["review"]


class AwardReferrer(TypedDict):
    """A referral: this member referred `referred`, whose first paid order just happened."""

    kind: Literal["referrer"]
    referred: "CustomerId"


class AwardReferred(TypedDict):
    """This member was referred and made a first paid order."""

    kind: Literal["referred"]


class CarrierEvent(TypedDict):
    """One scan reported by a carrier."""

    delayed: NotRequired[bool]
    estimated_delivery: NotRequired[Optional[Union[str, datetime]]]
    location: NotRequired[Optional[str]]
    occurred_at: Union[str, datetime]
    raw_code: NotRequired[str]
    status: "TrackingStatus"


class Discount(TypedDict):
    """An order-level discount (a coupon), as a positive amount."""

    amount: "Money"
    code: str


class EarnLine(TypedDict):
    """A line of an order that earns points."""

    line: "LineId"
    spend: "Money"
    tax: NotRequired[Optional["Money"]]


class EligibilityContext(TypedDict):
    """Facts about the customer the host knows and the order does not."""

    recent_returns: NotRequired[List[Union[str, datetime]]]
    tier: NotRequired[Optional["TierBenefits"]]


class ExchangeRequest(TypedDict):
    """An item the customer wants in exchange."""

    advance: NotRequired[bool]
    price: "Money"
    shipping: NotRequired[Optional["Money"]]
    sku: "Sku"


class LineFlags(TypedDict):
    """Properties of a line that return policies look at."""

    digital: NotRequired[bool]
    final_sale: NotRequired[bool]
    hygiene: NotRequired[bool]
    perishable: NotRequired[bool]
    personalised: NotRequired[bool]


class LineQuantity(TypedDict):
    """A quantity of one line."""

    line: "LineId"
    quantity: int


class LoyaltyCommandEarnOrder(TypedDict):
    """Earn points for an order; pending until the later of delivery + N days and the close of the return window (both unknown: pending until released with them)."""

    delivered_at: NotRequired[Optional[Union[str, datetime]]]
    lines: List["EarnLine"]
    order: "OrderId"
    return_window_end: NotRequired[Optional[Union[str, datetime]]]
    shipping: NotRequired[Optional["Money"]]
    type: Literal["earn_order"]


class LoyaltyCommandAward(TypedDict):
    """An event award."""

    award: "Award"
    type: Literal["award"]


class LoyaltyCommandReleasePending(TypedDict):
    """Make pending lots whose time has come available."""

    type: Literal["release_pending"]


class LoyaltyCommandScheduleRelease(TypedDict):
    """Set when an order's pending points become available (delivery now known)."""

    delivered_at: Union[str, datetime]
    order: "OrderId"
    return_window_end: NotRequired[Optional[Union[str, datetime]]]
    type: Literal["schedule_release"]


class LoyaltyCommandRedeem(TypedDict):
    """Spend points on an order (points-to-money) or on a fixed reward."""

    order: "OrderId"
    order_total: "Money"
    points: NotRequired[int]
    redemption: str
    reward: NotRequired[Optional[str]]
    type: Literal["redeem"]


class LoyaltyCommandReverseRedemption(TypedDict):
    """Give back a redemption's points (e.g. the order was fully refunded)."""

    redemption: str
    type: Literal["reverse_redemption"]


class LoyaltyCommandExpire(TypedDict):
    """Expire what is due at `now`."""

    type: Literal["expire"]


class LoyaltyCommandClawback(TypedDict):
    """Claw back the points earned by refunded lines, at the rate they were earned."""

    lines: List["EarnLine"]
    order: "OrderId"
    type: Literal["clawback"]


class LoyaltyCommandAdjust(TypedDict):
    """A manual adjustment."""

    points: int
    reason: str
    type: Literal["adjust"]


class LoyaltyCommandEvaluateTier(TypedDict):
    """Re-evaluate the tier."""

    type: Literal["evaluate_tier"]


class Money(TypedDict):
    """An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit."""

    amount: Union[str, Decimal]
    currency: "Currency"


class NewLine(TypedDict):
    """A line of a new order."""

    category: NotRequired[Optional[str]]
    discounts: NotRequired[List["Money"]]
    flags: NotRequired["LineFlags"]
    id: "LineId"
    quantity: int
    sku: "Sku"
    tags: NotRequired[List[str]]
    taxes: NotRequired[List["TaxLine"]]
    title: str
    unit_price: "Money"


class NewOrder(TypedDict):
    """Everything needed to place an order."""

    currency: "Currency"
    customer: "CustomerId"
    discounts: NotRequired[List["Discount"]]
    id: "OrderId"
    lines: List["NewLine"]
    placed_at: Union[str, datetime]
    shipping: NotRequired[Optional["Money"]]
    tax_mode: NotRequired["TaxMode"]


class NewShipment(TypedDict):
    """A shipment to create."""

    carrier: str
    id: "ShipmentId"
    lines: List["LineQuantity"]
    promised_by: NotRequired[Optional[Union[str, datetime]]]
    route: NotRequired["Route"]
    tracking_number: NotRequired[Optional[str]]


class OrderCommandPlace(TypedDict):
    """Place a new order."""

    order: "NewOrder"
    type: Literal["place"]


class OrderCommandConfirm(TypedDict):
    """Confirm the order."""

    type: Literal["confirm"]


class OrderCommandHold(TypedDict):
    """Put the order on hold (no new shipments)."""

    reason: str
    type: Literal["hold"]


class OrderCommandRelease(TypedDict):
    """Release a hold."""

    type: Literal["release"]


class OrderCommandCancel(TypedDict):
    """Cancel every unit; refused once anything is fulfilled."""

    reason: str
    type: Literal["cancel"]


class OrderCommandCancelUnits(TypedDict):
    """Cancel some unfulfilled units."""

    lines: List["LineQuantity"]
    reason: str
    type: Literal["cancel_units"]


class OrderCommandCreateShipment(TypedDict):
    """Put units in a shipment."""

    shipment: "NewShipment"
    type: Literal["create_shipment"]


class OrderCommandCancelShipment(TypedDict):
    """Cancel a shipment the carrier has not taken yet (pending or label created): its units go back to unfulfilled."""

    shipment: "ShipmentId"
    type: Literal["cancel_shipment"]


class OrderCommandRecordTracking(TypedDict):
    """Record a carrier scan."""

    event: "CarrierEvent"
    shipment: "ShipmentId"
    type: Literal["record_tracking"]


class OrderCommandMarkDelivered(TypedDict):
    """Mark a shipment delivered (e.g. proof of delivery outside the carrier feed)."""

    at: Union[str, datetime]
    shipment: "ShipmentId"
    type: Literal["mark_delivered"]


class OrderCommandAuthorizePayment(TypedDict):
    """A payment was authorised."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["authorize_payment"]


class OrderCommandCapturePayment(TypedDict):
    """A payment was captured."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["capture_payment"]


class OrderCommandRefundPayment(TypedDict):
    """A payment was refunded."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["refund_payment"]


class OrderCommandVoidPayment(TypedDict):
    """An authorisation was voided."""

    payment: "PaymentId"
    type: Literal["void_payment"]


class OrderCommandReturn(TypedDict):
    """A command on a return (start returns with [`crate::returns::request_return`])."""

    command: "ReturnCommand"
    type: Literal["return"]


class Preferences(TypedDict):
    """What the customer agreed to."""

    customer: "CustomerId"
    email: NotRequired[bool]
    locale: NotRequired[Optional[str]]
    marketing_consent: NotRequired[bool]
    opted_out: NotRequired[List["Channel"]]
    push: NotRequired[bool]
    reviewed: NotRequired[List[str]]
    sms_opt_in: NotRequired[bool]
    time_zone: NotRequired[str]


class ReceivedItem(TypedDict):
    """Units received for one line."""

    condition: "ItemCondition"
    line: "LineId"
    quantity: int


class RequestedLine(TypedDict):
    """One line of a return request."""

    line: "LineId"
    quantity: int
    reason: "ReturnReason"


class ReturnCommandRequest(TypedDict):
    """Request a return: evaluated against the return policy in the decision's [`crate::order::OrderContext`] (the same decision as [`request_return`])."""

    action: Literal["request"]
    request: "ReturnRequest"


class ReturnCommandApprove(TypedDict):
    """Approve; with `override_reason`, denied lines are approved too (staff override)."""

    action: Literal["approve"]
    override_reason: NotRequired[Optional[str]]
    return_id: "ReturnId"


class ReturnCommandDecline(TypedDict):
    """Decline."""

    action: Literal["decline"]
    reason: str
    return_id: "ReturnId"


class ReturnCommandIssueLabel(TypedDict):
    """A return label was issued."""

    action: Literal["issue_label"]
    carrier: str
    return_id: "ReturnId"
    tracking_number: str


class ReturnCommandRecordTracking(TypedDict):
    """A carrier scan of the parcel coming back."""

    action: Literal["record_tracking"]
    event: "CarrierEvent"
    return_id: "ReturnId"


class ReturnCommandReceive(TypedDict):
    """Units arrived at the warehouse."""

    action: Literal["receive"]
    items: List["ReceivedItem"]
    return_id: "ReturnId"


class ReturnCommandRefund(TypedDict):
    """Pay the refund (or settle the exchange) for what was received."""

    action: Literal["refund"]
    payment_order: NotRequired[List["PaymentId"]]
    return_id: "ReturnId"


class ReturnCommandCancel(TypedDict):
    """Cancel before anything was received."""

    action: Literal["cancel"]
    return_id: "ReturnId"


class ReturnCommandShipAdvanceReplacement(TypedDict):
    """Ship the replacement of an advance exchange, due back by `deadline`."""

    action: Literal["ship_advance_replacement"]
    deadline: Union[str, datetime]
    return_id: "ReturnId"


class ReturnCommandChargeUnreturnedExchange(TypedDict):
    """Charge the customer for an advance replacement whose return never came."""

    action: Literal["charge_unreturned_exchange"]
    return_id: "ReturnId"


class ReturnCommandClaim(TypedDict):
    """Goods lost or damaged in transit: refund or replace without a return."""

    action: Literal["claim"]
    claim_id: "ReturnId"
    lines: List["LineQuantity"]
    payment_order: NotRequired[List["PaymentId"]]
    resolution: "ClaimResolution"


class ReturnRequest(TypedDict):
    """A customer's request to return items of an order."""

    customer: "CustomerId"
    exchange: NotRequired[Optional["ExchangeRequest"]]
    id: "ReturnId"
    lines: List["RequestedLine"]
    method: "RefundMethod"


class Signal(TypedDict):
    """Something that may call for a message."""

    customer: "CustomerId"
    kind: "NotificationKind"
    occurred_at: Union[str, datetime]
    payload: NotRequired[object]
    subject: str


class TaxLine(TypedDict):
    """A tax charged on a line, as the shop computed it."""

    amount: "Money"
    rate: Union[str, Decimal]
    title: str


class TierBenefits(TypedDict):
    """Loyalty-tier benefits the host passes in."""

    extra_return_days: NotRequired[int]
    free_return_shipping: NotRequired[bool]
    tier: NotRequired[str]


Award = Union[AwardSignup, AwardBirthday, AwardReview, AwardReferrer, AwardReferred]

LoyaltyCommand = Union[LoyaltyCommandEarnOrder, LoyaltyCommandAward, LoyaltyCommandReleasePending, LoyaltyCommandScheduleRelease, LoyaltyCommandRedeem, LoyaltyCommandReverseRedemption, LoyaltyCommandExpire, LoyaltyCommandClawback, LoyaltyCommandAdjust, LoyaltyCommandEvaluateTier]

OrderCommand = Union[OrderCommandPlace, OrderCommandConfirm, OrderCommandHold, OrderCommandRelease, OrderCommandCancel, OrderCommandCancelUnits, OrderCommandCreateShipment, OrderCommandCancelShipment, OrderCommandRecordTracking, OrderCommandMarkDelivered, OrderCommandAuthorizePayment, OrderCommandCapturePayment, OrderCommandRefundPayment, OrderCommandVoidPayment, OrderCommandReturn]

ReturnCommand = Union[ReturnCommandRequest, ReturnCommandApprove, ReturnCommandDecline, ReturnCommandIssueLabel, ReturnCommandRecordTracking, ReturnCommandReceive, ReturnCommandRefund, ReturnCommandCancel, ReturnCommandShipAdvanceReplacement, ReturnCommandChargeUnreturnedExchange, ReturnCommandClaim]

__all__ = ["Award", "AwardBirthday", "AwardReferred", "AwardReferrer", "AwardReview", "AwardSignup", "CarrierEvent", "Channel", "ClaimResolution", "Currency", "CustomerId", "Discount", "EarnLine", "EligibilityContext", "ExchangeRequest", "ItemCondition", "LineFlags", "LineId", "LineQuantity", "LoyaltyCommand", "LoyaltyCommandAdjust", "LoyaltyCommandAward", "LoyaltyCommandClawback", "LoyaltyCommandEarnOrder", "LoyaltyCommandEvaluateTier", "LoyaltyCommandExpire", "LoyaltyCommandRedeem", "LoyaltyCommandReleasePending", "LoyaltyCommandReverseRedemption", "LoyaltyCommandScheduleRelease", "Money", "NewLine", "NewOrder", "NewShipment", "NotificationKind", "OrderCommand", "OrderCommandAuthorizePayment", "OrderCommandCancel", "OrderCommandCancelShipment", "OrderCommandCancelUnits", "OrderCommandCapturePayment", "OrderCommandConfirm", "OrderCommandCreateShipment", "OrderCommandHold", "OrderCommandMarkDelivered", "OrderCommandPlace", "OrderCommandRecordTracking", "OrderCommandRefundPayment", "OrderCommandRelease", "OrderCommandReturn", "OrderCommandVoidPayment", "OrderId", "PaymentId", "Preferences", "ReceivedItem", "RefundMethod", "RequestedLine", "ReturnCommand", "ReturnCommandApprove", "ReturnCommandCancel", "ReturnCommandChargeUnreturnedExchange", "ReturnCommandClaim", "ReturnCommandDecline", "ReturnCommandIssueLabel", "ReturnCommandReceive", "ReturnCommandRecordTracking", "ReturnCommandRefund", "ReturnCommandRequest", "ReturnCommandShipAdvanceReplacement", "ReturnId", "ReturnReason", "ReturnRequest", "Route", "ShipmentId", "Signal", "Sku", "TaxLine", "TaxMode", "TierBenefits", "TrackingStatus"]
