// The plugin's handlers on recorded Medusa payloads, without a Medusa server: the events Medusa
// 2.21 emits (their `data` as core-flows writes it), a query that answers with the order
// documents the adapter's fixtures hold (core/platforms/tests/fixtures/medusa, written from
// Medusa's admin API reference), the customer view route's answer and the return check.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { PostPurchase, orderIdOf, ORDER_EVENTS } = require('../dist/lib/post-purchase')
const { checkReturn } = require('../dist/api/middlewares')

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'core', 'platforms', 'tests', 'fixtures', 'medusa')
const doc = (file) => JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8')).order
const ORDER = 'order_01JDQ8H3W0C5J3T6Z6B9N8X7Y1'

/** A query that answers as Medusa's would, from the document of the moment. */
function queryOf(state) {
  return {
    calls: [],
    async graph({ entity, filters }) {
      this.calls.push(entity)
      if (entity === 'order_fulfillment') return { data: filters.fulfillment_id === 'ful_01JDQ9' ? [{ order_id: ORDER }] : [] }
      if (entity === 'order') return { data: filters.id === ORDER ? [state.order] : [] }
      throw new Error(`unexpected entity ${entity}`)
    },
  }
}

function service() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-medusa-'))
  return new PostPurchase({ db: path.join(dir, 'pp.sqlite'), returnPolicy: { window: { days: 14, starts: 'item_delivered' } } })
}

test('each event Medusa emits names its order, directly or through its fulfilment', async () => {
  const q = queryOf({})
  assert.equal(await orderIdOf('order.placed', { id: ORDER }, q), ORDER)
  assert.equal(await orderIdOf('order.return_requested', { order_id: ORDER, return_id: 'ret_1' }, q), ORDER)
  assert.equal(await orderIdOf('shipment.created', { id: 'ful_01JDQ9', no_notification: false }, q), ORDER)
  assert.equal(await orderIdOf('delivery.created', { id: 'ful_unknown' }, q), null)
  for (const e of ['order.placed', 'shipment.created', 'delivery.created', 'order.canceled', 'order.return_requested', 'order.exchange_created', 'order.claim_created']) {
    assert.ok(ORDER_EVENTS.includes(e), e)
  }
})

test('placed, shipped, delivered and refunded: the view follows, a late event changes nothing', async () => {
  const s = service()
  const state = { order: doc('order_placed.json') }
  const q = queryOf(state)
  assert.deepEqual(await s.sync(q, await orderIdOf('order.placed', { id: ORDER }, q)), ['place', 'authorize_payment', 'capture_payment'])
  state.order = doc('order_shipped.json')
  assert.deepEqual(await s.sync(q, await orderIdOf('shipment.created', { id: 'ful_01JDQ9' }, q)), ['create_shipment', 'record_tracking'])
  let view = s.view(ORDER, 'en', new Date('2026-03-04T00:00:00Z'))
  assert.equal(view.shipments[0].status, 'in_transit')
  assert.equal(view.shipments[0].trackingNumber, 'MED-00042')
  state.order = doc('order_delivered_refunded.json')
  assert.deepEqual(await s.sync(q, ORDER), ['record_tracking', 'refund_payment'])
  // the same event delivered twice: nothing new
  assert.deepEqual(await s.sync(q, ORDER), [])
  view = s.view(ORDER, 'it', new Date('2026-03-06T00:00:00Z'))
  assert.equal(view.locale, 'it')
  assert.equal(view.shipments[0].status, 'delivered')
  assert.equal(s.view('order_missing'), null)
})

test('a return requested, received and paid on Medusa: the view follows it to refunded', async () => {
  const s = service()
  const state = { order: doc('order_delivered_refunded.json') }
  const q = queryOf(state)
  await s.sync(q, ORDER)
  state.order = doc('order_return_requested.json')
  assert.deepEqual(await s.sync(q, await orderIdOf('order.return_requested', { order_id: ORDER, return_id: 'return_01' }, q)), ['return'])
  let view = s.view(ORDER, 'en', new Date('2026-03-09T00:00:00Z'))
  assert.equal(view.returns[0].status, 'approved')
  state.order = doc('order_returned.json')
  assert.deepEqual(await s.sync(q, ORDER), ['return', 'return'], 'received, then the refund recorded on it')
  view = s.view(ORDER, 'it', new Date('2026-03-13T00:00:00Z'))
  assert.equal(view.returns[0].status, 'refunded')
  assert.equal(view.returns[0].refunded.amount, '30.00')
  assert.deepEqual(await s.sync(q, ORDER), [])
})

test('the return check: allowed inside the window, refused with the rule and its facts after it', async () => {
  const s = service()
  const state = { order: doc('order_delivered_refunded.json') }
  await s.sync(queryOf(state), ORDER)
  const items = [{ id: 'ordli_01JDQ8H3W1', quantity: 1 }]
  assert.equal(s.checkReturn(ORDER, items, new Date('2026-03-10T00:00:00Z')).allowed, true)
  const late = s.checkReturn(ORDER, items, new Date('2026-04-10T00:00:00Z'))
  assert.equal(late.allowed, false)
  assert.equal(late.lines[0].code, 'return.window_closed')
  assert.deepEqual(late.lines[0].because.map((b) => b.rule), ['window'])
  // the store route's middleware answers 400 with the verdict, and lets an allowed return through
  const res = { code: 0, body: null, status(c) { this.code = c; return this }, json(b) { this.body = b } }
  let passed = false
  const req = { body: { order_id: ORDER, items: [{ id: 'ordli_01JDQ8H3W1', quantity: 5 }] }, scope: { resolve: () => s } }
  await checkReturn(req, res, () => { passed = true })
  assert.equal(passed, false)
  assert.equal(res.code, 400)
  assert.equal(res.body.verdict.lines[0].because[0].rule, 'quantity')
})
