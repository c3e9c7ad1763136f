/* The documents that cross the binding, generated from the core's types (core/gen): do not edit. */
/* Amounts are decimal strings; times are `Date`s (as arguments, RFC 3339 text with an offset too). */
/* Field names are camelCase; as arguments the core's snake_case names are accepted too. */

/** A document as an argument: wherever the document has a `Date`, RFC 3339 text is taken too. */
export type Input<T> = T extends Date
  ? Date | string
  : T extends ReadonlyArray<infer U>
    ? Array<Input<U>>
    : T extends object
      ? { [K in keyof T]: Input<T[K]> }
      : T

/** Something the customer can do. */
export type ActionKind = "return" | "exchange" | "report_problem" | "claim_lost"
/** A question about an order. */
export interface AnswerRequest {
  /** The question, e.g. `{"question": "can_i_return", "line": "l1"}`. */
  question: Question
  /** The order, as for its view. */
  view: ViewRequest
}
/** What an approval decided for one line of a case: the units approved, the units now reserved on the order line, and by how much the order line's reservation changed. */
export interface ApprovedLine {
  /** Units approved. */
  approved: number
  /** The order line. */
  line: LineId
  /** Position of the line in the case. */
  position: number
  /** Change of the order line's `return_requested` (more when an override approves denied units, less when reserved units were not approved). */
  reservationChange: number
  /** Units reserved after the approval (always the approved units). */
  reserved: number
}
/** When a parcel should arrive, as the host estimated it (the likely and the latest local date in the shop's zone, and how far to trust them). */
export interface ArrivalWindow {
  /** How far to trust it. */
  confidence: WindowConfidence
  /** The latest date, when the estimate gives one. */
  latest?: string | null
  /** The likely date. */
  likely: string
  /** The shipment. */
  shipment: string
}
/** An event award. */
export type Award = {
  kind: "signup"
} | {
  kind: "birthday"
} | {
  kind: "review"
} | {
  kind: "referrer"
  /** The referred customer. */
  referred: CustomerId
} | {
  kind: "referred"
}
/** Fitted parameters of a (modified) BG/NBD model. */
export interface BetaGeo {
  /** Beta distribution of the drop-out probability, first shape. */
  a: number
  /** Scale of the gamma distribution of purchase rates. */
  alpha: number
  /** Beta distribution of the drop-out probability, second shape. */
  b: number
  /** Shape of the gamma distribution of purchase rates. */
  r: number
  /** Which variant (BG/NBD when left out). */
  variant?: Variant
}
/** Units of one line cancelled, with the amount taken out of the line. */
export interface CancelledUnits {
  /** Amount released. */
  amount: Money
  /** The line. */
  line: LineId
  /** Units cancelled. */
  quantity: number
  /** The tax part of `amount`. */
  tax: Money
}
/** One scan reported by a carrier. */
export interface CarrierEvent {
  /** Whether the carrier flagged a delay. */
  delayed?: boolean
  /** The carrier's delivery estimate given with this scan, if any (a delayed parcel's new date). Absent from events written before it existed, and left out when unset. */
  estimatedDelivery?: Date | null
  /** Where it happened, if the carrier says. */
  location?: string | null
  /** When it happened, by the carrier's clock (not when we received it). */
  occurredAt: Date
  /** The raw code, kept for audit. */
  rawCode?: string
  /** The normalised status. */
  status: TrackingStatus
}
/** Where a raw carrier status code comes from: `aftership`, `easypost`, `shippo` or `shopify` (the names `CarrierSource::parse` takes; `after_ship` and `easy_post` are read too). */
export type CarrierSource = "aftership" | "easypost" | "shippo" | "shopify"
/** A CES result. */
export interface CesResult {
  /** Share answering 5, 6 or 7, 0–1 (0.6 is 60 %). */
  easyShare: number
  /** Mean answer (1–7). */
  mean: number
  /** Number of answers. */
  responses: number
}
/** A delivery channel. */
export type Channel = "email" | "sms" | "push"
/** What to do about goods lost or damaged in transit. */
export type ClaimResolution = "refund" | "replacement"
/** A CSAT with its Wilson interval. */
export interface CsatResult {
  /** Wilson interval of the share. */
  interval: Interval
  /** Mean answer. */
  mean: number
  /** Number of answers. */
  responses: number
  /** Satisfied answers. */
  satisfied: number
  /** Satisfied share, 0–1 (0.85 is 85 %); the interval is in shares too. */
  score: number
}
/** An active ISO 4217 currency code ("EUR"). */
export type Currency = string
/** An action with whether it is open now, its deadline and the engine's reason. */
export interface CustomerAction {
  /** What. */
  action: ActionKind
  /** Open now (an action sent to review is open: the shop checks it first). */
  available: boolean
  /** The engine's deciding code (`return.window_open`, `return.final_sale`, `delay.late`…). */
  code: string
  /** Whole days left. */
  daysLeft: number | null
  /** Until when. */
  deadline: Date | null
  /** The fees that refund already takes off (restocking plus return shipping). */
  fees: Money | null
  /** The refund method after policy (`store_credit` after a fallback). */
  method: RefundMethod | null
  /** Needs a person to approve it. */
  needsReview: boolean
  /** What a return would refund now, if everything comes back resellable. */
  refund: Money | null
  /** The sentence. */
  statement: Statement
  /** On what: a line id (returns, exchanges) or a shipment id. */
  subject: string
  /** Units it covers (returns and exchanges). */
  units: number
}
/** An answer: the question, the text, and the statements it is made of. */
export interface CustomerAnswer {
  /** The question's name. */
  question: string
  /** Its sentences, each with its facts. */
  statements: Array<Statement>
  /** The answer as one short paragraph. */
  text: string
}
/** Identifies a customer. */
export type CustomerId = string
/** A message ready to send: its payload and the rendered text. */
export interface CustomerMessage {
  /** The short body: plain text with values from outside as given (a title may hold `<`, `&` or quotes); escape it before putting it in an HTML email or page. */
  body: string
  /** The locale of the text. */
  locale: string
  /** The variables. */
  payload: MessagePayload
  /** The subject line (email) or title (push): plain text, escape it for HTML. */
  subject: string
}
/** One customer's purchases, by the customer's id. */
export interface CustomerPurchases {
  /** The customer's id. */
  id: string
  /** Purchase times. */
  purchases: Array<Date | string>
}
/** One customer's stage at each date (`None`: not a customer yet). */
export interface CustomerStages {
  /** The customer's id. */
  id: string
  /** The stage at each date. */
  stages: Array<Stage | null>
}
/** A reason code of a return decision (returns::DECISION_CODES). */
export type DecisionCode = "return.allowed" | "return.window_open" | "return.window_unlimited" | "return.window_closed" | "return.window_not_started" | "return.quantity_ok" | "return.quantity_exceeds_returnable" | "return.already_returned" | "return.already_claimed" | "return.parcel_lost" | "return.returnable_item" | "return.final_sale" | "return.digital" | "return.perishable" | "return.personalised" | "return.hygiene" | "return.shipping_requirement_met" | "return.not_shipped" | "return.not_delivered" | "return.frequency_ok" | "return.review_frequent_returner" | "return.value_ok" | "return.review_high_value" | "return.refund_method_fallback"
/** What delay detection concluded about one shipment at `now`. */
export interface DelayAssessment {
  /** The carrier flagged a delay on the latest scan. */
  carrierDelayed: boolean
  /** When the latest scan happened, if any. */
  lastScanAt: Date | null
  /** Past the promised (or estimated) delivery and not delivered. */
  late: boolean
  /** No update for the lost threshold, or no scan since `promise + lost_after_promise_hours`. */
  presumedLost: boolean
  /** No scan for `stalled_after_days`. */
  stalled: boolean
  /** The merchant status at `now`. */
  status: TrackingStatus
}
/** Thresholds for delay detection. All durations are configurable; the defaults follow common carrier practice. */
export interface DelayThresholds {
  /** No update for this many days on a domestic shipment: presumed lost (default 7). */
  lostAfterDaysDomestic?: number
  /** No update for this many days on an international shipment: presumed lost (default 20). */
  lostAfterDaysInternational?: number
  /** Hours past the promised date with no scan since the promise: presumed lost (default 48). */
  lostAfterPromiseHours?: number
  /** No scan for this many days counts as stalled (default 3). */
  stalledAfterDays?: number
}
/** An order-level discount (a coupon), as a positive amount. */
export interface Discount {
  /** The amount, in whole minor units. */
  amount: Money
  /** The code or title. */
  code: string
}
/** Points taken from one lot. */
export interface Draw {
  /** The lot. */
  lot: number
  /** Points taken. */
  points: number
}
/** A line of an order that earns points. */
export interface EarnLine {
  /** The line. */
  line: LineId
  /** Net merchandise spend of the line (after discounts), in the programme's currency. */
  spend: Money
  /** Tax on the line (counts only if the programme says so). */
  tax?: Money | null
}
/** What an `earn` entry decided about the lot it creates. The lot's id is the entry's `seq`, it is earned at the entry's `at`, and nothing has been spent or clawed back from it yet. */
export interface EarnedLot {
  /** When it becomes available (an award: at once; an order: when known). */
  availableAt: Date | null
  /** When it expires (fixed on release for pending lots). */
  expiresAt: Date | null
  /** The order line that earned it. */
  line: LineId | null
  /** The order that earned it. */
  order: OrderId | null
  /** Pending (not spendable until released). */
  pending: boolean
  /** Points earned. */
  points: number
  /** Points per currency unit it was earned at, multiplier included. */
  rate: string
  /** Spend that earned it (for tiers and clawbacks). */
  spend: string
}
/** Earning rules, applied in this order: spend, per order, tier multiplier; event awards apart. */
export interface Earning {
  /** Points on the birthday (once a calendar year). */
  birthday?: number
  /** Whether shipping counts as spend. */
  includeShipping?: boolean
  /** Whether tax counts as spend. */
  includeTax?: boolean
  /** Points per order. */
  perOrder?: number
  /** Points per currency unit of net merchandise spend. */
  pointsPerCurrencyUnit?: string
  /** Referral awards (only on the referred customer's first paid order). */
  referral?: ReferralRule | null
  /** Points per review. */
  review?: number
  /** Points for signing up (once). */
  signup?: number
}
/** Facts about the customer the host knows and the order does not. */
export interface EligibilityContext {
  /** When a silent parcel counts as lost (its units are then claimable, never returnable); absent: [`DelayThresholds::default`]. A carrier-declared loss counts whatever these say. */
  delayThresholds?: DelayThresholds | null
  /** When the customer's earlier returns (on any order) were requested. */
  recentReturns?: Array<Date | string>
  /** The customer's tier benefits. */
  tier?: TierBenefits | null
}
/** The decision on a whole request. */
export interface EligibilityReport {
  /** Per line. */
  lines: Array<LineDecision>
  /** The refund method after policy (may fall back to store credit). */
  method: RefundMethod
  /** Set when the method fell back to store credit, with its reason code. */
  methodNote: DecisionCode | null
  /** Denied if every line is denied; review if any line needs review; allowed otherwise. */
  outcome: Outcome
  /** The return. */
  returnId: ReturnId
}
/** What an entry records. */
export type EntryKind = {
  kind: "earn"
  /** The lot, as decided. */
  lot: EarnedLot
} | {
  /** Its expiry, fixed now that it is available. */
  expiresAt: Date | null
  kind: "release"
  /** The lot. */
  lot: number
} | {
  /** When. */
  availableAt: Date
  kind: "scheduled"
  /** The lots. */
  lots: Array<number>
} | {
  /** The order's currency (absent on entries written before schema version 3). */
  currency?: Currency | null
  /** Lots drawn on. */
  draws: Array<Draw>
  kind: "redeem"
  /** Order. */
  order: OrderId
  /** Redemption id. */
  redemption: string
  /** Money value, in the order's currency (rounded to its minor unit). */
  value: string
} | {
  /** Lots restored. */
  draws: Array<Draw>
  kind: "reverse_redemption"
  /** Redemption id. */
  redemption: string
} | {
  /** Lots drawn on. */
  draws: Array<Draw>
  kind: "expire"
} | {
  /** Pending points cancelled per lot. */
  cancelled: Array<Draw>
  /** Debt recorded (points that were already spent). */
  debt: number
  /** Taken from available lots. */
  draws: Array<Draw>
  kind: "clawback"
  /** Order. */
  order: OrderId
} | {
  /** Lots drawn on. */
  draws: Array<Draw>
  kind: "adjust"
} | {
  kind: "debt_paid"
  /** Lot that paid. */
  lot: number
  /** Points. */
  points: number
} | {
  /** From. */
  from: string | null
  kind: "tier_changed"
  /** To. */
  to: string | null
} | {
  kind: "no_change"
}
/** How an exchange is priced: whether it charges the return-shipping fee, and what shipping the replacement costs. The restocking fee applies as for any return. */
export interface ExchangePricing {
  /** Charge the return-shipping fee on every exchange (default: waived). */
  chargeReturnShipping?: boolean
  /** Charge it on exchanges for these reasons only. */
  chargeReturnShippingFor?: Array<ReturnReason>
  /** What shipping the replacement costs. */
  replacementShipping?: ReplacementShipping
}
/** An item the customer wants in exchange. */
export interface ExchangeRequest {
  /** Ship the replacement before the return arrives. */
  advance?: boolean
  /** Its price, in the order's currency. */
  price: Money
  /** The replacement's outbound shipping, when the policy lets the host price it (`exchanges.replacement_shipping: host`). */
  shipping?: Money | null
  /** The replacement's SKU (another variant or another product). */
  sku: Sku
}
/** Who owes whom after an exchange, term by term: `difference` = replacement price + its shipping + return-shipping fee (when charged) + restocking fee (when charged) − the value of what came back. Positive: the customer pays; negative: the shop refunds. */
export interface ExchangeSettlement {
  /** What came back is worth, less the fees: the credit towards the replacement. */
  credit: Money
  /** The balance: positive means the customer pays, negative means the shop refunds. */
  difference: Money
  /** The replacement's price. */
  replacementPrice: Money
  /** The replacement's outbound shipping. */
  replacementShipping?: Money | null
  /** The restocking fee charged. */
  restockingFee?: Money | null
  /** The return-shipping fee charged (zero when waived). */
  returnShippingFee?: Money | null
  /** The value of what came back (lines and any shipping refunded), before fees. */
  returnedValue?: Money | null
}
/** When points expire. Dates are civil dates in the programme's time zone. */
export type Expiry = {
  kind: "never"
} | {
  /** Days. */
  days: number
  kind: "days_after_available"
} | {
  kind: "end_of_month"
} | {
  kind: "end_of_year"
} | {
  /** Days. */
  days: number
  kind: "inactivity"
}
export type Facts = Record<string, string>
/** A fee as a percentage of the merchandise refunded or a fixed amount per return. */
export type Fee = {
  percent: string
} | {
  fixed: string
}
/** Derived fulfilment status. */
export type FulfilmentStatus = "unfulfilled" | "partially_fulfilled" | "fulfilled" | "partially_delivered" | "delivered" | "partially_returned" | "returned" | "cancelled"
/** Hit rate at k on a holdout: the share of test customers for whom at least one suggestion was among the items they went on to buy. */
export interface HitRate {
  /** Customers tested. */
  customers: number
  /** With at least one hit among the co-purchase suggestions. */
  hits: number
  /** With at least one hit among the most popular items (the baseline). */
  popularHits: number
  /** `popular_hits / customers`. */
  popularRate: number
  /** `hits / customers`. */
  rate: number
}
/** A holdout case: what a customer had bought, and what they bought next. */
export interface HoldoutCase {
  /** Item ids bought before. */
  before: Array<string>
  /** Item ids bought next. */
  next: Array<string>
}
/** Orders placed between two dates may be returned until a fixed date. */
export interface HolidayExtension {
  /** First local date of placement that qualifies. */
  placedFrom: string
  /** Last local date of placement that qualifies. */
  placedTo: string
  /** Returnable until the end of this local date. */
  returnableUntil: string
}
/** A caller-chosen key that makes a command safe to retry: the same key twice changes nothing. */
export type IdempotencyKey = string
/** A confidence interval. */
export interface Interval {
  /** Upper bound. */
  high: number
  /** Lower bound. */
  low: number
}
/** The state of a returned unit on arrival. */
export type ItemCondition = "resellable" | "damaged" | "wrong_item" | "missing"
/** Per-kind settings. */
export interface KindRule {
  /** Channels to try, in order. */
  channels?: Array<Channel>
  /** Minutes after the event. */
  delayMinutes?: number
  /** Whether the kind is sent at all. */
  enabled?: boolean
}
/** One ledger entry. */
export interface LedgerEntry {
  /** When. */
  at: Date
  /** Available balance after. */
  balanceAfter: number
  /** Fingerprint of the command (see [`crate::fingerprint`]). */
  fingerprint: string
  /** Command key. */
  key: IdempotencyKey
  /** What. */
  kind: EntryKind
  /** Change to pending points. */
  pending: number
  /** Change to the available balance. */
  points: number
  /** Rate applied (points per currency unit; 0 when not a rate). */
  rate: string
  /** Why (manual adjustments). */
  reason?: string | null
  /** The referred customer (referral awards to the referrer). */
  referred?: CustomerId | null
  /** Rule that produced it. */
  rule: Rule
  /** The shape this entry was written in ([`ENTRY_SCHEMA_VERSION`]; older ones are upcast when read). */
  schemaVersion: number
  /** Position (1-based). */
  seq: number
}
/** What a line costs, computed once at placement. */
export interface LineAmounts {
  /** Quantity × unit price, rounded half-up to the minor unit. */
  gross: Money
  /** Sum of line discounts. */
  lineDiscount: Money
  /** This line's share of order-level discounts. */
  orderDiscount: Money
  /** Tax on the line (included in the price or added, per the order's tax mode). */
  tax: Money
  /** What the customer pays for the line: gross − discounts (+ tax when exclusive). */
  total: Money
}
/** The decision on one requested line. */
export interface LineDecision {
  /** The deciding code: the first denial, else the first review, else `return.allowed`. */
  code: DecisionCode
  /** Whole days left in the window at decision time. */
  daysLeft: number | null
  /** The line. */
  line: LineId
  /** Allowed, denied or review. */
  outcome: Outcome
  /** Units requested. */
  quantity: number
  /** Why. */
  reason: ReturnReason
  /** Every rule's verdict. */
  verdicts: Array<RuleVerdict>
  /** When the window closes, if it is limited and has started. */
  windowEnd: Date | null
}
/** Properties of a line that return policies look at. */
export interface LineFlags {
  /** A digital good: never shipped. */
  digital?: boolean
  /** Sold as final sale: not returnable. */
  finalSale?: boolean
  /** Hygiene goods (cosmetics, underwear) once unsealed. */
  hygiene?: boolean
  /** Perishable goods. */
  perishable?: boolean
  /** Made to the customer's specification. */
  personalised?: boolean
}
/** Identifies a line of an order (unique within the order). */
export type LineId = string
/** A quantity of one line. */
export interface LineQuantity {
  /** The line. */
  line: LineId
  /** How many units. */
  quantity: number
}
/** A command on a member's ledger. */
export type LoyaltyCommand = {
  /** When it was delivered, if known. */
  deliveredAt?: Date | string | null
  /** Its lines. */
  lines: Array<EarnLine>
  /** The order. */
  order: OrderId
  /** When its return window closes, if known. */
  returnWindowEnd?: Date | string | null
  /** Shipping paid (counts only if the programme says so). */
  shipping?: Money | null
  type: "earn_order"
} | {
  /** Which. */
  award: Award
  type: "award"
} | {
  type: "release_pending"
} | {
  /** Delivered at. */
  deliveredAt: Date | string
  /** The order. */
  order: OrderId
  /** Return window end, if any. */
  returnWindowEnd?: Date | string | null
  type: "schedule_release"
} | {
  /** The order it pays for. */
  order: OrderId
  /** The order total, in the programme's currency (a redemption is never worth more). */
  orderTotal: Money
  /** Points to spend (ignored for a reward). */
  points?: number
  /** Id of this redemption. */
  redemption: string
  /** A fixed reward instead of points-to-money. */
  reward?: string | null
  type: "redeem"
} | {
  /** The redemption. */
  redemption: string
  type: "reverse_redemption"
} | {
  type: "expire"
} | {
  /** Refunded spend per line. */
  lines: Array<EarnLine>
  /** The order. */
  order: OrderId
  type: "clawback"
} | {
  /** Points (+ or −). */
  points: number
  /** Why (required). */
  reason: string
  type: "adjust"
} | {
  type: "evaluate_tier"
}
/** A loyalty programme.  ``` use postpurchase::loyalty::Programme; let p = Programme::from_json(r#"{"currency": "EUR", "earning": {"points_per_currency_unit": "1"}, "time_zone": "Europe/Paris"}"#)?; assert_eq!(p.earning.points_per_currency_unit.to_string(), "1"); # Ok::<(), postpurchase::Error>(()) ``` */
export interface LoyaltyProgrammeConfig {
  /** The currency of spend, order totals, reward values and the net-spend tier thresholds. Commands in another currency are refused with `money.currency_mismatch`. */
  currency: Currency
  /** Earning rules. */
  earning: Earning
  /** Expiry. */
  expiry?: Expiry
  /** Spent points clawed back. */
  negativeBalance?: NegativeBalance
  /** Pending period. */
  pending?: PendingRule
  /** Redemption. */
  redemption?: RedemptionRule
  /** Tiers. */
  tiers?: TierRules
  /** IANA time zone for civil dates. */
  timeZone?: string
}
/** A member's balance, tier and progress at a point in time, in one value. */
export interface LoyaltyStatus {
  /** Available points. */
  balance: number
  /** The customer. */
  customer: CustomerId
  /** Points owed from clawbacks of points already spent. */
  debt: number
  /** Points waiting for delivery and the return window. */
  pending: number
  /** Progress to the next tier at the time asked. */
  progress: TierProgress
  /** The current tier. */
  tier: string | null
  /** Since when. */
  tierSince: Date | null
  /** Entries applied (the `expected_version` for the next command). */
  version: number
}
/** The plain-language summary of a loyalty programme. */
export interface LoyaltySummaryRequest {
  /** The locale. */
  locale: string
  /** The programme. */
  programme: LoyaltyProgrammeConfig
}
/** The result of mapping a raw carrier code: the normalised status if the code is known. */
export interface MappedStatus {
  /** Whether the code says the shipment is delayed (a flag on top of the status). */
  delayed: boolean
  /** The code as the carrier sent it. */
  rawCode: string
  /** The normalised status, or `None` when the code is not in our tables. */
  status: TrackingStatus | null
}
/** The variables a message template needs. Absent values are `None` or empty. */
export interface MessagePayload {
  /** The recipient. */
  customer: string
  /** When points expire or become available, or when a tier ends. */
  date: Date | null
  /** Why it is late: `carrier_delayed`, `late`, `stalled`, `exception`, `attempt_failed` or `presumed_lost`. */
  delayReason: string | null
  /** The current delivery estimate. */
  estimate: Date | null
  /** The items it is about. */
  items: Array<ViewItem>
  /** The kind of message. */
  kind: NotificationKind
  /** The order number. */
  order: string | null
  /** Points (earned, pending or about to expire). */
  points: number | null
  /** The refund paid. */
  refund: Money | null
  /** Where the refund went. */
  refundDestination: Array<RefundMethod>
  /** The soonest open return deadline on the order. */
  returnDeadline: Date | null
  /** The return it is about. */
  returnId: string | null
  /** The loyalty tier. */
  tier: string | null
  /** The parcel it is about. */
  tracking: TrackingLink | null
}
/** The content of one notification. */
export interface MessageRequest {
  /** The intent the notification planner made. */
  intent: NotificationIntent
  /** The locale when there is no view (else the intent's recipient locale, else English). */
  locale?: string | null
  /** The order it is about, as for its view (its locale is the message's); absent for loyalty and marketing messages. */
  view?: ViewRequest | null
}
/** An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit. */
export interface Money {
  /** The amount as a decimal string (`"129.00"`); JSON numbers are refused. */
  amount: string
  /** The currency's ISO 4217 code. */
  currency: Currency
}
/** What happens when clawed-back points were already spent. */
export type NegativeBalance = "allow" | "debt"
/** A line of a new order. */
export interface NewLine {
  /** Product category, for policy overrides. */
  category?: string | null
  /** Line-level discounts on the whole line, as positive amounts. */
  discounts?: Array<Money>
  /** Flags that return policies read. */
  flags?: LineFlags
  /** Line id, unique within the order. */
  id: LineId
  /** Units ordered (at least 1). */
  quantity: number
  /** The SKU. */
  sku: Sku
  /** Product tags, for policy overrides. */
  tags?: Array<string>
  /** Taxes on the whole line. */
  taxes?: Array<TaxLine>
  /** Product title. */
  title: string
  /** Price of one unit (may have more digits than the currency's minor unit). */
  unitPrice: Money
}
/** Everything needed to place an order. */
export interface NewOrder {
  /** The order's currency; every amount must be in it. */
  currency: Currency
  /** The customer who placed it. */
  customer: CustomerId
  /** Order-level discounts, shared out over lines by their net amounts. */
  discounts?: Array<Discount>
  /** Order id. */
  id: OrderId
  /** The lines (at least one). */
  lines: Array<NewLine>
  /** When it was placed. */
  placedAt: Date
  /** Shipping charged, if any. */
  shipping?: Money | null
  /** Whether prices include tax. */
  taxMode?: TaxMode
}
/** A shipment to create. */
export interface NewShipment {
  /** Carrier name, e.g. "ups". */
  carrier: string
  /** Shipment id, unique within the order. */
  id: ShipmentId
  /** What goes in it. */
  lines: Array<LineQuantity>
  /** Promised or estimated delivery. */
  promisedBy?: Date | null
  /** Domestic or international. */
  route?: Route
  /** Tracking number, if known. */
  trackingNumber?: string | null
}
/** A customer's next-purchase timing. */
export interface NextPurchase {
  /** The median wait until the next purchase, in the model's time unit; `None` when the customer more likely than not never buys again. */
  medianWait: number | null
  /** P(alive) now. */
  pAlive: number
  /** P(at least one purchase within the horizon). */
  pWithin: number
}
/** A kind of item that cannot be returned. */
export type NonReturnable = "final_sale" | "digital" | "perishable" | "personalised" | "hygiene"
/** A message to send. */
export interface NotificationIntent {
  /** Channel. */
  channel: Channel
  /** Recipient. */
  customer: CustomerId
  /** Stable key: the same signal always gives the same key. */
  dedupeKey: string
  /** Kind. */
  kind: NotificationKind
  /** The recipient's language, from their preferences (see `customer::compose`). */
  locale?: string | null
  /** Template data. */
  payload: Record<string, string>
  /** When to send. */
  sendAt: Date
}
/** Every kind of post-purchase message. */
export type NotificationKind = "order_confirmed" | "order_cancelled" | "fulfilment_delayed" | "shipped" | "in_transit_delayed" | "arriving_tomorrow" | "out_for_delivery" | "available_for_pickup" | "delivery_attempt_failed" | "delivery_exception" | "delivered" | "all_parts_delivered" | "presumed_lost" | "return_requested" | "return_approved" | "return_declined" | "return_label_issued" | "return_reminder_to_ship" | "return_about_to_expire" | "return_received" | "return_refunded" | "return_exchanged" | "review_request" | "survey_request" | "replenishment_reminder" | "cross_sell" | "points_earned" | "points_about_to_expire" | "tier_reached" | "tier_about_to_drop"
/** The notification policy.  ``` use postpurchase::notify::NotifyPolicy; let p = NotifyPolicy::from_json(r#"{"quiet_hours": {"start": "21:00:00", "end": "08:00:00"}, "marketing_throttle_hours": 16}"#)?; assert_eq!(p.marketing_throttle_hours, 16); # Ok::<(), postpurchase::Error>(()) ``` */
export interface NotifyPolicyConfig {
  /** Settings per kind; kinds not listed use the defaults (on, no delay, e-mail). */
  kinds?: {
  allPartsDelivered?: KindRule
  arrivingTomorrow?: KindRule
  availableForPickup?: KindRule
  crossSell?: KindRule
  delivered?: KindRule
  deliveryAttemptFailed?: KindRule
  deliveryException?: KindRule
  fulfilmentDelayed?: KindRule
  inTransitDelayed?: KindRule
  orderCancelled?: KindRule
  orderConfirmed?: KindRule
  outForDelivery?: KindRule
  pointsAboutToExpire?: KindRule
  pointsEarned?: KindRule
  presumedLost?: KindRule
  replenishmentReminder?: KindRule
  returnAboutToExpire?: KindRule
  returnApproved?: KindRule
  returnDeclined?: KindRule
  returnExchanged?: KindRule
  returnLabelIssued?: KindRule
  returnReceived?: KindRule
  returnRefunded?: KindRule
  returnReminderToShip?: KindRule
  returnRequested?: KindRule
  reviewRequest?: KindRule
  shipped?: KindRule
  surveyRequest?: KindRule
  tierAboutToDrop?: KindRule
  tierReached?: KindRule
}
  /** At most one marketing message per customer and channel in this many hours. */
  marketingThrottleHours?: number
  /** Quiet hours. */
  quietHours?: QuietHours | null
  /** Replenishment interval in days per SKU. */
  replenishmentDays?: Record<string, number>
  /** Review requests. */
  review?: ReviewRule
}
/** An NPS with its uncertainty. Scores and bounds are on the −100…100 scale. */
export interface NpsResult {
  /** Share of detractors (0–1). */
  detractorShare: number
  /** Answers 0–6. */
  detractors: number
  /** Adjusted-Wald interval (¾ added to promoters and detractors, 3 to n), clamped to ±100. */
  interval: Interval
  /** z × standard error, on the −100…100 scale. */
  marginOfError: number
  /** Answers 7–8. */
  passives: number
  /** Share of promoters (0–1). */
  promoterShare: number
  /** Answers 9–10. */
  promoters: number
  /** Number of answers. */
  responses: number
  /** % promoters − % detractors. */
  score: number
  /** Variance of the promoter-minus-detractor difference (proportion scale). */
  variance: number
}
/** What changed. */
export type OrderChange = {
  /** Amounts per line, in line order. */
  amounts: Array<LineAmounts>
  /** The order. */
  order: NewOrder
  type: "placed"
} | {
  type: "confirmed"
} | {
  /** Why. */
  reason: string
  type: "held"
} | {
  type: "released"
} | {
  /** Per line. */
  lines: Array<CancelledUnits>
  /** Why. */
  reason: string
  /** Shipping released (non-zero when the last units were cancelled). */
  shipping: Money
  type: "units_cancelled"
} | {
  /** The shipment. */
  shipment: NewShipment
  type: "shipment_created"
} | {
  /** The shipment. */
  shipment: ShipmentId
  type: "shipment_cancelled"
} | {
  /** The scan. */
  event: CarrierEvent
  /** Which shipment. */
  shipment: ShipmentId
  type: "tracking_recorded"
} | {
  /** Which shipment. */
  shipment: ShipmentId
  type: "shipment_shipped"
} | {
  /** When. */
  at: Date
  /** Which shipment. */
  shipment: ShipmentId
  type: "shipment_delivered"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "payment_authorized"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "payment_captured"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "payment_refunded"
} | {
  /** Payment id. */
  payment: PaymentId
  type: "payment_voided"
} | {
  /** What. */
  change: ReturnChange
  type: "return"
}
/** A command sent to an order. */
export type OrderCommand = {
  /** The order. */
  order: NewOrder
  type: "place"
} | {
  type: "confirm"
} | {
  /** Why. */
  reason: string
  type: "hold"
} | {
  type: "release"
} | {
  /** Why. */
  reason: string
  type: "cancel"
} | {
  /** Which units. */
  lines: Array<LineQuantity>
  /** Why. */
  reason: string
  type: "cancel_units"
} | {
  /** The shipment. */
  shipment: NewShipment
  type: "create_shipment"
} | {
  /** The shipment. */
  shipment: ShipmentId
  type: "cancel_shipment"
} | {
  /** The scan. */
  event: CarrierEvent
  /** On which shipment. */
  shipment: ShipmentId
  type: "record_tracking"
} | {
  /** When. */
  at: Date | string
  /** Which shipment. */
  shipment: ShipmentId
  type: "mark_delivered"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "authorize_payment"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "capture_payment"
} | {
  /** Amount. */
  amount: Money
  /** Payment id. */
  payment: PaymentId
  type: "refund_payment"
} | {
  /** Payment id. */
  payment: PaymentId
  type: "void_payment"
} | {
  /** The return command. */
  command: ReturnCommand
  type: "return"
}
/** An event of an order: the change, when, and the command key that caused it.  Events are stored for years, so their shape is versioned: each carries `schema_version` ([`ORDER_EVENT_SCHEMA_VERSION`] when written now), and events written by earlier versions are upcast when read (see [`crate::schema`]). */
export interface OrderEvent {
  /** When the command was decided. */
  at: Date
  /** What changed. */
  change: OrderChange
  /** Fingerprint of the command, to tell a retry from a reuse of the key. */
  fingerprint: string
  /** Idempotency key of the command. */
  key: IdempotencyKey
  /** The shape this event was written in. */
  schemaVersion: number
}
/** Identifies an order. */
export type OrderId = string
/** An order's derived statuses and amounts.  ``` use chrono::{TimeZone, Utc}; use postpurchase::*;  let now = Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap(); let new = NewOrder::builder(OrderId::new("o-1")?, CustomerId::new("c-1")?, Currency::from_code("EUR")?, now)     .line(NewLine::new(LineId::new("l-1")?, Sku::new("TEE")?, "T-shirt", 2, Money::parse("20.00", "EUR")?))     .build(); let order = Order::from_events(&Order::place(new, &CommandMeta::new(IdempotencyKey::new("k")?, now))?)?; let summary = order.summary(Some(now), &DelayThresholds::default())?; assert_eq!(summary.amount_due, Money::parse("40.00", "EUR")?); assert_eq!(summary.fulfilment_status, FulfilmentStatus::Unfulfilled); # Ok::<(), postpurchase::Error>(()) ``` */
export interface OrderSummary {
  /** Still to capture. */
  amountDue: Money
  /** Captured so far. */
  captured: Money
  /** The order's currency. */
  currency: Currency
  /** Customer id. */
  customer: CustomerId
  /** Where the goods are. */
  fulfilmentStatus: FulfilmentStatus
  /** Order id. */
  id: OrderId
  /** Where the money is. */
  paymentStatus: PaymentStatus
  /** Collected beyond what is now due (paid units cancelled), owed back to the customer. */
  refundDue: Money
  /** Refunded so far. */
  refunded: Money
  /** Shipments in id order. */
  shipments: Array<ShipmentTracking>
  /** Order total. */
  total: Money
  /** Events applied (the `expected_version` for the next command). */
  version: number
}
/** What the customer should see about an order at `now`. */
export interface OrderView {
  /** Actions, open or not, in line then shipment order. */
  actions: Array<CustomerAction>
  /** The fulfilment status. */
  fulfilment: FulfilmentStatus
  /** The order in one sentence. */
  headline: Statement
  /** The locale of the text. */
  locale: string
  /** What happens next for the order as a whole. */
  next: Statement
  /** Order id. */
  order: string
  /** When it was placed. */
  placedAt: Date
  /** Points, when a loyalty ledger was given. */
  points: PointsView | null
  /** Returns on the order. */
  returns: Array<ReturnView>
  /** The shipments, by id. */
  shipments: Array<ShipmentView>
  /** The time zone the dates in the text follow (the return policy's). */
  timeZone: string
  /** Items not yet in a shipment. */
  waiting: Array<ViewItem>
}
/** What a rule (or a whole decision) concluded. */
export type Outcome = "allowed" | "needs_review" | "denied"
/** Identifies a payment (authorisation, capture and refunds share it). */
export type PaymentId = string
/** Derived payment status. */
export type PaymentStatus = "not_paid" | "authorized" | "partially_paid" | "paid" | "partially_refunded" | "refunded" | "voided" | "refund_due"
/** How long order points stay pending. */
export interface PendingRule {
  /** Days after delivery (the later of this and the close of the return window applies). */
  daysAfterDelivery?: number
}
/** A summary: a title and its sentences in order. */
export interface PlainSummary {
  /** The locale the text follows. */
  locale: string
  /** The sentences. */
  statements: Array<Statement>
  /** The heading. */
  title: string
}
/** Loyalty points this order earned. */
export interface PointsView {
  /** When the earliest of them become available, if known. */
  availableAt: Date | null
  /** The member's spendable balance. */
  balance: number
  /** Points from this order already available. */
  earned: number
  /** Points from this order still pending. */
  pending: number
  /** The sentences. */
  statements: Array<Statement>
}
/** The plain-language summary of a return policy. */
export interface PolicySummaryRequest {
  /** The shop's order currency (ISO 4217). */
  currency: string
  /** The locale. */
  locale: string
  /** The return policy. */
  policy: ReturnPolicyConfig
  /** The loyalty programme, for tier benefits. */
  programme?: LoyaltyProgrammeConfig | null
}
/** What the customer agreed to. */
export interface Preferences {
  /** The customer. */
  customer: CustomerId
  /** An e-mail address is known. */
  email?: boolean
  /** The customer's language (BCP 47, `it-IT`), carried to every intent for its content. */
  locale?: string | null
  /** Consented to marketing. */
  marketingConsent?: boolean
  /** Channels opted out of (blocks marketing on them). */
  optedOut?: Array<Channel>
  /** Push is enabled on a device. */
  push?: boolean
  /** Lines (order:line) already reviewed. */
  reviewed?: Array<string>
  /** Opted in to SMS. */
  smsOptIn?: boolean
  /** Their IANA time zone. */
  timeZone?: string
}
/** A question from the closed set the answers cover. */
export type Question = {
  question: "where_is_my_order"
} | {
  question: "when_will_it_arrive"
} | {
  /** The order line, or every line. */
  line?: string | null
  question: "can_i_return"
} | {
  /** The order line, or every line. */
  line?: string | null
  question: "how_do_i_return"
} | {
  question: "where_is_my_refund"
} | {
  question: "how_many_points"
}
/** Quiet hours in the recipient's own time zone. */
export interface QuietHours {
  /** End, local `HH:MM` (may be the next day). */
  end: string
  /** Transactional kinds ignore quiet hours. */
  exemptTransactional?: boolean
  /** Start, local `HH:MM`. */
  start: string
}
/** Units received for one line. */
export interface ReceivedItem {
  /** Their condition. */
  condition: ItemCondition
  /** The line. */
  line: LineId
  /** Units. */
  quantity: number
}
/** A suggested item and why. */
export interface Recommendation {
  /** The basket item it is most often bought with. */
  because: string
  /** confidence(because → item). */
  confidence: number
  /** The item suggested. */
  item: string
  /** lift(because → item). */
  lift: number
  /** Share of all baskets holding both. */
  support: number
}
/** Redemption rules. */
export interface RedemptionRule {
  /** Most points per order. */
  maxPointsPerOrder?: number | null
  /** Fewest points per redemption. */
  minPoints?: number
  /** Points per currency unit of discount (100 means 100 points = 1.00). */
  pointsPerCurrencyUnit?: string
  /** Fixed rewards. */
  rewards?: Array<Reward>
}
/** Referral awards. */
export interface ReferralRule {
  /** Most referral awards a referrer may get per period. */
  capPerPeriod?: number
  /** The period, in days. */
  periodDays?: number
  /** Points to the referred customer. */
  referred?: number
  /** Points to the referrer. */
  referrer?: number
}
/** A refund, line by line, with fees as their own lines. */
export interface RefundBreakdown {
  /** Set when the total was cut to what was captured and not yet refunded. */
  capped: boolean
  /** Per line. */
  lines: Array<RefundLine>
  /** Where the money goes (empty for exchanges, which keep it as credit). */
  payouts: Array<RefundPayout>
  /** Restocking fee deducted. */
  restockingFee: Money
  /** Return shipping fee deducted. */
  returnShippingFee: Money
  /** Original shipping refunded. */
  shipping: Money
  /** Bonus on store credit (on top of `total`). */
  storeCreditBonus: Money
  /** Lines + shipping − fees, limited to what is refundable. */
  total: Money
}
/** Where the store-credit fallback clock starts for an item. */
export type RefundClockStart = "order_placed" | "item_shipped" | "item_delivered"
/** Where refunded money goes. */
export type RefundDestination = {
  payment: PaymentId
} | "store_credit"
/** The refund for the units of one line. */
export interface RefundLine {
  /** The line. */
  line: LineId
  /** Merchandise after line and order discounts, without tax. */
  merchandise: Money
  /** Tax. */
  tax: Money
  /** Merchandise + tax. */
  total: Money
  /** Units refunded. */
  units: number
}
/** How a refund is paid out. */
export type RefundMethod = "original_payment" | "store_credit" | "exchange"
/** Refund options. */
export interface RefundOptions {
  /** Methods a customer may choose. */
  allowed?: Array<RefundMethod>
  /** Bonus on store credit, in percent. */
  storeCreditBonusPercent?: string
  /** Where that clock starts, per item: so a split shipment's later parcel has its own clock. */
  storeCreditClock?: RefundClockStart
  /** After this many days on a returned item's clock (see `store_credit_clock`), refunds to the original payment fall back to store credit. */
  storeCreditOnlyAfterDays?: number | null
}
/** Money going to one destination. */
export interface RefundPayout {
  /** How much. */
  amount: Money
  /** Where. */
  destination: RefundDestination
}
/** What shipping an exchange's replacement costs the customer. */
export type ReplacementShipping = {
  kind: "free"
} | {
  /** The amount. */
  amount: string
  kind: "flat"
} | {
  kind: "host"
}
/** One line of a return request. */
export interface RequestedLine {
  /** The order line. */
  line: LineId
  /** Units to return. */
  quantity: number
  /** Why. */
  reason: ReturnReason
}
/** What a return request decided: the lines reserved, the terms and the report. The case it opens is requested at the event's time, with nothing approved, received or paid yet. */
export interface RequestedReturn {
  /** Customer. */
  customer: CustomerId
  /** Why it was declined (when it was). */
  declineReason: string | null
  /** Id. */
  id: ReturnId
  /** The lines as decided. */
  lines: Array<RequestedReturnLine>
  /** The eligibility report (shared: copying a case or an event does not copy it). */
  report: EligibilityReport
  /** `requested`, or `declined` when the policy denied every line. */
  status: ReturnStatus
  /** Money terms. */
  terms: ReturnTerms
}
/** One line of a return request as decided. */
export interface RequestedReturnLine {
  /** The line. */
  line: LineId
  /** The eligibility outcome. */
  outcome: Outcome
  /** Why. */
  reason: ReturnReason
  /** Units requested. */
  requested: number
  /** Units reserved on the order line. */
  reserved: number
  /** The restocking fee rule resolved at request time. */
  restockingFee: Fee | null
}
/** Restocking fee rules. */
export interface RestockingFee {
  /** The fee unless a reason has its own. */
  default?: Fee | null
  /** Fees per reason. */
  perReason?: Record<string, Fee>
  /** Reasons for which no fee is charged. */
  waivedFor?: Array<ReturnReason>
}
/** A return (or a claim) on an order. */
export interface ReturnCase {
  /** Deadline of an advance exchange whose replacement has shipped. */
  advanceDeadline: Date | string | null
  /** Customer. */
  customer: CustomerId
  /** Why it was declined. */
  declineReason: string | null
  /** The exchange settlement, once made. */
  exchange: ExchangeSettlement | null
  /** Id. */
  id: ReturnId
  /** Return label carrier and tracking number. */
  label: Array<unknown> | null
  /** Lines. */
  lines: Array<ReturnLine>
  /** Staff override of a denial, with its reason. */
  overrideReason: string | null
  /** The refund, once paid. */
  refund: RefundBreakdown | null
  /** The eligibility report the return was opened with (shared with the event that opened it). */
  report: EligibilityReport
  /** When requested. */
  requestedAt: Date | string
  /** Status. */
  status: ReturnStatus
  /** Money terms. */
  terms: ReturnTerms
  /** Carrier scans of the parcel coming back. */
  tracking: Array<CarrierEvent>
}
/** What changed on a return, recorded as [`crate::order::OrderChange::Return`]. */
export type ReturnChange = {
  kind: "requested"
  /** The decision. */
  request: RequestedReturn
} | {
  /** What the approval decided for each line of the case (absent in events written before version 2, which replay by the rule of the time: [`crate::schema`]). */
  decided?: Array<ApprovedLine> | null
  kind: "approved"
  /** Units approved per line. */
  lines: Array<LineQuantity>
  /** Staff override reason, if a denial was overridden. */
  overrideReason: string | null
  /** The return. */
  returnId: ReturnId
} | {
  kind: "declined"
  /** Why. */
  reason: string
  /** The return. */
  returnId: ReturnId
} | {
  /** Carrier. */
  carrier: string
  kind: "label_issued"
  /** The return. */
  returnId: ReturnId
  /** Tracking number. */
  trackingNumber: string
} | {
  /** The scan. */
  event: CarrierEvent
  kind: "tracking_recorded"
  /** The return. */
  returnId: ReturnId
  /** The return's status after the scan (absent in events written before version 2). */
  status?: ReturnStatus | null
} | {
  /** What arrived. */
  items: Array<ReceivedItem>
  kind: "received"
  /** The return. */
  returnId: ReturnId
} | {
  /** The breakdown. */
  breakdown: RefundBreakdown
  kind: "refunded"
  /** The return. */
  returnId: ReturnId
  /** `credited` when every payout went to store credit, else `refunded` (decided here, so replay never re-derives it). */
  status: ReturnStatus
} | {
  /** The breakdown of the credit. */
  breakdown: RefundBreakdown
  kind: "exchanged"
  /** The return. */
  returnId: ReturnId
  /** Who owes whom. */
  settlement: ExchangeSettlement
} | {
  kind: "cancelled"
  /** The return. */
  returnId: ReturnId
} | {
  /** Deadline for the return. */
  deadline: Date
  kind: "advance_replacement_shipped"
  /** The return. */
  returnId: ReturnId
} | {
  /** Amount charged. */
  amount: Money
  kind: "exchange_charged"
  /** The return. */
  returnId: ReturnId
} | {
  /** The refund, for refunds. */
  breakdown: RefundBreakdown | null
  /** The claim. */
  claimId: ReturnId
  kind: "claim_resolved"
  /** Units concerned. */
  lines: Array<LineQuantity>
  /** Refund or replacement. */
  resolution: ClaimResolution
}
/** A command on a return, sent through [`crate::order::OrderCommand::Return`]. */
export type ReturnCommand = {
  action: "request"
  /** The request. */
  request: ReturnRequest
} | {
  action: "approve"
  /** Why staff override a denial. */
  overrideReason?: string | null
  /** The return. */
  returnId: ReturnId
} | {
  action: "decline"
  /** Why. */
  reason: string
  /** The return. */
  returnId: ReturnId
} | {
  action: "issue_label"
  /** Carrier. */
  carrier: string
  /** The return. */
  returnId: ReturnId
  /** Tracking number. */
  trackingNumber: string
} | {
  action: "record_tracking"
  /** The scan. */
  event: CarrierEvent
  /** The return. */
  returnId: ReturnId
} | {
  action: "receive"
  /** What arrived, per condition. */
  items: Array<ReceivedItem>
  /** The return. */
  returnId: ReturnId
} | {
  action: "refund"
  /** Payments to refund first, in order; others follow by id. */
  paymentOrder?: Array<PaymentId>
  /** The return. */
  returnId: ReturnId
} | {
  action: "record_refund"
  /** What was paid, and to what (payments or store credit). */
  payouts: Array<RefundPayout>
  /** The return. */
  returnId: ReturnId
} | {
  action: "cancel"
  /** The return. */
  returnId: ReturnId
} | {
  action: "ship_advance_replacement"
  /** When the customer is charged if nothing came back. */
  deadline: Date | string
  /** The return. */
  returnId: ReturnId
} | {
  action: "charge_unreturned_exchange"
  /** The return. */
  returnId: ReturnId
} | {
  action: "claim"
  /** Id for the claim. */
  claimId: ReturnId
  /** Units concerned. */
  lines: Array<LineQuantity>
  /** Payments to refund first. */
  paymentOrder?: Array<PaymentId>
  /** Refund or replacement. */
  resolution: ClaimResolution
}
/** Identifies a return request. */
export type ReturnId = string
/** One line of a return case. */
export interface ReturnLine {
  /** Units approved. */
  approved: number
  /** The line. */
  line: LineId
  /** The eligibility outcome. */
  outcome: Outcome
  /** Why. */
  reason: ReturnReason
  /** Units received per condition. */
  received: Record<string, number>
  /** Units requested. */
  requested: number
  /** Units reserved on the order line (counted in its `return_requested`). */
  reserved: number
  /** The restocking fee rule resolved at request time. */
  restockingFee: Fee | null
}
/** A shop's return policy. Every field has a sensible default.  ``` use postpurchase::returns::ReturnPolicy; let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30}, "time_zone": "Europe/Berlin"}"#)?; assert_eq!(policy.window.days, Some(30)); let err = ReturnPolicy::from_json(r#"{"windw": {}, "time_zone": "Mars/Olympus"}"#).unwrap_err(); assert_eq!(err.problems().len(), 2); // every problem at once # Ok::<(), postpurchase::Error>(()) ``` */
export interface ReturnPolicyConfig {
  /** Approve requests automatically when every line is allowed. */
  autoApprove?: boolean
  /** How exchanges are priced. */
  exchanges?: ExchangePricing
  /** A holiday extension. */
  holidayExtension?: HolidayExtension | null
  /** Classes of items that cannot be returned. */
  nonReturnable?: Array<NonReturnable>
  /** Per SKU / category / tag windows; the first match wins, SKU before tag before category. */
  overrides?: Array<WindowOverride>
  /** Refund options. */
  refunds?: RefundOptions
  /** What must have happened before a return. */
  require?: ShippingRequirement
  /** Restocking fees. */
  restockingFee?: RestockingFee
  /** Return shipping fee. */
  returnShippingFee?: ReturnShippingFee
  /** Limits that send requests to review. */
  review?: ReviewLimits
  /** When original shipping is refunded. */
  shippingRefund?: ShippingRefund
  /** The shop's IANA time zone, for local-day windows and holiday dates. */
  timeZone?: string
  /** The default window. */
  window?: WindowRule
}
/** What a return request would lead to if it were made now: the eligibility decision and, for the lines that are not denied, the refund it would pay once everything arrives resellable. */
export interface ReturnPreview {
  /** The refund for the lines that are not denied (pending review where a line needs it); `None` when every line is denied or nothing would be refunded. */
  refund: RefundBreakdown | null
  /** The decision, as [`crate::order::returning::evaluate`] gives it. */
  report: EligibilityReport
}
/** Why a customer returns an item. */
export type ReturnReason = "changed_mind" | "does_not_fit" | "defective" | "wrong_item" | "not_as_described" | "damaged_in_transit" | "arrived_late" | "other"
/** A customer's request to return items of an order. */
export interface ReturnRequest {
  /** Who asks; must be the order's customer. */
  customer: CustomerId
  /** The replacement, when `method` is exchange. */
  exchange?: ExchangeRequest | null
  /** Id of the return. */
  id: ReturnId
  /** What. */
  lines: Array<RequestedLine>
  /** How the customer wants the money back. */
  method: RefundMethod
}
/** Return shipping fee rules. */
export interface ReturnShippingFee {
  /** The fee (order currency); zero or absent means free. */
  amount?: string | null
  /** Reasons for which it is waived. */
  waivedFor?: Array<ReturnReason>
}
/** Where a return stands. */
export type ReturnStatus = "requested" | "approved" | "declined" | "label_issued" | "in_transit" | "received" | "refunded" | "credited" | "exchanged" | "charged" | "cancelled"
/** One return of an order: where it stands and, once settled, what it paid. */
export interface ReturnSummary {
  /** The exchange settlement, once made. */
  exchange: ExchangeSettlement | null
  /** Return id. */
  id: ReturnId
  /** The refund, once paid. */
  refund: RefundBreakdown | null
  /** When it was requested. */
  requestedAt: Date
  /** Where it stands. */
  status: ReturnStatus
}
/** The money terms fixed when the return was requested. */
export interface ReturnTerms {
  /** The replacement, for exchanges. */
  exchange: ExchangeRequest | null
  /** How the refund is paid. */
  method: RefundMethod
  /** Refund the original shipping because of the reason. */
  refundShippingForReason: boolean
  /** Refund the original shipping when the whole order has come back. */
  refundShippingWhenWhole: boolean
  /** The replacement's outbound shipping, for exchanges (absent in returns requested before exchanges were priced). */
  replacementShipping?: Money | null
  /** Return shipping fee charged (zero when waived). */
  returnShippingFee: Money
  /** Store-credit bonus in percent. */
  storeCreditBonusPercent: string
}
/** A return or a transit claim on the order, as the customer sees it. */
export interface ReturnView {
  /** A transit claim for a lost or damaged parcel rather than a customer's return. */
  claim: boolean
  /** Where it went: `original_payment` and/or `store_credit`. */
  destinations: Array<RefundMethod>
  /** Return id. */
  id: string
  /** How the customer asked to be paid back (`exchange` for an exchange). */
  method: RefundMethod
  /** The refund paid, if any. */
  refunded: Money | null
  /** The sentence. */
  statement: Statement
  /** Its status. */
  status: ReturnStatus
}
/** Limits that send a request to manual review instead of denying it. */
export interface ReviewLimits {
  /** Review when the customer has made more than this many returns… */
  maxReturns?: number | null
  /** Review when the value of the request is above this amount (order currency). */
  valueAbove?: string | null
  /** …within this many days. */
  withinDays?: number | null
}
/** Review request settings. */
export interface ReviewRule {
  /** Days after delivery. */
  daysAfterDelivery?: number
  /** Reminders after the first request. */
  maxReminders?: number
  /** Days between reminders. */
  reminderIntervalDays?: number
}
/** A fixed reward. */
export interface Reward {
  /** Id. */
  id: string
  /** Points it costs. */
  points: number
  /** What it is worth, in the programme's currency. */
  value: Money
}
/** One customer's RFM measures, without an id: what [`rfm_scores_of_measures`] scores by position. */
export interface RfmMeasures {
  /** Number of purchases. */
  frequency: number
  /** Spend. */
  monetary: number
  /** Days since the last purchase. */
  recencyDays: number
}
/** A customer's scores and segment. */
export interface RfmScore {
  /** The customer's key. */
  customer: number
  /** Frequency score, 5 for the most frequent. */
  f: number
  /** Monetary score, 5 for the biggest spenders. */
  m: number
  /** Recency score, 5 for the most recent. */
  r: number
  /** The named segment. */
  segment: Segment
}
/** Whether a shipment is international (lost thresholds differ). */
export type Route = "domestic" | "international"
/** The rule that produced an entry: a stable code. */
export type Rule = "earn.spend" | "award.signup" | "award.birthday" | "award.review" | "award.referrer" | "award.referred" | "pending.schedule" | "pending.release" | "redeem" | "redeem.reverse" | "expire" | "clawback" | "adjust" | "debt.repay" | "tier" | "command.no_change"
/** One rule's verdict on one line. */
export interface RuleVerdict {
  /** Stable reason code, e.g. `return.window_closed` or `return.window_open`. */
  code: DecisionCode
  /** The facts that decided it (window end, days left, returnable units…). */
  facts: Facts
  /** What it concluded. */
  outcome: Outcome
  /** The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`). */
  rule: string
}
/** A named RFM segment. */
export type Segment = "champions" | "loyal" | "potential_loyalists" | "new" | "promising" | "need_attention" | "about_to_sleep" | "at_risk" | "cannot_lose" | "hibernating" | "lost"
/** A message already sent or queued (for throttling and dedupe). */
export interface SentNotification {
  /** Channel. */
  channel: Channel
  /** Its dedupe key. */
  dedupeKey: string
  /** Kind. */
  kind: NotificationKind
  /** When. */
  sendAt: Date | string
}
/** Identifies a shipment (unique within the order). */
export type ShipmentId = string
/** One shipment of an order: where it is and, when asked at a time, whether it is late. */
export interface ShipmentTracking {
  /** Carrier name. */
  carrier: string
  /** Late / stalled / presumed lost at the time the summary was asked for (none without one). */
  delay: DelayAssessment | null
  /** When it was delivered. */
  deliveredAt: Date | null
  /** Shipment id. */
  id: ShipmentId
  /** Promised delivery. */
  promisedBy: Date | null
  /** Merchant status (delivered once marked delivered). */
  status: TrackingStatus
  /** Tracking number, if known. */
  trackingNumber: string | null
}
/** What the customer sees of one shipment. */
export interface ShipmentView {
  /** Carrier name. */
  carrier: string
  /** The transit claim already made for it, if any. */
  claim: string | null
  /** What delay detection says at `now`. */
  delay: DelayAssessment
  /** When it was delivered. */
  deliveredAt: Date | null
  /** The current estimate: the carrier's latest, else the promise; `None` once it has passed without a delivery (late, no new date). */
  estimate: Date | null
  /** Shipment id. */
  id: string
  /** What is in it. */
  items: Array<ViewItem>
  /** What happens next. */
  next: Statement
  /** The promised delivery time. */
  promisedBy: Date | null
  /** The merchant status at `now`. */
  status: TrackingStatus
  /** The steps, done ones in time order, then the upcoming ones. */
  timeline: Array<TimelineStep>
  /** Tracking number, if known. */
  trackingNumber: string | null
  /** When it should arrive, as the host estimated it (while it travels). */
  window: WindowView | null
}
/** When the original shipping charge is refunded. */
export interface ShippingRefund {
  /** Whenever the reason is one of these. */
  forReasons?: Array<ReturnReason>
  /** When the whole order comes back. */
  whenWholeOrderReturned?: boolean
}
/** What must have happened to an item before it can be returned. */
export type ShippingRequirement = "none" | "shipped" | "delivered"
/** Something that may call for a message. */
export interface Signal {
  /** Recipient. */
  customer: CustomerId
  /** Kind of message. */
  kind: NotificationKind
  /** When it happened. */
  occurredAt: Date
  /** Data for the template. */
  payload?: Record<string, string>
  /** What it is about (order, `order/shipment`, `order:line`, return…). */
  subject: string
}
/** A stock-keeping unit. */
export type Sku = string
/** A lifecycle stage. */
export type Stage = "new" | "active" | "at_risk" | "lapsed" | "reactivated" | "advocate"
/** A customer's stage with what decided it. */
export interface StageAssignment {
  /** Days since the last purchase. */
  daysSinceLast: number
  /** The P(alive) used, if any. */
  pAlive: number | null
  /** Purchases up to the date. */
  purchases: number
  /** The rule that decided (see the module's table). */
  rule: string
  /** The stage. */
  stage: Stage
  /** The median gap between purchases, in days (with two purchases or more). */
  typicalGapDays: number | null
}
/** What a stage is judged on besides the purchases: a [`CustomerHistory`] without them. */
export interface StageFacts {
  /** The latest NPS answer (0–10), if any. */
  latestNps?: number | null
  /** P(alive) at the date from a fitted model, if any. */
  pAlive?: number | null
  /** Customers this one referred who went on to buy. */
  referrals?: number
}
/** The thresholds of the stage rules (data: load them with serde; every field has a default). */
export interface StageRules {
  /** Days since the last purchase over the typical gap at which a customer is at risk (default 1.5). */
  atRiskGapMultiple?: number
  /** P(alive) below this is at risk (default 0.5). */
  atRiskPAlive?: number
  /** … and lapsed (default 3). */
  lapsedGapMultiple?: number
  /** P(alive) below this is lapsed (default 0.2). */
  lapsedPAlive?: number
  /** A customer is new while their first purchase is at most this many days old (default 30). */
  newDays?: number
  /** With a single purchase: days after which the customer is at risk (default 90). */
  singleAtRiskDays?: number
  /** … and lapsed (default 180). */
  singleLapsedDays?: number
}
/** Every customer's stages at every date and the moves between consecutive dates, as one value. */
export interface StageTransitions {
  /** The transition matrix as rows (step, from, to, customers). */
  moves: Array<TransitionRow>
  /** Per customer, in the input's order. */
  stages: Array<CustomerStages>
}
/** One sentence of a summary: its topic, the message that wrote it, the facts behind it (plain values, the same in every language) and the text. */
export interface Statement {
  /** The facts, by name. */
  facts: Record<string, string>
  /** The catalogue message id. */
  message: string
  /** The sentence in the localizer's language: plain text, with values from outside (titles, places) as they were given. Escape it before putting it in HTML (`<`, `>`, `&`, quotes): a product titled `<script>` is text here, not markup. */
  text: string
  /** What it is about: `window`, `override`, `requires`, `non_returnable`, `holiday`, `restocking`, `return_shipping`, `shipping_refund`, `refund_methods`, `store_credit`, `exchange`, `tier`; for a programme `earn`, `pending`, `expiry`, `redeem`, `reward`, `tiers`, `tier`. */
  topic: string
}
/** A step of a shipment's timeline. */
export type StepKind = "ordered" | "packed" | "handed_to_carrier" | "in_transit" | "out_for_delivery" | "delivered" | "delayed" | "exception" | "attempt_failed" | "ready_for_pickup" | "returning_to_sender" | "returned_to_sender" | "lost" | "cancelled" | "tracking_stopped"
/** Where a step stands. */
export type StepState = "done" | "current" | "upcoming"
/** A tax charged on a line, as the shop computed it. */
export interface TaxLine {
  /** The tax amount on the whole line (all units), in whole minor units. */
  amount: Money
  /** The rate, e.g. 0.2 for 20 %. */
  rate: string
  /** Name of the tax, e.g. "VAT". */
  title: string
}
/** Whether line prices include tax or tax is added on top. */
export type TaxMode = "exclusive" | "inclusive"
/** Loyalty-tier benefits the host passes in. */
export interface TierBenefits {
  /** Extra days on the return window. */
  extraReturnDays?: number
  /** No return shipping fee. */
  freeReturnShipping?: boolean
  /** Tier name, for the record. */
  tier?: string
}
/** A tier and its benefits. */
export interface TierLevel {
  /** Extra days on the return window. */
  extraReturnDays?: number
  /** Free returns. */
  freeReturns?: boolean
  /** Free shipping. */
  freeShipping?: boolean
  /** Earning multiplier. */
  multiplier?: string
  /** Name. */
  name: string
  /** Metric needed. */
  threshold: string
}
/** What qualifies a member for a tier. Only points that are available count (pending points do not), and only those earned inside the tier window. */
export type TierMetric = "net_spend" | "points_earned" | "orders"
/** Where a member stands against the tier ladder: what the current window counts and what the next tier still needs. Read-only; the tier itself changes only through commands. */
export interface TierProgress {
  /** What qualifies. */
  metric: TierMetric
  /** Its threshold. */
  nextThreshold: string | null
  /** The next tier above the current one, if any. */
  nextTier: string | null
  /** How much more of the metric the next tier needs (never negative). */
  remaining: string | null
  /** The member's current tier (as last evaluated by a command). */
  tier: string | null
  /** The metric counted in the window that contains `now`. */
  value: string
  /** Where that window starts (`None` for lifetime). */
  windowStart: Date | null
}
/** Tier rules: upgrade at once, downgrade only at the end of a period plus grace. */
export interface TierRules {
  /** Whether event awards (sign-up, birthday, review, referral) count toward the [`TierMetric::PointsEarned`] metric (default: they do not). */
  countAwards?: boolean
  /** Days of grace after the period before a downgrade. */
  graceDays?: number
  /** Levels, lowest threshold first. */
  levels?: Array<TierLevel>
  /** The metric. */
  metric?: TierMetric
  /** The window. */
  window?: TierWindow
}
/** Over which time the metric counts. */
export type TierWindow = "lifetime" | "calendar_year" | "rolling12_months" | "anchored"
/** One step of a timeline with its text. */
export interface TimelineStep {
  /** When it happened, if known. */
  at: Date | null
  /** Done, current or upcoming. */
  state: StepState
  /** The sentence. */
  statement: Statement
  /** Which step. */
  step: StepKind
}
/** Where to follow a parcel. */
export interface TrackingLink {
  /** The carrier. */
  carrier: string
  /** The tracking number, if known. */
  number: string | null
  /** The shipment id. */
  shipment: string
}
/** The normalised status of a shipment. "Delayed" is a flag ([`MappedStatus::delayed`]), not a status. */
export type TrackingStatus = "pending" | "info_received" | "in_transit" | "out_for_delivery" | "available_for_pickup" | "attempt_failed" | "delivered" | "exception" | "returning_to_sender" | "returned_to_sender" | "lost" | "cancelled" | "expired"
/** One cell of a transition matrix. */
export interface TransitionRow {
  /** Customers who moved so. */
  customers: number
  /** The stage at the first date. */
  from: Stage | null
  /** The index of the first of the two dates. */
  step: number
  /** The stage at the second. */
  to: Stage | null
}
/** Which variant of the beta-geometric model. */
export type Variant = "bg_nbd" | "modified"
/** An item (a quantity of an order line). */
export interface ViewItem {
  /** The order line. */
  line: string
  /** Units. */
  quantity: number
  /** Its product title. */
  title: string
}
/** Everything the customer view of one order needs. */
export interface ViewRequest {
  /** Arrival windows the host learnt for parcels in transit (see [`crate::view::ArrivalWindow`]). */
  arrivals?: Array<ArrivalWindow>
  /** What the host knows about the customer (earlier returns, tier benefits). */
  context?: EligibilityContext
  /** The order's events, as stored. */
  events: Array<OrderEvent>
  /** The customer's ledger entries, as stored (used with `programme`). */
  ledger?: Array<LedgerEntry>
  /** The customer's locale (BCP 47). */
  locale: string
  /** Now. */
  now: Date | string
  /** The return policy (checked like any policy file). */
  policy: ReturnPolicyConfig
  /** The loyalty programme, if the shop runs one. */
  programme?: LoyaltyProgrammeConfig | null
  /** Delay thresholds (defaults when absent). */
  thresholds?: DelayThresholds | null
}
/** How far to trust an arrival window. */
export type WindowConfidence = "high" | "medium" | "low"
/** A window override for a SKU, category or tag (exactly one of them). */
export interface WindowOverride {
  /** Applies to this category. */
  category?: string | null
  /** Days allowed instead of the default. */
  days: number
  /** Applies to this SKU. */
  sku?: string | null
  /** Applies to items with this tag. */
  tag?: string | null
}
/** The return window. */
export interface WindowRule {
  /** Days allowed; `None` means unlimited. */
  days?: number | null
  /** Whether the window closes at the end of the local day in the shop's time zone. */
  endOfLocalDay?: boolean
  /** Where the window starts. */
  starts?: WindowStart
}
/** Where the return window starts. */
export type WindowStart = "order_placed" | "item_delivered" | "last_item_delivered"
/** An arrival window as the customer reads it. */
export interface WindowView {
  /** The carrier's own date when it is later than the window's latest (or likely) date, said so: the customer sees both. */
  carrierLater: Statement | null
  /** How far to trust it. */
  confidence: WindowConfidence
  /** The latest date. */
  latest: string | null
  /** The likely date. */
  likely: string
  /** The window in the customer's language. */
  statement: Statement
}
/* end of the generated contract */

