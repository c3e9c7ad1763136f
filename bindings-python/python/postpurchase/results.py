"""What the core gives back, as frozen dataclasses: generated from the core's types by
core/gen, do not edit.

Amounts are ``Decimal``, times timezone-aware ``datetime``, codes their strings (typed as
``Literal``). ``from_dict`` reads the core's JSON document (as ``json.loads`` gives it; a document
of another shape raises ``InvalidInputError``); ``to_dict`` gives it back in Python's types, with a
field named by a keyword under its JSON name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Dict, List, Literal, Optional, Tuple, Type, TypeVar, Union

from .errors import InvalidInputError

R = TypeVar("R", bound="Result")


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def _code(value: Any, codes: Tuple[str, ...]) -> Any:
    if value not in codes or not isinstance(value, str):
        raise ValueError(f"{value!r} is not one of {codes!r}")
    return value


def _time(value: Any) -> datetime:
    t = datetime.fromisoformat(_str(value).replace("Z", "+00:00"))
    if t.tzinfo is None:
        raise ValueError(f"{value!r} has no offset")
    return t


def _dec(value: Any) -> Decimal:
    d = Decimal(_str(value))
    if not d.is_finite():
        raise ValueError(f"{value!r} is not a finite decimal")
    return d


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, not {type(value).__name__}")
    return value


def _num(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, not {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, not {type(value).__name__}")
    return value


def _list(value: Any) -> List[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _dict(value: Any) -> Dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, not {type(value).__name__}")
    return value


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.metadata.get("key", f.name): _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Result:
    """The base of every result class."""

    @classmethod
    def from_dict(cls: Type[R], d: Dict[str, Any]) -> R:
        """Reads the core's JSON document; one of another shape raises ``InvalidInputError``."""
        try:
            return cls._read(_dict(d))
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as e:
            raise InvalidInputError(f"not a {cls.__name__} document: {e!r}", "input.invalid") from e

    @classmethod
    def _read(cls: Type[R], d: Dict[str, Any]) -> R:
        raise TypeError(f"{cls.__name__} is the base of the result classes, not a document")

    def to_dict(self) -> Dict[str, Any]:
        """The result as a dict of Python values (``Decimal``, ``datetime``), keyed as the core's JSON."""
        out: Dict[str, Any] = _plain(self)
        return out


ActionKind = Literal["return", "exchange", "report_problem", "claim_lost"]
Channel = Literal["email", "sms", "push"]
Currency = str
CustomerId = str
DecisionCode = Literal["return.allowed", "return.window_open", "return.window_unlimited", "return.window_closed", "return.window_not_started", "return.quantity_ok", "return.quantity_exceeds_returnable", "return.already_returned", "return.already_claimed", "return.parcel_lost", "return.returnable_item", "return.final_sale", "return.digital", "return.perishable", "return.personalised", "return.hygiene", "return.shipping_requirement_met", "return.not_shipped", "return.not_delivered", "return.frequency_ok", "return.review_frequent_returner", "return.value_ok", "return.review_high_value", "return.refund_method_fallback"]
Facts = Dict[str, str]
FulfilmentStatus = Literal["unfulfilled", "partially_fulfilled", "fulfilled", "partially_delivered", "delivered", "partially_returned", "returned", "cancelled"]
LineId = str
NotificationKind = Literal["order_confirmed", "order_cancelled", "fulfilment_delayed", "shipped", "in_transit_delayed", "arriving_tomorrow", "out_for_delivery", "available_for_pickup", "delivery_attempt_failed", "delivery_exception", "delivered", "all_parts_delivered", "presumed_lost", "return_requested", "return_approved", "return_declined", "return_label_issued", "return_reminder_to_ship", "return_about_to_expire", "return_received", "return_refunded", "return_exchanged", "review_request", "survey_request", "replenishment_reminder", "cross_sell", "points_earned", "points_about_to_expire", "tier_reached", "tier_about_to_drop"]
OrderId = str
Outcome = Literal["allowed", "needs_review", "denied"]
PaymentId = str
PaymentStatus = Literal["not_paid", "authorized", "partially_paid", "paid", "partially_refunded", "refunded", "voided", "refund_due"]
RefundMethod = Literal["original_payment", "store_credit", "exchange"]
ReturnId = str
ReturnReason = Literal["changed_mind", "does_not_fit", "defective", "wrong_item", "not_as_described", "damaged_in_transit", "arrived_late", "other"]
ReturnStatus = Literal["requested", "approved", "declined", "label_issued", "in_transit", "received", "refunded", "credited", "exchanged", "charged", "cancelled"]
Segment = Literal["champions", "loyal", "potential_loyalists", "new", "promising", "need_attention", "about_to_sleep", "at_risk", "cannot_lose", "hibernating", "lost"]
ShipmentId = str
Sku = str
Stage = Literal["new", "active", "at_risk", "lapsed", "reactivated", "advocate"]
StepKind = Literal["ordered", "packed", "handed_to_carrier", "in_transit", "out_for_delivery", "delivered", "delayed", "exception", "attempt_failed", "ready_for_pickup", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "tracking_stopped"]
StepState = Literal["done", "current", "upcoming"]
TierMetric = Literal["net_spend", "points_earned", "orders"]
TrackingStatus = Literal["pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired"]
WindowConfidence = Literal["high", "medium", "low"]


@dataclass(frozen=True)
class CarrierEvent(Result):
    """One scan reported by a carrier."""

    occurred_at: datetime
    """When it happened, by the carrier's clock (not when we received it)."""
    status: TrackingStatus
    """The normalised status."""
    delayed: Optional[bool]
    """Whether the carrier flagged a delay."""
    estimated_delivery: Optional[datetime]
    """The carrier's delivery estimate given with this scan, if any (a delayed parcel's new date). Absent from events written before it existed, and left out when unset."""
    location: Optional[str]
    """Where it happened, if the carrier says."""
    raw_code: Optional[str]
    """The raw code, kept for audit."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CarrierEvent":
        return cls(
            occurred_at=_time(d["occurred_at"]),
            status=_code(d["status"], ("pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired",)),
            delayed=(None if d.get("delayed") is None else _bool(d["delayed"])),
            estimated_delivery=(None if d.get("estimated_delivery") is None else _time(d["estimated_delivery"])),
            location=(None if d.get("location") is None else _str(d["location"])),
            raw_code=(None if d.get("raw_code") is None else _str(d["raw_code"])),
        )


@dataclass(frozen=True)
class CesResult(Result):
    """A CES result."""

    responses: int
    """Number of answers."""
    mean: float
    """Mean answer (1–7)."""
    easy_share: float
    """Share answering 5, 6 or 7, 0–1 (0.6 is 60 %)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CesResult":
        return cls(
            responses=_int(d["responses"]),
            mean=_num(d["mean"]),
            easy_share=_num(d["easy_share"]),
        )


