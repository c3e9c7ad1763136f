// Fuzzing the Node API with fast-check. The oracle for every call: a value, or an Error whose
// `code` is one of the core's documented codes; never a crash, a hang or a foreign exception.
// After random sequences that succeed, refunds never exceed what was captured and replaying the
// events rebuilds the same state. Bounded: a few thousand runs, a few seconds.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fc = require('fast-check')
const pp = require('..')

const CODES = new Set(pp.errorCodes())
const NOW = '2026-03-01T09:00:00Z'
const RUNS = { numRuns: 300 }

function oracle(call) {
  try {
    return call()
  } catch (e) {
    if (!(e instanceof Error) || !CODES.has(e.code)) throw e
    return undefined
  }
}

const KEYS = ['id', 'customer', 'currency', 'placed_at', 'lines', 'sku', 'title', 'quantity', 'unit_price', 'amount', 'type',
  'payment', 'shipment', 'carrier', 'at', 'line', 'reason', 'method', 'window', 'days', 'earning', 'points', 'kind']
const WORDS = ['USD', 'JPY', 'l1', 'c-1', 'card', NOW, 'capture_payment', 'create_shipment', 'refund_payment', 'adjust',
  '-1', '1e400', 'NaN', '0.004999999999999999999999999999999', '79228162514264337593543950335', '\u0000', 'é'.repeat(70)]
const leaf = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 12 }),
  fc.constantFrom(...WORDS), fc.bigInt().map(String), fc.date({ noInvalidDate: false }))
const { doc } = fc.letrec((tie) => ({
  doc: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('doc'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('doc'), { maxKeys: 6 })),
}))
const anything = fc.oneof(doc, fc.anything())

const usd = (a) => ({ amount: a, currency: 'USD' })
const newOrder = () => pp.Order.place({ id: 'o-1', customer: 'c-1', currency: 'USD', placed_at: NOW,
  lines: [{ id: 'l1', sku: 'S', title: 'T', quantity: 3, unit_price: usd('100.00') }] }, 'place', NOW)

test('placing and commanding orders with any value', () => {
  fc.assert(fc.property(anything, anything, anything, (d, key, now) => {
    oracle(() => pp.Order.place(d, 'k', NOW))
    oracle(() => pp.Order.place(d, key, now))
    const o = newOrder()
    const before = o.stateJson()
    if (oracle(() => o.handle(d, 'k', NOW)) === undefined) assert.equal(o.stateJson(), before, 'a refused command changed the order')
  }), RUNS)
})

test('configurations, returns, loyalty and notifications with any value', () => {
  fc.assert(fc.property(anything, anything, (a, b) => {
    oracle(() => pp.returnPolicy(a))
    oracle(() => new pp.ReturnPolicy(a))
    oracle(() => new pp.LoyaltyProgramme(a))
    oracle(() => new pp.NotifyPolicy(a))
    oracle(() => newOrder().previewReturn(a, { window: { days: 30 } }, b, NOW))
    oracle(() => new pp.Member('c-1').handle(a, { currency: 'USD', earning: {} }, 'k', NOW))
    oracle(() => pp.planNotifications(a, b, {}, null))
  }), RUNS)
})

test('money, tracking, surveys and webhooks with any value', () => {
  fc.assert(fc.property(anything, anything, anything, (a, b, c) => {
    oracle(() => pp.allocate(a, b, c))
    oracle(() => pp.takeUnits(a, b, c, 3))
    oracle(() => pp.isSettled(a, b, c))
    oracle(() => pp.currencyMinorUnits(a))
    oracle(() => pp.mapStatus(a, b))
    oracle(() => pp.merchantStatus(a))
    oracle(() => pp.nps(a, 0.95))
    oracle(() => pp.csat(a, b))
    oracle(() => pp.ces(a))
    oracle(() => pp.verifyWebhook('shippo', a, b, c))
    oracle(() => pp.verifyWebhook(a, 'body', b, 'k'))
  }), RUNS)
})

