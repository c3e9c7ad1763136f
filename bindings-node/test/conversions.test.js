// Conversions at the boundary: Date or ISO strings in, Date out; policies as objects or JSON text;
// money as decimal strings; typed arrays for survey answers; typed results.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const pp = require('..')

const NOW = '2026-03-01T09:00:00Z'
const ORDER = {
  id: 'o-1', customer: 'c-1', currency: 'EUR', placed_at: NOW, tax_mode: 'inclusive',
  lines: [{ id: 'boots', sku: 'B', title: 'Boots', quantity: 1, unit_price: { amount: '129.00', currency: 'EUR' } }],
}

function delivered() {
  const o = pp.Order.place(ORDER, 'place', new Date(NOW))
  o.handle({ type: 'capture_payment', payment: 'card', amount: { amount: '129.00', currency: 'EUR' } }, 'pay', NOW)
  o.handle({ type: 'create_shipment', shipment: { id: 's1', lines: [{ line: 'boots', quantity: 1 }], carrier: 'dhl', promised_by: new Date('2026-03-04T18:00:00Z') } }, 'ship', NOW)
  o.handle({ type: 'mark_delivered', shipment: 's1', at: new Date('2026-03-03T10:00:00Z') }, 'deliver', '2026-03-03T10:00:00Z')
  return o
}

test('a Date and the same instant as an ISO string decide the same', () => {
  const a = pp.assessDelay([{ occurred_at: new Date('2026-03-02T08:00:00Z'), status: 'in_transit' }], new Date(NOW), new Date('2026-03-04T18:00:00Z'), 'domestic', new Date('2026-03-05T12:00:00Z'))
  const b = pp.assessDelay(JSON.stringify([{ occurred_at: '2026-03-02T08:00:00Z', status: 'in_transit' }]), NOW, '2026-03-04T18:00:00+00:00', 'domestic', '2026-03-05T13:00:00+01:00')
  assert.deepStrictEqual(a, b)
  assert.equal(a.late, true)
  assert.ok(a.lastScanAt instanceof Date)
  assert.equal(a.lastScanAt.toISOString(), '2026-03-02T08:00:00.000Z')
})

test('a policy as an object or as JSON text gives the same decision; unknown keys are refused', () => {
  const o = delivered()
  const policy = { window: { days: 30, starts: 'item_delivered' }, restocking_fee: { default: { percent: '10' } } }
  const request = { id: 'r-1', customer: 'c-1', lines: [{ line: 'boots', quantity: 1, reason: 'does_not_fit' }], method: 'original_payment' }
  const a = o.previewReturn(request, policy, null, '2026-03-10T00:00:00Z')
  const b = o.previewReturn(JSON.stringify(request), JSON.stringify(policy), '{}', new Date('2026-03-10T00:00:00Z'))
  assert.deepStrictEqual(a, b)
  assert.equal(a.report.outcome, 'allowed')
  assert.equal(a.report.lines[0].code, 'return.allowed')
  assert.equal(a.report.lines[0].daysLeft, 23)
  assert.ok(a.report.lines[0].windowEnd instanceof Date)
  assert.deepStrictEqual(a.refund.total, { amount: '116.10', currency: 'EUR' })
  assert.deepStrictEqual(a.refund.restockingFee, { amount: '12.90', currency: 'EUR' })
  assert.deepStrictEqual(a.refund.payouts, [{ destination: { payment: 'card' }, amount: { amount: '116.10', currency: 'EUR' } }])
  assert.deepStrictEqual(o.returns(), [], 'a preview changes nothing')
  assert.throws(() => o.previewReturn(request, { window: { dayz: 30 } }, null, NOW), (e) => e.code === 'config.invalid' && /dayz/.test(e.message))
  const canonical = pp.returnPolicy(policy)
  assert.equal(canonical.window.days, 30)
  assert.equal(canonical.require, 'delivered', 'the defaults are filled in')
  assert.deepStrictEqual(canonical, pp.returnPolicy(new pp.ReturnPolicy(policy).toJson()))
})

