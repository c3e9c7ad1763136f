// What a call costs at the Node boundary, per call: the customer's order view (a request object
// in, a document out) and Order.handle (a command object in, its event out: hold and release in
// turn, so every call decides the same amount); and two calls that are mostly conversion: the
// order's events as documents (out) and an order rebuilt from event objects (in).
//   node bench/boundary.js [ADDON_DIR ...]   (default: this package; pass an older build's folder
//   beside it to compare side by side: the runs alternate between the builds)
const path = require('node:path')

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(__dirname, '..')]
const builds = dirs.map((d) => ({ dir: d, pp: require(path.resolve(d)) }))

const NOW = '2026-03-10T12:00:00Z'
function placed(pp) {
  const order = pp.Order.place({
    id: 'o-1', customer: 'c-1', currency: 'EUR', placedAt: '2026-03-01T09:00:00Z',
    lines: [1, 2, 3, 4].map((i) => ({ id: `l${i}`, sku: `S${i}`, title: `Item ${i}`, quantity: 2, unitPrice: { amount: '19.99', currency: 'EUR' } })),
  }, 'place', '2026-03-01T09:00:00Z')
  order.handle({ type: 'capture_payment', payment: 'card', amount: { amount: '159.92', currency: 'EUR' } }, 'pay', '2026-03-01T09:01:00Z')
  order.handle({ type: 'create_shipment', shipment: { id: 's1', carrier: 'dhl', lines: [{ line: 'l1', quantity: 2 }, { line: 'l2', quantity: 2 }] } }, 'ship', '2026-03-01T15:00:00Z')
  order.handle({ type: 'mark_delivered', shipment: 's1', at: '2026-03-03T10:00:00Z' }, 'deliver', '2026-03-03T10:00:00Z')
  return order
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(n, f) {
  const t = process.hrtime.bigint()
  for (let i = 0; i < n; i++) f(i)
  return Number(process.hrtime.bigint() - t) / 1000 / n
}

const results = builds.map(() => ({ view: [], handle: [], out: [], in: [] }))
for (let round = 0; round < 5; round++) {
  builds.forEach(({ pp }, b) => {
    const order = placed(pp)
    const request = { events: JSON.parse(order.eventsJson()), policy: { window: { days: 30 } }, now: NOW, locale: 'en' }
    results[b].view.push(time(2000, () => pp.orderView(request)))
    const fresh = placed(pp)
    const hold = { type: 'hold', reason: 'address check' }
    const release = { type: 'release' }
    results[b].handle.push(time(2000, (i) => fresh.handle(i % 2 ? release : hold, `k-${round}-${i}`, NOW)))
    results[b].out.push(time(2000, () => order.events()))
    const stored = JSON.parse(order.eventsJson())
    results[b].in.push(time(2000, () => pp.Order.fromEvents(stored)))
  })
}
builds.forEach(({ dir }, b) => {
  const r = results[b]
  console.log(`${dir}: orderView ${median(r.view).toFixed(1)} us/call, Order.handle ${median(r.handle).toFixed(1)} us/call, ` +
    `events() ${median(r.out).toFixed(1)} us/call, Order.fromEvents ${median(r.in).toFixed(1)} us/call (medians of 5 rounds of 2000 calls)`)
})
