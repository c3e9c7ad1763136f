// The platform adapters from Node: the same fixtures the Rust suite reads (written from the
// platforms' documentation, core/platforms/tests/fixtures), a delivery verified over its raw body,
// a Shopify order built webhook by webhook, duplicates and late bodies changing nothing, and
// fast-check's mutations of real bodies giving a plan or a documented error, never a crash.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { createHmac } = require('node:crypto')
const fc = require('fast-check')
const pp = require('..')

const FIXTURES = path.join(__dirname, '..', '..', 'core', 'platforms', 'tests', 'fixtures')
const body = (file) => fs.readFileSync(path.join(FIXTURES, file))
const sign = (raw, secret) => createHmac('sha256', secret).update(raw).digest('base64')

/** Plans a body against the stored events and returns the events after it. */
function apply(events, platform, topic, file) {
  const seen = pp.PlatformBody.read(platform, topic, body(file))
  const order = events.length ? pp.Order.fromEvents(events) : null
  const plan = seen.plan(order)
  assert.equal(plan.expectedVersion, events.length)
  return { events: events.concat(JSON.parse(plan.eventsJson)), plan }
}

test('a Shopify delivery is verified with either secret of a rotation, and a forged one is refused', () => {
  const raw = body('shopify/orders_create.json')
  for (const secret of ['old', 'new']) {
    const headers = { 'x-shopify-hmac-sha256': sign(raw, secret), 'x-shopify-topic': 'orders/create', 'x-shopify-event-id': 'e-1' }
    assert.deepEqual(pp.verifyDelivery('shopify', headers, raw, ['new', 'old']), { platform: 'shopify', id: 'e-1', topic: 'orders/create' })
  }
  const timed = { 'x-shopify-hmac-sha256': sign(raw, 'new'), 'x-shopify-topic': 'returns/request', 'x-shopify-event-id': 'e-3', 'x-shopify-triggered-at': '2026-03-11T09:00:00Z' }
  assert.equal(pp.verifyDelivery('shopify', timed, raw, 'new').triggeredAt.toISOString(), '2026-03-11T09:00:00.000Z')
  const forged = { 'x-shopify-hmac-sha256': sign(raw, 'mallory'), 'x-shopify-topic': 'orders/create', 'x-shopify-event-id': 'e-2' }
  assert.throws(() => pp.verifyDelivery('shopify', forged, raw, 'new'), (e) => e.code === 'webhook.signature_mismatch')
  const woo = body('woocommerce/order_created.json')
  const wooHeaders = { 'X-WC-Webhook-Signature': sign(woo, 's'), 'X-WC-Webhook-Topic': 'order.created', 'X-WC-Webhook-Delivery-ID': '77' }
  assert.equal(pp.verifyDelivery('woocommerce', wooHeaders, woo, 's').id, '77')
  assert.throws(() => pp.verifyDelivery('medusa', {}, woo, 's'), (e) => e.code === 'input.invalid')
})

test('a Shopify order, webhook by webhook, as the Rust suite builds it', () => {
  let { events, plan } = apply([], 'shopify', 'orders/create', 'shopify/orders_create.json')
  assert.deepEqual(plan.steps.map((s) => s.command.type), ['place', 'capture_payment'])
  assert.equal(plan.steps[1].command.amount.amount, '210.34')
  assert.ok(plan.steps[0].at instanceof Date)
  for (const [topic, file] of [
    ['fulfillments/create', 'shopify/fulfillments_create_partial.json'],
    ['fulfillments/update', 'shopify/fulfillments_update_in_transit.json'],
    ['fulfillments/update', 'shopify/fulfillments_update_delivered.json'],
    ['refunds/create', 'shopify/refunds_create_no_restock.json'],
  ]) {
    ({ events } = apply(events, 'shopify', topic, file))
  }
  const order = pp.Order.fromEvents(events)
  const summary = order.summary(new Date('2026-03-11T00:00:00Z'))
  assert.equal(summary.refunded.amount, '50.00')
  assert.equal(summary.shipments[0].status, 'delivered')
  // the same delivery again, a late update and the whole order again: nothing to do
  for (const [topic, file] of [
    ['fulfillments/update', 'shopify/fulfillments_update_delivered.json'],
    ['fulfillments/update', 'shopify/fulfillments_update_in_transit.json'],
    ['refunds/create', 'shopify/refunds_create_no_restock.json'],
  ]) {
    assert.equal(pp.PlatformBody.read('shopify', topic, body(file)).plan(order).steps.length, 0, file)
  }
})

