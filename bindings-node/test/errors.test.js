// Bad input to every exported function and method throws an Error whose `code` is one of the
// core's stable codes (never napi's own, never a crash of the process).
const { test } = require('node:test')
const assert = require('node:assert/strict')
const pp = require('..')

const NOW = '2026-03-01T09:00:00Z'
const ORDER = { id: 'o', customer: 'c', currency: 'USD', placed_at: NOW,
  lines: [{ id: 'l', sku: 's', title: 't', quantity: 1, unit_price: { amount: '1.00', currency: 'USD' } }] }
const order = () => pp.Order.place(ORDER, 'k', NOW)
const REQUEST = { id: 'r', customer: 'c', lines: [{ line: 'l', quantity: 1, reason: 'other' }], method: 'original_payment' }
const PROGRAMME = { currency: 'USD', earning: { points_per_currency_unit: '1' } }
const SIGNAL = { kind: 'order_confirmed', customer: 'c', order: 'o', at: NOW }
const PREFS = { customer: 'c', time_zone: 'UTC' }

// [name, wanted code, call]
const bad = [
  // #33 item 9: these threw napi's own StringExpected, ArrayExpected, NumberExpected, DateExpected
  ['surveyState kind not a string', 'input.invalid', () => pp.surveyState(1.5, [1])],
  ['surveyState scores not a list', 'input.invalid', () => pp.surveyState('nps', 'x')],
  ['mergeSurveyStates a number', 'input.invalid', () => pp.mergeSurveyStates(-1)],
  ['mergeSurveyStates numbers in the list', 'input.invalid', () => pp.mergeSurveyStates([1, 2])],
  ['CoPurchase baskets a boolean', 'input.invalid', () => new pp.CoPurchase(false)],
  ['CoPurchase a basket of numbers', 'input.invalid', () => new pp.CoPurchase([[1, 2]])],
  ['CoPurchase a negative count', 'order.invalid_quantity', () => new pp.CoPurchase([['a', 'b']], -1)],
  ['CoPurchase.recommend a string basket', 'input.invalid', () => new pp.CoPurchase([['a', 'b'], ['a', 'b']]).recommend(7)],
  ['CoPurchase.recommend k not a number', 'order.invalid_quantity', () => new pp.CoPurchase([['a', 'b'], ['a', 'b']]).recommend(['a'], null, 'x')],
  ['lifecycleStage purchases not dates', 'input.invalid', () => pp.lifecycleStage([{}], new Date(NOW))],
  ['lifecycleStage at a number', 'input.invalid', () => pp.lifecycleStage([new Date(NOW)], 5)],
  ['nextPurchase frequency a string', 'input.invalid', () => pp.nextPurchase({ r: 1, alpha: 1, a: 1, b: 1 }, 'x', 1, 2, 3)],
  ['stageTransitions dates a number', 'input.invalid', () => pp.stageTransitions([], 5)],
  ['orderView request a number', 'input.invalid', () => pp.orderView(5)],
  ['Order.summary thresholds out of bounds', 'config.invalid', () => order().summary(NOW, { stalled_after_days: 0 })],
  ['currencyMinorUnits unknown', 'money.unknown_currency', () => pp.currencyMinorUnits('EURO')],
  ['lifecycleStage NPS out of a byte', 'input.invalid', () => pp.lifecycleStage([new Date(NOW)], new Date(NOW), { latestNps: 300 })],
  ['lifecycleStage misspelt fact', 'input.invalid', () => pp.lifecycleStage([new Date(NOW)], new Date(NOW), { referals: 2 })],
  ['rfmScores misspelt measure', 'input.invalid', () => pp.rfmScores([{ recency: 1, frequency: 1, monetary: 1 }])],
  ['nextPurchase unknown variant', 'input.invalid', () => pp.nextPurchase({ r: 1, alpha: 1, a: 1, b: 1, variant: 'pareto' }, 1, 1, 1, 30)],
  ['hitRate case without next', 'input.invalid', () => new pp.CoPurchase([['a', 'b']]).hitRate([{ before: ['a'] }])],
  ['currencyMinorUnits number', 'input.invalid', () => pp.currencyMinorUnits(978)],
  ['currencyMinorUnits missing', 'input.invalid', () => pp.currencyMinorUnits()],
  ['allocate unknown currency', 'money.unknown_currency', () => pp.allocate('1', 'ZZZ', ['1'])],
  ['allocate NaN weight', 'money.invalid_weights', () => pp.allocate('1', 'USD', ['NaN'])],
  ['allocate number amount', 'input.invalid', () => pp.allocate(1.5, 'USD', ['1'])],
  ['allocate weights not an array', 'input.invalid', () => pp.allocate('1', 'USD', '1')],
  ['allocate number weights', 'input.invalid', () => pp.allocate('1', 'USD', [1])],
  ['takeUnits negative', 'order.invalid_quantity', () => pp.takeUnits('1.00', 'USD', -1, 2)],
  ['takeUnits NaN', 'order.invalid_quantity', () => pp.takeUnits('1.00', 'USD', NaN, 2)],
  ['takeUnits fraction', 'order.invalid_quantity', () => pp.takeUnits('1.00', 'USD', 1.5, 2)],
  ['takeUnits string count', 'order.invalid_quantity', () => pp.takeUnits('1.00', 'USD', '1', 2)],
  ['isSettled bad amount', 'money.invalid_amount', () => pp.isSettled('x', '1', 'USD')],
  ['mapStatus unknown source', 'input.invalid', () => pp.mapStatus('pigeon', 'x')],
  ['mapStatus wrong type', 'input.invalid', () => pp.mapStatus(1, 'x')],
  ['mapStatus null code', 'input.invalid', () => pp.mapStatus('shopify', null)],
  ['merchantStatus malformed', 'input.invalid', () => pp.merchantStatus('[{')],
  ['merchantStatus number', 'input.invalid', () => pp.merchantStatus(42)],
  ['merchantStatus unknown status', 'input.invalid', () => pp.merchantStatus([{ occurred_at: NOW, status: 'teleported' }])],
  ['assessDelay invalid date string', 'input.invalid', () => pp.assessDelay([], 'not a date', undefined, 'domestic', NOW)],
  ['assessDelay invalid Date', 'input.invalid', () => pp.assessDelay([], new Date('nope'), undefined, 'domestic', NOW)],
  ['assessDelay number time', 'input.invalid', () => pp.assessDelay([], 0, undefined, 'domestic', NOW)],
  ['assessDelay naive time', 'input.invalid', () => pp.assessDelay([], '2026-03-01T09:00:00', undefined, 'domestic', NOW)],
  ['assessDelay bad route', 'input.invalid', () => pp.assessDelay([], NOW, undefined, 'moon', NOW)],
  ['Order.place malformed JSON', 'input.invalid', () => pp.Order.place('{', 'k', NOW)],
  ['Order.place negative quantity', 'input.invalid', () => pp.Order.place({ ...ORDER, lines: [{ ...ORDER.lines[0], quantity: -1 }] }, 'k', NOW)],
  ['Order.place unknown currency', 'money.unknown_currency', () => pp.Order.place({ ...ORDER, currency: 'ZZZ' }, 'k', NOW)],
  ['Order.place invalid date', 'input.invalid', () => pp.Order.place(ORDER, 'k', 'yesterday')],
  ['Order.place empty key', 'input.invalid_id', () => pp.Order.place(ORDER, '', NOW)],
  ['Order.place array', 'input.invalid', () => pp.Order.place([1, 2], 'k', NOW)],
  ['Order.fromEvents empty', 'order.not_placed', () => pp.Order.fromEvents('[]')],
  ['Order.fromEvents number', 'input.invalid', () => pp.Order.fromEvents(7)],
  ['order.handle unknown command', 'input.invalid', () => order().handle({ type: 'teleport' }, 'k2', NOW)],
  ['order.handle ship too much', 'order.quantity_exceeds_unfulfilled', () => order().handle({ type: 'create_shipment', shipment: { id: 's', lines: [{ line: 'l', quantity: 2 }], carrier: 'ups' } }, 'k2', NOW)],
  ['order.summary invalid time', 'input.invalid', () => order().summary('soon')],
  ['returnPolicy malformed', 'config.invalid', () => pp.returnPolicy('{"window": {"dayz": 1}}')],
  ['returnPolicy not JSON', 'config.invalid', () => pp.returnPolicy('{')],
  ['returnPolicy boolean', 'input.invalid', () => pp.returnPolicy(true)],
  ['evaluateReturn wrong customer', 'return.wrong_customer', () => order().evaluateReturn({ ...REQUEST, customer: 'x' }, {}, null, NOW)],
  ['evaluateReturn negative quantity', 'input.invalid', () => order().evaluateReturn({ ...REQUEST, lines: [{ line: 'l', quantity: -1, reason: 'other' }] }, {}, null, NOW)],
  ['evaluateReturn malformed policy', 'config.invalid', () => order().evaluateReturn(REQUEST, '{"window": 3', null, NOW)],
  ['previewReturn unknown line', 'order.unknown_line', () => order().previewReturn({ ...REQUEST, lines: [{ line: 'zz', quantity: 1, reason: 'other' }] }, {}, null, NOW)],
  ['openReturn malformed request', 'input.invalid', () => order().openReturn({}, {}, null, 'k', NOW)],
  ['planNotifications malformed policy', 'config.invalid', () => pp.planNotifications(SIGNAL, PREFS, '{', [])],
  ['planNotifications bad signal', 'input.invalid', () => pp.planNotifications({ kind: 'nope' }, PREFS, {}, [])],
  ['orderSignals no placement', 'order.not_placed', () => pp.orderSignals('[]', '[]')],
  ['Member empty id', 'input.invalid_id', () => new pp.Member('')],
  ['Member number id', 'input.invalid', () => new pp.Member(5)],
  ['Member.fromEntries malformed', 'input.invalid', () => pp.Member.fromEntries('c', '[{"seq": "one"}]')],
  ['member.handle negative version', 'input.invalid', () => new pp.Member('c').handle({ type: 'expire' }, PROGRAMME, 'k', NOW, -1)],
  ['member.handle stale version', 'store.concurrency_conflict', () => new pp.Member('c').handle({ type: 'expire' }, PROGRAMME, 'k', NOW, 3)],
  ['member.handle malformed programme', 'config.invalid', () => new pp.Member('c').handle({ type: 'expire' }, '{', 'k', NOW)],
  ['member.handle insufficient points', 'loyalty.insufficient_points', () => new pp.Member('c').handle({ type: 'redeem', redemption: 'x', order: 'o', order_total: { amount: '10', currency: 'USD' }, points: 100 }, PROGRAMME, 'k', NOW)],
  ['member.status invalid time', 'input.invalid', () => new pp.Member('c').status(PROGRAMME, new Date(NaN))],
  ['nps NaN', 'feedback.invalid_answer', () => pp.nps([NaN], 0.95)],
  ['nps out of range', 'feedback.invalid_answer', () => pp.nps([11], 0.95)],
  ['nps strings', 'input.invalid', () => pp.nps(['10'], 0.95)],
  ['nps NaN confidence', 'input.invalid', () => pp.nps([10], NaN)],
  ['nps Int32Array', 'input.invalid', () => pp.nps(new Int32Array([10]), 0.95)],
  ['csat out of scale', 'feedback.invalid_answer', () => pp.csat([0], 0.95)],
  ['ces empty', 'input.invalid', () => pp.ces([])],
]