test('a policy parsed once as a ReturnPolicy decides as the document does, and bad ones fail at construction', () => {
  const o = delivered()
  const doc = { window: { days: 30, starts: 'item_delivered' }, restocking_fee: { default: { percent: '10' } } }
  const policy = new pp.ReturnPolicy(doc)
  assert.ok(policy instanceof pp.ReturnPolicy)
  const request = { id: 'r-1', customer: 'c-1', lines: [{ line: 'boots', quantity: 1, reason: 'does_not_fit' }], method: 'original_payment' }
  assert.deepStrictEqual(o.previewReturn(request, policy, null, '2026-03-10T00:00:00Z'), o.previewReturn(request, doc, null, '2026-03-10T00:00:00Z'))
  assert.equal(JSON.parse(policy.toJson()).window.days, 30)
  assert.throws(() => new pp.ReturnPolicy({ window: { dayz: 30 } }), (e) => e.code === 'config.invalid')
  assert.throws(() => new pp.ReturnPolicy('{"window": {"days": 30, "days": 365}}'), (e) => e.code === 'config.invalid' && /duplicate/.test(e.message))
  const programme = new pp.LoyaltyProgramme({ currency: 'USD', earning: {} })
  const m = new pp.Member('c-1')
  m.handle({ type: 'award', award: { kind: 'signup' } }, programme, 'k1', NOW)
  assert.equal(m.status(programme, NOW).balance, m.status({ currency: 'USD', earning: {} }, NOW).balance)
  const notify = new pp.NotifyPolicy({})
  const prefs = { customer: 'c-2', time_zone: 'UTC' }
  const signal = { kind: 'shipped', customer: 'c-1', occurred_at: NOW, subject: 'o-1/s1/in_transit' }
  assert.throws(() => pp.planNotifications(signal, prefs, notify), (e) => e.code === 'notify.wrong_customer')
})

test('order summaries are typed objects with money as strings and shipment delays at a time', () => {
  const o = delivered()
  const s = o.summary(new Date('2026-03-20T00:00:00Z'))
  assert.equal(s.fulfilmentStatus, 'delivered')
  assert.equal(s.paymentStatus, 'paid')
  assert.deepStrictEqual(s.total, { amount: '129.00', currency: 'EUR' })
  assert.equal(s.shipments[0].status, 'delivered')
  assert.equal(s.shipments[0].delay.late, false)
  assert.ok(s.shipments[0].deliveredAt instanceof Date)
  assert.equal(o.summary().shipments[0].delay, null, 'no time, no delay assessment')
  const again = pp.Order.fromEvents(JSON.parse(o.eventsJson()))
  assert.deepStrictEqual(again.summary(), o.summary(), 'rebuilt from its events')
})

test('commands return their events and the notification signals they call for', () => {
  const o = pp.Order.place(ORDER, 'place', NOW)
  o.handle({ type: 'create_shipment', shipment: { id: 's1', lines: [{ line: 'boots', quantity: 1 }], carrier: 'dhl' } }, 'ship', NOW)
  const r = o.handle({ type: 'record_tracking', shipment: 's1', event: { occurred_at: new Date('2026-03-02T08:00:00Z'), status: pp.mapStatus('easypost', 'out_for_delivery').status } }, 'scan', NOW)
  assert.equal(r.eventCount, JSON.parse(r.eventsJson).length)
  assert.ok(r.signals.length >= 1)
  const repeat = o.handle({ type: 'record_tracking', shipment: 's1', event: { occurred_at: new Date('2026-03-02T08:00:00Z'), status: 'out_for_delivery' } }, 'scan', NOW)
  assert.equal(repeat.eventCount, 0, 'a repeated key is a no-op')
  const intents = pp.planNotifications(r.signals[0], { customer: 'c-1', time_zone: 'Europe/Berlin', push: true }, { kinds: { out_for_delivery: { channels: ['push'] } } })
  assert.equal(intents[0].kind, 'out_for_delivery')
  assert.equal(intents[0].channel, 'push')
  assert.ok(intents[0].sendAt instanceof Date)
  const camel = pp.planNotifications(r.signals[0], { customer: 'c-1', timeZone: 'Europe/Berlin', push: true }, { kinds: { out_for_delivery: { channels: ['push'] } } })
  assert.deepEqual(camel, intents, 'preferences in camelCase plan the same')
  // signals come out in camelCase; the payload's keys are data and stay as they are
  assert.ok('occurredAt' in r.signals[0] && !('occurred_at' in r.signals[0]), JSON.stringify(r.signals[0]))
  const signal = { ...r.signals[0], payload: { shipment_id: 's1', Carrier: 'dhl' } }
  const [sent] = pp.planNotifications(signal, { customer: 'c-1', push: true }, { kinds: { out_for_delivery: { channels: ['push'] } } })
  assert.deepEqual(sent.payload, { shipment_id: 's1', Carrier: 'dhl' })
})

