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