@dataclass(frozen=True)
class CsatResult(Result):
    """A CSAT with its Wilson interval."""

    responses: int
    """Number of answers."""
    satisfied: int
    """Satisfied answers."""
    score: float
    """Satisfied share, 0–1 (0.85 is 85 %); the interval is in shares too."""
    mean: float
    """Mean answer."""
    interval: Interval
    """Wilson interval of the share."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CsatResult":
        return cls(
            responses=_int(d["responses"]),
            satisfied=_int(d["satisfied"]),
            score=_num(d["score"]),
            mean=_num(d["mean"]),
            interval=Interval._read(d["interval"]),
        )


@dataclass(frozen=True)
class CustomerAction(Result):
    """An action with whether it is open now, its deadline and the engine's reason."""

    action: ActionKind
    """What."""
    subject: str
    """On what: a line id (returns, exchanges) or a shipment id."""
    available: bool
    """Open now (an action sent to review is open: the shop checks it first)."""
    needs_review: bool
    """Needs a person to approve it."""
    units: int
    """Units it covers (returns and exchanges)."""
    deadline: Optional[datetime]
    """Until when."""
    days_left: Optional[int]
    """Whole days left."""
    code: str
    """The engine's deciding code (`return.window_open`, `return.final_sale`, `delay.late`…)."""
    refund: Optional[Money]
    """What a return would refund now, if everything comes back resellable."""
    fees: Optional[Money]
    """The fees that refund already takes off (restocking plus return shipping)."""
    method: Optional[RefundMethod]
    """The refund method after policy (`store_credit` after a fallback)."""
    statement: Statement
    """The sentence."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CustomerAction":
        return cls(
            action=_code(d["action"], ("return", "exchange", "report_problem", "claim_lost",)),
            subject=_str(d["subject"]),
            available=_bool(d["available"]),
            needs_review=_bool(d["needs_review"]),
            units=_int(d["units"]),
            deadline=(None if d["deadline"] is None else _time(d["deadline"])),
            days_left=(None if d["days_left"] is None else _int(d["days_left"])),
            code=_str(d["code"]),
            refund=(None if d["refund"] is None else Money._read(d["refund"])),
            fees=(None if d["fees"] is None else Money._read(d["fees"])),
            method=(None if d["method"] is None else _code(d["method"], ("original_payment", "store_credit", "exchange",))),
            statement=Statement._read(d["statement"]),
        )


@dataclass(frozen=True)
class CustomerAnswer(Result):
    """An answer: the question, the text, and the statements it is made of."""

    question: str
    """The question's name."""
    text: str
    """The answer as one short paragraph."""
    statements: List[Statement]
    """Its sentences, each with its facts."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CustomerAnswer":
        return cls(
            question=_str(d["question"]),
            text=_str(d["text"]),
            statements=[Statement._read(x0) for x0 in _list(d["statements"])],
        )


@dataclass(frozen=True)
class CustomerMessage(Result):
    """A message ready to send: its payload and the rendered text."""

    locale: str
    """The locale of the text."""
    payload: MessagePayload
    """The variables."""
    subject: str
    """The subject line (email) or title (push): plain text, escape it for HTML."""
    body: str
    """The short body: plain text with values from outside as given (a title may hold `<`, `&` or quotes); escape it before putting it in an HTML email or page."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CustomerMessage":
        return cls(
            locale=_str(d["locale"]),
            payload=MessagePayload._read(d["payload"]),
            subject=_str(d["subject"]),
            body=_str(d["body"]),
        )


@dataclass(frozen=True)
class CustomerStages(Result):
    """One customer's stage at each date (`None`: not a customer yet)."""

    id: str
    """The customer's id."""
    stages: List[Optional[Stage]]
    """The stage at each date."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "CustomerStages":
        return cls(
            id=_str(d["id"]),
            stages=[(None if x0 is None else _code(x0, ("new", "active", "at_risk", "lapsed", "reactivated", "advocate",))) for x0 in _list(d["stages"])],
        )


@dataclass(frozen=True)
class DelayAssessment(Result):
    """What delay detection concluded about one shipment at `now`."""

    status: TrackingStatus
    """The merchant status at `now`."""
    late: bool
    """Past the promised (or estimated) delivery and not delivered."""
    stalled: bool
    """No scan for `stalled_after_days`."""
    presumed_lost: bool
    """No update for the lost threshold, or no scan since `promise + lost_after_promise_hours`."""
    carrier_delayed: bool
    """The carrier flagged a delay on the latest scan."""
    last_scan_at: Optional[datetime]
    """When the latest scan happened, if any."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "DelayAssessment":
        return cls(
            status=_code(d["status"], ("pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired",)),
            late=_bool(d["late"]),
            stalled=_bool(d["stalled"]),
            presumed_lost=_bool(d["presumed_lost"]),
            carrier_delayed=_bool(d["carrier_delayed"]),
            last_scan_at=(None if d["last_scan_at"] is None else _time(d["last_scan_at"])),
        )


@dataclass(frozen=True)
class EligibilityReport(Result):
    """The decision on a whole request."""

    return_id: ReturnId
    """The return."""
    outcome: Outcome
    """Denied if every line is denied; review if any line needs review; allowed otherwise."""
    lines: List[LineDecision]
    """Per line."""
    method: RefundMethod
    """The refund method after policy (may fall back to store credit)."""
    method_note: Optional[DecisionCode]
    """Set when the method fell back to store credit, with its reason code."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "EligibilityReport":
        return cls(
            return_id=_str(d["return_id"]),
            outcome=_code(d["outcome"], ("allowed", "needs_review", "denied",)),
            lines=[LineDecision._read(x0) for x0 in _list(d["lines"])],
            method=_code(d["method"], ("original_payment", "store_credit", "exchange",)),
            method_note=(None if d["method_note"] is None else _code(d["method_note"], ("return.allowed", "return.window_open", "return.window_unlimited", "return.window_closed", "return.window_not_started", "return.quantity_ok", "return.quantity_exceeds_returnable", "return.already_returned", "return.already_claimed", "return.parcel_lost", "return.returnable_item", "return.final_sale", "return.digital", "return.perishable", "return.personalised", "return.hygiene", "return.shipping_requirement_met", "return.not_shipped", "return.not_delivered", "return.frequency_ok", "return.review_frequent_returner", "return.value_ok", "return.review_high_value", "return.refund_method_fallback",))),
        )


@dataclass(frozen=True)
class ExchangeRequest(Result):
    """An item the customer wants in exchange."""

    sku: Sku
    """The replacement's SKU (another variant or another product)."""
    price: Money
    """Its price, in the order's currency."""
    advance: Optional[bool]
    """Ship the replacement before the return arrives."""
    shipping: Optional[Money]
    """The replacement's outbound shipping, when the policy lets the host price it (`exchanges.replacement_shipping: host`)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ExchangeRequest":
        return cls(
            sku=_str(d["sku"]),
            price=Money._read(d["price"]),
            advance=(None if d.get("advance") is None else _bool(d["advance"])),
            shipping=(None if d.get("shipping") is None else Money._read(d["shipping"])),
        )


@dataclass(frozen=True)
class ExchangeSettlement(Result):
    """Who owes whom after an exchange, term by term: `difference` = replacement price + its shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of what came back. Positive: the customer pays; negative: the shop refunds."""

    credit: Money
    """What came back is worth, less the fees: the credit towards the replacement."""
    replacement_price: Money
    """The replacement's price."""
    difference: Money
    """The balance: positive means the customer pays, negative means the shop refunds."""
    replacement_shipping: Optional[Money]
    """The replacement's outbound shipping."""
    restocking_fee: Optional[Money]
    """The restocking fee charged."""
    return_shipping_fee: Optional[Money]
    """The return-shipping fee charged (zero when waived)."""
    returned_value: Optional[Money]
    """The value of what came back (lines and any shipping refunded), before fees."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ExchangeSettlement":
        return cls(
            credit=Money._read(d["credit"]),
            replacement_price=Money._read(d["replacement_price"]),
            difference=Money._read(d["difference"]),
            replacement_shipping=(None if d.get("replacement_shipping") is None else Money._read(d["replacement_shipping"])),
            restocking_fee=(None if d.get("restocking_fee") is None else Money._read(d["restocking_fee"])),
            return_shipping_fee=(None if d.get("return_shipping_fee") is None else Money._read(d["return_shipping_fee"])),
            returned_value=(None if d.get("returned_value") is None else Money._read(d["returned_value"])),
        )


@dataclass(frozen=True)
class FeePercent(Result):
    """Percent of the merchandise value refunded (e.g. 15 for 15 %)."""

    percent: Decimal

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "FeePercent":
        return cls(
            percent=_dec(d["percent"]),
        )


@dataclass(frozen=True)
class FeeFixed(Result):
    """A fixed amount in the order's currency."""

    fixed: Decimal

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "FeeFixed":
        return cls(
            fixed=_dec(d["fixed"]),
        )


