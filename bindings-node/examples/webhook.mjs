// A tiny carrier-webhook handler: takes an AfterShip-style tracking payload, updates the order, and
// prints the notification intents it produces. Run: node examples/webhook.mjs
import pp from '../index.js'

const J = JSON.stringify
const order = pp.Order.place(J({
  id: '1001', customer: 'c-42', currency: 'EUR', placed_at: '2026-03-01T09:00:00Z',
  lines: [{ id: 'l1', sku: 'BOOT', title: 'Boots', quantity: 1, unit_price: { amount: '129.00', currency: 'EUR' } }],
}), 'place', '2026-03-01T09:00:00Z')
order.handle(J({ type: 'create_shipment', shipment: { id: 's1', carrier: 'dhl', lines: [{ line: 'l1', quantity: 1 }] } }), 'ship', '2026-03-01T15:00:00Z')
const policy = J({ kinds: { shipped: { channels: ['push', 'email'] }, review_request: { channels: ['email'] } } })
const prefs = J({ customer: 'c-42', time_zone: 'Europe/Berlin', push: true, marketing_consent: true })

function onWebhook(payload) {
  const mapped = pp.mapStatus('aftership', payload.msg.subtag)
  if (!mapped.status) {
    console.log(`${payload.msg.subtag}: unknown carrier code, kept for review`)
    return
  }
  const event = { occurred_at: payload.msg.checkpoint_time, status: mapped.status, delayed: mapped.delayed, raw_code: payload.msg.subtag }
  const { signals } = JSON.parse(order.handleWithSignals(J({ type: 'record_tracking', shipment: 's1', event }), payload.event_id, payload.msg.checkpoint_time))
  if (signals.length === 0) console.log(`${payload.msg.subtag} -> ${mapped.status}: no message (no status change)`)
  for (const s of signals) {
    for (const i of JSON.parse(pp.planNotifications(J(s), prefs, policy, '[]'))) {
      console.log(`${payload.msg.subtag} -> ${mapped.status}: ${i.kind} via ${i.channel} at ${i.send_at} key ${i.dedupe_key}`)
    }
  }
}

onWebhook({ event_id: 'wh-1', msg: { subtag: 'InTransit_002', checkpoint_time: '2026-03-02T08:00:00Z' } })
onWebhook({ event_id: 'wh-2', msg: { subtag: 'InTransit_003', checkpoint_time: '2026-03-02T12:00:00Z' } })
onWebhook({ event_id: 'wh-3', msg: { subtag: 'Teleported_001', checkpoint_time: '2026-03-02T13:00:00Z' } })
onWebhook({ event_id: 'wh-4', msg: { subtag: 'Delivered_001', checkpoint_time: '2026-03-03T10:00:00Z' } })
console.log('order:', JSON.parse(order.summaryJson()).fulfilment_status)
