/* The documents the core takes, generated from its types (core/tests/contract.rs): do not edit. */
/* Amounts are decimal strings and times RFC 3339 strings with an offset, as the core reads them. */
/* Field names are camelCase; the core's snake_case names are accepted too. */
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
/** One scan reported by a carrier. */
export interface CarrierEvent {
  /** Whether the carrier flagged a delay. */
  delayed?: boolean
  /** The carrier's delivery estimate given with this scan, if any (a delayed parcel's new date). Absent from events written before it existed, and left out when unset. */
  estimatedDelivery?: string | null
  /** Where it happened, if the carrier says. */
  location?: string | null
  /** When it happened, by the carrier's clock (not when we received it). */
  occurredAt: string
  /** The raw code, kept for audit. */
  rawCode?: string
  /** The normalised status. */
  status: TrackingStatus
}
/** What to do about goods lost or damaged in transit. */
export type ClaimResolution = "refund" | "replacement"
/** An active ISO 4217 currency code ("EUR"). */
export type Currency = string
/** Identifies a customer. */
export type CustomerId = string
/** An order-level discount (a coupon), as a positive amount. */
export interface Discount {
  /** The amount, in whole minor units. */
  amount: Money
  /** The code or title. */
  code: string
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
/** Facts about the customer the host knows and the order does not. */
export interface EligibilityContext {
  /** When the customer's earlier returns (on any order) were requested. */
  recentReturns?: Array<string>
  /** The customer's tier benefits. */
  tier?: TierBenefits | null
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
/** The state of a returned unit on arrival. */
export type ItemCondition = "resellable" | "damaged" | "wrong_item" | "missing"
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
  deliveredAt?: string | null
  /** Its lines. */
  lines: Array<EarnLine>
  /** The order. */
  order: OrderId
  /** When its return window closes, if known. */
  returnWindowEnd?: string | null
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
  deliveredAt: string
  /** The order. */
  order: OrderId
  /** Return window end, if any. */
  returnWindowEnd?: string | null
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
/** An exact amount of money in one currency.  The amount may carry more digits than the currency's minor unit (a unit price of 0.835 is allowed); [`Money::round`] is the one place where amounts are brought to the minor unit. */
export interface Money {
  /** The amount as a decimal string (`"129.00"`); JSON numbers are refused. */
  amount: string
  /** The currency's ISO 4217 code. */
  currency: Currency
}
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
  placedAt: string
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
  promisedBy?: string | null
  /** Domestic or international. */
  route?: Route
  /** Tracking number, if known. */
  trackingNumber?: string | null
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
  at: string
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
/** Identifies an order. */
export type OrderId = string
/** Identifies a payment (authorisation, capture and refunds share it). */
export type PaymentId = string
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
/** Units received for one line. */
export interface ReceivedItem {
  /** Their condition. */
  condition: ItemCondition
  /** The line. */
  line: LineId
  /** Units. */
  quantity: number
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
/** A command on a return, sent through [`OrderCommand::Return`]. */
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
  action: "cancel"
  /** The return. */
  returnId: ReturnId
} | {
  action: "ship_advance_replacement"
  /** When the customer is charged if nothing came back. */
  deadline: string
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
/** Whether a shipment is international (lost thresholds differ). */
export type Route = "domestic" | "international"
/** Identifies a shipment (unique within the order). */
export type ShipmentId = string
/** Something that may call for a message. */
export interface Signal {
  /** Recipient. */
  customer: CustomerId
  /** Kind of message. */
  kind: NotificationKind
  /** When it happened. */
  occurredAt: string
  /** Data for the template. */
  payload?: Record<string, string>
  /** What it is about (order, `order/shipment`, `order:line`, return…). */
  subject: string
}
/** A stock-keeping unit. */
export type Sku = string
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
/* end of the generated contract */

/**
 * Which binding artifact the generated loader actually loaded: `'native'` for
 * a native addon, otherwise the `platformArchABI` of the WASI flavor. Every
 * flavor napi-rs can build is listed, because `NAPI_RS_NATIVE_LIBRARY_PATH`
 * can point the loader at a WASI artifact this package does not build itself.
 */
export declare const __napiBindingTarget: 'native' | 'wasm32-wasi' | 'wasm32-wasip1'

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
  hitRate(cases: Array<HoldoutCase>, k?: number | undefined | null): HitRate
}

export declare class LoyaltyProgramme {
  /**
   * Parses and validates a JSON string or object; every problem is reported at once
   * as `config.invalid`.
   */
  constructor(doc: string | Record<string, unknown>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/** A member's loyalty ledger. Commands and the programme are documents in the core's JSON shape. */
export declare class Member {
  /** An empty ledger. */
  constructor(customer: string)
  /** Rebuilds a ledger from its stored entries (a JSON string or an array). */
  static fromEntries(customer: string, entries: string | Array<Record<string, unknown>>): Member
  /**
   * Decides and applies a command (`{type: 'earn_order', …}`) under a programme.
   * `expectedVersion` defaults to the current version; a stale one is `store.concurrency_conflict`.
   */
  handle(command: string | LoyaltyCommand, programme: LoyaltyProgramme | string | Record<string, unknown>, key: string, now: Date | string, expectedVersion?: number): LoyaltyResult
  /** Balance, tier and progress to the next tier at `now`. */
  status(programme: LoyaltyProgramme | string | Record<string, unknown>, now: Date | string): LoyaltyStatus
  /** Every entry as typed objects. */
  entries(): Array<LoyaltyEntry>
  /** Every entry as JSON (the ledger, for storage or `Member.fromEntries`). */
  entriesJson(): string
  /** The whole state as JSON. */
  stateJson(): string
}

export declare class NotifyPolicy {
  /**
   * Parses and validates a JSON string or object; every problem is reported at once
   * as `config.invalid`.
   */
  constructor(doc: string | Record<string, unknown>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/** An order driven by commands (documents in the core's JSON shape, as strings or objects). */
export declare class Order {
  /**
   * Places an order (a `NewOrder`: `{id, customer, currency, placed_at, lines, …}`, or its JSON
   * text).
   */
  static place(order: string | NewOrder, key: string, now: Date | string): Order
  /** Rebuilds an order from its stored events (a JSON string or an array). */
  static fromEvents(events: string | Array<Record<string, unknown>>): Order
  /**
   * Decides and applies a command (`{type: 'create_shipment', …}`). A refused command throws
   * and changes nothing; a repeated key changes nothing and returns no events. With
   * `expectedVersion` (the `version` the caller read), an order that has moved on throws
   * `store.concurrency_conflict`.
   */
  handle(command: string | OrderCommand, key: string, now: Date | string, expectedVersion?: number): CommandResult
  /** Derived statuses and amounts; with `now`, each shipment's delay assessment too. */
  summary(now?: Date | string): OrderSummary
  /** The order's returns, in id order. */
  returns(): Array<ReturnSummary>
  /** Every event so far as JSON (the order's stream, for storage or `Order.fromEvents`). */
  eventsJson(): string
  /** The whole state as JSON. */
  stateJson(): string
  /**
   * Decides a return request (`{id, customer, lines: [{line, quantity, reason}], method}`) against a
   * policy at `now`, with every rule's verdict. `context` carries `recent_returns` and `tier`.
   */
  evaluateReturn(request: string | ReturnRequest, policy: ReturnPolicy | string | Record<string, unknown>, context: string | EligibilityContext | null | undefined, now: Date | string): EligibilityReport
  /** The decision plus the refund the return would pay; the order is not changed. */
  previewReturn(request: string | ReturnRequest, policy: ReturnPolicy | string | Record<string, unknown>, context: string | EligibilityContext | null | undefined, now: Date | string): ReturnPreview
  /** Opens a return on the order (auto-approved when the policy says so); the order is updated. */
  openReturn(request: string | ReturnRequest, policy: ReturnPolicy | string | Record<string, unknown>, context: string | EligibilityContext | null | undefined, key: string, now: Date | string, expectedVersion?: number): OpenedReturn
}

export declare class ReturnPolicy {
  /**
   * Parses and validates a JSON string or object; every problem is reported at once
   * as `config.invalid`.
   */
  constructor(doc: string | Record<string, unknown>)
  /** The configuration as canonical JSON, with every default filled in. */
  toJson(): string
}

/** Splits an amount over weights (decimal strings) so the parts add up exactly. */
export declare function allocate(amount: string, currency: string, weights: string[]): Array<string>

/**
 * The answer to a customer's question: `{view: <order view request>, question: {question,
 * line?}}` → `{question, text, statements}`.
 */
export declare function answerQuestion(request: string | Record<string, unknown>): Record<string, any>

/** Late, stalled and presumed-lost detection at `now` with the default thresholds. */
export declare function assessDelay(scans: string | Array<CarrierScan>, shippedAt: Date | string, promisedBy: Date | string | null | undefined, route: 'domestic' | 'international', now: Date | string): DelayAssessment

/** BG/NBD parameters. */
export interface BgNbdParams {
  /** r. */
  r: number
  /** alpha. */
  alpha: number
  /** a. */
  a: number
  /** b. */
  b: number
}

/**
 * One carrier scan, as `merchantStatus` and `assessDelay` take it (the core's JSON shape).
 * Declared for `index.d.ts` only: scans are read as documents.
 */
export interface CarrierScan {
  /** When it happened, by the carrier's clock. */
  occurred_at: Date | string
  /** The normalised status. */
  status: TrackingStatus
  /** Whether the carrier flagged a delay. */
  delayed?: boolean
  /** The raw code, kept for audit. */
  raw_code?: string
  /** Where it happened. */
  location?: string
}

/** Where a raw carrier status code comes from. */
export type CarrierSource = 'aftership' | 'easypost' | 'shippo' | 'shopify'

/** CES of 1–7 answers. */
export declare function ces(scores: ArrayLike<number> | Float64Array): CesResult

/** Customer Effort Score on 1–7. */
export interface CesResult {
  /** Answers counted. */
  responses: number
  /** Mean answer. */
  mean: number
  /** Share of 5–7 answers, 0–1 (0.6 is 60 %). */
  easyShare: number
}

/** A message channel. */
export type Channel = 'email' | 'sms' | 'push'

/** What a command did: the new events to store and the notification signals they call for. */
export interface CommandResult {
  /** The new events as JSON (append them to the order's stream); `[]` for a repeated key. */
  eventsJson: string
  /** How many events. */
  eventCount: number
  /**
   * Signals for `planNotifications` (one per shipment status change, delay flag, return step…),
   * with camelCase field names.
   */
  signals: Array<Signal>
}

/** CSAT of 1–5 answers. */
export declare function csat(scores: ArrayLike<number> | Float64Array, confidence: number): CsatResult

/** CSAT (top-2-box on 1–5) as a share 0–1 (0.85 is 85 %), with a Wilson interval. */
export interface CsatResult {
  /** Answers counted. */
  responses: number
  /** Answers in the top boxes. */
  satisfied: number
  /** Satisfied share, 0–1. */
  score: number
  /** Mean answer. */
  mean: number
  /** Interval low. */
  low: number
  /** Interval high. */
  high: number
}

/** Digits after the decimal point of an ISO 4217 currency (2 for EUR, 0 for JPY, 3 for KWD). */
export declare function currencyMinorUnits(code: string): number

/** One customer's purchases. */
export interface CustomerPurchases {
  /** The customer's id. */
  id: string
  /** Purchase times. */
  purchases: Array<Date>
}

/**
 * Runs a customer-side request by name: `view`, `answer`, `message`, `policy_summary` or
 * `loyalty_summary`.
 */
export declare function customerRun(operation: string, request: string | Record<string, unknown>): Record<string, any>

/** One customer's stage at each date (`null`: not a customer yet). */
export interface CustomerStages {
  /** The customer's id. */
  id: string
  /** Stage codes, one per date. */
  stages: Array<'new' | 'active' | 'at_risk' | 'lapsed' | 'reactivated' | 'advocate' | null>
}

/**
 * Every reason code a return decision can carry (a line's `code`, each verdict's `code`, the
 * report's `methodNote`): the closed set the core publishes as `returns::DECISION_CODES`.
 */
export type DecisionCode = 'return.allowed' | 'return.window_open' | 'return.window_unlimited' | 'return.window_closed' | 'return.window_not_started' | 'return.quantity_ok' | 'return.quantity_exceeds_returnable' | 'return.already_returned' | 'return.already_claimed' | 'return.returnable_item' | 'return.final_sale' | 'return.digital' | 'return.perishable' | 'return.personalised' | 'return.hygiene' | 'return.shipping_requirement_met' | 'return.not_shipped' | 'return.not_delivered' | 'return.frequency_ok' | 'return.review_frequent_returner' | 'return.value_ok' | 'return.review_high_value' | 'return.refund_method_fallback'

/** Every reason code a return decision can carry. */
export declare function decisionCodes(): DecisionCode[]

/** What delay detection concluded about a shipment. */
export interface DelayAssessment {
  /** The merchant status at the time asked. */
  status: TrackingStatus
  /** Past the promised delivery and not delivered. */
  late: boolean
  /** No scan for 3 days. */
  stalled: boolean
  /** No update for 7 days (20 international) or 48 h past the promise. */
  presumedLost: boolean
  /** The carrier flagged a delay on the latest scan. */
  carrierDelayed: boolean
  /** When the latest scan happened. */
  lastScanAt?: Date
}

/** The decision on a whole return request. */
export interface EligibilityReport {
  /** Return id. */
  returnId: string
  /** Denied if every line is denied; review if any needs review; allowed otherwise. */
  outcome: Outcome
  /** Per line. */
  lines: Array<LineDecision>
  /** The refund method after policy (may fall back to store credit). */
  method: RefundMethod
  /** Why the method fell back. */
  methodNote?: DecisionCode
}

/** Every stable error code the package throws as `err.code`. */
export type ErrorCode = 'money.unknown_currency' | 'money.currency_mismatch' | 'money.overflow' | 'money.invalid_amount' | 'money.invalid_weights' | 'input.invalid_id' | 'input.invalid' | 'config.invalid' | 'command.idempotency_conflict' | 'order.not_placed' | 'order.already_placed' | 'order.invalid' | 'order.invalid_transition' | 'order.on_hold' | 'order.cancelled' | 'order.unknown_line' | 'order.invalid_quantity' | 'order.quantity_exceeds_unfulfilled' | 'order.quantity_exceeds_cancellable' | 'order.unknown_shipment' | 'order.duplicate_shipment' | 'payment.unknown' | 'payment.amount_exceeds_available' | 'payment.over_capture' | 'payment.voided' | 'store.concurrency_conflict' | 'store.not_found' | 'store.failure' | 'return.wrong_customer' | 'return.unknown' | 'return.duplicate_id' | 'return.invalid_transition' | 'return.quantity_exceeds_returnable' | 'return.quantity_exceeds_requested' | 'return.nothing_to_refund' | 'return.refund_method_not_allowed' | 'return.exchange_deadline_not_reached' | 'feedback.invalid_answer' | 'metrics.invalid_transaction' | 'clv.degenerate_data' | 'clv.fit_failed' | 'loyalty.insufficient_points' | 'loyalty.redemption_out_of_bounds' | 'loyalty.unknown_redemption' | 'loyalty.already_reversed' | 'loyalty.rule_not_applicable' | 'loyalty.missing_reason' | 'notify.wrong_customer' | 'internal' | 'webhook.signature_mismatch' | 'webhook.stale_timestamp'

/** Every core error code. */
export declare function errorCodes(): Array<ErrorCode>

/** What an exchange settled: each term, and who owes whom. */
export interface ExchangeSettlement {
  /** What came back is worth, less the fees: the credit towards the replacement. */
  credit: Money
  /** The replacement's price. */
  replacementPrice: Money
  /** The balance: positive means the customer pays, negative means the shop refunds. */
  difference: Money
  /** The value of what came back (lines and any shipping refunded), before fees. */
  returnedValue?: Money
  /** The replacement's outbound shipping. */
  replacementShipping?: Money
  /** The return-shipping fee charged. */
  returnShippingFee?: Money
  /** The restocking fee charged. */
  restockingFee?: Money
}

/** Where the goods of an order are. */
export type FulfilmentStatus = 'unfulfilled' | 'partially_fulfilled' | 'fulfilled' | 'partially_delivered' | 'delivered' | 'partially_returned' | 'returned' | 'cancelled'

/** Hit rate at k against the popularity baseline. */
export interface HitRate {
  /** Customers tested. */
  customers: number
  /** With a hit among the suggestions. */
  hits: number
  /** With a hit among the most popular items. */
  popularHits: number
  /** hits / customers. */
  rate: number
  /** popular_hits / customers. */
  popularRate: number
}

/** What a customer had bought, and what they bought next. */
export interface HoldoutCase {
  /** Bought before. */
  before: Array<string>
  /** Bought next. */
  next: Array<string>
}

/** Whether the gap between two amounts is smaller than one minor unit. */
export declare function isSettled(due: string, paid: string, currency: string): boolean

/** The lifecycle stage at `at` of a customer with these purchases; `null` before the first. */
export declare function lifecycleStage(purchases: Array<Date>, at: Date, facts?: StageFacts | undefined | null, rulesInput?: StageRulesInput | undefined | null): StageAssignment | null

/** The decision on one requested line. */
export interface LineDecision {
  /** The order line. */
  line: string
  /** Units requested. */
  quantity: number
  /** Why. */
  reason: ReturnReason
  /** Allowed, denied or review. */
  outcome: Outcome
  /** The deciding reason code. */
  code: DecisionCode
  /** Every rule's verdict. */
  verdicts: Array<RuleVerdict>
  /** When the window closes. */
  windowEnd?: Date
  /** Whole days left in the window. */
  daysLeft?: number
}

/** One ledger entry. */
export interface LoyaltyEntry {
  /** Sequence number (1-based). */
  seq: number
  /** When. */
  at: Date
  /** The command's idempotency key. */
  key: string
  /** Change of available points. */
  points: number
  /** Change of pending points. */
  pending: number
  /** Available balance after the entry. */
  balanceAfter: number
  /** The rule that produced it (`earn.spend`, `award.signup`, `adjust`, `expire`…). */
  rule: string
  /** Why (manual adjustments). */
  reason?: string
  /** What kind of entry. */
  kind: 'earn' | 'release' | 'scheduled' | 'redeem' | 'reverse_redemption' | 'expire' | 'clawback' | 'adjust' | 'debt_paid' | 'tier_changed'
}

/** What a loyalty command did. */
export interface LoyaltyResult {
  /** The new entries. */
  entries: Array<LoyaltyEntry>
  /** The new entries as JSON (append them to the member's ledger). */
  entriesJson: string
}

/** A member's balance, tier and progress. */
export interface LoyaltyStatus {
  /** Customer id. */
  customer: string
  /** Available points. */
  balance: number
  /** Points waiting for delivery and the return window. */
  pending: number
  /** Points owed from clawbacks of spent points. */
  debt: number
  /** Current tier. */
  tier?: string
  /** Since when. */
  tierSince?: Date
  /** Progress to the next tier. */
  progress: TierProgress
  /** Entries applied (the `expectedVersion` for the next command). */
  version: number
}

/**
 * The plain-language summary of a loyalty programme: `{programme, locale}` → `{locale, title,
 * statements}`.
 */
export declare function loyaltySummary(request: string | Record<string, unknown>): Record<string, any>

/** A carrier status code mapped to the normalised status. */
export interface MappedStatus {
  /** The code as sent. */
  rawCode: string
  /** The normalised status; absent when the code is unknown. */
  status?: TrackingStatus
  /** Whether the carrier flagged a delay. */
  delayed: boolean
}

/**
 * Maps an AfterShip, EasyPost, Shippo or Shopify status code to the normalised status.
 * An unknown code keeps its text and has no status.
 */
export declare function mapStatus(source: CarrierSource, code: string): MappedStatus

/**
 * The merchant status from scans (`{occurred_at, status, delayed?}` objects or their JSON), in any
 * arrival order; it never moves backwards.
 */
export declare function merchantStatus(scans: string | Array<CarrierScan>): TrackingStatus

/** Merges survey states of one kind. */
export declare function mergeSurveyStates(states: Array<string>): string

/**
 * The content of a notification intent: `{intent, view?, locale?}` → `{locale, payload,
 * subject, body}`.
 */
export declare function messageContent(request: string | Record<string, unknown>): Record<string, any>

/** An amount in a currency, as the core writes it. */
export interface Money {
  /** Decimal string ("96.67"), at most the currency's minor units. */
  amount: string
  /** ISO 4217 code ("EUR"). */
  currency: string
}

/** Next-purchase timing of a customer with summary (frequency, recency, T) over `horizon`. */
export declare function nextPurchase(params: BgNbdParams, frequency: number, recency: number, t: number, horizon: number): NextPurchase

/** Next-purchase timing from BG/NBD parameters. */
export interface NextPurchase {
  /** P(alive). */
  pAlive: number
  /** P(at least one purchase within the horizon). */
  pWithin: number
  /** Median wait, in the model's time unit; absent when the customer more likely never buys. */
  medianWait?: number
}

/** A message to send: what, to whom, on which channel, when, and its dedupe key. */
export interface NotificationIntent {
  /** What it is about. */
  kind: NotificationKind
  /** Customer id. */
  customer: string
  /** Channel. */
  channel: Channel
  /** When to send (quiet hours already applied). */
  sendAt: Date
  /** Stable key: the same signal never plans a second message. */
  dedupeKey: string
  /** Template variables. */
  payload: Record<string, string>
  /** The recipient's language, from their preferences. */
  locale?: string
}

/** What a customer message is about. */
export type NotificationKind = 'order_confirmed' | 'order_cancelled' | 'fulfilment_delayed' | 'shipped' | 'in_transit_delayed' | 'arriving_tomorrow' | 'out_for_delivery' | 'available_for_pickup' | 'delivery_attempt_failed' | 'delivery_exception' | 'delivered' | 'all_parts_delivered' | 'presumed_lost' | 'return_requested' | 'return_approved' | 'return_declined' | 'return_label_issued' | 'return_reminder_to_ship' | 'return_about_to_expire' | 'return_received' | 'return_refunded' | 'return_exchanged' | 'review_request' | 'survey_request' | 'replenishment_reminder' | 'cross_sell' | 'points_earned' | 'points_about_to_expire' | 'tier_reached' | 'tier_about_to_drop'

/** NPS of 0–10 answers; any other answer is `feedback.invalid_answer` naming the positions. */
export declare function nps(scores: ArrayLike<number> | Float64Array, confidence: number): NpsResult

/** Net Promoter Score with margin of error and adjusted-Wald interval, on −100…100. */
export interface NpsResult {
  /** Answers counted. */
  responses: number
  /** 9–10 answers. */
  promoters: number
  /** 7–8 answers. */
  passives: number
  /** 0–6 answers. */
  detractors: number
  /** Promoters minus detractors, in points. */
  score: number
  /** Margin of error, in points. */
  marginOfError: number
  /** Interval low. */
  low: number
  /** Interval high. */
  high: number
}

/** A return opened on an order. */
export interface OpenedReturn {
  /** The decision it was opened with. */
  report: EligibilityReport
  /** The new events as JSON (append them to the order's stream). */
  eventsJson: string
}

/** Signals for new order events given the events before them. */
export declare function orderSignals(beforeEvents: string | Array<Record<string, unknown>>, newEvents: string | Array<Record<string, unknown>>): Array<Signal>

/** An order's derived state. */
export interface OrderSummary {
  /** Order id. */
  id: string
  /** Customer id. */
  customer: string
  /** ISO 4217 code. */
  currency: string
  /** Where the goods are. */
  fulfilmentStatus: FulfilmentStatus
  /** Where the money is. */
  paymentStatus: PaymentStatus
  /** Order total. */
  total: Money
  /** Still to capture. */
  amountDue: Money
  /** Captured so far. */
  captured: Money
  /** Refunded so far. */
  refunded: Money
  /** Collected beyond what is now due (paid units cancelled), owed back to the customer. */
  refundDue: Money
  /** Shipments in id order. */
  shipments: Array<ShipmentTracking>
  /** Events applied. */
  version: number
}

/**
 * What the customer should see about an order: `{events, policy, now, locale, programme?,
 * ledger?, context?, thresholds?}` → `{headline, shipments (timeline, estimate, next), waiting,
 * next, actions, points, returns}`.
 */
export declare function orderView(request: string | Record<string, unknown>): Record<string, any>

/** What a rule, a line or a whole return request concluded. */
export type Outcome = 'allowed' | 'needs_review' | 'denied'

/** Where the money of an order is. */
export type PaymentStatus = 'not_paid' | 'authorized' | 'partially_paid' | 'paid' | 'partially_refunded' | 'refunded' | 'voided' | 'refund_due'

/**
 * Notification intents for a signal (from `order.handle(...).signals`), given the customer's
 * preferences, the policy and what was already sent (`history`, optional).
 */
export declare function planNotifications(signal: string | Signal, preferences: string | Preferences, policy: NotifyPolicy | string | Record<string, unknown>, history?: string | Array<Record<string, unknown>> | null | undefined): Array<NotificationIntent>

/** A suggested item and why. */
export interface Recommendation {
  /** The item suggested. */
  item: string
  /** The basket item it is most often bought with. */
  because: string
  /** confidence(because → item). */
  confidence: number
  /** lift(because → item). */
  lift: number
  /** Share of baskets holding both. */
  support: number
}

/** A refund line by line, fees as their own lines. */
export interface RefundBreakdown {
  /** Per line. */
  lines: Array<RefundLine>
  /** Original shipping refunded. */
  shipping: Money
  /** Restocking fee deducted. */
  restockingFee: Money
  /** Return shipping fee deducted. */
  returnShippingFee: Money
  /** Lines + shipping − fees, limited to what is refundable. */
  total: Money
  /** Whether the total was cut to what was captured and not yet refunded. */
  capped: boolean
  /** Store-credit bonus on top of the total. */
  storeCreditBonus: Money
  /** Where the money goes. */
  payouts: Array<RefundPayout>
}

/** The refund for the units of one line. */
export interface RefundLine {
  /** The line. */
  line: string
  /** Units refunded. */
  units: number
  /** Merchandise after discounts, without tax. */
  merchandise: Money
  /** Tax. */
  tax: Money
  /** Merchandise + tax. */
  total: Money
}

/** How the customer gets the money back. */
export type RefundMethod = 'original_payment' | 'store_credit' | 'exchange'

/** Money going to one destination: a payment (`payment` set) or store credit. */
export interface RefundPayout {
  /** `payment` or `store_credit`. */
  destination: 'payment' | 'store_credit'
  /** The payment id, for `payment`. */
  payment?: string
  /** How much. */
  amount: Money
}

/**
 * Validates a return policy (JSON string or object); every problem is reported at once as
 * `config.invalid`. Returns the canonical JSON with every default filled in.
 */
export declare function returnPolicy(policy: string | Record<string, unknown>): string

/**
 * The plain-language summary of a return policy: `{policy, programme?, currency, locale}` →
 * `{locale, title, statements}`.
 */
export declare function returnPolicySummary(request: string | Record<string, unknown>): Record<string, any>

/** "Can this still go back, and what would come back?" */
export interface ReturnPreview {
  /** The decision. */
  report: EligibilityReport
  /** The refund once the lines that are not denied come back resellable; absent when all are denied. */
  refund?: RefundBreakdown
}

/** Why the customer returns an item. */
export type ReturnReason = 'changed_mind' | 'does_not_fit' | 'defective' | 'wrong_item' | 'not_as_described' | 'damaged_in_transit' | 'arrived_late' | 'other'

/** Where a return stands. */
export type ReturnStatus = 'requested' | 'approved' | 'declined' | 'label_issued' | 'in_transit' | 'received' | 'refunded' | 'credited' | 'exchanged' | 'charged' | 'cancelled'

/** One return of an order. */
export interface ReturnSummary {
  /** Return id. */
  id: string
  /** Where it stands. */
  status: ReturnStatus
  /** When it was requested. */
  requestedAt: Date
  /** The refund, once paid. */
  refund?: RefundBreakdown
  /** The exchange settlement, once made. */
  exchange?: ExchangeSettlement
}

/** One customer's RFM measures. */
export interface RfmInput {
  /** Days since the last purchase. */
  recencyDays: number
  /** Number of purchases. */
  frequency: number
  /** Spend. */
  monetary: number
}

/** RFM scores (1–5) and the named segment. */
export interface RfmScore {
  /** Recency score. */
  r: number
  /** Frequency score. */
  f: number
  /** Monetary score. */
  m: number
  /** Segment code. */
  segment: 'champions' | 'loyal' | 'potential_loyalists' | 'new' | 'promising' | 'need_attention' | 'about_to_sleep' | 'at_risk' | 'cannot_lose' | 'hibernating' | 'lost'
}

/** RFM scores by quintile and segments, in the input's order. */
export declare function rfmScores(customers: Array<RfmInput>): Array<RfmScore>

/** One rule's verdict on one line. */
export interface RuleVerdict {
  /** The rule (`window`, `quantity`, `non_returnable`, `shipping`, `review_frequency`, `review_value`). */
  rule: string
  /** What it concluded. */
  outcome: Outcome
  /** Stable reason code. */
  code: DecisionCode
  /** The deciding facts (`window_end`, `days_left`, `returnable`…). */
  facts: Record<string, string>
}

/** One shipment of an order. */
export interface ShipmentTracking {
  /** Shipment id. */
  id: string
  /** Carrier name. */
  carrier: string
  /** Tracking number, if known. */
  trackingNumber?: string
  /** Merchant status (delivered once marked delivered). */
  status: TrackingStatus
  /** Promised delivery. */
  promisedBy?: Date
  /** When it was delivered. */
  deliveredAt?: Date
  /** Late / stalled / presumed lost, when `summary(now)` was given a time. */
  delay?: DelayAssessment
}

/** A customer's stage with the rule that decided and its facts. */
export interface StageAssignment {
  /** The stage. */
  stage: 'new' | 'active' | 'at_risk' | 'lapsed' | 'reactivated' | 'advocate'
  /** The rule's code. */
  rule: string
  /** Purchases up to the date. */
  purchases: number
  /** Days since the last purchase. */
  daysSinceLast: number
  /** Median gap between purchases, in days. */
  typicalGapDays?: number
}

/** What else a stage is judged on. */
export interface StageFacts {
  /** The latest NPS answer, 0–10. */
  latestNps?: number
  /** Customers referred who bought. */
  referrals?: number
  /** P(alive) from a fitted model. */
  pAlive?: number
}

/** Customers who moved from one stage to another between dates `step` and `step + 1`. */
export interface StageMove {
  /** The index of the first date. */
  step: number
  /** The stage at the first date (`null`: not a customer yet). */
  from?: string
  /** The stage at the second. */
  to?: string
  /** How many customers. */
  customers: number
}

/** Thresholds of the stage rules; any left out keep their defaults. */
export interface StageRulesInput {
  /** Days a customer stays new (30). */
  newDays?: number
  /** P(alive) below which a customer is at risk (0.5). */
  atRiskPAlive?: number
  /** … lapsed (0.2). */
  lapsedPAlive?: number
  /** Days since the last purchase over the typical gap for at risk (1.5). */
  atRiskGapMultiple?: number
  /** … for lapsed (3). */
  lapsedGapMultiple?: number
  /** With one purchase: days to at risk (90). */
  singleAtRiskDays?: number
  /** … to lapsed (180). */
  singleLapsedDays?: number
}

/** Every customer's stage at each date (ascending) and the moves between consecutive dates. */
export declare function stageTransitions(customers: Array<CustomerPurchases>, dates: Array<Date>, rulesInput?: StageRulesInput | undefined | null): StageTransitions

/** Stages at each date and the moves between consecutive dates. */
export interface StageTransitions {
  /** Per customer, in the input's order. */
  stages: Array<CustomerStages>
  /** Non-empty moves, by step. */
  moves: Array<StageMove>
}

/** Counts answers of a kind (`nps`, `csat` on 1–5, `ces`) into a survey state (stable JSON). */
export declare function surveyState(kind: 'nps' | 'csat' | 'ces', scores: Array<number>): string

/** Units taken out of a line: amount × taken ÷ remaining, half-up; the last unit takes the rest. */
export declare function takeUnits(amount: string, currency: string, taken: number, remaining: number): string

/** What qualifies a member for a loyalty tier. */
export type TierMetric = 'net_spend' | 'points_earned' | 'orders'

/** Progress towards the next tier. */
export interface TierProgress {
  /** What qualifies. */
  metric: TierMetric
  /** The metric in the current window (decimal string: spend, points or orders). */
  value: string
  /** Where the window starts; absent for lifetime. */
  windowStart?: Date
  /** The next tier above the current one. */
  nextTier?: string
  /** Its threshold (decimal string). */
  nextThreshold?: string
  /** How much more it needs (decimal string, never negative). */
  remaining?: string
}

/** The normalised status of a shipment ("delayed" is a flag, not a status). */
export type TrackingStatus = 'pending' | 'info_received' | 'in_transit' | 'out_for_delivery' | 'available_for_pickup' | 'attempt_failed' | 'delivered' | 'exception' | 'returning_to_sender' | 'returned_to_sender' | 'lost' | 'cancelled' | 'expired'

/**
 * Verifies that a webhook comes from `source` (`aftership`, `easypost`, `shippo`, `shopify`):
 * `body` the raw request body (a Buffer, or the exact text), `signature` the value of the
 * source's signature header, `secrets` one secret or two while rotating, `now` the current time
 * (default: the clock) and `toleranceSeconds` for signed timestamps (default 300). Returns
 * nothing when verified; throws `webhook.signature_mismatch` or `webhook.stale_timestamp`.
 */
export declare function verifyWebhook(source: CarrierSource, body: Uint8Array | string, signature: string, secrets: string | string[], now?: Date | string | null | undefined, toleranceSeconds?: number | null | undefined): void
