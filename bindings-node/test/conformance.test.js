// Replays the shared vectors in conformance/ through the Node API.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const pp = require('..')

const cases = (f) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'conformance', f), 'utf8')).cases
const J = JSON.stringify

function check(c, run, compare) {
  if (c.error) {
    assert.throws(run, (e) => e instanceof Error && e.code === c.error, c.name)
  } else if (compare) {
    compare(run(), c.expected)
  } else {
    assert.deepStrictEqual(run(), c.expected, c.name)
  }
}

test('money vectors', () => {
  for (const c of cases('money.json')) {
    const i = c.input
    check(c, () => {
      if (c.op === 'currency') return { minor_units: pp.currencyMinorUnits(i.code) }
      if (c.op === 'allocate') return { parts: pp.allocate(i.amount, i.currency, i.weights) }
      if (c.op === 'take_units') return { amount: pp.takeUnits(i.amount, i.currency, i.taken, i.remaining) }
      return { settled: pp.isSettled(i.due, i.paid, i.currency) }
    })
  }
})

test('tracking vectors', () => {
  for (const c of cases('tracking.json')) {
    const i = c.input
    check(c, () => {
      if (c.op === 'map_carrier_status') {
        const m = pp.mapStatus(i.source, i.code)
        return { status: m.status ?? null, delayed: m.delayed }
      }
      if (c.op === 'merchant_status') return { status: pp.merchantStatus(J(i.events)) }
      const a = JSON.parse(pp.assessDelay(J(i.events), i.shipped_at, i.promised_by ?? undefined, i.route === 'international', i.now))
      return { status: a.status, late: a.late, stalled: a.stalled, presumed_lost: a.presumed_lost }
    })
  }
})

test('order vectors', () => {
  for (const c of cases('order.json')) {
    const i = c.input
    check(c, () => {
      const o = pp.Order.place(J(i.order), 'place', i.order.placed_at)
      for (const s of i.steps) o.handle(J(s.command), s.key, s.now)
      const r = JSON.parse(o.summaryJson())
      return { fulfilment_status: r.fulfilment_status, payment_status: r.payment_status, total: r.total, amount_due: r.amount_due }
    })
  }
})

function deliveredOrder(i, deliveredAt) {
  const o = pp.Order.place(J(i.order), 'place', i.order.placed_at)
  const at = i.order.placed_at
  const total = JSON.parse(o.summaryJson()).total
  o.handle(J({ type: 'capture_payment', payment: 'p1', amount: { amount: total, currency: i.order.currency } }), 'pay', at)
  const lines = i.order.lines.map((l) => ({ line: l.id, quantity: l.quantity }))
  o.handle(J({ type: 'create_shipment', shipment: { id: 's1', lines, carrier: 'ups' } }), 'ship', at)
  o.handle(J({ type: 'record_tracking', shipment: 's1', event: { occurred_at: at, status: 'in_transit' } }), 'scan', at)
  if (deliveredAt) o.handle(J({ type: 'mark_delivered', shipment: 's1', at: deliveredAt }), 'deliver', at)
  return o
}

test('returns vectors', () => {
  const iso = (s) => (s === null ? null : new Date(s).toISOString().replace('.000Z', 'Z'))
  for (const c of cases('returns.json')) {
    const i = c.input
    check(c, () => {
      const policy = pp.returnPolicy(J(i.policy))
      if (c.op === 'return_eligibility') {
        const o = deliveredOrder(i, i.delivered_at)
        const r = JSON.parse(pp.evaluateReturn(o, J(i.request), policy, J(i.context), i.now))
        return { outcome: r.outcome, method: r.method, lines: r.lines.map((l) => ({ outcome: l.outcome, code: l.code, window_end: iso(l.window_end), days_left: l.days_left })) }
      }
      const placed = new Date(i.order.placed_at)
      const o = deliveredOrder(i, new Date(placed.getTime() + 2 * 86400e3).toISOString())
      const now = new Date(placed.getTime() + 5 * 86400e3).toISOString()
      const refunds = []
      i.returns.forEach((lines, n) => {
        pp.openReturn(o, J({ id: `r${n}`, customer: i.order.customer, lines, method: i.method }), policy, '{}', `req${n}`, now)
        const items = lines.map((l) => ({ line: l.line, quantity: l.quantity, condition: 'resellable' }))
        o.handle(J({ type: 'return', command: { action: 'receive', return_id: `r${n}`, items } }), `recv${n}`, now)
        o.handle(J({ type: 'return', command: { action: 'refund', return_id: `r${n}` } }), `refund${n}`, now)
        refunds.push(JSON.parse(o.stateJson()).returns[`r${n}`].refund.total.amount)
      })
      return { refunds, total_refunded: JSON.parse(o.summaryJson()).refunded }
    })
  }
})

test('loyalty vectors', () => {
  for (const c of cases('loyalty.json')) {
    const i = c.input
    check(c, () => {
      const m = new pp.Member('c-1')
      i.steps.forEach((s, n) => {
        const v = JSON.parse(m.stateJson()).version
        m.handle(J(s.command), J(i.programme), `k${n + 1}`, s.now, v)
      })
      if (i.steps.length === 0) m.handle(J({ type: 'expire' }), J(i.programme), 'k0', '2026-01-01T00:00:00Z', 0)
      const st = JSON.parse(m.stateJson())
      return { balance: st.balance, pending: st.pending, debt: st.debt, tier: st.tier }
    })
  }
})

test('notify vectors', () => {
  for (const c of cases('notify.json')) {
    const i = c.input
    check(c, () =>
      JSON.parse(pp.planNotifications(J(i.signal), J(i.preferences), J(i.policy), J(i.history))).map((x) => ({
        channel: x.channel,
        send_at: new Date(x.send_at).toISOString().replace('.000Z', 'Z'),
        dedupe_key: x.dedupe_key,
      })),
    )
  }
})

test('feedback vectors', () => {
  for (const c of cases('feedback.json')) {
    const i = c.input
    const close = (got, want) => {
      for (const k of Object.keys(want)) assert.ok(Math.abs(got[k] - want[k]) <= 1e-9, `${c.name}: ${k}`)
    }
    check(c, () => {
      if (c.op === 'nps') {
        const r = JSON.parse(pp.nps(i.scores, i.confidence)).result
        return { responses: r.responses, score: r.score, margin_of_error: r.margin_of_error, low: r.interval.low, high: r.interval.high }
      }
      if (c.op === 'csat') {
        const r = JSON.parse(pp.csat(i.scores, i.confidence))
        return { responses: r.responses, score: r.score, low: r.interval.low, high: r.interval.high }
      }
      return JSON.parse(pp.ces(i.scores))
    }, close)
  }
})
