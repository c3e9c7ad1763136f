// Replays the shared vectors in conformance/ through the Node API (all files but clv.json: the
// CLV fitters are not part of the Node surface).
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const pp = require('..')

const cases = (f) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'conformance', f), 'utf8')).cases
const iso = (d) => (d === undefined || d === null ? null : d.toISOString().replace('.000Z', 'Z'))

function check(c, run, compare) {
  if (c.error) {
    assert.throws(run, (e) => e instanceof Error && e.code === c.error, c.name)
  } else if (compare) {
    compare(run(), c.expected)
  } else {
    assert.deepStrictEqual(run(), c.expected, c.name)
  }
}

// Where `got` misses what `want` names (undefined when it has it all): an object must have every
// key `want` gives (a null may also be absent), a list the same length with each element
// matching, anything else must be equal. The customer vectors are partial and written by hand.
function mismatch(got, want, at = '') {
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return `${at} is ${JSON.stringify(got)}, not a list`
    if (got.length !== want.length) return `${at} has ${got.length} elements, not ${want.length}`
    for (let i = 0; i < want.length; i++) {
      const m = mismatch(got[i], want[i], `${at}[${i}]`)
      if (m) return m
    }
    return undefined
  }
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object') return `${at} is ${JSON.stringify(got)}, not an object`
    for (const [k, v] of Object.entries(want)) {
      if (!(k in got) || got[k] === undefined) {
        if (v !== null) return `${at}.${k} is missing`
        continue
      }
      const m = mismatch(got[k], v, `${at}.${k}`)
      if (m) return m
    }
    return undefined
  }
  return Object.is(got, want) ? undefined : `${at} is ${JSON.stringify(got)}, not ${JSON.stringify(want)}`
}

test('the partial match can fail', () => {
  const got = { a: 1, b: [{ c: 2, d: 3 }], e: null }
  assert.equal(mismatch(got, { b: [{ d: 3 }], e: null, f: null }), undefined)
  assert.equal(mismatch(got, { a: 2 }), '.a is 1, not 2')
  assert.equal(mismatch(got, { b: [] }), '.b has 1 elements, not 0')
  assert.equal(mismatch(got, { g: 1 }), '.g is missing')
})

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
        assert.equal(m.rawCode, i.code)
        return { status: m.status ?? null, delayed: m.delayed }
      }
      if (c.op === 'merchant_status') return { status: pp.merchantStatus(i.events) }
      const a = pp.assessDelay(i.events, i.shipped_at, i.promised_by, i.route, i.now)
      return { status: a.status, late: a.late, stalled: a.stalled, presumed_lost: a.presumedLost }
    })
  }
})

test('order vectors', () => {
  for (const c of cases('order.json')) {
    const i = c.input
    check(c, () => {
      const o = pp.Order.place(i.order, 'place', i.order.placed_at)
      for (const s of i.steps) o.handle(s.command, s.key, s.now)
      const r = o.summary()
      return { fulfilment_status: r.fulfilmentStatus, payment_status: r.paymentStatus, total: r.total.amount, amount_due: r.amountDue.amount }
    })
  }
})

function deliveredOrder(i, deliveredAt) {
  const at = i.order.placed_at
  const o = pp.Order.place(i.order, 'place', at)
  o.handle({ type: 'capture_payment', payment: 'p1', amount: o.summary().total }, 'pay', at)
  const lines = i.order.lines.map((l) => ({ line: l.id, quantity: l.quantity }))
  o.handle({ type: 'create_shipment', shipment: { id: 's1', lines, carrier: 'ups' } }, 'ship', at)
  o.handle({ type: 'record_tracking', shipment: 's1', event: { occurred_at: at, status: 'in_transit' } }, 'scan', at)
  if (deliveredAt) o.handle({ type: 'mark_delivered', shipment: 's1', at: deliveredAt }, 'deliver', at)
  return o
}

