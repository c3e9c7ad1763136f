// Type-checked with `tsc --noEmit --strict`: the published types are enough to use the package,
// and statuses and codes are string-literal unions (the @ts-expect-error lines must fail to type).
import * as pp from '../index.js'

const m: pp.MappedStatus = pp.mapStatus('shopify', 'delayed')
const status: pp.TrackingStatus | null = m.status
// @ts-expect-error: not a tracking status
const wrong: pp.TrackingStatus = 'teleported'
const parts: string[] = pp.allocate('10.00', 'USD', ['1', '1', '1'])

const order: pp.Order = pp.Order.place({ id: 'o', customer: 'c', currency: 'EUR', placedAt: '2026-03-01T09:00:00Z', lines: [] }, 'k', new Date())
// the order document is typed from the core's contract (contract.d.ts): a misspelt field, a
// missing one or a number for an amount is a compile error
const placement: pp.Input<pp.NewOrder> = {
  id: 'o2', customer: 'c', currency: 'EUR', placedAt: '2026-03-01T09:00:00Z', taxMode: 'inclusive',
  lines: [{ id: 'l1', sku: 'BOOT', title: 'Boots', quantity: 1, unitPrice: { amount: '129.00', currency: 'EUR' }, flags: { finalSale: true } }],
}
pp.Order.place(placement, 'k-typed', new Date())
// @ts-expect-error: `placedOn` is not a field of NewOrder (the field is placedAt)
pp.Order.place({ id: 'o3', customer: 'c', currency: 'EUR', placedOn: '2026-03-01T09:00:00Z', lines: [] }, 'k3', new Date())
// @ts-expect-error: an amount is a decimal string, never a number
const badLine: pp.NewLine = { id: 'l', sku: 's', title: 't', quantity: 1, unitPrice: { amount: 129, currency: 'EUR' } }
// @ts-expect-error: tax_mode is "exclusive" or "inclusive"
const badMode: pp.NewOrder['taxMode'] = 'included'
// commands are a union tagged by `type`, each with its own fields
order.handle({ type: 'cancel_units', lines: [{ line: 'l1', quantity: 1 }], reason: 'changed mind' }, 'k4', new Date())
// @ts-expect-error: cancel_units needs its reason
order.handle({ type: 'cancel_units', lines: [{ line: 'l1', quantity: 1 }] }, 'k5', new Date())
// @ts-expect-error: not a command type
order.handle({ type: 'teleport' }, 'k6', new Date())
// @ts-expect-error: a return's reason is one of the core's codes
order.previewReturn({ id: 'r2', customer: 'c', lines: [{ line: 'l1', quantity: 1, reason: 'bored' }], method: 'original_payment' }, {}, null, new Date())
const result: pp.CommandResult = order.handle({ type: 'confirm' }, 'k2', '2026-03-01T09:00:00Z')
const summary: pp.OrderSummary = order.summary(new Date())
const fulfilment: pp.FulfilmentStatus = summary.fulfilmentStatus
const total: pp.Money = summary.total
const late: boolean | undefined = summary.shipments[0]?.delay?.late

const preview: pp.ReturnPreview = order.previewReturn({ id: 'r', customer: 'c', lines: [], method: 'original_payment' }, {}, null, new Date())
const code: pp.DecisionCode | undefined = preview.report.lines[0]?.code
const outcome: pp.Outcome = preview.report.outcome
const refund: string | undefined = preview.refund?.total.amount
const windowEnd: Date | null | undefined = preview.report.lines[0]?.windowEnd

const member = new pp.Member('c-1')
const loyalty: pp.LoyaltyResult = member.handle({ type: 'award', award: { kind: 'signup' } }, { currency: 'USD', earning: { signup: 100 } }, 'k', new Date())
// @ts-expect-error: an award names its kind
member.handle({ type: 'award', award: {} }, { currency: 'USD', earning: { signup: 100 } }, 'k2', new Date())
const st: pp.LoyaltyStatus = member.status('{"currency": "USD", "earning": {}}', '2026-03-01T00:00:00Z')
const next: string | null = st.progress.nextTier

const intents: pp.NotificationIntent[] = pp.planNotifications(result.signals[0], { customer: 'c', marketingConsent: true }, {})
// @ts-expect-error: preferences name their customer
pp.planNotifications(result.signals[0], { push: true }, {})
const happened: Date = result.signals[0].occurredAt
const channel: pp.Channel | undefined = intents[0]?.channel
const sendAt: Date | undefined = intents[0]?.sendAt

const n: pp.NpsResult = pp.nps(new Float64Array([10, 9, 0]), 0.95)
const errorCode: pp.ErrorCode = 'money.unknown_currency'
const codes: pp.ErrorCode[] = pp.errorCodes()
const decisions: pp.DecisionCode[] = pp.decisionCodes()
try {
  pp.currencyMinorUnits('XYZ')
} catch (e) {
  const c = (e as Error & { code: pp.ErrorCode }).code
  console.log(c)
}
console.log(status, wrong, parts, fulfilment, total, late, code, outcome, refund, windowEnd, loyalty, next, channel, sendAt, n.score, errorCode, codes, decisions)

// configurations, stored events and entries, and the customer's side are typed from the contract too
const policy = new pp.ReturnPolicy({ window: { days: 30 }, timeZone: 'Europe/Rome', restockingFee: { perReason: { changed_mind: { percent: '10' } } } })
// @ts-expect-error: `windw` is not a field of a return policy
new pp.ReturnPolicy({ windw: { days: 30 } })
// @ts-expect-error: a fee is a percent or a fixed amount, as a decimal string
new pp.ReturnPolicy({ restockingFee: { default: { percent: 10 } } })
const events: pp.OrderEvent[] = order.events()
const at: Date = events[0].at
const again: pp.Order = pp.Order.fromEvents(events)
pp.Order.fromEvents(order.eventsJson())
// @ts-expect-error: an event has a change, not a kind
pp.Order.fromEvents([{ schemaVersion: 2, key: 'k', fingerprint: 'f', at: new Date(), kind: 'placed' }])
const entries: pp.LedgerEntry[] = member.entries()
const balanceAfter: number = entries[0].balanceAfter
pp.Member.fromEntries('c-1', entries)
const view: pp.OrderView = pp.orderView({ events, policy: { window: { days: 30 } }, now: new Date(), locale: 'en' })
const headline: string = view.headline.text
// @ts-expect-error: a view request needs the time it is asked at
pp.orderView({ events, policy: {}, locale: 'en' })
const summaryText: pp.PlainSummary = pp.loyaltySummary({ programme: { currency: 'EUR', earning: {} }, locale: 'it-IT' })
pp.planNotifications(result.signals[0], { customer: 'c' }, {}, [{ kind: 'shipped', channel: 'email', dedupeKey: 'order:o:shipped', sendAt: new Date() }])

// the journey's inputs are contract documents too
const scores: pp.RfmScore[] = pp.rfmScores([{ recencyDays: 3, frequency: 2, monetary: 40 }])
// @ts-expect-error: the measure is recencyDays
pp.rfmScores([{ recency: 3, frequency: 2, monetary: 40 }])
// @ts-expect-error: a carrier source is one of the four names
pp.mapStatus('fedex', 'InTransit')
pp.nextPurchase({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4, variant: 'modified' }, 2, 30, 40, 30)
