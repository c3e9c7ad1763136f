// Bad input to every exported function throws an Error with a code; the process never crashes.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const pp = require('..')

const order = () =>
  pp.Order.place(JSON.stringify({ id: 'o', customer: 'c', currency: 'USD', placed_at: '2026-03-01T09:00:00Z',
    lines: [{ id: 'l', sku: 's', title: 't', quantity: 1, unit_price: { amount: '1.00', currency: 'USD' } }] }), 'k', '2026-03-01T09:00:00Z')

const bad = {
  'mapStatus unknown source': () => pp.mapStatus('pigeon', 'x'),
  'mapStatus wrong type': () => pp.mapStatus(1, 'x'),
  'allocate unknown currency': () => pp.allocate('1', 'ZZZ', ['1']),
  'allocate NaN weight': () => pp.allocate('1', 'USD', ['NaN']),
  'allocate number amount': () => pp.allocate(1.5, 'USD', ['1']),
  'takeUnits negative': () => pp.takeUnits('1.00', 'USD', -1, 2),
  'takeUnits NaN': () => pp.takeUnits('1.00', 'USD', NaN, 2),
  'takeUnits fraction': () => pp.takeUnits('1.00', 'USD', 1.5, 2),
  'currencyMinorUnits unknown': () => pp.currencyMinorUnits('EURO'),
  'isSettled bad amount': () => pp.isSettled('x', '1', 'USD'),
  'merchantStatus malformed': () => pp.merchantStatus('[{'),
  'assessDelay invalid date': () => pp.assessDelay('[]', 'not a date', undefined, false, '2026-03-01T00:00:00Z'),
  'Order.place malformed JSON': () => pp.Order.place('{', 'k', '2026-03-01T00:00:00Z'),
  'Order.place negative quantity': () => pp.Order.place(JSON.stringify({ id: 'o', customer: 'c', currency: 'USD', placed_at: '2026-03-01T00:00:00Z', lines: [{ id: 'l', sku: 's', title: 't', quantity: -1, unit_price: { amount: '1', currency: 'USD' } }] }), 'k', '2026-03-01T00:00:00Z'),
  'Order.place invalid date': () => pp.Order.place('{}', 'k', 'yesterday'),
  'Order.fromEvents empty': () => pp.Order.fromEvents('[]'),
  'order.handle unknown command': () => order().handle('{"type":"teleport"}', 'k2', '2026-03-01T10:00:00Z'),
  'returnPolicy malformed': () => pp.returnPolicy('{"window": {"dayz": 1}}'),
  'evaluateReturn wrong customer': () => pp.evaluateReturn(order(), JSON.stringify({ id: 'r', customer: 'x', lines: [{ line: 'l', quantity: 1, reason: 'other' }], method: 'original_payment' }), pp.returnPolicy('{}'), '{}', '2026-03-05T00:00:00Z'),
  'openReturn malformed request': () => pp.openReturn(order(), '{}', pp.returnPolicy('{}'), '{}', 'k', '2026-03-05T00:00:00Z'),
  'planNotifications malformed policy': () => pp.planNotifications('{}', '{}', '{', '[]'),
  'orderSignals no placement': () => pp.orderSignals('[]', '[]'),
  'Member empty id': () => new pp.Member(''),
  'member.handle negative version': () => new pp.Member('c').handle('{"type":"expire"}', '{"earning":{}}', 'k', '2026-01-01T00:00:00Z', -1),
  'member.handle malformed programme': () => new pp.Member('c').handle('{"type":"expire"}', '{', 'k', '2026-01-01T00:00:00Z', 0),
  'nps NaN': () => pp.nps([NaN], 0.95),
  'nps out of range': () => pp.nps([11], 0.95),
  'csat out of scale': () => pp.csat([0], 0.95),
  'ces empty': () => pp.ces([]),
}

for (const [name, run] of Object.entries(bad)) {
  test(name, () => {
    assert.throws(run, (e) => e instanceof Error && typeof e.code === 'string' && e.code.length > 0)
  })
}

test('core errors carry the core code', () => {
  assert.throws(() => pp.allocate('1', 'ZZZ', ['1']), { code: 'money.unknown_currency' })
  assert.throws(() => pp.takeUnits('1.00', 'USD', -1, 2), { code: 'order.invalid_quantity' })
  assert.ok(pp.errorCodes().includes('return.window_closed') === false) // reason codes are outcomes, not errors
  assert.ok(pp.errorCodes().includes('store.concurrency_conflict'))
})

test('the .d.ts union of codes lists exactly the core codes', () => {
  const dts = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'index.d.ts'), 'utf8')
  const line = dts.split('\n').find((l) => l.startsWith('export type ErrorCode ='))
  const union = [...line.matchAll(/'([a-z_.]+)'/g)].map((m) => m[1]).sort()
  assert.deepStrictEqual(union, [...pp.errorCodes()].sort())
})
