// A tiny carrier-webhook handler: verifies an AfterShip webhook's signature, then takes the tracking
// payload, updates the order, and prints the notification intents it produces.
// Run: node examples/webhook.mjs
import { createHmac } from 'node:crypto'
import pp from '../index.js'

// the secret from AfterShip's webhook settings (two while rotating)
const SECRETS = ['example-secret']

const order = pp.Order.place({
  id: '1001', customer: 'c-42', currency: 'EUR', placed_at: '2026-03-01T09:00:00Z',
  lines: [{ id: 'l1', sku: 'BOOT', title: 'Boots', quantity: 1, unit_price: { amount: '129.00', currency: 'EUR' } }],
}, 'place', new Date('2026-03-01T09:00:00Z'))
order.handle({ type: 'create_shipment', shipment: { id: 's1', carrier: 'dhl', lines: [{ line: 'l1', quantity: 1 }], promised_by: '2026-03-04T18:00:00Z' } }, 'ship', '2026-03-01T15:00:00Z')
const policy = { kinds: { shipped: { channels: ['push', 'email'] }, out_for_delivery: { channels: ['push'] }, delivered: { channels: ['email'] } } }
const prefs = { customer: 'c-42', time_zone: 'Europe/Berlin', push: true, marketing_consent: true }
const sent = []

// what an HTTP handler receives: the raw body and the `aftership-hmac-sha256` header
function receive(rawBody, signatureHeader) {
  try {
    pp.verifyWebhook('aftership', rawBody, signatureHeader, SECRETS)
  } catch (e) {
    if (e.code === 'webhook.signature_mismatch' || e.code === 'webhook.stale_timestamp') {
      return console.log(`refused: ${e.code} (answer 401, change nothing)`)
    }
    throw e
  }
  onWebhook(JSON.parse(rawBody.toString('utf8')))
}

function onWebhook(payload) {
  const { subtag, checkpoint_time: at } = payload.msg
  const mapped = pp.mapStatus('aftership', subtag)
  if (!mapped.status) {
    console.log(`${subtag}: unknown carrier code, kept for review`)
    return
  }
  const event = { occurred_at: at, status: mapped.status, delayed: mapped.delayed, raw_code: subtag }
  // the webhook's own id is the idempotency key: a redelivered webhook changes nothing
  const { signals, eventCount } = order.handle({ type: 'record_tracking', shipment: 's1', event }, payload.event_id, at)
  if (eventCount === 0) return console.log(`${subtag}: duplicate delivery of ${payload.event_id}, ignored`)
  if (signals.length === 0) console.log(`${subtag} -> ${mapped.status}: no message (no status change)`)
  for (const s of signals) {
    for (const i of pp.planNotifications(s, prefs, policy, sent)) {
      sent.push({ dedupe_key: i.dedupeKey, kind: i.kind, channel: i.channel, send_at: i.sendAt })
      console.log(`${subtag} -> ${mapped.status}: ${i.kind} via ${i.channel} at ${i.sendAt.toISOString()} key ${i.dedupeKey}`)
    }
  }
}

// AfterShip signs each body; here we sign like AfterShip does to simulate its requests
const send = (payload) => {
  const body = Buffer.from(JSON.stringify(payload))
  receive(body, createHmac('sha256', SECRETS[0]).update(body).digest('base64'))
}
send({ event_id: 'wh-1', msg: { subtag: 'InTransit_002', checkpoint_time: '2026-03-02T08:00:00Z' } })
send({ event_id: 'wh-2', msg: { subtag: 'InTransit_003', checkpoint_time: '2026-03-02T12:00:00Z' } })
send({ event_id: 'wh-2', msg: { subtag: 'InTransit_003', checkpoint_time: '2026-03-02T12:00:00Z' } })
send({ event_id: 'wh-3', msg: { subtag: 'Teleported_001', checkpoint_time: '2026-03-02T13:00:00Z' } })
// someone who knows the endpoint but not the secret tries to mark the parcel delivered
receive(Buffer.from(JSON.stringify({ event_id: 'forged', msg: { subtag: 'Delivered_001', checkpoint_time: '2026-03-02T14:00:00Z' } })), 'bm90IHRoZSBzaWduYXR1cmU=')
send({ event_id: 'wh-4', msg: { subtag: 'OutForDelivery_001', checkpoint_time: '2026-03-03T06:10:00Z' } })
send({ event_id: 'wh-5', msg: { subtag: 'Delivered_001', checkpoint_time: '2026-03-03T10:00:00Z' } })
const s = order.summary(new Date('2026-03-03T12:00:00Z'))
console.log(`order ${s.id}: ${s.fulfilmentStatus}, shipment ${s.shipments[0].status}, late ${s.shipments[0].delay.late}`)
