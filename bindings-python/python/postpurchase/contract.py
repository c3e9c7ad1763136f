"""The documents the core takes (and the events and ledger entries it writes for a store), as
TypedDicts for type checkers: generated from the core's types by core/gen, do
not edit. What the core gives back is in ``postpurchase.results``.

Amounts may be ``Decimal`` and times timezone-aware ``datetime`` (or the core's strings).
"""

from datetime import datetime
from decimal import Decimal
from typing import Dict, List, Literal, NotRequired, Optional, TypedDict, Union

CarrierSource = Literal["aftership", "easypost", "shippo", "shopify"]
Channel = Literal["email", "sms", "push"]
ClaimResolution = Literal["refund", "replacement"]
Currency = str
CustomerId = str
DecisionCode = Literal["return.allowed", "return.window_open", "return.window_unlimited", "return.window_closed", "return.window_not_started", "return.quantity_ok", "return.quantity_exceeds_returnable", "return.already_returned", "return.already_claimed", "return.parcel_lost", "return.returnable_item", "return.final_sale", "return.digital", "return.perishable", "return.personalised", "return.hygiene", "return.shipping_requirement_met", "return.not_shipped", "return.not_delivered", "return.frequency_ok", "return.review_frequent_returner", "return.value_ok", "return.review_high_value", "return.refund_method_fallback"]
Facts = Dict[str, str]
IdempotencyKey = str
ItemCondition = Literal["resellable", "damaged", "wrong_item", "missing"]
LineId = str
NegativeBalance = Literal["allow", "debt"]
NonReturnable = Literal["final_sale", "digital", "perishable", "personalised", "hygiene"]
NotificationKind = Literal["order_confirmed", "order_cancelled", "fulfilment_delayed", "shipped", "in_transit_delayed", "arriving_tomorrow", "out_for_delivery", "available_for_pickup", "delivery_attempt_failed", "delivery_exception", "delivered", "all_parts_delivered", "presumed_lost", "return_requested", "return_approved", "return_declined", "return_label_issued", "return_reminder_to_ship", "return_about_to_expire", "return_received", "return_refunded", "return_exchanged", "review_request", "survey_request", "replenishment_reminder", "cross_sell", "points_earned", "points_about_to_expire", "tier_reached", "tier_about_to_drop"]
OrderId = str
Outcome = Literal["allowed", "needs_review", "denied"]
PaymentId = str
RefundClockStart = Literal["order_placed", "item_shipped", "item_delivered"]
RefundDestination = Literal["store_credit"]
RefundMethod = Literal["original_payment", "store_credit", "exchange"]
ReturnId = str
ReturnReason = Literal["changed_mind", "does_not_fit", "defective", "wrong_item", "not_as_described", "damaged_in_transit", "arrived_late", "other"]
ReturnStatus = Literal["requested", "approved", "declined", "label_issued", "in_transit", "received", "refunded", "credited", "exchanged", "charged", "cancelled"]
Route = Literal["domestic", "international"]
Rule = Literal["earn.spend", "award.signup", "award.birthday", "award.review", "award.referrer", "award.referred", "pending.schedule", "pending.release", "redeem", "redeem.reverse", "expire", "clawback", "adjust", "debt.repay", "tier", "command.no_change"]
ShipmentId = str
ShippingRequirement = Literal["none", "shipped", "delivered"]
Sku = str
TaxMode = Literal["exclusive", "inclusive"]
TierMetric = Literal["net_spend", "points_earned", "orders"]
TierWindow = Literal["lifetime", "calendar_year", "rolling12_months", "anchored"]
TrackingStatus = Literal["pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired"]
Variant = Literal["bg_nbd", "modified"]
WindowConfidence = Literal["high", "medium", "low"]
WindowStart = Literal["order_placed", "item_delivered", "last_item_delivered"]


class AnswerRequest(TypedDict):
    """A question about an order."""

    question: "Question"
    view: "ViewRequest"


class ApprovedLine(TypedDict):
    """What an approval decided for one line of a case: the units approved, the units now reserved on the order line, and by how much the order line's reservation changed."""

    approved: int
    line: "LineId"
    position: int
    reservation_change: int
    reserved: int


class ArrivalWindow(TypedDict):
    """When a parcel should arrive, as the host estimated it (the likely and the latest local date in the shop's zone, and how far to trust them)."""

    confidence: "WindowConfidence"
    latest: NotRequired[Optional[str]]
    likely: str
    shipment: str


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


class BetaGeo(TypedDict):
    """Fitted parameters of a (modified) BG/NBD model."""

    a: float
    alpha: float
    b: float
    r: float
    variant: NotRequired["Variant"]


class CancelledUnits(TypedDict):
    """Units of one line cancelled, with the amount taken out of the line."""

    amount: "Money"
    line: "LineId"
    quantity: int
    tax: "Money"


class CarrierEvent(TypedDict):
    """One scan reported by a carrier."""

    delayed: NotRequired[bool]
    estimated_delivery: NotRequired[Optional[Union[str, datetime]]]
    location: NotRequired[Optional[str]]
    occurred_at: Union[str, datetime]
    raw_code: NotRequired[str]
    status: "TrackingStatus"