/**
 * Which binding artifact the generated loader actually loaded: `'native'` for
 * a native addon, otherwise the `platformArchABI` of the WASI flavor. Every
 * flavor napi-rs can build is listed, because `NAPI_RS_NATIVE_LIBRARY_PATH`
 * can point the loader at a WASI artifact this package does not build itself.
 */
export declare const __napiBindingTarget: 'native' | 'wasm32-wasi' | 'wasm32-wasip1'

/**
 * The words the customer calls read: the shipped Fluent catalogues with the shop's own resources
 * on top, so a shop rewords a message or adds a language. Pass it as the last argument of
 * `orderView`, `answerQuestion`, `messageContent`, `returnPolicySummary` or `loyaltySummary`.
 */
export declare class Catalogues {
  /** The shipped catalogues (English and Italian). */
  constructor()
  /**
   * Puts a Fluent resource for `language` (a BCP 47 tag; `de-AT` adds to `de`) on top of
   * everything added before. A resource that does not parse or names an id the library does
   * not use is `input.invalid` naming the line; nothing is added on error. Returns `this`.
   */
  add(language: string, source: string): this
  /** The languages with words, English first. */
  languages(): Array<string>
  /** The message ids `language` has no words for (they are written in English). */
  missing(language: string): Array<string>
  /** How many resources were added. */
  get hostResources(): number
}