test('loyalty status carries balance, tier and progress; entries are typed', () => {
  const programme = { currency: 'USD', earning: { points_per_currency_unit: '1', signup: 100 }, pending: { days_after_delivery: 0 }, tiers: { levels: [{ name: 'member', threshold: '0' }, { name: 'silver', threshold: '200' }] } }
  const m = new pp.Member('c-1')
  const r = m.handle({ type: 'award', award: { kind: 'signup' } }, programme, 'signup', NOW)
  assert.deepStrictEqual(r.entries.map((e) => [e.kind.kind, e.points, e.balanceAfter]), [['earn', 100, 100]])
  assert.ok(r.entries[0].at instanceof Date)
  m.handle({ type: 'earn_order', order: 'o-1', lines: [{ line: 'boots', spend: { amount: '129.00', currency: 'USD' } }], delivered_at: NOW }, programme, 'earn', NOW, 1)
  assert.equal(m.status(programme, NOW).pending, 129)
  m.handle({ type: 'release_pending' }, programme, 'release', '2026-03-01T10:00:00Z')
  m.handle({ type: 'evaluate_tier' }, programme, 'tier', NOW)
  const s = m.status(programme, NOW)
  assert.equal(s.balance, 229)
  assert.equal(s.tier, 'member')
  assert.deepStrictEqual([s.progress.metric, s.progress.value, s.progress.nextTier, s.progress.remaining], ['net_spend', '129.00', 'silver', '71.00'])
  assert.deepStrictEqual(pp.Member.fromEntries('c-1', m.entriesJson()).status(programme, NOW), s)
})

test('survey answers as arrays or Float64Array', () => {
  const a = pp.nps([10, 9, 9, 8, 7, 6, 3, 10, 10, 0], 0.95)
  const b = pp.nps(new Float64Array([10, 9, 9, 8, 7, 6, 3, 10, 10, 0]), 0.95)
  assert.deepStrictEqual(a, b)
  assert.deepStrictEqual([a.promoters, a.passives, a.detractors, a.score], [5, 2, 3, 20])
  assert.ok(a.interval.low < a.score && a.score < a.interval.high)
})

test('webhook signatures: AfterShip, Shopify, EasyPost and Shippo as their senders compute them', () => {
  const { createHmac } = require('node:crypto')
  const body = Buffer.from('{"id":"evt_1","status":"delivered"}')
  const b64 = createHmac('sha256', 'k').update(body).digest('base64')
  pp.verifyWebhook('aftership', body, b64, 'k')
  pp.verifyWebhook('shopify', body.toString('utf8'), b64, ['old', 'k'])
  pp.verifyWebhook('easypost', body, 'hmac-sha256-hex=' + createHmac('sha256', 'k').update(body).digest('hex'), ['k'])
  const t = 1700000000
  const shippo = `t=${t},v1=` + createHmac('sha256', 'k').update(`${t}.`).update(body).digest('hex')
  pp.verifyWebhook('shippo', body, shippo, 'k', new Date((t + 60) * 1000))
  assert.throws(() => pp.verifyWebhook('shippo', body, shippo, 'k', new Date((t + 301) * 1000)), (e) => e.code === 'webhook.stale_timestamp')
  assert.throws(() => pp.verifyWebhook('aftership', Buffer.from('{}'), b64, 'k'), (e) => e.code === 'webhook.signature_mismatch')
  assert.throws(() => pp.verifyWebhook('aftership', body, b64, 'wrong'), (e) => e.code === 'webhook.signature_mismatch')
  assert.throws(() => pp.verifyWebhook('aftership', body, b64, 'k', null, -5), (e) => e.code === 'input.invalid')
  assert.throws(() => pp.verifyWebhook('fedex', body, b64, 'k'), (e) => e.code === 'input.invalid')
})

test('two writers who saw the same version: the second one conflicts, in orders, returns and ledgers', () => {
  const placed = pp.Order.place({ ...ORDER, lines: [{ ...ORDER.lines[0], quantity: 2 }] }, 'place', NOW)
  let stored = JSON.parse(placed.eventsJson())
  const seen = placed.summary().version
  const cancel = (who) => ({ type: 'cancel_units', lines: [{ line: 'boots', quantity: 1 }], reason: who })
  // writer A lands its command at the version both saw
  const a = pp.Order.fromEvents(stored)
  a.handle(cancel('a'), 'a', NOW, seen)
  stored = JSON.parse(a.eventsJson())
  // writer B loads the stored stream and decides with the version it saw: refused, unchanged
  const b = pp.Order.fromEvents(stored)
  const before = b.summary()
  assert.throws(() => b.handle(cancel('b'), 'b', NOW, seen), (e) => e.code === 'store.concurrency_conflict')
  assert.deepStrictEqual(b.summary(), before)
  // at the version it now sees, B's command is decided; without a version, as before
  assert.equal(b.handle(cancel('b'), 'b', NOW, b.summary().version).eventCount, 1)
  const request = { id: 'r-1', customer: 'c-1', lines: [{ line: 'boots', quantity: 1, reason: 'other' }], method: 'original_payment' }
  assert.throws(() => b.openReturn(request, {}, undefined, 'r', NOW, seen), (e) => e.code === 'store.concurrency_conflict')
  assert.throws(() => b.handle(cancel('c'), 'c', NOW, -1), (e) => e.code === 'input.invalid')
  // a loyalty ledger: the member's version is the expected one by default, a stale one conflicts
  const programme = { currency: 'EUR', earning: { signup: 100, review: 5 } }
  const m = new pp.Member('c-1')
  m.handle({ type: 'award', award: { kind: 'signup' } }, programme, 's', NOW, 0)
  assert.throws(() => m.handle({ type: 'award', award: { kind: 'review' } }, programme, 'r', NOW, 0), (e) => e.code === 'store.concurrency_conflict')
})