class CustomerPurchases(TypedDict):
    """One customer's purchases, by the customer's id."""

    id: str
    purchases: List[Union[str, datetime]]


class DelayThresholds(TypedDict):
    """Thresholds for delay detection. All durations are configurable; the defaults follow common carrier practice."""

    lost_after_days_domestic: NotRequired[int]
    lost_after_days_international: NotRequired[int]
    lost_after_promise_hours: NotRequired[int]
    stalled_after_days: NotRequired[int]


class Discount(TypedDict):
    """An order-level discount (a coupon), as a positive amount."""

    amount: "Money"
    code: str


class Draw(TypedDict):
    """Points taken from one lot."""

    lot: int
    points: int


class EarnLine(TypedDict):
    """A line of an order that earns points."""

    line: "LineId"
    spend: "Money"
    tax: NotRequired[Optional["Money"]]


class EarnedLot(TypedDict):
    """What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it is earned at the entry's `at`, and nothing has been spent or clawed back from it yet."""

    available_at: Optional[Union[str, datetime]]
    expires_at: Optional[Union[str, datetime]]
    line: Optional["LineId"]
    order: Optional["OrderId"]
    pending: bool
    points: int
    rate: Union[str, Decimal]
    spend: Union[str, Decimal]


class Earning(TypedDict):
    """Earning rules, applied in this order: spend, per order, tier multiplier; event awards apart."""

    birthday: NotRequired[int]
    include_shipping: NotRequired[bool]
    include_tax: NotRequired[bool]
    per_order: NotRequired[int]
    points_per_currency_unit: NotRequired[Union[str, Decimal]]
    referral: NotRequired[Optional["ReferralRule"]]
    review: NotRequired[int]
    signup: NotRequired[int]


class EligibilityContext(TypedDict):
    """Facts about the customer the host knows and the order does not."""

    delay_thresholds: NotRequired[Optional["DelayThresholds"]]
    recent_returns: NotRequired[List[Union[str, datetime]]]
    tier: NotRequired[Optional["TierBenefits"]]


class EligibilityReport(TypedDict):
    """The decision on a whole request."""

    lines: List["LineDecision"]
    method: "RefundMethod"
    method_note: Optional["DecisionCode"]
    outcome: "Outcome"
    return_id: "ReturnId"


class EntryKindEarn(TypedDict):
    """Points earned into a new lot (pending or available)."""

    kind: Literal["earn"]
    lot: "EarnedLot"


class EntryKindRelease(TypedDict):
    """A pending lot became available."""

    expires_at: Optional[Union[str, datetime]]
    kind: Literal["release"]
    lot: int


class EntryKindScheduled(TypedDict):
    """A pending lot's release time was set."""

    available_at: Union[str, datetime]
    kind: Literal["scheduled"]
    lots: List[int]


class EntryKindRedeem(TypedDict):
    """Points spent."""

    currency: NotRequired[Optional["Currency"]]
    draws: List["Draw"]
    kind: Literal["redeem"]
    order: "OrderId"
    redemption: str
    value: Union[str, Decimal]


class EntryKindReverseRedemption(TypedDict):
    """A redemption given back."""

    draws: List["Draw"]
    kind: Literal["reverse_redemption"]
    redemption: str


class EntryKindExpire(TypedDict):
    """Points expired."""

    draws: List["Draw"]
    kind: Literal["expire"]


class EntryKindClawback(TypedDict):
    """Points clawed back after a refund."""

    cancelled: List["Draw"]
    debt: int
    draws: List["Draw"]
    kind: Literal["clawback"]
    order: "OrderId"


class EntryKindAdjust(TypedDict):
    """A manual adjustment that takes points (the reason is the entry's `reason`)."""

    draws: List["Draw"]
    kind: Literal["adjust"]


class EntryKindDebtPaid(TypedDict):
    """Debt paid from new earnings."""

    kind: Literal["debt_paid"]
    lot: int
    points: int


EntryKindTierChanged = TypedDict("EntryKindTierChanged", {"from": Optional[str], "kind": Literal["tier_changed"], "to": Optional[str]})


class EntryKindNoChange(TypedDict):
    """The command was accepted and changed nothing (nothing to release, expire, earn or re-tier); the entry binds its idempotency key, so the key cannot later be reused for a different command."""

    kind: Literal["no_change"]


class ExchangePricing(TypedDict):
    """How an exchange is priced: whether it charges the return-shipping fee, and what shipping the replacement costs. The restocking fee applies as for any return."""

    charge_return_shipping: NotRequired[bool]
    charge_return_shipping_for: NotRequired[List["ReturnReason"]]
    replacement_shipping: NotRequired["ReplacementShipping"]


class ExchangeRequest(TypedDict):
    """An item the customer wants in exchange."""

    advance: NotRequired[bool]
    price: "Money"
    shipping: NotRequired[Optional["Money"]]
    sku: "Sku"