test('refunds over any interleaving never exceed the capture, and replay is exact', () => {
  const step = fc.oneof(
    fc.tuple(fc.constant('capture'), fc.integer({ min: 1, max: 400 })),
    fc.tuple(fc.constant('refund'), fc.integer({ min: 1, max: 400 })),
    fc.tuple(fc.constant('ship'), fc.integer({ min: 1, max: 3 })),
    fc.tuple(fc.constant('return'), fc.constantFrom('original_payment', 'store_credit')),
  )
  fc.assert(fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
    const o = newOrder()
    const policy = new pp.ReturnPolicy({ window: { days: 30 }, require: 'none' })
    steps.forEach(([kind, v], i) => {
      const at = new Date(Date.parse(NOW) + (i + 1) * 3600e3)
      if (kind === 'capture') oracle(() => o.handle({ type: 'capture_payment', payment: 'card', amount: usd(`${v}.00`) }, `k${i}`, at))
      if (kind === 'refund') oracle(() => o.handle({ type: 'refund_payment', payment: 'card', amount: usd(`${v}.00`) }, `k${i}`, at))
      if (kind === 'ship') {
        oracle(() => o.handle({ type: 'create_shipment', shipment: { id: `s${i}`, carrier: 'ups', lines: [{ line: 'l1', quantity: v }] } }, `k${i}`, at))
        oracle(() => o.handle({ type: 'mark_delivered', shipment: `s${i}`, at }, `d${i}`, at))
      }
      if (kind === 'return') {
        const req = { id: `r${i}`, customer: 'c-1', method: v, lines: [{ line: 'l1', quantity: 1, reason: 'does_not_fit' }] }
        if (oracle(() => o.openReturn(req, policy, null, `k${i}`, at)) !== undefined) {
          oracle(() => o.handle({ type: 'return', command: { action: 'receive', return_id: `r${i}`, items: [{ line: 'l1', quantity: 1, condition: 'resellable' }] } }, `i${i}`, at))
          oracle(() => o.handle({ type: 'return', command: { action: 'refund', return_id: `r${i}` } }, `p${i}`, at))
        }
      }
      const s = JSON.parse(o.stateJson())
      const captured = Object.values(s.payments).reduce((t, p) => t + Number(p.captured.amount), 0)
      const refunded = Object.values(s.payments).reduce((t, p) => t + Number(p.refunded.amount), 0)
      assert.ok(refunded + Number(s.store_credit_issued.amount) <= captured + 1e-9, `${refunded} + ${s.store_credit_issued.amount} > ${captured}`)
    })
    assert.equal(pp.Order.fromEvents(o.eventsJson()).stateJson(), o.stateJson())
  }), { numRuns: 100 })
})

test('customer requests with any value', () => {
  const calls = [pp.orderView, pp.answerQuestion, pp.messageContent, pp.returnPolicySummary, pp.loyaltySummary]
  fc.assert(fc.property(fc.constantFrom(...calls), anything, fc.constantFrom('en', 'it-IT', 'xx', 'not a tag'), (call, d, locale) => {
    oracle(() => call(d))
    oracle(() => pp.orderView({ events: [], policy: d, now: NOW, locale }))
    oracle(() => pp.returnPolicySummary({ policy: d, currency: 'EUR', locale }))
  }), RUNS)
})

test('the customer side answers for any partial scan set (carriers skip scans or send none)', () => {
  const STATUSES = ['info_received', 'in_transit', 'out_for_delivery', 'delivered', 'attempt_failed', 'exception',
    'available_for_pickup', 'returning_to_sender', 'returned_to_sender', 'lost', 'expired', 'pending']
  const scan = fc.tuple(fc.constantFrom(...STATUSES), fc.integer({ min: 0, max: 400 }), fc.boolean(),
    fc.constantFrom(null, 'Milan', '', 'Ber\u202Elin', '<b>x</b>'))
  const questions = ['where_is_my_order', 'when_will_it_arrive', 'how_do_i_return', 'where_is_my_refund', 'how_many_points']
  const hours = (h) => new Date(Date.parse(NOW) + h * 3600e3)
  fc.assert(fc.property(fc.array(scan, { maxLength: 6 }), fc.boolean(), fc.integer({ min: 0, max: 1200 }),
    fc.constantFrom('en-IE', 'it-IT'), fc.boolean(), fc.constantFrom(...questions), (scans, mark, nowH, locale, shipped, question) => {
      const o = newOrder()
      o.handle({ type: 'capture_payment', payment: 'p1', amount: usd('300.00') }, 'pay', NOW)
      o.handle({ type: 'create_shipment', shipment: { id: 's1', carrier: 'DHL', lines: [{ line: 'l1', quantity: 3 }], promised_by: hours(72) } }, 'ship', hours(1))
      scans.forEach(([status, h, delayed, place], n) => {
        const event = { occurred_at: hours(2 + h), status, raw_code: status, delayed }
        if (place !== null) event.location = place
        oracle(() => o.handle({ type: 'record_tracking', shipment: 's1', event }, `scan${n}`, hours(2 + h)))
      })
      if (mark) oracle(() => o.handle({ type: 'mark_delivered', shipment: 's1', at: hours(90) }, 'pod', hours(90)))
      const policy = { window: { days: 30 }, require: shipped ? 'shipped' : 'delivered' }
      const request = { events: o.events(), policy, now: hours(nowH), locale }
      const v = pp.orderView(request)
      for (const s of v.shipments) {
        for (const step of s.timeline) {
          assert.ok(step.statement.text && !step.statement.text.includes('{') && !step.statement.text.includes('\u202E'), step.statement.text)
        }
        if (s.delay.presumedLost || s.status === 'lost') {
          assert.ok(!v.actions.some((a) => a.available && (a.action === 'return' || a.action === 'exchange')))
        }
      }
      assert.ok(pp.answerQuestion({ view: request, question: { question } }).text)
    }), { numRuns: 250 })
})
