// End to end: the webhook service on a loopback port, a recorded sequence of Shopify webhooks
// (created → paid → fulfilled → in transit → delayed → delivered → refund) signed as Shopify signs
// them, and the customer's page opened in headless Chromium after each one. A forged signature
// gets 401 and changes nothing; a replayed delivery changes nothing; the page speaks Italian when
// asked. Run by scripts/test-all (needs Debian's chromium: /usr/bin/chromium, or PP_CHROMIUM).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import { createHmac } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import pp from '../../index.js'
import { createService } from './server.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.join(here, '..', '..', '..', 'core', 'platforms', 'tests', 'fixtures')
// the bodies as bytes: Shopify's ids pass 2^53, so a body must never go through JSON.parse and
// back (820982911946154508 would come out as 820982911946154500)
const fixture = (file) => fs.readFileSync(path.join(FIXTURES, file), 'utf8')
const SECRET = 'shpss_rotated'
const ORDER = '820982911946154508'
let now = new Date('2026-03-02T16:00:00Z')

let server, base, browser, page, dir

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-webhooks-'))
  const db = process.env.PP_WEBHOOK_DB ?? path.join(dir, 'webhooks.sqlite')
  const service = createService({
    store: new pp.Store(db, db.startsWith('postgres') ? `webhooks_${process.pid}` : undefined),
    secrets: { shopify: [SECRET, 'shpss_previous'], woocommerce: ['wc_secret'] },
    policy: JSON.parse(fs.readFileSync(path.join(here, '..', '..', '..', 'examples', 'return_policy.json'), 'utf8')),
    theme: { shop: 'Trailhead Outfitters', colour: '#2f6f4f' },
    clock: () => now,
  })
  server = http.createServer(service)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
  browser = await chromium.launch({
    executablePath: process.env.PP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  })
  page = await browser.newPage()
})