test('returns vectors', () => {
  for (const c of cases('returns.json')) {
    const i = c.input
    check(c, () => {
      if (c.op === 'return_eligibility') {
        const o = deliveredOrder(i, i.delivered_at)
        const r = o.evaluateReturn(i.request, i.policy, i.context, i.now)
        assert.deepStrictEqual(o.previewReturn(i.request, i.policy, i.context, i.now).report, r, 'preview decides as evaluate')
        for (const l of r.lines) assert.ok(pp.decisionCodes().includes(l.code), l.code)
        return { outcome: r.outcome, method: r.method, lines: r.lines.map((l) => ({ outcome: l.outcome, code: l.code, window_end: iso(l.windowEnd), days_left: l.daysLeft ?? null })) }
      }
      const placed = new Date(i.order.placed_at)
      const o = deliveredOrder(i, new Date(placed.getTime() + 2 * 86400e3))
      const now = new Date(placed.getTime() + 5 * 86400e3)
      if (c.op === 'exchange_settlement') {
        const request = { id: 'x1', customer: i.order.customer, lines: i.lines, method: 'exchange', exchange: i.exchange }
        o.openReturn(request, i.policy, undefined, 'req', now)
        const items = i.lines.map((l) => ({ line: l.line, quantity: l.quantity, condition: 'resellable' }))
        o.handle({ type: 'return', command: { action: 'receive', return_id: 'x1', items } }, 'recv', now)
        o.handle({ type: 'return', command: { action: 'refund', return_id: 'x1' } }, 'settle', now)
        const x = o.returns().find((r) => r.id === 'x1').exchange
        const amount = (m) => (m ? m.amount : null)
        return {
          credit: x.credit.amount,
          replacement_price: x.replacementPrice.amount,
          difference: x.difference.amount,
          returned_value: amount(x.returnedValue),
          replacement_shipping: amount(x.replacementShipping),
          return_shipping_fee: amount(x.returnShippingFee),
          restocking_fee: amount(x.restockingFee),
        }
      }
      const refunds = []
      i.returns.forEach((lines, n) => {
        const request = { id: `r${n}`, customer: i.order.customer, lines, method: i.method }
        const preview = o.previewReturn(request, i.policy, null, now)
        o.openReturn(request, i.policy, undefined, `req${n}`, now)
        const items = lines.map((l) => ({ line: l.line, quantity: l.quantity, condition: 'resellable' }))
        o.handle({ type: 'return', command: { action: 'receive', return_id: `r${n}`, items } }, `recv${n}`, now)
        o.handle({ type: 'return', command: { action: 'refund', return_id: `r${n}` } }, `refund${n}`, now)
        const done = o.returns().find((x) => x.id === `r${n}`)
        assert.equal(done.status, 'refunded')
        assert.deepStrictEqual(preview.refund.total, done.refund.total, 'the preview promised the refund')
        refunds.push(done.refund.total.amount)
      })
      return { refunds, total_refunded: o.summary().refunded.amount }
    })
  }
})

test('loyalty vectors', () => {
  for (const c of cases('loyalty.json')) {
    const i = c.input
    check(c, () => {
      const m = new pp.Member('c-1')
      i.steps.forEach((s, n) => m.handle(s.command, i.programme, `k${n + 1}`, s.now))
      const st = m.status(i.programme, '2026-01-01T00:00:00Z')
      return { balance: st.balance, pending: st.pending, debt: st.debt, tier: st.tier ?? null }
    })
  }
})