def _read_Fee(value: Any) -> Fee:
    if isinstance(value, dict) and "percent" in value:
        return FeePercent._read(value)
    if isinstance(value, dict) and "fixed" in value:
        return FeeFixed._read(value)
    raise ValueError(f"not a Fee: {value!r}")


@dataclass(frozen=True)
class HitRate(Result):
    """Hit rate at k on a holdout: the share of test customers for whom at least one suggestion was among the items they went on to buy."""

    customers: int
    """Customers tested."""
    hits: int
    """With at least one hit among the co-purchase suggestions."""
    popular_hits: int
    """With at least one hit among the most popular items (the baseline)."""
    rate: float
    """`hits / customers`."""
    popular_rate: float
    """`popular_hits / customers`."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "HitRate":
        return cls(
            customers=_int(d["customers"]),
            hits=_int(d["hits"]),
            popular_hits=_int(d["popular_hits"]),
            rate=_num(d["rate"]),
            popular_rate=_num(d["popular_rate"]),
        )


@dataclass(frozen=True)
class Interval(Result):
    """A confidence interval."""

    low: float
    """Lower bound."""
    high: float
    """Upper bound."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "Interval":
        return cls(
            low=_num(d["low"]),
            high=_num(d["high"]),
        )


@dataclass(frozen=True)
class LineDecision(Result):
    """The decision on one requested line."""

    line: LineId
    """The line."""
    quantity: int
    """Units requested."""
    reason: ReturnReason
    """Why."""
    outcome: Outcome
    """Allowed, denied or review."""
    code: DecisionCode
    """The deciding code: the first denial, else the first review, else `return.allowed`."""
    verdicts: List[RuleVerdict]
    """Every rule's verdict."""
    window_end: Optional[datetime]
    """When the window closes, if it is limited and has started."""
    days_left: Optional[int]
    """Whole days left in the window at decision time."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "LineDecision":
        return cls(
            line=_str(d["line"]),
            quantity=_int(d["quantity"]),
            reason=_code(d["reason"], ("changed_mind", "does_not_fit", "defective", "wrong_item", "not_as_described", "damaged_in_transit", "arrived_late", "other",)),
            outcome=_code(d["outcome"], ("allowed", "needs_review", "denied",)),
            code=_code(d["code"], ("return.allowed", "return.window_open", "return.window_unlimited", "return.window_closed", "return.window_not_started", "return.quantity_ok", "return.quantity_exceeds_returnable", "return.already_returned", "return.already_claimed", "return.parcel_lost", "return.returnable_item", "return.final_sale", "return.digital", "return.perishable", "return.personalised", "return.hygiene", "return.shipping_requirement_met", "return.not_shipped", "return.not_delivered", "return.frequency_ok", "return.review_frequent_returner", "return.value_ok", "return.review_high_value", "return.refund_method_fallback",)),
            verdicts=[RuleVerdict._read(x0) for x0 in _list(d["verdicts"])],
            window_end=(None if d["window_end"] is None else _time(d["window_end"])),
            days_left=(None if d["days_left"] is None else _int(d["days_left"])),
        )


@dataclass(frozen=True)
class LoyaltyStatus(Result):
    """A member's balance, tier and progress at a point in time, in one value."""

    customer: CustomerId
    """The customer."""
    balance: int
    """Available points."""
    pending: int
    """Points waiting for delivery and the return window."""
    debt: int
    """Points owed from clawbacks of points already spent."""
    tier: Optional[str]
    """The current tier."""
    tier_since: Optional[datetime]
    """Since when."""
    progress: TierProgress
    """Progress to the next tier at the time asked."""
    version: int
    """Entries applied (the `expected_version` for the next command)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "LoyaltyStatus":
        return cls(
            customer=_str(d["customer"]),
            balance=_int(d["balance"]),
            pending=_int(d["pending"]),
            debt=_int(d["debt"]),
            tier=(None if d["tier"] is None else _str(d["tier"])),
            tier_since=(None if d["tier_since"] is None else _time(d["tier_since"])),
            progress=TierProgress._read(d["progress"]),
            version=_int(d["version"]),
        )


@dataclass(frozen=True)
class MappedStatus(Result):
    """The result of mapping a raw carrier code: the normalised status if the code is known."""

    raw_code: str
    """The code as the carrier sent it."""
    status: Optional[TrackingStatus]
    """The normalised status, or `None` when the code is not in our tables."""
    delayed: bool
    """Whether the code says the shipment is delayed (a flag on top of the status)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "MappedStatus":
        return cls(
            raw_code=_str(d["raw_code"]),
            status=(None if d["status"] is None else _code(d["status"], ("pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired",))),
            delayed=_bool(d["delayed"]),
        )