class ExchangeSettlement(TypedDict):
    """Who owes whom after an exchange, term by term: `difference` = replacement price + its shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of what came back. Positive: the customer pays; negative: the shop refunds."""

    credit: "Money"
    difference: "Money"
    replacement_price: "Money"
    replacement_shipping: NotRequired[Optional["Money"]]
    restocking_fee: NotRequired[Optional["Money"]]
    return_shipping_fee: NotRequired[Optional["Money"]]
    returned_value: NotRequired[Optional["Money"]]


class ExpiryNever(TypedDict):
    """Never."""

    kind: Literal["never"]


class ExpiryDaysAfterAvailable(TypedDict):
    """Each lot at local midnight `days` days after the local date it became available."""

    days: int
    kind: Literal["days_after_available"]


class ExpiryEndOfMonth(TypedDict):
    """Each lot at the end of the local month it became available."""

    kind: Literal["end_of_month"]


class ExpiryEndOfYear(TypedDict):
    """Each lot at the end of the local year it became available."""

    kind: Literal["end_of_year"]


class ExpiryInactivity(TypedDict):
    """The whole balance after `days` days without earning or redeeming."""

    days: int
    kind: Literal["inactivity"]


class FeePercent(TypedDict):
    """Percent of the merchandise value refunded (e.g. 15 for 15 %)."""

    percent: Union[str, Decimal]


class FeeFixed(TypedDict):
    """A fixed amount in the order's currency."""

    fixed: Union[str, Decimal]


class HoldoutCase(TypedDict):
    """A holdout case: what a customer had bought, and what they bought next."""

    before: List[str]
    next: List[str]


class HolidayExtension(TypedDict):
    """Orders placed between two dates may be returned until a fixed date."""

    placed_from: str
    placed_to: str
    returnable_until: str


class KindRule(TypedDict):
    """Per-kind settings."""

    channels: NotRequired[List["Channel"]]
    delay_minutes: NotRequired[int]
    enabled: NotRequired[bool]


class LedgerEntry(TypedDict):
    """One ledger entry."""

    at: Union[str, datetime]
    balance_after: int
    fingerprint: str
    key: "IdempotencyKey"
    kind: "EntryKind"
    pending: int
    points: int
    rate: Union[str, Decimal]
    reason: NotRequired[Optional[str]]
    referred: NotRequired[Optional["CustomerId"]]
    rule: "Rule"
    schema_version: int
    seq: int


class LineAmounts(TypedDict):
    """What a line costs, computed once at placement."""

    gross: "Money"
    line_discount: "Money"
    order_discount: "Money"
    tax: "Money"
    total: "Money"


class LineDecision(TypedDict):
    """The decision on one requested line."""

    code: "DecisionCode"
    days_left: Optional[int]
    line: "LineId"
    outcome: "Outcome"
    quantity: int
    reason: "ReturnReason"
    verdicts: List["RuleVerdict"]
    window_end: Optional[Union[str, datetime]]


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


class LoyaltyProgrammeConfig(TypedDict):
    """A loyalty programme.  ``` use postpurchase::loyalty::Programme; let p = Programme::from_json(r#"{"currency": "EUR", "earning": {"points_per_currency_unit": "1"}, "time_zone": "Europe/Paris"}"#)?; assert_eq!(p.earning.points_per_currency_unit.to_string(), "1"); # Ok::<(), postpurchase::Error>(()) ```"""

    currency: "Currency"
    earning: "Earning"
    expiry: NotRequired["Expiry"]
    negative_balance: NotRequired["NegativeBalance"]
    pending: NotRequired["PendingRule"]
    redemption: NotRequired["RedemptionRule"]
    tiers: NotRequired["TierRules"]
    time_zone: NotRequired[str]


class LoyaltySummaryRequest(TypedDict):
    """The plain-language summary of a loyalty programme."""

    locale: str
    programme: "LoyaltyProgrammeConfig"


class MessageRequest(TypedDict):
    """The content of one notification."""

    intent: "NotificationIntent"
    locale: NotRequired[Optional[str]]
    view: NotRequired[Optional["ViewRequest"]]


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


class NotificationIntent(TypedDict):
    """A message to send."""

    channel: "Channel"
    customer: "CustomerId"
    dedupe_key: str
    kind: "NotificationKind"
    locale: NotRequired[Optional[str]]
    payload: Dict[str, str]
    send_at: Union[str, datetime]


class NotifyPolicyConfig(TypedDict):
    """The notification policy.  ``` use postpurchase::notify::NotifyPolicy; let p = NotifyPolicy::from_json(r#"{"quiet_hours": {"start": "21:00:00", "end": "08:00:00"}, "marketing_throttle_hours": 16}"#)?; assert_eq!(p.marketing_throttle_hours, 16); # Ok::<(), postpurchase::Error>(()) ```"""

    kinds: NotRequired[object]
    marketing_throttle_hours: NotRequired[int]
    quiet_hours: NotRequired[Optional["QuietHours"]]
    replenishment_days: NotRequired[Dict[str, int]]
    review: NotRequired["ReviewRule"]