for (const [name, code, run] of bad) {
  test(name, () => {
    assert.throws(run, (e) => {
      assert.ok(e instanceof Error, 'an Error')
      assert.ok(pp.errorCodes().includes(e.code), `a core code, got ${e.code}: ${e.message}`)
      assert.equal(e.code, code, e.message)
      return true
    })
  })
}

test('a refused command changes nothing', () => {
  const o = order()
  const before = o.stateJson()
  assert.throws(() => o.handle({ type: 'create_shipment', shipment: { id: 's', lines: [{ line: 'l', quantity: 5 }], carrier: 'ups' } }, 'k2', NOW))
  assert.equal(o.stateJson(), before)
})

test('the .d.ts unions list exactly the core codes', () => {
  const dts = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'index.d.ts'), 'utf8')
  const union = (name) => {
    const line = dts.split('\n').find((l) => l.startsWith(`export type ${name} =`))
    return [...line.matchAll(/['"]([a-z_.]+)['"]/g)].map((m) => m[1]).sort()
  }
  assert.deepStrictEqual(union('ErrorCode'), [...pp.errorCodes()].sort())
  assert.deepStrictEqual(union('DecisionCode'), [...pp.decisionCodes()].sort())
  assert.equal(pp.errorCodes().length, 55)
  assert.ok(pp.errorCodes().includes('internal') && pp.errorCodes().includes('notify.wrong_customer'))
})

test('a panic inside the addon is an Error with code internal, and the process lives on', () => {
  assert.equal(typeof pp.panicForTests, 'function', 'the test build has the panic hook')
  assert.throws(() => pp.panicForTests(), (e) => e instanceof Error && e.code === 'internal' && /deliberate panic/.test(e.message))
  // the addon still works afterwards
  assert.equal(pp.currencyMinorUnits('JPY'), 0)
})

test('an order summary assesses delays under the shop thresholds (#33 item 15)', () => {
  const o = order()
  o.handle({ type: 'create_shipment', shipment: { id: 's1', carrier: 'ups', lines: [{ line: 'l', quantity: 1 }] } }, 'ship', NOW)
  o.handle({ type: 'record_tracking', shipment: 's1', event: { occurred_at: NOW, status: 'in_transit' } }, 'scan', NOW)
  const later = new Date(Date.parse(NOW) + 2 * 86400e3)
  assert.equal(o.summary(later).shipments[0].delay.stalled, false)
  assert.equal(o.summary(later, { stalled_after_days: 1 }).shipments[0].delay.stalled, true)
  assert.equal(o.summary(later, { stalledAfterDays: 1 }).shipments[0].delay.stalled, true)
})

test('assessDelay takes the shop thresholds (#33 item 15)', () => {
  const scans = [{ occurred_at: NOW, status: 'in_transit' }]
  const later = new Date(Date.parse(NOW) + 2 * 86400e3)
  assert.equal(pp.assessDelay(scans, NOW, null, 'domestic', later).stalled, false)
  assert.equal(pp.assessDelay(scans, NOW, null, 'domestic', later, { stalledAfterDays: 1 }).stalled, true)
  assert.throws(() => pp.assessDelay(scans, NOW, null, 'domestic', later, { stalledAfterDays: 0 }), (e) => e.code === 'config.invalid')
})
