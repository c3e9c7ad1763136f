// Objects cross the boundary without JSON in between (src/js_serde.rs): each test states what
// JSON.stringify would have made of the object, and the addon must read it the same way.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const pp = require('..')

const NOW = '2026-03-01T09:00:00Z'
const order = (extra = {}) => ({
  id: 'o-1', customer: 'c-1', currency: 'EUR', placedAt: NOW,
  lines: [{ id: 'l1', sku: 'S', title: 'T', quantity: 2, unitPrice: { amount: '10.00', currency: 'EUR' } }],
  ...extra,
})
const code = (f) => { try { f(); return 'no error' } catch (e) { return e.code } }

test('an object reads as its JSON text: Dates and toJSON, undefined skipped, camelCase or snake_case', () => {
  const viaText = pp.Order.place(JSON.stringify(order()), 'k', NOW)
  const withDate = pp.Order.place(order({ placedAt: new Date(NOW), note: undefined }), 'k', NOW)
  const money = { toJSON: () => ({ amount: '10.00', currency: 'EUR' }) }
  const withToJSON = pp.Order.place(order({ lines: [{ id: 'l1', sku: 'S', title: 'T', quantity: 2, unit_price: money }] }), 'k', NOW)
  for (const o of [withDate, withToJSON]) assert.deepEqual(o.summary(NOW), viaText.summary(NOW))
  // a whole number written 2.0 is the integer 2, as in JSON
  assert.equal(pp.Order.place(order({ lines: [{ ...order().lines[0], quantity: 2.0 }] }), 'k', NOW).summary(NOW).version, 1)
})

test('what JSON could not say is refused with input.invalid, and nothing is placed', () => {
  const cyclic = order()
  cyclic.self = cyclic
  assert.equal(code(() => pp.Order.place(cyclic, 'k', NOW)), 'input.invalid')
  assert.equal(code(() => pp.Order.place(order({ lines: [{ ...order().lines[0], quantity: 2n }] }), 'k', NOW)), 'input.invalid')
  assert.equal(code(() => pp.Order.place(order({ id: 'o-\ud800' }), 'k', NOW)), 'input.invalid')
  assert.equal(code(() => pp.Order.place(order({ placed_at: NOW }), 'k', NOW)), 'input.invalid', 'a field given twice')
  assert.equal(code(() => pp.Order.place(order({ toJSON() { throw new Error('no') } }), 'k', NOW)), 'input.invalid')
  let deep = { amount: '1.00', currency: 'EUR' }
  for (let i = 0; i < 200; i++) deep = { x: deep }
  assert.equal(code(() => pp.Order.place(order({ shipping: deep }), 'k', NOW)), 'input.invalid')
  // the library is still usable after each refusal
  assert.equal(pp.Order.place(order(), 'k', NOW).summary(NOW).version, 1)
})

test('results are written straight into JavaScript values: camelCase names, Dates for times', () => {
  const o = pp.Order.place(order(), 'k', NOW)
  const [event] = o.events()
  assert.ok(event.at instanceof Date && event.at.toISOString() === '2026-03-01T09:00:00.000Z')
  assert.equal(event.schemaVersion, 2)
  assert.equal(event.change.order.lines[0].unitPrice.amount, '10.00')
  assert.ok(!('schema_version' in event))
})