class OrderChangePlaced(TypedDict):
    """The order was placed, with its computed line amounts."""

    amounts: List["LineAmounts"]
    order: "NewOrder"
    type: Literal["placed"]


class OrderChangeConfirmed(TypedDict):
    """Confirmed."""

    type: Literal["confirmed"]


class OrderChangeHeld(TypedDict):
    """Put on hold."""

    reason: str
    type: Literal["held"]


class OrderChangeReleased(TypedDict):
    """Hold released."""

    type: Literal["released"]


class OrderChangeUnitsCancelled(TypedDict):
    """Units cancelled."""

    lines: List["CancelledUnits"]
    reason: str
    shipping: "Money"
    type: Literal["units_cancelled"]


class OrderChangeShipmentCreated(TypedDict):
    """Shipment created."""

    shipment: "NewShipment"
    type: Literal["shipment_created"]


class OrderChangeShipmentCancelled(TypedDict):
    """A shipment cancelled before the carrier took it; its units are unfulfilled again."""

    shipment: "ShipmentId"
    type: Literal["shipment_cancelled"]


class OrderChangeTrackingRecorded(TypedDict):
    """Carrier scan recorded."""

    event: "CarrierEvent"
    shipment: "ShipmentId"
    type: Literal["tracking_recorded"]


class OrderChangeShipmentShipped(TypedDict):
    """The carrier took the shipment."""

    shipment: "ShipmentId"
    type: Literal["shipment_shipped"]


class OrderChangeShipmentDelivered(TypedDict):
    """Delivered."""

    at: Union[str, datetime]
    shipment: "ShipmentId"
    type: Literal["shipment_delivered"]


class OrderChangePaymentAuthorized(TypedDict):
    """Payment authorised."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["payment_authorized"]


class OrderChangePaymentCaptured(TypedDict):
    """Payment captured."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["payment_captured"]


class OrderChangePaymentRefunded(TypedDict):
    """Payment refunded."""

    amount: "Money"
    payment: "PaymentId"
    type: Literal["payment_refunded"]


class OrderChangePaymentVoided(TypedDict):
    """Authorisation voided."""

    payment: "PaymentId"
    type: Literal["payment_voided"]


class OrderChangeReturn(TypedDict):
    """Something happened to a return."""

    change: "ReturnChange"
    type: Literal["return"]


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
    """A command on a return (open returns with [`Order::open_return`])."""

    command: "ReturnCommand"
    type: Literal["return"]


class OrderEvent(TypedDict):
    """An event of an order: the change, when, and the command key that caused it.  Events are stored for years, so their shape is versioned: each carries `schema_version` ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions are upcast when read (see [`crate::schema`])."""

    at: Union[str, datetime]
    change: "OrderChange"
    fingerprint: str
    key: "IdempotencyKey"
    schema_version: int


class PendingRule(TypedDict):
    """How long order points stay pending."""

    days_after_delivery: NotRequired[int]


class PolicySummaryRequest(TypedDict):
    """The plain-language summary of a return policy."""

    currency: str
    locale: str
    policy: "ReturnPolicyConfig"
    programme: NotRequired[Optional["LoyaltyProgrammeConfig"]]


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


class QuestionWhereIsMyOrder(TypedDict):
    """Where is my order?"""

    question: Literal["where_is_my_order"]


class QuestionWhenWillItArrive(TypedDict):
    """When will it arrive?"""

    question: Literal["when_will_it_arrive"]


class QuestionCanIReturn(TypedDict):
    """Can I return this, and until when? (One line, or every line.)"""

    line: NotRequired[Optional[str]]
    question: Literal["can_i_return"]


class QuestionHowDoIReturn(TypedDict):
    """How do I return it, and what will it cost me?"""

    line: NotRequired[Optional[str]]
    question: Literal["how_do_i_return"]


class QuestionWhereIsMyRefund(TypedDict):
    """Where is my refund?"""

    question: Literal["where_is_my_refund"]


class QuestionHowManyPoints(TypedDict):
    """How many points do I have?"""

    question: Literal["how_many_points"]


class QuietHours(TypedDict):
    """Quiet hours in the recipient's own time zone."""

    end: str
    exempt_transactional: NotRequired[bool]
    start: str


class ReceivedItem(TypedDict):
    """Units received for one line."""

    condition: "ItemCondition"
    line: "LineId"
    quantity: int


class RedemptionRule(TypedDict):
    """Redemption rules."""

    max_points_per_order: NotRequired[Optional[int]]
    min_points: NotRequired[int]
    points_per_currency_unit: NotRequired[Union[str, Decimal]]
    rewards: NotRequired[List["Reward"]]


class ReferralRule(TypedDict):
    """Referral awards."""

    cap_per_period: NotRequired[int]
    period_days: NotRequired[int]
    referred: NotRequired[int]
    referrer: NotRequired[int]


class RefundBreakdown(TypedDict):
    """A refund, line by line, with fees as their own lines."""

    capped: bool
    lines: List["RefundLine"]
    payouts: List["RefundPayout"]
    restocking_fee: "Money"
    return_shipping_fee: "Money"
    shipping: "Money"
    store_credit_bonus: "Money"
    total: "Money"


