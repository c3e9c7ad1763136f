// What the plugin does, free of Medusa's runtime (the module, subscriber and routes wire it in):
// keep each Medusa order as a postpurchase order, built from the order document Medusa's query
// gives, and answer the customer view and the return check from it.
import pp = require("postpurchase")

/** The order fields the adapter reads (`query.graph` computes the totals it is asked for). */
export const ORDER_FIELDS = [
  "id", "status", "currency_code", "customer_id", "created_at", "updated_at", "canceled_at", "total",
  "items.*", "items.tax_lines.*", "items.adjustments.*", "items.tax_total", "items.discount_total",
  "shipping_methods.*", "shipping_methods.total",
  "payment_collections.*", "payment_collections.payments.*", "payment_collections.payments.refunds.*",
  "fulfillments.*", "fulfillments.items.*", "fulfillments.labels.*",
  "returns.*", "returns.items.*", "transactions.*",
]

/** The events the plugin follows, and how each names its order. */
export const ORDER_EVENTS = [
  "order.placed", "order.updated", "order.canceled", "order.fulfillment_created", "shipment.created",
  "delivery.created", "order.return_requested", "order.return_received", "order.exchange_created", "order.claim_created",
]

/** The part of Medusa's query the plugin uses. */
export interface Query {
  graph(config: { entity: string; fields: string[]; filters: Record<string, unknown> }): Promise<{ data: any[] }>
}

/** The plugin's options (in medusa-config: `modules: [{ resolve: "./src/modules/post-purchase", options }]`). */
export interface Options {
  /** A SQLite file or a `postgres://` URL (schema `postpurchase`). */
  db?: string
  /** The shop's return policy (postpurchase's `ReturnPolicy` document). */
  returnPolicy?: Record<string, unknown>
}

/** The order an event is about: its own id, or its fulfilment's order (looked up through the link). */
export async function orderIdOf(event: string, data: Record<string, any>, query: Query): Promise<string | null> {
  if (typeof data.order_id === "string") return data.order_id
  if (event === "shipment.created" || event === "delivery.created") {
    const { data: links } = await query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id: data.id } })
    return links[0]?.order_id ?? null
  }
  return typeof data.id === "string" ? data.id : null
}

export class PostPurchase {
  readonly store: InstanceType<typeof pp.Store>
  readonly policy: Record<string, unknown>

  constructor(options: Options = {}) {
    const db = options.db ?? "post-purchase.sqlite"
    this.store = new pp.Store(db, db.startsWith("postgres") ? "postpurchase" : undefined)
    this.policy = options.returnPolicy ?? { window: { days: 30, starts: "item_delivered" } }
  }

  private stream(orderId: string): string {
    return `order-medusa-${orderId}`
  }

  /** The stored order, or null. */
  order(orderId: string): InstanceType<typeof pp.Order> | null {
    const events = this.store.load(this.stream(orderId))
    return events.length ? pp.Order.fromEvents(events) : null
  }

  /** Brings the stored order to what Medusa's order document says; returns the commands applied. */
  record(document: Record<string, unknown>): string[] {
    const seen = pp.PlatformBody.read("medusa", "", JSON.stringify({ order: document }))
    const plan = seen.plan(this.order(seen.orderId), this.policy as any)
    if (plan.steps.length) this.store.commit(this.stream(seen.orderId), plan.expectedVersion, JSON.parse(plan.eventsJson))
    return plan.steps.map((s) => s.command.type)
  }

  /** Fetches the order through Medusa's query and records it. */
  async sync(query: Query, orderId: string): Promise<string[]> {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
    if (!data[0]) throw Object.assign(new Error(`no order ${orderId}`), { code: "store.not_found" })
    return this.record(data[0])
  }

  /** What the customer sees about the order, in `locale`. */
  view(orderId: string, locale = "en", now: Date = new Date()) {
    const events = this.store.load(this.stream(orderId))
    if (!events.length) return null
    return pp.orderView({ events, policy: this.policy as any, now, locale })
  }

  /** The eligibility engine's verdict on returning `items` (Medusa line item ids and quantities),
   *  line by line with the rule that decided and its facts. */
  checkReturn(orderId: string, items: Array<{ id: string; quantity: number }>, now: Date = new Date()) {
    const order = this.order(orderId)
    if (!order) return null
    const summary = order.summary()
    const request = {
      id: `check-${orderId}`,
      customer: summary.customer,
      lines: items.map((i) => ({ line: i.id, quantity: i.quantity, reason: "changed_mind" as const })),
      method: "original_payment" as const,
    }
    const { report } = order.previewReturn(request, this.policy as any, null, now)
    return {
      allowed: report.outcome !== "denied",
      outcome: report.outcome,
      lines: report.lines.map((l) => ({ line: l.line, outcome: l.outcome, code: l.code, daysLeft: l.daysLeft ?? null,
        because: l.verdicts.filter((v) => v.outcome === "denied").map((v) => ({ rule: v.rule, code: v.code, facts: v.facts })) })),
    }
  }
}