@dataclass(frozen=True)
class MessagePayload(Result):
    """The variables a message template needs. Absent values are `None` or empty."""

    kind: NotificationKind
    """The kind of message."""
    customer: str
    """The recipient."""
    order: Optional[str]
    """The order number."""
    items: List[ViewItem]
    """The items it is about."""
    tracking: Optional[TrackingLink]
    """The parcel it is about."""
    estimate: Optional[datetime]
    """The current delivery estimate."""
    delay_reason: Optional[str]
    """Why it is late: `carrier_delayed`, `late`, `stalled`, `exception`, `attempt_failed` or `presumed_lost`."""
    return_id: Optional[str]
    """The return it is about."""
    return_deadline: Optional[datetime]
    """The soonest open return deadline on the order."""
    refund: Optional[Money]
    """The refund paid."""
    refund_destination: List[RefundMethod]
    """Where the refund went."""
    points: Optional[int]
    """Points (earned, pending or about to expire)."""
    date: Optional[datetime]
    """When points expire or become available, or when a tier ends."""
    tier: Optional[str]
    """The loyalty tier."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "MessagePayload":
        return cls(
            kind=_code(d["kind"], ("order_confirmed", "order_cancelled", "fulfilment_delayed", "shipped", "in_transit_delayed", "arriving_tomorrow", "out_for_delivery", "available_for_pickup", "delivery_attempt_failed", "delivery_exception", "delivered", "all_parts_delivered", "presumed_lost", "return_requested", "return_approved", "return_declined", "return_label_issued", "return_reminder_to_ship", "return_about_to_expire", "return_received", "return_refunded", "return_exchanged", "review_request", "survey_request", "replenishment_reminder", "cross_sell", "points_earned", "points_about_to_expire", "tier_reached", "tier_about_to_drop",)),
            customer=_str(d["customer"]),
            order=(None if d["order"] is None else _str(d["order"])),
            items=[ViewItem._read(x0) for x0 in _list(d["items"])],
            tracking=(None if d["tracking"] is None else TrackingLink._read(d["tracking"])),
            estimate=(None if d["estimate"] is None else _time(d["estimate"])),
            delay_reason=(None if d["delay_reason"] is None else _str(d["delay_reason"])),
            return_id=(None if d["return_id"] is None else _str(d["return_id"])),
            return_deadline=(None if d["return_deadline"] is None else _time(d["return_deadline"])),
            refund=(None if d["refund"] is None else Money._read(d["refund"])),
            refund_destination=[_code(x0, ("original_payment", "store_credit", "exchange",)) for x0 in _list(d["refund_destination"])],
            points=(None if d["points"] is None else _int(d["points"])),
            date=(None if d["date"] is None else _time(d["date"])),
            tier=(None if d["tier"] is None else _str(d["tier"])),
        )


@dataclass(frozen=True)
class Money(Result):
    """An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit."""

    amount: Decimal
    """The amount as a decimal string (`"129.00"`); JSON numbers are refused."""
    currency: Currency
    """The currency's ISO 4217 code."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "Money":
        return cls(
            amount=_dec(d["amount"]),
            currency=_str(d["currency"]),
        )


@dataclass(frozen=True)
class NextPurchase(Result):
    """A customer's next-purchase timing."""

    p_alive: float
    """P(alive) now."""
    p_within: float
    """P(at least one purchase within the horizon)."""
    median_wait: Optional[float]
    """The median wait until the next purchase, in the model's time unit; `None` when the customer more likely than not never buys again."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "NextPurchase":
        return cls(
            p_alive=_num(d["p_alive"]),
            p_within=_num(d["p_within"]),
            median_wait=(None if d["median_wait"] is None else _num(d["median_wait"])),
        )


@dataclass(frozen=True)
class NotificationIntent(Result):
    """A message to send."""

    kind: NotificationKind
    """Kind."""
    customer: CustomerId
    """Recipient."""
    channel: Channel
    """Channel."""
    send_at: datetime
    """When to send."""
    dedupe_key: str
    """Stable key: the same signal always gives the same key."""
    payload: Dict[str, str]
    """Template data."""
    locale: Optional[str]
    """The recipient's language, from their preferences (see `customer::compose`)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "NotificationIntent":
        return cls(
            kind=_code(d["kind"], ("order_confirmed", "order_cancelled", "fulfilment_delayed", "shipped", "in_transit_delayed", "arriving_tomorrow", "out_for_delivery", "available_for_pickup", "delivery_attempt_failed", "delivery_exception", "delivered", "all_parts_delivered", "presumed_lost", "return_requested", "return_approved", "return_declined", "return_label_issued", "return_reminder_to_ship", "return_about_to_expire", "return_received", "return_refunded", "return_exchanged", "review_request", "survey_request", "replenishment_reminder", "cross_sell", "points_earned", "points_about_to_expire", "tier_reached", "tier_about_to_drop",)),
            customer=_str(d["customer"]),
            channel=_code(d["channel"], ("email", "sms", "push",)),
            send_at=_time(d["send_at"]),
            dedupe_key=_str(d["dedupe_key"]),
            payload={_str(k0): _str(x0) for k0, x0 in _dict(d["payload"]).items()},
            locale=(None if d.get("locale") is None else _str(d["locale"])),
        )