class RefundLine(TypedDict):
    """The refund for the units of one line."""

    line: "LineId"
    merchandise: "Money"
    tax: "Money"
    total: "Money"
    units: int


class RefundOptions(TypedDict):
    """Refund options."""

    allowed: NotRequired[List["RefundMethod"]]
    store_credit_bonus_percent: NotRequired[Union[str, Decimal]]
    store_credit_clock: NotRequired["RefundClockStart"]
    store_credit_only_after_days: NotRequired[Optional[int]]


class RefundPayout(TypedDict):
    """Money going to one destination."""

    amount: "Money"
    destination: "RefundDestination"


class ReplacementShippingFree(TypedDict):
    """Nothing (the default)."""

    kind: Literal["free"]


class ReplacementShippingFlat(TypedDict):
    """A flat amount in the order's currency."""

    amount: Union[str, Decimal]
    kind: Literal["flat"]


class ReplacementShippingHost(TypedDict):
    """The amount the host passes with the request (`exchange.shipping`)."""

    kind: Literal["host"]


class RequestedLine(TypedDict):
    """One line of a return request."""

    line: "LineId"
    quantity: int
    reason: "ReturnReason"


class RequestedReturn(TypedDict):
    """What a return request decided: the lines reserved, the terms and the report. The case it opens is requested at the event's time, with nothing approved, received or paid yet."""

    customer: "CustomerId"
    decline_reason: Optional[str]
    id: "ReturnId"
    lines: List["RequestedReturnLine"]
    report: "EligibilityReport"
    status: "ReturnStatus"
    terms: "ReturnTerms"


class RequestedReturnLine(TypedDict):
    """One line of a return request as decided."""

    line: "LineId"
    outcome: "Outcome"
    reason: "ReturnReason"
    requested: int
    reserved: int
    restocking_fee: Optional["Fee"]


class RestockingFee(TypedDict):
    """Restocking fee rules."""

    default: NotRequired[Optional["Fee"]]
    per_reason: NotRequired[Dict[str, "Fee"]]
    waived_for: NotRequired[List["ReturnReason"]]


class ReturnChangeRequested(TypedDict):
    """A return was requested and evaluated: what was decided (the case opens from it)."""

    kind: Literal["requested"]
    request: "RequestedReturn"


class ReturnChangeApproved(TypedDict):
    """Approved."""

    decided: NotRequired[Optional[List["ApprovedLine"]]]
    kind: Literal["approved"]
    lines: List["LineQuantity"]
    override_reason: Optional[str]
    return_id: "ReturnId"


class ReturnChangeDeclined(TypedDict):
    """Declined."""

    kind: Literal["declined"]
    reason: str
    return_id: "ReturnId"


class ReturnChangeLabelIssued(TypedDict):
    """Label issued."""

    carrier: str
    kind: Literal["label_issued"]
    return_id: "ReturnId"
    tracking_number: str


class ReturnChangeTrackingRecorded(TypedDict):
    """Carrier scan recorded."""

    event: "CarrierEvent"
    kind: Literal["tracking_recorded"]
    return_id: "ReturnId"
    status: NotRequired[Optional["ReturnStatus"]]


class ReturnChangeReceived(TypedDict):
    """Units received."""

    items: List["ReceivedItem"]
    kind: Literal["received"]
    return_id: "ReturnId"


class ReturnChangeRefunded(TypedDict):
    """Refunded or credited."""

    breakdown: "RefundBreakdown"
    kind: Literal["refunded"]
    return_id: "ReturnId"
    status: "ReturnStatus"


class ReturnChangeExchanged(TypedDict):
    """Settled by exchange."""

    breakdown: "RefundBreakdown"
    kind: Literal["exchanged"]
    return_id: "ReturnId"
    settlement: "ExchangeSettlement"


class ReturnChangeCancelled(TypedDict):
    """Cancelled."""

    kind: Literal["cancelled"]
    return_id: "ReturnId"


class ReturnChangeAdvanceReplacementShipped(TypedDict):
    """Advance replacement shipped."""

    deadline: Union[str, datetime]
    kind: Literal["advance_replacement_shipped"]
    return_id: "ReturnId"


class ReturnChangeExchangeCharged(TypedDict):
    """Customer charged for an unreturned advance exchange."""

    amount: "Money"
    kind: Literal["exchange_charged"]
    return_id: "ReturnId"


class ReturnChangeClaimResolved(TypedDict):
    """A transit claim resolved."""

    breakdown: Optional["RefundBreakdown"]
    claim_id: "ReturnId"
    kind: Literal["claim_resolved"]
    lines: List["LineQuantity"]
    resolution: "ClaimResolution"


class ReturnCommandRequest(TypedDict):
    """Request a return: evaluated against the return policy in the decision's [`crate::order::OrderContext`] (the same decision as [`crate::order::returning::request_return`])."""

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