/** Co-purchase statistics over baskets of item ids. */
export declare class CoPurchase {
  /**
   * Counts items and pairs (a pair is used when in `minPairCount` baskets, an item when in
   * `minItemCount`; both 2 by default).
   */
  constructor(baskets: Array<Array<string>>, minPairCount?: number | undefined | null, minItemCount?: number | undefined | null)
  /** Up to `k` (default 5) items for a basket, best first, never one in the basket or `exclude`. */
  recommend(basket: Array<string>, exclude?: Array<string> | undefined | null, k?: number | undefined | null): Array<Recommendation>
  /** Hit rate at `k` (default 5) over holdout cases. */
  hitRate(cases: Array<Input<HoldoutCase>>, k?: number | undefined | null): HitRate
}

export declare class LoyaltyProgramme {
  /**
   * Parses and validates a JSON string or object (camelCase or the core's snake_case
   * field names); every problem is reported at once as `config.invalid`.
   */
  constructor(doc: string | Input<LoyaltyProgrammeConfig>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/** A member's loyalty ledger. Commands and the programme are documents in the core's JSON shape. */
export declare class Member {
  /** An empty ledger. */
  constructor(customer: string)
  /** Rebuilds a ledger from its stored entries (a JSON string or an array). */
  static fromEntries(customer: string, entries: string | Array<Input<LedgerEntry>>): Member
  /**
   * Decides and applies a command (`{type: 'earn_order', …}`) under a programme.
   * `expectedVersion` defaults to the current version; a stale one is `store.concurrency_conflict`.
   */
  handle(command: string | Input<LoyaltyCommand>, programme: LoyaltyProgramme | Input<LoyaltyProgrammeConfig> | string, key: string, now: Date | string, expectedVersion?: number): LoyaltyResult
  /** Balance, tier and progress to the next tier at `now`. */
  status(programme: LoyaltyProgramme | Input<LoyaltyProgrammeConfig> | string, now: Date | string): LoyaltyStatus
  /** Every entry, as documents (camelCase, `Date`s). */
  entries(): Array<LedgerEntry>
  /** Every entry as JSON (the ledger, for storage or `Member.fromEntries`). */
  entriesJson(): string
  /** The whole state as JSON. */
  stateJson(): string
}

export declare class NotifyPolicy {
  /**
   * Parses and validates a JSON string or object (camelCase or the core's snake_case
   * field names); every problem is reported at once as `config.invalid`.
   */
  constructor(doc: string | Input<NotifyPolicyConfig>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/** An order driven by commands (documents in the core's JSON shape, as strings or objects). */
export declare class Order {
  /**
   * Places an order (a `NewOrder`: `{id, customer, currency, placed_at, lines, …}`, or its JSON
   * text).
   */
  static place(order: string | Input<NewOrder>, key: string, now: Date | string): Order
  /**
   * Rebuilds an order from its stored events: their JSON text as stored (`eventsJson`), or an
   * array of events (`events()`, camelCase or the stored snake_case).
   */
  static fromEvents(events: string | Array<Input<OrderEvent>>): Order
  /**
   * Decides and applies a command (`{type: 'create_shipment', …}`). A refused command throws
   * and changes nothing; a repeated key changes nothing and returns no events. With
   * `expectedVersion` (the `version` the caller read), an order that has moved on throws
   * `store.concurrency_conflict`.
   */
  handle(command: string | Input<OrderCommand>, key: string, now: Date | string, expectedVersion?: number): CommandResult
  /**
   * Derived statuses and amounts; with `now`, each shipment's delay assessment too, under the
   * shop's `thresholds` (defaults for any left out).
   */
  summary(now?: Date | string, thresholds?: Input<DelayThresholds> | null): OrderSummary
  /** The order's returns, in id order. */
  returns(): Array<ReturnSummary>
  /** Every event so far, as documents (camelCase, `Date`s). */
  events(): Array<OrderEvent>
  /** Every event so far as JSON (the order's stream, for storage or `Order.fromEvents`). */
  eventsJson(): string
  /** The whole state as JSON. */
  stateJson(): string
  /**
   * Decides a return request (`{id, customer, lines: [{line, quantity, reason}], method}`) against a
   * policy at `now`, with every rule's verdict. `context` carries `recent_returns` and `tier`.
   */
  evaluateReturn(request: string | Input<ReturnRequest>, policy: ReturnPolicy | Input<ReturnPolicyConfig> | string, context: string | Input<EligibilityContext> | null | undefined, now: Date | string): EligibilityReport
  /** The decision plus the refund the return would pay; the order is not changed. */
  previewReturn(request: string | Input<ReturnRequest>, policy: ReturnPolicy | Input<ReturnPolicyConfig> | string, context: string | Input<EligibilityContext> | null | undefined, now: Date | string): ReturnPreview
  /** Opens a return on the order (auto-approved when the policy says so); the order is updated. */
  openReturn(request: string | Input<ReturnRequest>, policy: ReturnPolicy | Input<ReturnPolicyConfig> | string, context: string | Input<EligibilityContext> | null | undefined, key: string, now: Date | string, expectedVersion?: number): OpenedReturn
}

/** A platform's webhook body, read: what it says of one order. */
export declare class PlatformBody {
  /**
   * Reads a body: `platform` `shopify` (topic from `X-Shopify-Topic`), `woocommerce` (topic
   * from `X-WC-Webhook-Topic`) or `medusa` (the order document; the topic is not read). A field
   * that cannot be mapped throws `platform.unmappable`, its message naming the field
   * (`(field: line_items[0].price)`). `triggeredAt` is the delivery's time
   * (`Delivery.triggeredAt`), needed by Shopify's `returns/*` bodies, which carry none.
   */
  static read(platformName: 'shopify' | 'woocommerce' | 'medusa', topic: string, body: Uint8Array | string, triggeredAt?: Date | null): PlatformBody
  /** The order the body is about. */
  get orderId(): string
  /**
   * The plan against `order` as it stands (`null` when it is not stored yet). Throws
   * `order.not_placed` when the order is not stored and the body does not carry it whole
   * (answer the platform with an error, so that it retries), or the error of any step a rule
   * refuses: then the plan applies nothing.
   *
   * Returns the platform opened are decided by `policy` (the default policy when absent); where
   * the platform accepted what the policy denied, the return is approved with the platform
   * named as the override's reason.
   */
  plan(order?: Order | null, policy?: ReturnPolicy | Input<ReturnPolicyConfig> | string | null): PlatformPlan
}

/**
 * A model of the shop's delivery times per lane, learnt from its history (see the core's
 * `promise` module): business days in the shop's calendar, parcels still travelling censored,
 * sparse lanes borrowing from their carrier.
 */
export declare class PromiseModel {
  /**
   * Learns from `shipments` (`{lane: {carrier, service, origin, destination}, orderedAt,
   * handedOverAt?, deliveredAt?}`) as they stood at `asOf`, counted in `calendar`
   * (`{timeZone, workingDays: [7 booleans, Monday first], holidays?: ['YYYY-MM-DD'], cutoff:
   * 'HH:MM'}`). A calendar without a working day is `config.invalid`.
   */
  static fit(calendar: { timeZone: string; workingDays: boolean[]; holidays?: string[]; cutoff: string }, shipments: Array<{ lane: LaneInput; orderedAt: Date | string; handedOverAt?: Date | string | null; deliveredAt?: Date | string | null }>, asOf: Date | string): PromiseModel
  /** Reads a model document (`store.schema_too_new` for one written by a newer version). */
  static fromJson(text: string): PromiseModel
  /** The model as its versioned JSON document. */
  toJson(): string
  /** This model and `other` (fitted on another part of the history) as one model of both. */
  merge(other: PromiseModel): PromiseModel
  /**
   * The dates to promise for an order placed at `orderedAt` on `lane` (`latest` at
   * `percentile`, default 0.9).
   */
  promise(lane: LaneInput, orderedAt: Date | string, percentile?: number | undefined | null): DeliveryPromise
  /**
   * Where a parcel handed over at `handedOverAt` stands at `now`: the window of its arrival
   * given the business days spent, and with `promised` (`YYYY-MM-DD`) the risk of arriving
   * after it.
   */
  inTransit(lane: LaneInput, handedOverAt: Date | string, now: Date | string, percentile?: number | undefined | null, promised?: string | undefined | null): InTransitEstimate
  /**
   * How good the model's promises were on `test` (parcels it did not learn from, each
   * `{shipped: {lane, orderedAt, handedOverAt, deliveredAt}, carrierFlaggedAt?, promisedBy?}`,
   * `promisedBy` what the shop promised that parcel), beside a
   * fixed promise of `options.fixedDays` business days; `options` also sets `percentile`
   * (0.9) and `warnAt` (0.5).
   */
  accuracy(test: Array<{ shipped: { lane: LaneInput; orderedAt: Date | string; handedOverAt?: Date | string | null; deliveredAt?: Date | string | null }; carrierFlaggedAt?: Date | string | null; promisedBy?: Date | string | null }>, options?: { percentile?: number; fixedDays?: number | null; warnAt?: number } | null): { options: { percentile: number; fixedDays: number | null; warnAt: number }; parcels: number; unmeasured: { notDelivered: number; badRecord: number; noDate: number }; model: PromiseAccuracy; fixed: PromiseAccuracy | null; warnings: { late: number; warnedLate: number; carrierFlaggedLate: number; warnedOnlyByUs: number; onTime: number; falseAlarms: number }; reliability: Array<{ from: number; to: number; parcels: number; meanRisk: number; lateShare: number }> }
}

export declare class ReturnPolicy {
  /**
   * Parses and validates a JSON string or object (camelCase or the core's snake_case
   * field names); every problem is reported at once as `config.invalid`.
   */
  constructor(doc: string | Input<ReturnPolicyConfig>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/**
 * A store: a SQLite file (created with its schema when missing) or a `postgres://` URL (schema
 * `postpurchase` unless `schema` names another).
 */
export declare class Store {
  /** Opens the store. */
  constructor(target: string, schema?: string)
  /**
   * Appends the events at `expectedVersion` and enqueues the messages in one transaction;
   * returns the stream's new version.
   */
  commit(stream: string, expectedVersion: number, events: Array<object>, messages?: Array<{ dedupeKey: string, topic: string, payload: string, notBefore: Date | string }>): number
  /** The stream's events, oldest first, as documents (what `Order.fromEvents` takes). */
  load(stream: string): Array<OrderEvent>
  /** The stream's version (0 if it does not exist). */
  version(stream: string): number
  /** Messages not yet delivered (dead letters excluded). */
  pendingCount(): number
  /** Claims up to `limit` due messages for `worker` until `now + leaseSeconds`. */
  claim(worker: string, now: Date | string, leaseSeconds: number, limit: number): Array<{ dedupeKey: string, topic: string, payload: string, notBefore: Date, attempts: number, worker: string, until: Date }>
  /** Marks claimed messages delivered in one transaction: `'done'` or `'lease_lost'` each. */
  delivered(claims: Array<object>, at: Date | string): Array<'done' | 'lease_lost'>
  /** Records that `consumer` handles `messageId`; `false` if it already had. */
  firstDelivery(consumer: string, messageId: string, at: Date | string): boolean
}

/** Splits an amount over weights (decimal strings) so the parts add up exactly. */
export declare function allocate(amount: string, currency: string, weights: string[]): Array<string>

/**
 * The answer to a customer's question: `{view: <order view request>, question: {question,
 * line?}}` → `{question, text, statements}`.
 */
export declare function answerQuestion(request: string | Input<AnswerRequest>, catalogues?: Catalogues): CustomerAnswer

/**
 * Late, stalled and presumed-lost detection at `now` under the shop's `thresholds` (the
 * defaults when absent).
 */
export declare function assessDelay(scans: string | Array<Input<CarrierEvent>>, shippedAt: Date | string, promisedBy: Date | string | null | undefined, route: 'domestic' | 'international', now: Date | string, thresholds?: Input<DelayThresholds> | null): DelayAssessment

/** CES of 1–7 answers. */
export declare function ces(scores: ArrayLike<number> | Float64Array): CesResult

/** What a command did: the new events to store and the notification signals they call for. */
export interface CommandResult {
  /** The new events as JSON (append them to the order's stream); `[]` for a repeated key. */
  eventsJson: string
  /** How many events. */
  eventCount: number
  /** The new events, as documents (camelCase, `Date`s). */
  events: Array<OrderEvent>
  /**
   * Signals for `planNotifications` (one per shipment status change, delay flag, return step…),
   * with camelCase field names.
   */
  signals: Array<Signal>
}

/** CSAT of 1–5 answers. */
export declare function csat(scores: ArrayLike<number> | Float64Array, confidence: number): CsatResult

/** Digits after the decimal point of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD). */
export declare function currencyMinorUnits(code: string): number

/** Every reason code a return decision can carry. */
export declare function decisionCodes(): DecisionCode[]

/**
 * A verified delivery: its platform, its id (record it in the inbox: a retry has the same id)
 * and its topic.
 */
export interface Delivery {
  /** `shopify` or `woocommerce`. */
  platform: string
  /** `X-Shopify-Event-Id` / `X-WC-Webhook-Delivery-ID`. */
  id: string
  /** `X-Shopify-Topic` / `X-WC-Webhook-Topic` (`orders/create`, `order.updated`). */
  topic: string
  /**
   * `X-Shopify-Triggered-At`, when sent: pass it to `PlatformBody.read` (Shopify's return
   * bodies carry no time of their own).
   */
  triggeredAt?: Date
}

/** The dates promised at checkout. */
export interface DeliveryPromise {
  /** The earliest date (`YYYY-MM-DD`), or null when the history supports none. */
  earliest?: string
  /** The likely date (the median). */
  likely?: string
  /** The latest date, at `percentile`. */
  latest?: string
  /** The percentile `latest` stands for. */
  percentile: number
  /** `high`, `medium`, `low` or `none` (no date). */
  confidence: string
  /** Why it is less than high: `thin_data`, `unknown_lane`, `volatile_lane`, `censored`. */
  reasons: Array<string>
}

/** Every stable error code the package throws as `err.code`. */
export type ErrorCode = 'money.unknown_currency' | 'money.currency_mismatch' | 'money.overflow' | 'money.invalid_amount' | 'money.invalid_weights' | 'input.invalid_id' | 'input.invalid' | 'config.invalid' | 'command.idempotency_conflict' | 'order.not_placed' | 'order.already_placed' | 'order.invalid' | 'order.invalid_transition' | 'order.on_hold' | 'order.cancelled' | 'order.unknown_line' | 'order.invalid_quantity' | 'order.quantity_exceeds_unfulfilled' | 'order.quantity_exceeds_cancellable' | 'order.unknown_shipment' | 'order.duplicate_shipment' | 'payment.unknown' | 'payment.amount_exceeds_available' | 'payment.over_capture' | 'payment.voided' | 'store.concurrency_conflict' | 'store.not_found' | 'store.failure' | 'store.foreign_database' | 'store.schema_too_new' | 'return.wrong_customer' | 'return.unknown' | 'return.duplicate_id' | 'return.invalid_transition' | 'return.quantity_exceeds_returnable' | 'return.quantity_exceeds_requested' | 'return.nothing_to_refund' | 'return.refund_method_not_allowed' | 'return.exchange_deadline_not_reached' | 'feedback.invalid_answer' | 'metrics.invalid_transaction' | 'clv.degenerate_data' | 'clv.fit_failed' | 'loyalty.insufficient_points' | 'loyalty.redemption_out_of_bounds' | 'loyalty.unknown_redemption' | 'loyalty.already_reversed' | 'loyalty.rule_not_applicable' | 'loyalty.missing_reason' | 'notify.wrong_customer' | 'internal' | 'webhook.signature_mismatch' | 'webhook.stale_timestamp' | 'platform.unmappable' | 'platform.payload_too_large'

/** Every core error code. */
export declare function errorCodes(): Array<ErrorCode>

/** Where a parcel in transit stands. */
export interface InTransitEstimate {
  /** Business days since the handover. */
  elapsedDays: number
  /** The likely arrival. */
  likely?: string
  /** The latest arrival at the percentile. */
  latest?: string
  /** The probability of arriving after the promised date, when one was given. */
  lateRisk?: number
  /** `high`, `medium`, `low` or `none`. */
  confidence: string
  /** Why it is less than high. */
  reasons: Array<string>
}

/** Whether the gap between two amounts is smaller than one minor unit. */
export declare function isSettled(due: string, paid: string, currency: string): boolean

/** A lane: carrier × service × origin region × destination region. */
export interface LaneInput {
  /** The carrier (`dhl`). */
  carrier: string
  /** Its service (`paket`). */
  service: string
  /** Where parcels leave from (a region: postcode prefix, state, country). */
  origin: string
  /** Where they go. */
  destination: string
}

/** The lifecycle stage at `at` of a customer with these purchases; `null` before the first. */
export declare function lifecycleStage(purchases: Array<Date | string>, at: Date | string, facts?: Input<StageFacts> | null | undefined, rules?: Input<StageRules> | null | undefined): StageAssignment | null

/** What a loyalty command did. */
export interface LoyaltyResult {
  /** The new entries, as documents (camelCase, `Date`s). */
  entries: Array<LedgerEntry>
  /** The new entries as JSON (append them to the member's ledger). */
  entriesJson: string
}

/**
 * The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
 * statements}`.
 */
export declare function loyaltySummary(request: string | Input<LoyaltySummaryRequest>, catalogues?: Catalogues): PlainSummary

/**
 * Maps an AfterShip, EasyPost, Shippo or Shopify status code to the normalised status.
 * An unknown code keeps its text and has no status.
 */
export declare function mapStatus(source: CarrierSource, code: string): MappedStatus

/**
 * The merchant status from scans (`{occurred_at, status, delayed?}` objects or their JSON), in any
 * arrival order; it never moves backwards.
 */
export declare function merchantStatus(scans: string | Array<Input<CarrierEvent>>): TrackingStatus

/** Merges survey states of one kind. */
export declare function mergeSurveyStates(states: Array<string>): string

/**
 * The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
 * subject, body}`.
 */
export declare function messageContent(request: string | Input<MessageRequest>, catalogues?: Catalogues): CustomerMessage

/** Next-purchase timing of a customer with summary (frequency, recency, T) over `horizon`. */
export declare function nextPurchase(params: Input<BetaGeo>, frequency: number, recency: number, t: number, horizon: number): NextPurchase

/** NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions. */
export declare function nps(scores: ArrayLike<number> | Float64Array, confidence: number): NpsResult

/** A return opened on an order. */
export interface OpenedReturn {
  /** The decision it was opened with. */
  report: EligibilityReport
  /** The new events as JSON (append them to the order's stream). */
  eventsJson: string
  /** The new events, as documents (camelCase, `Date`s). */
  events: Array<OrderEvent>
}

/** Signals for new order events given the events before them. */
export declare function orderSignals(beforeEvents: string | Array<Input<OrderEvent>>, newEvents: string | Array<Input<OrderEvent>>): Array<Signal>

/**
 * What the customer should see about an order: `{events, policy, now, locale, programme?,
 * ledger?, context?, thresholds?}` → `{headline, shipments (timeline, estimate, next), waiting,
 * next, actions, points, returns}`.
 */
export declare function orderView(request: string | Input<ViewRequest>, catalogues?: Catalogues): OrderView

/**
 * Notification intents for a signal (from `order.handle(...).signals`), given the customer's
 * preferences, the policy and what was already sent (`history`, optional).
 */
export declare function planNotifications(signal: string | Input<Signal>, preferences: string | Input<Preferences>, policy: NotifyPolicy | Input<NotifyPolicyConfig> | string, history?: string | Array<Input<SentNotification>> | null | undefined): Array<NotificationIntent>

/** One command of a plan. */
export interface PlanStep {
  /** Its idempotency key, built from the platform's ids. */
  key: string
  /** The command. */
  command: OrderCommand
  /** Its time. */
  at: Date
}

/** The commands that bring an order to what the platform says, and the events they make. */
export interface PlatformPlan {
  /** The order. */
  orderId: string
  /** The steps, in order (empty when the order already says it all: a duplicate or late body). */
  steps: Array<PlanStep>
  /** The events as JSON: append them to the order's stream at `expectedVersion`. */
  eventsJson: string
  /** The events, as documents. */
  events: Array<OrderEvent>
  /** The order's version the plan was made against (0 for an order it places). */
  expectedVersion: number
}

/** One way of promising, measured (means over the parcels measured; days are business days). */
export interface PromiseAccuracy {
  /** Mean absolute error of the likely date. */
  maeDays: number
  /** Share delivered on or before the promised date (for the model, its percentile's coverage). */
  onOrBeforePromise: number
  /** Share delivered within one business day of the likely date. */
  withinOneDay: number
  /** Pinball loss of the likely date at 0.5. */
  pinball50: number
  /** Pinball loss of the promised date at the percentile. */
  pinballAtPercentile: number
}

/**
 * Validates a return policy (JSON string or object); every problem is reported at once as
 * `config.invalid`. Returns the policy with every default filled in (its canonical JSON text is
 * `new ReturnPolicy(policy).toJson()`).
 */
export declare function returnPolicy(policy: string | Input<ReturnPolicyConfig>): ReturnPolicyConfig

/**
 * The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
 * `{locale, title, statements}`.
 */
export declare function returnPolicySummary(request: string | Input<PolicySummaryRequest>, catalogues?: Catalogues): PlainSummary

/** RFM scores by quintile and segments, in the input's order. */
export declare function rfmScores(customers: Array<Input<RfmMeasures>>): Array<RfmScore>

/** Every customer's stage at each date (ascending) and the moves between consecutive dates. */
export declare function stageTransitions(customers: Array<Input<CustomerPurchases>>, dates: Array<Date | string>, rules?: Input<StageRules> | null | undefined): StageTransitions

/** Counts answers of a kind (`nps`, `csat` on 1–5, `ces`) into a survey state (stable JSON). */
export declare function surveyState(kind: 'nps' | 'csat' | 'ces', scores: Array<number>): string

/** Units taken out of a line: amount × taken ÷ remaining, half-up; the last unit takes the rest. */
export declare function takeUnits(amount: string, currency: string, taken: number, remaining: number): string

/**
 * Verifies a webhook delivery from `shopify` or `woocommerce`: `headers` as Node's
 * `req.headers` gives them (any case), `body` the raw body (a Buffer, or the exact text),
 * `secrets` one secret or two while rotating. Throws `webhook.signature_mismatch` for a forged
 * or altered body, `platform.payload_too_large` for a body over 5 MiB.
 */
export declare function verifyDelivery(platformName: 'shopify' | 'woocommerce', headers: Record<string, string | string[] | undefined>, body: Uint8Array | string, secrets: string | string[]): Delivery

/**
 * Verifies that a webhook comes from `source` (`aftership`, `easypost`, `shippo`, `shopify`):
 * `body` the raw request body (a Buffer, or the exact text), `signature` the value of the
 * source's signature header, `secrets` one secret or two while rotating, `now` the current time
 * (default: the clock) and `toleranceSeconds` for signed timestamps (default 300). Returns
 * nothing when verified; throws `webhook.signature_mismatch` or `webhook.stale_timestamp`.
 */
export declare function verifyWebhook(source: CarrierSource, body: Uint8Array | string, signature: string, secrets: string | string[], now?: Date | string | null | undefined, toleranceSeconds?: number | null | undefined): void