@dataclass(frozen=True)
class NpsResult(Result):
    """An NPS with its uncertainty. Scores and bounds are on the −100…100 scale."""

    responses: int
    """Number of answers."""
    promoters: int
    """Answers 9–10."""
    passives: int
    """Answers 7–8."""
    detractors: int
    """Answers 0–6."""
    score: float
    """% promoters − % detractors."""
    promoter_share: float
    """Share of promoters (0–1)."""
    detractor_share: float
    """Share of detractors (0–1)."""
    variance: float
    """Variance of the promoter-minus-detractor difference (proportion scale)."""
    margin_of_error: float
    """z × standard error, on the −100…100 scale."""
    interval: Interval
    """Adjusted-Wald interval (¾ added to promoters and detractors, 3 to n), clamped to ±100."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "NpsResult":
        return cls(
            responses=_int(d["responses"]),
            promoters=_int(d["promoters"]),
            passives=_int(d["passives"]),
            detractors=_int(d["detractors"]),
            score=_num(d["score"]),
            promoter_share=_num(d["promoter_share"]),
            detractor_share=_num(d["detractor_share"]),
            variance=_num(d["variance"]),
            margin_of_error=_num(d["margin_of_error"]),
            interval=Interval._read(d["interval"]),
        )


@dataclass(frozen=True)
class OrderSummary(Result):
    """An order's derived statuses and amounts.  ``` use chrono::{TimeZone, Utc}; use postpurchase::*;  let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap(); let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("EUR")?, now)     .line(NewLine::new(LineId::new("l-1")?, Sku::new("TEE")?, "T-shirt", 2, Money::parse("20.00", "EUR")?))     .build(); let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("k")?, now))?)?; let summary = order.summary(Some(now), &DelayThresholds::default())?; assert_eq!(summary.amount_due, Money::parse("40.00", "EUR")?); assert_eq!(summary.fulfilment_status, FulfilmentStatus::Unfulfilled); # Ok::<(), postpurchase::Error>(()) ```"""

    id: OrderId
    """Order id."""
    customer: CustomerId
    """Customer id."""
    currency: Currency
    """The order's currency."""
    fulfilment_status: FulfilmentStatus
    """Where the goods are."""
    payment_status: PaymentStatus
    """Where the money is."""
    total: Money
    """Order total."""
    amount_due: Money
    """Still to capture."""
    captured: Money
    """Captured so far."""
    refunded: Money
    """Refunded so far."""
    refund_due: Money
    """Collected beyond what is now due (paid units cancelled), owed back to the customer."""
    shipments: List[ShipmentTracking]
    """Shipments in id order."""
    version: int
    """Events applied (the `expected_version` for the next command)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "OrderSummary":
        return cls(
            id=_str(d["id"]),
            customer=_str(d["customer"]),
            currency=_str(d["currency"]),
            fulfilment_status=_code(d["fulfilment_status"], ("unfulfilled", "partially_fulfilled", "fulfilled", "partially_delivered", "delivered", "partially_returned", "returned", "cancelled",)),
            payment_status=_code(d["payment_status"], ("not_paid", "authorized", "partially_paid", "paid", "partially_refunded", "refunded", "voided", "refund_due",)),
            total=Money._read(d["total"]),
            amount_due=Money._read(d["amount_due"]),
            captured=Money._read(d["captured"]),
            refunded=Money._read(d["refunded"]),
            refund_due=Money._read(d["refund_due"]),
            shipments=[ShipmentTracking._read(x0) for x0 in _list(d["shipments"])],
            version=_int(d["version"]),
        )


@dataclass(frozen=True)
class OrderView(Result):
    """What the customer should see about an order at `now`."""

    locale: str
    """The locale of the text."""
    order: str
    """Order id."""
    placed_at: datetime
    """When it was placed."""
    time_zone: str
    """The time zone the dates in the text follow (the return policy's)."""
    fulfilment: FulfilmentStatus
    """The fulfilment status."""
    headline: Statement
    """The order in one sentence."""
    waiting: List[ViewItem]
    """Items not yet in a shipment."""
    shipments: List[ShipmentView]
    """The shipments, by id."""
    next: Statement
    """What happens next for the order as a whole."""
    actions: List[CustomerAction]
    """Actions, open or not, in line then shipment order."""
    points: Optional[PointsView]
    """Points, when a loyalty ledger was given."""
    returns: List[ReturnView]
    """Returns on the order."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "OrderView":
        return cls(
            locale=_str(d["locale"]),
            order=_str(d["order"]),
            placed_at=_time(d["placed_at"]),
            time_zone=_str(d["time_zone"]),
            fulfilment=_code(d["fulfilment"], ("unfulfilled", "partially_fulfilled", "fulfilled", "partially_delivered", "delivered", "partially_returned", "returned", "cancelled",)),
            headline=Statement._read(d["headline"]),
            waiting=[ViewItem._read(x0) for x0 in _list(d["waiting"])],
            shipments=[ShipmentView._read(x0) for x0 in _list(d["shipments"])],
            next=Statement._read(d["next"]),
            actions=[CustomerAction._read(x0) for x0 in _list(d["actions"])],
            points=(None if d["points"] is None else PointsView._read(d["points"])),
            returns=[ReturnView._read(x0) for x0 in _list(d["returns"])],
        )


@dataclass(frozen=True)
class PlainSummary(Result):
    """A summary: a title and its sentences in order."""

    locale: str
    """The locale the text follows."""
    title: str
    """The heading."""
    statements: List[Statement]
    """The sentences."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "PlainSummary":
        return cls(
            locale=_str(d["locale"]),
            title=_str(d["title"]),
            statements=[Statement._read(x0) for x0 in _list(d["statements"])],
        )


@dataclass(frozen=True)
class PointsView(Result):
    """Loyalty points this order earned."""

    pending: int
    """Points from this order still pending."""
    available_at: Optional[datetime]
    """When the earliest of them become available, if known."""
    earned: int
    """Points from this order already available."""
    balance: int
    """The member's spendable balance."""
    statements: List[Statement]
    """The sentences."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "PointsView":
        return cls(
            pending=_int(d["pending"]),
            available_at=(None if d["available_at"] is None else _time(d["available_at"])),
            earned=_int(d["earned"]),
            balance=_int(d["balance"]),
            statements=[Statement._read(x0) for x0 in _list(d["statements"])],
        )


@dataclass(frozen=True)
class Recommendation(Result):
    """A suggested item and why."""

    item: str
    """The item suggested."""
    because: str
    """The basket item it is most often bought with."""
    confidence: float
    """confidence(because → item)."""
    lift: float
    """lift(because → item)."""
    support: float
    """Share of all baskets holding both."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "Recommendation":
        return cls(
            item=_str(d["item"]),
            because=_str(d["because"]),
            confidence=_num(d["confidence"]),
            lift=_num(d["lift"]),
            support=_num(d["support"]),
        )


@dataclass(frozen=True)
class RefundBreakdown(Result):
    """A refund, line by line, with fees as their own lines."""

    lines: List[RefundLine]
    """Per line."""
    shipping: Money
    """Original shipping refunded."""
    restocking_fee: Money
    """Restocking fee deducted."""
    return_shipping_fee: Money
    """Return shipping fee deducted."""
    total: Money
    """Lines + shipping − fees, limited to what is refundable."""
    capped: bool
    """Set when the total was cut to what was captured and not yet refunded."""
    store_credit_bonus: Money
    """Bonus on store credit (on top of `total`)."""
    payouts: List[RefundPayout]
    """Where the money goes (empty for exchanges, which keep it as credit)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RefundBreakdown":
        return cls(
            lines=[RefundLine._read(x0) for x0 in _list(d["lines"])],
            shipping=Money._read(d["shipping"]),
            restocking_fee=Money._read(d["restocking_fee"]),
            return_shipping_fee=Money._read(d["return_shipping_fee"]),
            total=Money._read(d["total"]),
            capped=_bool(d["capped"]),
            store_credit_bonus=Money._read(d["store_credit_bonus"]),
            payouts=[RefundPayout._read(x0) for x0 in _list(d["payouts"])],
        )


@dataclass(frozen=True)
class RefundDestinationPayment(Result):
    """Back to a payment."""

    payment: PaymentId

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RefundDestinationPayment":
        return cls(
            payment=_str(d["payment"]),
        )


def _read_RefundDestination(value: Any) -> RefundDestination:
    if isinstance(value, dict) and "payment" in value:
        return RefundDestinationPayment._read(value)
    if value == "store_credit":
        return "store_credit"
    raise ValueError(f"not a RefundDestination: {value!r}")


@dataclass(frozen=True)
class RefundLine(Result):
    """The refund for the units of one line."""

    line: LineId
    """The line."""
    units: int
    """Units refunded."""
    merchandise: Money
    """Merchandise after line and order discounts, without tax."""
    tax: Money
    """Tax."""
    total: Money
    """Merchandise + tax."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RefundLine":
        return cls(
            line=_str(d["line"]),
            units=_int(d["units"]),
            merchandise=Money._read(d["merchandise"]),
            tax=Money._read(d["tax"]),
            total=Money._read(d["total"]),
        )


@dataclass(frozen=True)
class RefundPayout(Result):
    """Money going to one destination."""

    destination: RefundDestination
    """Where."""
    amount: Money
    """How much."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RefundPayout":
        return cls(
            destination=_read_RefundDestination(d["destination"]),
            amount=Money._read(d["amount"]),
        )


@dataclass(frozen=True)
class ReturnCase(Result):
    """A return (or a claim) on an order."""

    id: ReturnId
    """Id."""
    customer: CustomerId
    """Customer."""
    status: ReturnStatus
    """Status."""
    requested_at: datetime
    """When requested."""
    lines: List[ReturnLine]
    """Lines."""
    terms: ReturnTerms
    """Money terms."""
    override_reason: Optional[str]
    """Staff override of a denial, with its reason."""
    decline_reason: Optional[str]
    """Why it was declined."""
    label: Optional[List[Any]]
    """Return label carrier and tracking number."""
    tracking: List[CarrierEvent]
    """Carrier scans of the parcel coming back."""
    refund: Optional[RefundBreakdown]
    """The refund, once paid."""
    exchange: Optional[ExchangeSettlement]
    """The exchange settlement, once made."""
    advance_deadline: Optional[datetime]
    """Deadline of an advance exchange whose replacement has shipped."""
    report: EligibilityReport
    """The eligibility report the return was opened with (shared with the event that opened it)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnCase":
        return cls(
            id=_str(d["id"]),
            customer=_str(d["customer"]),
            status=_code(d["status"], ("requested", "approved", "declined", "label_issued", "in_transit", "received", "refunded", "credited", "exchanged", "charged", "cancelled",)),
            requested_at=_time(d["requested_at"]),
            lines=[ReturnLine._read(x0) for x0 in _list(d["lines"])],
            terms=ReturnTerms._read(d["terms"]),
            override_reason=(None if d["override_reason"] is None else _str(d["override_reason"])),
            decline_reason=(None if d["decline_reason"] is None else _str(d["decline_reason"])),
            label=(None if d["label"] is None else list(_list(d["label"]))),
            tracking=[CarrierEvent._read(x0) for x0 in _list(d["tracking"])],
            refund=(None if d["refund"] is None else RefundBreakdown._read(d["refund"])),
            exchange=(None if d["exchange"] is None else ExchangeSettlement._read(d["exchange"])),
            advance_deadline=(None if d["advance_deadline"] is None else _time(d["advance_deadline"])),
            report=EligibilityReport._read(d["report"]),
        )


@dataclass(frozen=True)
class ReturnLine(Result):
    """One line of a return case."""

    line: LineId
    """The line."""
    requested: int
    """Units requested."""
    reason: ReturnReason
    """Why."""
    outcome: Outcome
    """The eligibility outcome."""
    reserved: int
    """Units reserved on the order line (counted in its `return_requested`)."""
    approved: int
    """Units approved."""
    received: Dict[str, int]
    """Units received per condition."""
    restocking_fee: Optional[Fee]
    """The restocking fee rule resolved at request time."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnLine":
        return cls(
            line=_str(d["line"]),
            requested=_int(d["requested"]),
            reason=_code(d["reason"], ("changed_mind", "does_not_fit", "defective", "wrong_item", "not_as_described", "damaged_in_transit", "arrived_late", "other",)),
            outcome=_code(d["outcome"], ("allowed", "needs_review", "denied",)),
            reserved=_int(d["reserved"]),
            approved=_int(d["approved"]),
            received={_str(k0): _int(x0) for k0, x0 in _dict(d["received"]).items()},
            restocking_fee=(None if d["restocking_fee"] is None else _read_Fee(d["restocking_fee"])),
        )


@dataclass(frozen=True)
class ReturnPreview(Result):
    """What a return request would lead to if it were made now: the eligibility decision and, for the lines that are not denied, the refund it would pay once everything arrives resellable."""

    report: EligibilityReport
    """The decision, as [`crate::order::returning::evaluate`] gives it."""
    refund: Optional[RefundBreakdown]
    """The refund for the lines that are not denied (pending review where a line needs it); `None` when every line is denied or nothing would be refunded."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnPreview":
        return cls(
            report=EligibilityReport._read(d["report"]),
            refund=(None if d["refund"] is None else RefundBreakdown._read(d["refund"])),
        )


@dataclass(frozen=True)
class ReturnSummary(Result):
    """One return of an order: where it stands and, once settled, what it paid."""

    id: ReturnId
    """Return id."""
    status: ReturnStatus
    """Where it stands."""
    requested_at: datetime
    """When it was requested."""
    refund: Optional[RefundBreakdown]
    """The refund, once paid."""
    exchange: Optional[ExchangeSettlement]
    """The exchange settlement, once made."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnSummary":
        return cls(
            id=_str(d["id"]),
            status=_code(d["status"], ("requested", "approved", "declined", "label_issued", "in_transit", "received", "refunded", "credited", "exchanged", "charged", "cancelled",)),
            requested_at=_time(d["requested_at"]),
            refund=(None if d["refund"] is None else RefundBreakdown._read(d["refund"])),
            exchange=(None if d["exchange"] is None else ExchangeSettlement._read(d["exchange"])),
        )


@dataclass(frozen=True)
class ReturnTerms(Result):
    """The money terms fixed when the return was requested."""

    method: RefundMethod
    """How the refund is paid."""
    store_credit_bonus_percent: Decimal
    """Store-credit bonus in percent."""
    return_shipping_fee: Money
    """Return shipping fee charged (zero when waived)."""
    refund_shipping_when_whole: bool
    """Refund the original shipping when the whole order has come back."""
    refund_shipping_for_reason: bool
    """Refund the original shipping because of the reason."""
    exchange: Optional[ExchangeRequest]
    """The replacement, for exchanges."""
    replacement_shipping: Optional[Money]
    """The replacement's outbound shipping, for exchanges (absent in returns requested before exchanges were priced)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnTerms":
        return cls(
            method=_code(d["method"], ("original_payment", "store_credit", "exchange",)),
            store_credit_bonus_percent=_dec(d["store_credit_bonus_percent"]),
            return_shipping_fee=Money._read(d["return_shipping_fee"]),
            refund_shipping_when_whole=_bool(d["refund_shipping_when_whole"]),
            refund_shipping_for_reason=_bool(d["refund_shipping_for_reason"]),
            exchange=(None if d["exchange"] is None else ExchangeRequest._read(d["exchange"])),
            replacement_shipping=(None if d.get("replacement_shipping") is None else Money._read(d["replacement_shipping"])),
        )


@dataclass(frozen=True)
class ReturnView(Result):
    """A return or a transit claim on the order, as the customer sees it."""

    id: str
    """Return id."""
    status: ReturnStatus
    """Its status."""
    refunded: Optional[Money]
    """The refund paid, if any."""
    method: RefundMethod
    """How the customer asked to be paid back (`exchange` for an exchange)."""
    destinations: List[RefundMethod]
    """Where it went: `original_payment` and/or `store_credit`."""
    claim: bool
    """A transit claim for a lost or damaged parcel rather than a customer's return."""
    statement: Statement
    """The sentence."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ReturnView":
        return cls(
            id=_str(d["id"]),
            status=_code(d["status"], ("requested", "approved", "declined", "label_issued", "in_transit", "received", "refunded", "credited", "exchanged", "charged", "cancelled",)),
            refunded=(None if d["refunded"] is None else Money._read(d["refunded"])),
            method=_code(d["method"], ("original_payment", "store_credit", "exchange",)),
            destinations=[_code(x0, ("original_payment", "store_credit", "exchange",)) for x0 in _list(d["destinations"])],
            claim=_bool(d["claim"]),
            statement=Statement._read(d["statement"]),
        )


@dataclass(frozen=True)
class RfmScore(Result):
    """A customer's scores and segment."""

    customer: int
    """The customer's key."""
    r: int
    """Recency score, 5 for the most recent."""
    f: int
    """Frequency score, 5 for the most frequent."""
    m: int
    """Monetary score, 5 for the biggest spenders."""
    segment: Segment
    """The named segment."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RfmScore":
        return cls(
            customer=_int(d["customer"]),
            r=_int(d["r"]),
            f=_int(d["f"]),
            m=_int(d["m"]),
            segment=_code(d["segment"], ("champions", "loyal", "potential_loyalists", "new", "promising", "need_attention", "about_to_sleep", "at_risk", "cannot_lose", "hibernating", "lost",)),
        )


@dataclass(frozen=True)
class RuleVerdict(Result):
    """One rule's verdict on one line."""

    rule: str
    """The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`)."""
    outcome: Outcome
    """What it concluded."""
    code: DecisionCode
    """Stable reason code, e.g. `return.window_closed` or `return.window_open`."""
    facts: Facts
    """The facts that decided it (window end, days left, returnable units…)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "RuleVerdict":
        return cls(
            rule=_str(d["rule"]),
            outcome=_code(d["outcome"], ("allowed", "needs_review", "denied",)),
            code=_code(d["code"], ("return.allowed", "return.window_open", "return.window_unlimited", "return.window_closed", "return.window_not_started", "return.quantity_ok", "return.quantity_exceeds_returnable", "return.already_returned", "return.already_claimed", "return.parcel_lost", "return.returnable_item", "return.final_sale", "return.digital", "return.perishable", "return.personalised", "return.hygiene", "return.shipping_requirement_met", "return.not_shipped", "return.not_delivered", "return.frequency_ok", "return.review_frequent_returner", "return.value_ok", "return.review_high_value", "return.refund_method_fallback",)),
            facts={_str(k0): _str(x0) for k0, x0 in _dict(d["facts"]).items()},
        )


@dataclass(frozen=True)
class ShipmentTracking(Result):
    """One shipment of an order: where it is and, when asked at a time, whether it is late."""

    id: ShipmentId
    """Shipment id."""
    carrier: str
    """Carrier name."""
    tracking_number: Optional[str]
    """Tracking number, if known."""
    status: TrackingStatus
    """Merchant status (delivered once marked delivered)."""
    promised_by: Optional[datetime]
    """Promised delivery."""
    delivered_at: Optional[datetime]
    """When it was delivered."""
    delay: Optional[DelayAssessment]
    """Late / stalled / presumed lost at the time the summary was asked for (none without one)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ShipmentTracking":
        return cls(
            id=_str(d["id"]),
            carrier=_str(d["carrier"]),
            tracking_number=(None if d["tracking_number"] is None else _str(d["tracking_number"])),
            status=_code(d["status"], ("pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired",)),
            promised_by=(None if d["promised_by"] is None else _time(d["promised_by"])),
            delivered_at=(None if d["delivered_at"] is None else _time(d["delivered_at"])),
            delay=(None if d["delay"] is None else DelayAssessment._read(d["delay"])),
        )


@dataclass(frozen=True)
class ShipmentView(Result):
    """What the customer sees of one shipment."""

    id: str
    """Shipment id."""
    carrier: str
    """Carrier name."""
    tracking_number: Optional[str]
    """Tracking number, if known."""
    items: List[ViewItem]
    """What is in it."""
    status: TrackingStatus
    """The merchant status at `now`."""
    delay: DelayAssessment
    """What delay detection says at `now`."""
    promised_by: Optional[datetime]
    """The promised delivery time."""
    estimate: Optional[datetime]
    """The current estimate: the carrier's latest, else the promise; `None` once it has passed without a delivery (late, no new date)."""
    delivered_at: Optional[datetime]
    """When it was delivered."""
    claim: Optional[str]
    """The transit claim already made for it, if any."""
    timeline: List[TimelineStep]
    """The steps, done ones in time order, then the upcoming ones."""
    next: Statement
    """What happens next."""
    window: Optional[WindowView]
    """When it should arrive, as the host estimated it (while it travels)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ShipmentView":
        return cls(
            id=_str(d["id"]),
            carrier=_str(d["carrier"]),
            tracking_number=(None if d["tracking_number"] is None else _str(d["tracking_number"])),
            items=[ViewItem._read(x0) for x0 in _list(d["items"])],
            status=_code(d["status"], ("pending", "info_received", "in_transit", "out_for_delivery", "available_for_pickup", "attempt_failed", "delivered", "exception", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "expired",)),
            delay=DelayAssessment._read(d["delay"]),
            promised_by=(None if d["promised_by"] is None else _time(d["promised_by"])),
            estimate=(None if d["estimate"] is None else _time(d["estimate"])),
            delivered_at=(None if d["delivered_at"] is None else _time(d["delivered_at"])),
            claim=(None if d["claim"] is None else _str(d["claim"])),
            timeline=[TimelineStep._read(x0) for x0 in _list(d["timeline"])],
            next=Statement._read(d["next"]),
            window=(None if d["window"] is None else WindowView._read(d["window"])),
        )


@dataclass(frozen=True)
class StageAssignment(Result):
    """A customer's stage with what decided it."""

    stage: Stage
    """The stage."""
    rule: str
    """The rule that decided (see the module's table)."""
    purchases: int
    """Purchases up to the date."""
    days_since_last: float
    """Days since the last purchase."""
    typical_gap_days: Optional[float]
    """The median gap between purchases, in days (with two purchases or more)."""
    p_alive: Optional[float]
    """The P(alive) used, if any."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "StageAssignment":
        return cls(
            stage=_code(d["stage"], ("new", "active", "at_risk", "lapsed", "reactivated", "advocate",)),
            rule=_str(d["rule"]),
            purchases=_int(d["purchases"]),
            days_since_last=_num(d["days_since_last"]),
            typical_gap_days=(None if d["typical_gap_days"] is None else _num(d["typical_gap_days"])),
            p_alive=(None if d["p_alive"] is None else _num(d["p_alive"])),
        )


@dataclass(frozen=True)
class StageTransitions(Result):
    """Every customer's stages at every date and the moves between consecutive dates, as one value."""

    stages: List[CustomerStages]
    """Per customer, in the input's order."""
    moves: List[TransitionRow]
    """The transition matrix as rows (step, from, to, customers)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "StageTransitions":
        return cls(
            stages=[CustomerStages._read(x0) for x0 in _list(d["stages"])],
            moves=[TransitionRow._read(x0) for x0 in _list(d["moves"])],
        )


@dataclass(frozen=True)
class Statement(Result):
    """One sentence of a summary: its topic, the message that wrote it, the facts behind it (plain values, the same in every language) and the text."""

    topic: str
    """What it is about: `window`, `override`, `requires`, `non_returnable`, `holiday`, `restocking`, `return_shipping`, `shipping_refund`, `refund_methods`, `store_credit`, `exchange`, `tier`; for a programme `earn`, `pending`, `expiry`, `redeem`, `reward`, `tiers`, `tier`."""
    message: str
    """The catalogue message id."""
    facts: Dict[str, str]
    """The facts, by name."""
    text: str
    """The sentence in the localizer's language: plain text, with values from outside (titles, places) as they were given. Escape it before putting it in HTML (`<`, `>`, `&`, quotes): a product titled `<script>` is text here, not markup."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "Statement":
        return cls(
            topic=_str(d["topic"]),
            message=_str(d["message"]),
            facts={_str(k0): _str(x0) for k0, x0 in _dict(d["facts"]).items()},
            text=_str(d["text"]),
        )


@dataclass(frozen=True)
class TierProgress(Result):
    """Where a member stands against the tier ladder: what the current window counts and what the next tier still needs. Read-only; the tier itself changes only through commands."""

    tier: Optional[str]
    """The member's current tier (as last evaluated by a command)."""
    metric: TierMetric
    """What qualifies."""
    value: Decimal
    """The metric counted in the window that contains `now`."""
    window_start: Optional[datetime]
    """Where that window starts (`None` for lifetime)."""
    next_tier: Optional[str]
    """The next tier above the current one, if any."""
    next_threshold: Optional[Decimal]
    """Its threshold."""
    remaining: Optional[Decimal]
    """How much more of the metric the next tier needs (never negative)."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "TierProgress":
        return cls(
            tier=(None if d["tier"] is None else _str(d["tier"])),
            metric=_code(d["metric"], ("net_spend", "points_earned", "orders",)),
            value=_dec(d["value"]),
            window_start=(None if d["window_start"] is None else _time(d["window_start"])),
            next_tier=(None if d["next_tier"] is None else _str(d["next_tier"])),
            next_threshold=(None if d["next_threshold"] is None else _dec(d["next_threshold"])),
            remaining=(None if d["remaining"] is None else _dec(d["remaining"])),
        )


@dataclass(frozen=True)
class TimelineStep(Result):
    """One step of a timeline with its text."""

    step: StepKind
    """Which step."""
    state: StepState
    """Done, current or upcoming."""
    at: Optional[datetime]
    """When it happened, if known."""
    statement: Statement
    """The sentence."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "TimelineStep":
        return cls(
            step=_code(d["step"], ("ordered", "packed", "handed_to_carrier", "in_transit", "out_for_delivery", "delivered", "delayed", "exception", "attempt_failed", "ready_for_pickup", "returning_to_sender", "returned_to_sender", "lost", "cancelled", "tracking_stopped",)),
            state=_code(d["state"], ("done", "current", "upcoming",)),
            at=(None if d["at"] is None else _time(d["at"])),
            statement=Statement._read(d["statement"]),
        )


@dataclass(frozen=True)
class TrackingLink(Result):
    """Where to follow a parcel."""

    shipment: str
    """The shipment id."""
    carrier: str
    """The carrier."""
    number: Optional[str]
    """The tracking number, if known."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "TrackingLink":
        return cls(
            shipment=_str(d["shipment"]),
            carrier=_str(d["carrier"]),
            number=(None if d["number"] is None else _str(d["number"])),
        )


@dataclass(frozen=True)
class TransitionRow(Result):
    """One cell of a transition matrix."""

    step: int
    """The index of the first of the two dates."""
    from_: Optional[Stage] = field(metadata={"key": "from"})
    """The stage at the first date."""
    to: Optional[Stage]
    """The stage at the second."""
    customers: int
    """Customers who moved so."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "TransitionRow":
        return cls(
            step=_int(d["step"]),
            from_=(None if d["from"] is None else _code(d["from"], ("new", "active", "at_risk", "lapsed", "reactivated", "advocate",))),
            to=(None if d["to"] is None else _code(d["to"], ("new", "active", "at_risk", "lapsed", "reactivated", "advocate",))),
            customers=_int(d["customers"]),
        )


@dataclass(frozen=True)
class ViewItem(Result):
    """An item (a quantity of an order line)."""

    line: str
    """The order line."""
    title: str
    """Its product title."""
    quantity: int
    """Units."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "ViewItem":
        return cls(
            line=_str(d["line"]),
            title=_str(d["title"]),
            quantity=_int(d["quantity"]),
        )


@dataclass(frozen=True)
class WindowView(Result):
    """An arrival window as the customer reads it."""

    likely: str
    """The likely date."""
    latest: Optional[str]
    """The latest date."""
    confidence: WindowConfidence
    """How far to trust it."""
    statement: Statement
    """The window in the customer's language."""
    carrier_later: Optional[Statement]
    """The carrier's own date when it is later than the window's latest (or likely) date, said so: the customer sees both."""

    @classmethod
    def _read(cls, d: Dict[str, Any]) -> "WindowView":
        return cls(
            likely=_str(d["likely"]),
            latest=(None if d["latest"] is None else _str(d["latest"])),
            confidence=_code(d["confidence"], ("high", "medium", "low",)),
            statement=Statement._read(d["statement"]),
            carrier_later=(None if d["carrier_later"] is None else Statement._read(d["carrier_later"])),
        )


Fee = Union[FeePercent, FeeFixed]

RefundDestination = Union[RefundDestinationPayment, Literal["store_credit"]]

__all__ = ["ActionKind", "CarrierEvent", "CesResult", "Channel", "CsatResult", "Currency", "CustomerAction", "CustomerAnswer", "CustomerId", "CustomerMessage", "CustomerStages", "DecisionCode", "DelayAssessment", "EligibilityReport", "ExchangeRequest", "ExchangeSettlement", "Facts", "Fee", "FeeFixed", "FeePercent", "FulfilmentStatus", "HitRate", "Interval", "LineDecision", "LineId", "LoyaltyStatus", "MappedStatus", "MessagePayload", "Money", "NextPurchase", "NotificationIntent", "NotificationKind", "NpsResult", "OrderId", "OrderSummary", "OrderView", "Outcome", "PaymentId", "PaymentStatus", "PlainSummary", "PointsView", "Recommendation", "RefundBreakdown", "RefundDestination", "RefundDestinationPayment", "RefundLine", "RefundMethod", "RefundPayout", "Result", "ReturnCase", "ReturnId", "ReturnLine", "ReturnPreview", "ReturnReason", "ReturnStatus", "ReturnSummary", "ReturnTerms", "ReturnView", "RfmScore", "RuleVerdict", "Segment", "ShipmentId", "ShipmentTracking", "ShipmentView", "Sku", "Stage", "StageAssignment", "StageTransitions", "Statement", "StepKind", "StepState", "TierMetric", "TierProgress", "TimelineStep", "TrackingLink", "TrackingStatus", "TransitionRow", "ViewItem", "WindowConfidence", "WindowView"]