class ReturnCommandRecordRefund(TypedDict):
    """The refund for what was received was paid outside the library (a platform refunded it): record exactly what went where. The lines are valued as [`ReturnCommand::Refund`] values them; when less was paid, the difference shows as a restocking fee; when more, the fees are waived first and then the original shipping refunded, and beyond that the command is refused. The money comes out of the same refundable balance as every other refund."""

    action: Literal["record_refund"]
    payouts: List["RefundPayout"]
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


class ReturnPolicyConfig(TypedDict):
    """A shop's return policy. Every field has a sensible default.  ``` use postpurchase::returns::ReturnPolicy; let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}, "time_zone": "Europe/Berlin"}"#)?; assert_eq!(policy.window.days, Some(30)); let err = ReturnPolicy::from_json(r#"{"windw": {}, "time_zone": "Mars/Olympus"}"#).unwrap_err(); assert_eq!(err.problems().len(), 2); // every problem at once # Ok::<(), postpurchase::Error>(()) ```"""

    auto_approve: NotRequired[bool]
    exchanges: NotRequired["ExchangePricing"]
    holiday_extension: NotRequired[Optional["HolidayExtension"]]
    non_returnable: NotRequired[List["NonReturnable"]]
    overrides: NotRequired[List["WindowOverride"]]
    refunds: NotRequired["RefundOptions"]
    require: NotRequired["ShippingRequirement"]
    restocking_fee: NotRequired["RestockingFee"]
    return_shipping_fee: NotRequired["ReturnShippingFee"]
    review: NotRequired["ReviewLimits"]
    shipping_refund: NotRequired["ShippingRefund"]
    time_zone: NotRequired[str]
    window: NotRequired["WindowRule"]


class ReturnRequest(TypedDict):
    """A customer's request to return items of an order."""

    customer: "CustomerId"
    exchange: NotRequired[Optional["ExchangeRequest"]]
    id: "ReturnId"
    lines: List["RequestedLine"]
    method: "RefundMethod"


class ReturnShippingFee(TypedDict):
    """Return shipping fee rules."""

    amount: NotRequired[Optional[Union[str, Decimal]]]
    waived_for: NotRequired[List["ReturnReason"]]


class ReturnTerms(TypedDict):
    """The money terms fixed when the return was requested."""

    exchange: Optional["ExchangeRequest"]
    method: "RefundMethod"
    refund_shipping_for_reason: bool
    refund_shipping_when_whole: bool
    replacement_shipping: NotRequired[Optional["Money"]]
    return_shipping_fee: "Money"
    store_credit_bonus_percent: Union[str, Decimal]


class ReviewLimits(TypedDict):
    """Limits that send a request to manual review instead of denying it."""

    max_returns: NotRequired[Optional[int]]
    value_above: NotRequired[Optional[Union[str, Decimal]]]
    within_days: NotRequired[Optional[int]]


class ReviewRule(TypedDict):
    """Review request settings."""

    days_after_delivery: NotRequired[int]
    max_reminders: NotRequired[int]
    reminder_interval_days: NotRequired[int]


class Reward(TypedDict):
    """A fixed reward."""

    id: str
    points: int
    value: "Money"


class RfmMeasures(TypedDict):
    """One customer's RFM measures, without an id: what [`rfm_scores_of_measures`] scores by position."""

    frequency: float
    monetary: float
    recency_days: float


class RuleVerdict(TypedDict):
    """One rule's verdict on one line."""

    code: "DecisionCode"
    facts: "Facts"
    outcome: "Outcome"
    rule: str


class SentNotification(TypedDict):
    """A message already sent or queued (for throttling and dedupe)."""

    channel: "Channel"
    dedupe_key: str
    kind: "NotificationKind"
    send_at: Union[str, datetime]


class ShippingRefund(TypedDict):
    """When the original shipping charge is refunded."""

    for_reasons: NotRequired[List["ReturnReason"]]
    when_whole_order_returned: NotRequired[bool]


class Signal(TypedDict):
    """Something that may call for a message."""

    customer: "CustomerId"
    kind: "NotificationKind"
    occurred_at: Union[str, datetime]
    payload: NotRequired[Dict[str, str]]
    subject: str


class StageFacts(TypedDict):
    """What a stage is judged on besides the purchases: a [`CustomerHistory`] without them."""

    latest_nps: NotRequired[Optional[int]]
    p_alive: NotRequired[Optional[float]]
    referrals: NotRequired[int]


class StageRules(TypedDict):
    """The thresholds of the stage rules (data: load them with serde; every field has a default)."""

    at_risk_gap_multiple: NotRequired[float]
    at_risk_p_alive: NotRequired[float]
    lapsed_gap_multiple: NotRequired[float]
    lapsed_p_alive: NotRequired[float]
    new_days: NotRequired[int]
    single_at_risk_days: NotRequired[int]
    single_lapsed_days: NotRequired[int]


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


class TierLevel(TypedDict):
    """A tier and its benefits."""

    extra_return_days: NotRequired[int]
    free_returns: NotRequired[bool]
    free_shipping: NotRequired[bool]
    multiplier: NotRequired[Union[str, Decimal]]
    name: str
    threshold: Union[str, Decimal]