after(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

let deliveries = 0
async function deliver(topic, body, { secret = SECRET, id } = {}) {
  const raw = Buffer.from(body)
  const eventId = id ?? `evt-${++deliveries}`
  const res = await fetch(`${base}/webhooks/shopify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': topic,
      'x-shopify-event-id': eventId,
      'x-shopify-hmac-sha256': createHmac('sha256', secret).update(raw).digest('base64'),
    },
    body: raw,
  })
  return { status: res.status, body: await res.json(), id: eventId }
}

/** What the customer sees: the page as Chromium renders it. */
async function seen(query = '') {
  const resp = await page.goto(`${base}/orders/${ORDER}${query}`)
  if (resp.status() !== 200) throw new Error(`the page: ${resp.status()} ${await resp.text()}`)
  return {
    headline: await page.locator('h1').innerText(),
    fulfilment: await page.locator('body').getAttribute('data-fulfilment'),
    parcels: await page.locator('section.parcel').evaluateAll((els) => els.map((e) => ({
      status: e.dataset.status,
      delayed: e.dataset.delayed,
      current: e.querySelector('[data-state=current]')?.dataset.step ?? null,
      delivered: e.querySelector('[data-step=delivered]')?.dataset.state ?? null,
    }))),
    waiting: await page.locator('section.waiting li').count(),
    html: await page.content(),
  }
}

test('a Shopify order seen by its customer, webhook by webhook', async () => {
  const created = fixture('shopify/orders_create.json').replace('"financial_status": "paid"', '"financial_status": "pending"')
  let r = await deliver('orders/create', created)
  assert.deepEqual([r.status, r.body.applied], [200, ['place']])
  let s = await seen()
  assert.equal(s.fulfilment, 'unfulfilled')
  assert.equal(s.parcels.length, 0)
  assert.equal(s.waiting, 2, 'both lines wait to be packed')

  r = await deliver('orders/paid', fixture('shopify/orders_create.json'))
  assert.deepEqual(r.body.applied, ['capture_payment'])

  now = new Date('2026-03-03T16:00:00Z')
  r = await deliver('fulfillments/create', fixture('shopify/fulfillments_create_partial.json'))
  assert.deepEqual(r.body.applied, ['create_shipment', 'record_tracking'])
  s = await seen()
  assert.equal(s.fulfilment, 'partially_fulfilled')
  assert.deepEqual(s.parcels, [{ status: 'in_transit', delayed: 'no', current: 'in_transit', delivered: 'upcoming' }])
  assert.equal(s.waiting, 1, 'the cases still wait')

  now = new Date('2026-03-04T16:00:00Z')
  r = await deliver('fulfillments/update', fixture('shopify/fulfillments_update_in_transit.json'))
  assert.deepEqual(r.body.applied, ['record_tracking'])

  now = new Date('2026-03-07T18:00:00Z')
  await deliver('fulfillments/update', fixture('shopify/fulfillments_update_delayed.json'))
  s = await seen()
  assert.equal(s.parcels[0].delayed, 'yes', 'the carrier said delayed')

  // a forged delivery, claiming the parcel arrived: refused, and the page is as it was
  const before = s.html
  r = await deliver('fulfillments/update', fixture('shopify/fulfillments_update_delivered.json'), { secret: 'guessed' })
  assert.equal(r.status, 401)
  assert.equal((await seen()).html, before)

  now = new Date('2026-03-08T21:00:00Z')
  r = await deliver('fulfillments/update', fixture('shopify/fulfillments_update_delivered.json'))
  s = await seen()
  assert.equal(s.parcels[0].status, 'delivered')
  assert.equal(s.parcels[0].delivered, 'done')

  // the same delivery again (Shopify retries): a duplicate, nothing changes
  const delivered = s.html
  r = await deliver('fulfillments/update', fixture('shopify/fulfillments_update_delivered.json'), { id: r.id })
  assert.deepEqual([r.status, r.body.duplicate, r.body.applied], [200, true, []])
  assert.equal((await seen()).html, delivered)

  now = new Date('2026-03-10T17:00:00Z')
  r = await deliver('refunds/create', fixture('shopify/refunds_create_no_restock.json'))
  assert.deepEqual(r.body.applied, ['refund_payment'])
  const view = await (await fetch(`${base}/orders/${ORDER}/view.json`)).json()
  assert.equal(view.order, ORDER)

  // the customer's language
  const it = await seen('?lang=it')
  assert.match(it.html, /<html lang="it">/)
  assert.notEqual(it.headline, s.headline)
})

test('a fulfilment before its order is refused so that Shopify retries, and an unmappable body is named', async () => {
  const early = fixture('shopify/fulfillments_create_partial.json').replace('"order_id": 820982911946154508', '"order_id": 42')
  let r = await deliver('fulfillments/create', early)
  assert.deepEqual([r.status, r.body.error], [422, 'order.not_placed'])
  r = await deliver('orders/edited', fixture('shopify/orders_edited_addition.json'))
  assert.equal(r.status, 422)
  assert.match(r.body.message, /order_edit\.line_items\.additions/)
})

test('a WooCommerce order: a forged delivery is refused, a real one shows on the page', async () => {
  const raw = Buffer.from(fixture('woocommerce/order_updated_tracking.json'))
  const post = (secret, id) => fetch(`${base}/webhooks/woocommerce`, {
    method: 'POST',
    headers: {
      'x-wc-webhook-topic': 'order.updated',
      'x-wc-webhook-delivery-id': id,
      'x-wc-webhook-signature': createHmac('sha256', secret).update(raw).digest('base64'),
    },
    body: raw,
  })
  assert.equal((await post('nope', 'd-1')).status, 401)
  assert.equal((await fetch(`${base}/orders/727`)).status, 404, 'nothing was recorded')
  const r = await post('wc_secret', 'd-2')
  assert.deepEqual((await r.json()).applied, ['place', 'capture_payment', 'create_shipment', 'record_tracking'])
  await page.goto(`${base}/orders/727`)
  assert.equal(await page.locator('section.parcel').getAttribute('data-status'), 'in_transit')
  assert.equal(await page.locator('body').getAttribute('data-fulfilment'), 'fulfilled')
})