test('notify vectors', () => {
  for (const c of cases('notify.json')) {
    const i = c.input
    check(c, () =>
      pp.planNotifications(i.signal, i.preferences, i.policy, i.history).map((x) => ({
        channel: x.channel,
        send_at: iso(x.sendAt),
        dedupe_key: x.dedupeKey,
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
        const r = pp.nps(i.scores, i.confidence)
        return { responses: r.responses, score: r.score, margin_of_error: r.marginOfError, low: r.interval.low, high: r.interval.high }
      }
      if (c.op === 'csat') {
        const r = pp.csat(i.scores, i.confidence)
        return { responses: r.responses, score: r.score, low: r.interval.low, high: r.interval.high }
      }
      const r = pp.ces(i.scores)
      return { responses: r.responses, mean: r.mean, easy_share: r.easyShare }
    }, close)
  }
})

test('journey vectors', () => {
  const camel = (o) => Object.fromEntries(Object.entries(o || {}).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), v]))
  const day = (d) => new Date(Date.UTC(2026, 0, 1) + d * 86400000)
  const close = (got, want, name) => {
    for (const [k, w] of Object.entries(want)) {
      const g = got[k] === undefined ? null : got[k]
      if (typeof w === 'number') assert.ok(Math.abs(g - w) <= 1e-12, `${name}: ${k}: ${g} vs ${w}`)
      else assert.deepStrictEqual(g, w, `${name}: ${k}`)
    }
  }
  for (const c of cases('journey.json')) {
    const i = c.input
    const run = () => {
      if (c.op === 'rfm') return { scores: pp.rfmScores(i.customers.map(camel)).map((s) => [s.r, s.f, s.m, s.segment]) }
      if (c.op === 'survey_merge') {
        const kinds = Array.isArray(i.kind) ? i.kind : i.parts.map(() => i.kind)
        return { state: pp.mergeSurveyStates(i.parts.map((p, k) => pp.surveyState(kinds[k], p))) }
      }
      if (c.op === 'next_purchase') {
        const n = pp.nextPurchase(i.params, i.frequency, i.recency, i.T, i.horizon)
        return { p_alive: n.pAlive, p_within: n.pWithin, median_wait: n.medianWait === undefined ? null : n.medianWait }
      }
      if (c.op === 'transitions') {
        const t = pp.stageTransitions(Object.entries(i.customers).map(([id, ds]) => ({ id, purchases: ds.map(day) })), i.date_days.map(day))
        return {
          stages: Object.fromEntries(t.stages.map((s) => [s.id, s.stages.map((x) => x ?? null)])),
          moves: t.moves.map((m) => [m.step, m.from === undefined ? null : m.from, m.to === undefined ? null : m.to, m.customers]),
        }
      }
      if (c.op === 'stage') {
        const facts = { latestNps: i.latest_nps, referrals: i.referrals, pAlive: i.p_alive }
        const a = pp.lifecycleStage(i.purchase_days.map(day), day(i.at_day), facts, i.rules ? camel(i.rules) : undefined)
        if (a === null || a === undefined) return { assignment: null }
        return { assignment: { stage: a.stage, rule: a.rule, purchases: a.purchases, days_since_last: a.daysSinceLast,
          typical_gap_days: a.typicalGapDays === undefined ? null : a.typicalGapDays } }
      }
      const model = new pp.CoPurchase(i.baskets, i.min_pair_count, i.min_item_count)
      if (c.op === 'recommend') return { items: model.recommend(i.basket, i.exclude, i.k).map((r) => ({ ...r })) }
      const h = model.hitRate(i.cases.map(([before, next]) => ({ before, next })), i.k)
      return { customers: h.customers, hits: h.hits, popular_hits: h.popularHits, rate: h.rate, popular_rate: h.popularRate }
    }
    check(c, run, c.op === 'next_purchase' ? (got, want) => close(got, want, c.name) : undefined)
  }
})

test('customer vectors', () => {
  const byOp = {
    view: pp.orderView,
    answer: pp.answerQuestion,
    message: pp.messageContent,
    policy_summary: pp.returnPolicySummary,
    loyalty_summary: pp.loyaltySummary,
  }
  // results are documents in JavaScript's conventions (camelCase, Dates); the vectors are in the
  // core's (snake_case, RFC 3339 text)
  const snake = (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  const stored = (v) => {
    if (v instanceof Date) return iso(v)
    if (Array.isArray(v)) return v.map(stored)
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [snake(k), stored(x)]))
    return v
  }
  // the keys of data maps (src/contract_maps.rs) are data, never renamed
  const maps = fs.readFileSync(path.join(__dirname, '..', 'src', 'contract_maps.rs'), 'utf8').match(/MAP_FIELDS[^=]*= &\[([^\]]*)\]/)[1]
  const dataMaps = new Set(JSON.parse(`[${maps}]`))
  const camel = (v) => {
    if (Array.isArray(v)) return v.map(camel)
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), dataMaps.has(k) ? x : camel(x)]))
    }
    return v
  }
  const partial = (c) => (got) => assert.equal(mismatch(got, c.expect), undefined, c.name)
  for (const c of cases('customer.json')) {
    // objects, the same request as JSON text, and the request in camelCase give the same answer
    check(c, () => stored(byOp[c.op](c.input)), partial(c))
    check(c, () => stored(byOp[c.op](JSON.stringify(c.input))), partial(c))
    check(c, () => stored(byOp[c.op](camel(c.input))), partial(c))
  }
  const view = cases('customer.json').find((c) => c.op === 'view' && !c.error)
  const shipment = pp.orderView(view.input).shipments[0]
  assert.ok(shipment === undefined || shipment.timeline.every((step) => step.at === undefined || step.at === null || step.at instanceof Date), 'times are Dates')
})