class TierRules(TypedDict):
    """Tier rules: upgrade at once, downgrade only at the end of a period plus grace."""

    count_awards: NotRequired[bool]
    grace_days: NotRequired[int]
    levels: NotRequired[List["TierLevel"]]
    metric: NotRequired["TierMetric"]
    window: NotRequired["TierWindow"]


class ViewRequest(TypedDict):
    """Everything the customer view of one order needs."""

    arrivals: NotRequired[List["ArrivalWindow"]]
    context: NotRequired["EligibilityContext"]
    events: List["OrderEvent"]
    ledger: NotRequired[List["LedgerEntry"]]
    locale: str
    now: Union[str, datetime]
    policy: "ReturnPolicyConfig"
    programme: NotRequired[Optional["LoyaltyProgrammeConfig"]]
    thresholds: NotRequired[Optional["DelayThresholds"]]


class WindowOverride(TypedDict):
    """A window override for a SKU, category or tag (exactly one of them)."""

    category: NotRequired[Optional[str]]
    days: int
    sku: NotRequired[Optional[str]]
    tag: NotRequired[Optional[str]]


class WindowRule(TypedDict):
    """The return window."""

    days: NotRequired[Optional[int]]
    end_of_local_day: NotRequired[bool]
    starts: NotRequired["WindowStart"]


Award = Union[AwardSignup, AwardBirthday, AwardReview, AwardReferrer, AwardReferred]

EntryKind = Union[EntryKindEarn, EntryKindRelease, EntryKindScheduled, EntryKindRedeem, EntryKindReverseRedemption, EntryKindExpire, EntryKindClawback, EntryKindAdjust, EntryKindDebtPaid, EntryKindTierChanged, EntryKindNoChange]

Expiry = Union[ExpiryNever, ExpiryDaysAfterAvailable, ExpiryEndOfMonth, ExpiryEndOfYear, ExpiryInactivity]

Fee = Union[FeePercent, FeeFixed]

LoyaltyCommand = Union[LoyaltyCommandEarnOrder, LoyaltyCommandAward, LoyaltyCommandReleasePending, LoyaltyCommandScheduleRelease, LoyaltyCommandRedeem, LoyaltyCommandReverseRedemption, LoyaltyCommandExpire, LoyaltyCommandClawback, LoyaltyCommandAdjust, LoyaltyCommandEvaluateTier]

OrderChange = Union[OrderChangePlaced, OrderChangeConfirmed, OrderChangeHeld, OrderChangeReleased, OrderChangeUnitsCancelled, OrderChangeShipmentCreated, OrderChangeShipmentCancelled, OrderChangeTrackingRecorded, OrderChangeShipmentShipped, OrderChangeShipmentDelivered, OrderChangePaymentAuthorized, OrderChangePaymentCaptured, OrderChangePaymentRefunded, OrderChangePaymentVoided, OrderChangeReturn]

OrderCommand = Union[OrderCommandPlace, OrderCommandConfirm, OrderCommandHold, OrderCommandRelease, OrderCommandCancel, OrderCommandCancelUnits, OrderCommandCreateShipment, OrderCommandCancelShipment, OrderCommandRecordTracking, OrderCommandMarkDelivered, OrderCommandAuthorizePayment, OrderCommandCapturePayment, OrderCommandRefundPayment, OrderCommandVoidPayment, OrderCommandReturn]

Question = Union[QuestionWhereIsMyOrder, QuestionWhenWillItArrive, QuestionCanIReturn, QuestionHowDoIReturn, QuestionWhereIsMyRefund, QuestionHowManyPoints]

ReplacementShipping = Union[ReplacementShippingFree, ReplacementShippingFlat, ReplacementShippingHost]

ReturnChange = Union[ReturnChangeRequested, ReturnChangeApproved, ReturnChangeDeclined, ReturnChangeLabelIssued, ReturnChangeTrackingRecorded, ReturnChangeReceived, ReturnChangeRefunded, ReturnChangeExchanged, ReturnChangeCancelled, ReturnChangeAdvanceReplacementShipped, ReturnChangeExchangeCharged, ReturnChangeClaimResolved]

ReturnCommand = Union[ReturnCommandRequest, ReturnCommandApprove, ReturnCommandDecline, ReturnCommandIssueLabel, ReturnCommandRecordTracking, ReturnCommandReceive, ReturnCommandRefund, ReturnCommandRecordRefund, ReturnCommandCancel, ReturnCommandShipAdvanceReplacement, ReturnCommandChargeUnreturnedExchange, ReturnCommandClaim]

