// The Rust stores from Node: an order's events and its confirmation commit together, a stale
// writer conflicts and writes nothing, a relay claims and marks; on SQLite and on the PostgreSQL
// the test command starts (PP_POSTGRES_URL; without one the PostgreSQL case fails saying how).
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const pp = require('..')

const T = '2026-03-01T09:00:00Z'
const NEW = { id: 'o-1', customer: 'c-1', currency: 'EUR', placedAt: T,
  lines: [{ id: 'l1', sku: 'MUG', title: 'Mug', quantity: 2, unitPrice: { amount: '12.00', currency: 'EUR' } }] }

function stores() {
  const url = process.env.PP_POSTGRES_URL
  return [
    ['sqlite', () => new pp.Store(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-node-store-')), 'shop.db'))],
    ['postgres', () => {
      assert.ok(url, 'this test needs PostgreSQL: run it through scripts/with-postgres (scripts/test-all and scripts/test-node do) or set PP_POSTGRES_URL')
      return new pp.Store(url, `node_${process.pid}_${Date.now()}`)
    }],
  ]
}

for (const [kind, open] of stores()) {
  test(`${kind}: a command and its messages commit together; a stale writer writes nothing`, () => {
    const store = open()
    const order = pp.Order.place(NEW, 'place', T)
    const confirm = { dedupeKey: 'o-1/confirmed', topic: 'notification.order_confirmed', payload: '{}', notBefore: new Date(T) }
    assert.equal(store.commit('order-o-1', 0, order.events(), [confirm]), 1)
    const stale = pp.Order.place(NEW, 'place-again', T)
    assert.throws(() => store.commit('order-o-1', 0, stale.events(), [{ ...confirm, dedupeKey: 'other' }]),
      (e) => e.code === 'store.concurrency_conflict')
    assert.equal(store.version('order-o-1'), 1)
    assert.equal(store.pendingCount(), 1)
    // the stored events rebuild the order; the next command goes on from its version
    const again = pp.Order.fromEvents(store.load('order-o-1'))
    const { events } = again.handle({ type: 'hold', reason: 'address check' }, 'hold', T)
    assert.equal(store.commit('order-o-1', again.summary(T).version - events.length, events), 2)
    assert.deepEqual(pp.Order.fromEvents(store.load('order-o-1')).summary(T), again.summary(T))
  })

  test(`${kind}: a relay claims and delivers; a second relay gets nothing meanwhile`, () => {
    const store = open()
    const messages = [0, 1, 2].map((i) => ({ dedupeKey: `m-${i}`, topic: 'notification', payload: '{}', notBefore: T }))
    store.commit('order-o-2', 0, pp.Order.place({ ...NEW, id: 'o-2' }, 'p', T).events(), messages)
    const claims = store.claim('relay-a', T, 30, 10)
    assert.deepEqual(claims.map((c) => c.dedupeKey).sort(), ['m-0', 'm-1', 'm-2'])
    assert.ok(claims.every((c) => c.worker === 'relay-a' && c.until))
    assert.deepEqual(store.claim('relay-b', T, 30, 10), [])
    assert.deepEqual(store.delivered(claims, T), ['done', 'done', 'done'])
    assert.equal(store.pendingCount(), 0)
    assert.equal(store.firstDelivery('mailer', 'm-0', T), true)
    assert.equal(store.firstDelivery('mailer', 'm-0', T), false)
  })
}

test('bad targets are typed errors', () => {
  assert.throws(() => new pp.Store('postgres://user:secret@host:notaport/db'),
    (e) => e.code === 'input.invalid' && !e.message.includes('secret'))
  assert.throws(() => new pp.Store(42), { code: 'input.invalid' })
})