test('platform returns: a Shopify refund pays its return, a Medusa return is received and paid, each once', () => {
  let { events } = apply([], 'shopify', 'orders/create', 'shopify/orders_create.json')
  for (const [topic, file] of [
    ['fulfillments/create', 'shopify/fulfillments_create_partial.json'],
    ['fulfillments/update', 'shopify/fulfillments_update_delivered.json'],
  ]) {
    ({ events } = apply(events, 'shopify', topic, file))
  }
  // a strict policy (final sale on everything) denies it; the platform accepted it, so it is approved over the denial
  const strict = new pp.ReturnPolicy({ window: { days: 1 } })
  const seen = pp.PlatformBody.read('shopify', 'refunds/create', body('shopify/refunds_create_return.json'))
  const plan = seen.plan(pp.Order.fromEvents(events), strict)
  assert.deepEqual(plan.steps.map((s) => s.key.split(':')[1]), ['return', 'return-approve', 'return-receive', 'refund'])
  assert.equal(plan.steps[1].command.command.overrideReason, 'accepted on shopify')
  assert.equal(plan.steps[3].command.command.action, 'record_refund')
  events = events.concat(JSON.parse(plan.eventsJson))
  const order = pp.Order.fromEvents(events)
  const [ret] = order.returns()
  assert.equal(ret.status, 'refunded')
  assert.equal(ret.refund.total.amount, '195.34')
  assert.equal(ret.refund.restockingFee.amount, '5.00')
  assert.equal(seen.plan(order, strict).steps.length, 0, 'the same delivery again changes nothing')
  assert.throws(() => seen.plan(order, { window: { days: -1 } }), (e) => e.code === 'config.invalid')

  let medusa = apply([], 'medusa', '', 'medusa/order_placed.json').events
  for (const file of ['medusa/order_shipped.json', 'medusa/order_delivered_refunded.json', 'medusa/order_return_requested.json', 'medusa/order_returned.json']) {
    medusa = apply(medusa, 'medusa', '', file).events
  }
  // a Shopify return body needs the delivery's time: without it the field is named
  assert.throws(() => pp.PlatformBody.read('shopify', 'returns/request', body('shopify/returns_request.json')), (e) => e.code === 'platform.unmappable' && /triggered_at/.test(e.message))
  const asked = pp.PlatformBody.read('shopify', 'returns/decline', body('shopify/returns_decline.json'), new Date('2026-03-12T00:00:00Z'))
  assert.equal(asked.orderId, '820982911946154508')
  const [back] = pp.Order.fromEvents(medusa).returns()
  assert.equal(back.status, 'refunded')
  assert.equal(back.refund.total.amount, '30.00')
  assert.equal(pp.Order.fromEvents(medusa).summary(new Date('2026-03-13T00:00:00Z')).refunded.amount, '42.50')
})

test('WooCommerce and Medusa bodies, and what cannot be mapped is named', () => {
  let { events } = apply([], 'woocommerce', 'order.created', 'woocommerce/order_created.json')
  ;({ events } = apply(events, 'woocommerce', 'order.updated', 'woocommerce/order_updated_paid.json'))
  assert.equal(pp.Order.fromEvents(events).summary().paymentStatus, 'paid')
  const medusa = apply([], 'medusa', '', 'medusa/order_placed.json')
  assert.equal(medusa.plan.steps.length, 3)
  assert.throws(
    () => pp.PlatformBody.read('woocommerce', 'order.updated', body('woocommerce/order_with_fee.json')),
    (e) => e.code === 'platform.unmappable' && /field: fee_lines/.test(e.message),
  )
  assert.throws(() => pp.PlatformBody.read('shopify', 'carts/create', '{}'), (e) => e.code === 'platform.unmappable' && /topic/.test(e.message))
  const early = pp.PlatformBody.read('shopify', 'fulfillments/create', body('shopify/fulfillments_create_partial.json'))
  assert.equal(early.orderId, '820982911946154508')
  assert.throws(() => early.plan(null), (e) => e.code === 'order.not_placed')
})

test('mutated real bodies give a plan or a documented error, never a crash', () => {
  const codes = new Set(pp.errorCodes())
  const original = JSON.parse(body('shopify/orders_create.json'))
  const paths = []
  const walk = (v, at) => {
    if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], at.concat([k]))
    paths.push(at)
  }
  walk(original, [])
  const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}),
    fc.constantFrom('-1', '1e309', '0.001', '99999999999999999999999999999', 'NaN', ''))
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), junk), { minLength: 1, maxLength: 4 }), (edits) => {
    const doc = structuredClone(original)
    for (const [i, value] of edits) {
      const at = paths[i]
      if (at.length === 0) continue
      let parent = doc
      for (const k of at.slice(0, -1)) parent = parent?.[k]
      if (parent && typeof parent === 'object') parent[at[at.length - 1]] = value
    }
    try {
      pp.PlatformBody.read('shopify', 'orders/create', JSON.stringify(doc)).plan(null)
    } catch (e) {
      if (!(e instanceof Error) || !codes.has(e.code)) throw e
    }
  }), { numRuns: 300 })
})