test('contract documents take camelCase field names as JavaScript writes them, or the core\'s snake_case', () => {
  const camel = {
    id: 'o-1', customer: 'c-1', currency: 'EUR', placedAt: NOW, taxMode: 'inclusive',
    lines: [{ id: 'boots', sku: 'B', title: 'Boots', quantity: 1, unitPrice: { amount: '129.00', currency: 'EUR' }, flags: { finalSale: true }, tags: ['WinterSale'] }],
  }
  const a = pp.Order.place(camel, 'place', new Date(NOW))
  const b = pp.Order.place({ ...ORDER, lines: [{ ...ORDER.lines[0], flags: { final_sale: true }, tags: ['WinterSale'] }] }, 'place', new Date(NOW))
  assert.deepEqual(a.summary(NOW), b.summary(NOW))
  assert.deepEqual(JSON.parse(a.eventsJson()), JSON.parse(b.eventsJson()), 'the same events: values (a tag in capitals) are never renamed')
  a.handle({ type: 'capture_payment', payment: 'card', amount: { amount: '129.00', currency: 'EUR' } }, 'pay', NOW)
  a.handle({ type: 'create_shipment', shipment: { id: 's1', carrier: 'dhl', trackingNumber: 'T1', lines: [{ line: 'boots', quantity: 1 }] } }, 'ship', NOW)
  assert.equal(a.summary(NOW).shipments[0].trackingNumber, 'T1')
  // the same field in both spellings is refused, as a repeated key is
  assert.throws(() => pp.Order.place({ ...camel, placed_at: NOW }, 'place', new Date(NOW)), { code: 'input.invalid' })
  const member = new pp.Member('c-1')
  // configurations too: camelCase, or the core's snake_case, but never both for one field
  const programme = { currency: 'EUR', earning: { pointsPerCurrencyUnit: '1', signup: 50 } }
  assert.equal(new pp.LoyaltyProgramme(programme).toJson(), new pp.LoyaltyProgramme({ currency: 'EUR', earning: { points_per_currency_unit: '1', signup: 50 } }).toJson())
  assert.equal(member.handle({ type: 'award', award: { kind: 'signup' } }, programme, 'k', NOW).entries[0].points, 50)
  assert.throws(() => new pp.LoyaltyProgramme({ currency: 'EUR', earning: { pointsPerCurrencyUnit: '1', points_per_currency_unit: '2' } }), { code: 'config.invalid' })
  // the keys of a data map are data: a return reason keyed fee keeps its key
  const policy = new pp.ReturnPolicy({ restockingFee: { perReason: { changed_mind: { percent: '10' } } } })
  assert.match(policy.toJson(), /"changed_mind"/)
})

test('events and entries come out as documents (camelCase, Dates) and go back in as they came out', () => {
  const o = pp.Order.place(ORDER, 'place', NOW)
  const paid = o.handle({ type: 'capture_payment', payment: 'card', amount: o.summary().total }, 'pay', NOW)
  assert.equal(paid.events.length, paid.eventCount)
  assert.ok(paid.events[0].at instanceof Date && paid.events[0].change.type === 'payment_captured', JSON.stringify(paid.events))
  const events = o.events()
  assert.ok(events[0].at instanceof Date && events[0].schemaVersion >= 1 && events[0].change.order.placedAt instanceof Date)
  assert.deepEqual(pp.Order.fromEvents(events).summary(NOW), o.summary(NOW))
  assert.equal(pp.Order.fromEvents(events).eventsJson(), o.eventsJson(), 'the same events, to the character')
  const member = new pp.Member('c-1')
  member.handle({ type: 'award', award: { kind: 'signup' } }, { currency: 'EUR', earning: { signup: 10 } }, 'k', NOW)
  const entries = member.entries()
  assert.ok(entries[0].at instanceof Date && entries[0].balanceAfter === 10)
  assert.equal(pp.Member.fromEntries('c-1', entries).entriesJson(), member.entriesJson())
})