__all__ = ["AnswerRequest", "ApprovedLine", "ArrivalWindow", "Award", "AwardBirthday", "AwardReferred", "AwardReferrer", "AwardReview", "AwardSignup", "BetaGeo", "CancelledUnits", "CarrierEvent", "CarrierSource", "Channel", "ClaimResolution", "Currency", "CustomerId", "CustomerPurchases", "DecisionCode", "DelayThresholds", "Discount", "Draw", "EarnLine", "EarnedLot", "Earning", "EligibilityContext", "EligibilityReport", "EntryKind", "EntryKindAdjust", "EntryKindClawback", "EntryKindDebtPaid", "EntryKindEarn", "EntryKindExpire", "EntryKindNoChange", "EntryKindRedeem", "EntryKindRelease", "EntryKindReverseRedemption", "EntryKindScheduled", "EntryKindTierChanged", "ExchangePricing", "ExchangeRequest", "ExchangeSettlement", "Expiry", "ExpiryDaysAfterAvailable", "ExpiryEndOfMonth", "ExpiryEndOfYear", "ExpiryInactivity", "ExpiryNever", "Facts", "Fee", "FeeFixed", "FeePercent", "HoldoutCase", "HolidayExtension", "IdempotencyKey", "ItemCondition", "KindRule", "LedgerEntry", "LineAmounts", "LineDecision", "LineFlags", "LineId", "LineQuantity", "LoyaltyCommand", "LoyaltyCommandAdjust", "LoyaltyCommandAward", "LoyaltyCommandClawback", "LoyaltyCommandEarnOrder", "LoyaltyCommandEvaluateTier", "LoyaltyCommandExpire", "LoyaltyCommandRedeem", "LoyaltyCommandReleasePending", "LoyaltyCommandReverseRedemption", "LoyaltyCommandScheduleRelease", "LoyaltyProgrammeConfig", "LoyaltySummaryRequest", "MessageRequest", "Money", "NegativeBalance", "NewLine", "NewOrder", "NewShipment", "NonReturnable", "NotificationIntent", "NotificationKind", "NotifyPolicyConfig", "OrderChange", "OrderChangeConfirmed", "OrderChangeHeld", "OrderChangePaymentAuthorized", "OrderChangePaymentCaptured", "OrderChangePaymentRefunded", "OrderChangePaymentVoided", "OrderChangePlaced", "OrderChangeReleased", "OrderChangeReturn", "OrderChangeShipmentCancelled", "OrderChangeShipmentCreated", "OrderChangeShipmentDelivered", "OrderChangeShipmentShipped", "OrderChangeTrackingRecorded", "OrderChangeUnitsCancelled", "OrderCommand", "OrderCommandAuthorizePayment", "OrderCommandCancel", "OrderCommandCancelShipment", "OrderCommandCancelUnits", "OrderCommandCapturePayment", "OrderCommandConfirm", "OrderCommandCreateShipment", "OrderCommandHold", "OrderCommandMarkDelivered", "OrderCommandPlace", "OrderCommandRecordTracking", "OrderCommandRefundPayment", "OrderCommandRelease", "OrderCommandReturn", "OrderCommandVoidPayment", "OrderEvent", "OrderId", "Outcome", "PaymentId", "PendingRule", "PolicySummaryRequest", "Preferences", "Question", "QuestionCanIReturn", "QuestionHowDoIReturn", "QuestionHowManyPoints", "QuestionWhenWillItArrive", "QuestionWhereIsMyOrder", "QuestionWhereIsMyRefund", "QuietHours", "ReceivedItem", "RedemptionRule", "ReferralRule", "RefundBreakdown", "RefundClockStart", "RefundDestination", "RefundLine", "RefundMethod", "RefundOptions", "RefundPayout", "ReplacementShipping", "ReplacementShippingFlat", "ReplacementShippingFree", "ReplacementShippingHost", "RequestedLine", "RequestedReturn", "RequestedReturnLine", "RestockingFee", "ReturnChange", "ReturnChangeAdvanceReplacementShipped", "ReturnChangeApproved", "ReturnChangeCancelled", "ReturnChangeClaimResolved", "ReturnChangeDeclined", "ReturnChangeExchangeCharged", "ReturnChangeExchanged", "ReturnChangeLabelIssued", "ReturnChangeReceived", "ReturnChangeRefunded", "ReturnChangeRequested", "ReturnChangeTrackingRecorded", "ReturnCommand", "ReturnCommandApprove", "ReturnCommandCancel", "ReturnCommandChargeUnreturnedExchange", "ReturnCommandClaim", "ReturnCommandDecline", "ReturnCommandIssueLabel", "ReturnCommandReceive", "ReturnCommandRecordRefund", "ReturnCommandRecordTracking", "ReturnCommandRefund", "ReturnCommandRequest", "ReturnCommandShipAdvanceReplacement", "ReturnId", "ReturnPolicyConfig", "ReturnReason", "ReturnRequest", "ReturnShippingFee", "ReturnStatus", "ReturnTerms", "ReviewLimits", "ReviewRule", "Reward", "RfmMeasures", "Route", "Rule", "RuleVerdict", "SentNotification", "ShipmentId", "ShippingRefund", "ShippingRequirement", "Signal", "Sku", "StageFacts", "StageRules", "TaxLine", "TaxMode", "TierBenefits", "TierLevel", "TierMetric", "TierRules", "TierWindow", "TrackingStatus", "Variant", "ViewRequest", "WindowConfidence", "WindowOverride", "WindowRule", "WindowStart"]
