/* The documents the core takes, generated from its types (core/tests/contract.rs): do not edit. */
/* Amounts are decimal strings and times RFC 3339 strings with an offset, as the core reads them. */
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
/** Properties of a line that return policies look at. */
export interface LineFlags {
  /** A digital good: never shipped. */
  digital?: boolean
  /** Sold as final sale: not returnable. */
  final_sale?: boolean
  /** Hygiene goods (cosmetics, underwear) once unsealed. */
  hygiene?: boolean
  /** Perishable goods. */
  perishable?: boolean
  /** Made to the customer's specification. */
  personalised?: boolean
}
/** Identifies a line of an order (unique within the order). */
export type LineId = string
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
  unit_price: Money
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
  placed_at: string
  /** Shipping charged, if any. */
  shipping?: Money | null
  /** Whether prices include tax. */
  tax_mode?: TaxMode
}
/** Identifies an order. */
export type OrderId = string
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
