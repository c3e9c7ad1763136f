// The plugin against a real Medusa 2.21 server on the PostgreSQL the test command started
// (PP_POSTGRES_URL): migrate a fresh database, seed a shop (seed.ts), start the server with the
// plugin, place an order through the store API, fulfil and ship it through the admin API, and
// check the plugin's customer view and a refused return; deliver it, return a unit through the
// store API and receive it through the admin API, and follow the return in the plugin's view.
// Bounded: every wait has a deadline.
//   PP_POSTGRES_URL=postgres://… node server-test/run.mjs
import { spawn, execFileSync } from 'node:child_process'
import assert from 'node:assert/strict'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const pg = process.env.PP_POSTGRES_URL
if (!pg) throw new Error('PP_POSTGRES_URL is not set (run under scripts/with-postgres)')
const dbName = `medusa_${process.pid}`
const env = {
  ...process.env,
  DATABASE_URL: `${pg.slice(0, pg.lastIndexOf('/'))}/${dbName}`,
  PP_DB: pg,
  PORT: String(9000 + (process.pid % 500)),
  NODE_ENV: 'development',
  MEDUSA_DISABLE_TELEMETRY: 'true',
}
const base = `http://127.0.0.1:${env.PORT}`
const step = (what) => console.log(`--- ${what}`)
const medusa = (...args) => execFileSync('npx', ['medusa', ...args], { cwd: root, env, encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] })

step(`database ${dbName}`)
execFileSync(path.join(process.env.PP_PG_BIN ?? '/usr/lib/postgresql/15/bin', 'psql'), ['-q', pg, '-c', `create database ${dbName}`])
step('migrate')
medusa('db:migrate')
step('seed')
const seeded = JSON.parse(medusa('exec', './server-test/seed.ts').split('\n').find((l) => l.startsWith('SEEDED ')).slice(7))
medusa('user', '-e', 'admin@example.com', '-p', 'test-only-password')

step(`start on ${base}`)
// `medusa start` itself, in a process group of its own (`develop` would leave its watcher's
// server running when stopped)
const cli = path.join(root, 'node_modules', '@medusajs', 'cli', 'cli.js')
const server = spawn(process.execPath, [cli, 'start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
let log = ''
server.stdout.on('data', (d) => { log += d })
server.stderr.on('data', (d) => { log += d })
const stop = () => {
  try { process.kill(-server.pid, 'SIGKILL') } catch {}
}
process.on('exit', stop)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(1) })

async function until(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000
  for (;;) {
    try {
      const v = await probe()
      if (v) return v
    } catch {}
    if (Date.now() > deadline) throw new Error(`${what}: nothing after ${seconds} s\n${log.slice(-3000)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

async function call(method, url, body, headers = {}) {
  const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body ? JSON.stringify(body) : undefined })
  const text = await res.text()
  let json
  try { json = JSON.parse(text) } catch { json = text }
  return { status: res.status, json }
}
const ok = async (what, p) => {
  const r = await p
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`)
  return r.json
}

try {
  await until('the server', 240, async () => (await fetch(`${base}/health`)).ok)
  const store = { 'x-publishable-api-key': seeded.key }
  step('place an order through the store API')
  const { cart } = await ok('cart', call('POST', '/store/carts', { region_id: seeded.region }, store))
  await ok('line', call('POST', `/store/carts/${cart.id}/line-items`, { variant_id: seeded.variant, quantity: 2 }, store))
  const address = { first_name: 'Jane', last_name: 'Doe', address_1: 'Torstr. 5', city: 'Berlin', country_code: 'de', postal_code: '10119' }
  await ok('address', call('POST', `/store/carts/${cart.id}`, { email: 'jane@example.com', shipping_address: address, billing_address: address }, store))
  await ok('shipping', call('POST', `/store/carts/${cart.id}/shipping-methods`, { option_id: seeded.shipping }, store))
  const { payment_collection: pc } = await ok('payment collection', call('POST', '/store/payment-collections', { cart_id: cart.id }, store))
  await ok('payment session', call('POST', `/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: 'pp_system_default' }, store))
  const done = await ok('complete', call('POST', `/store/carts/${cart.id}/complete`, {}, store))
  assert.equal(done.type, 'order', JSON.stringify(done))
  const order = done.order

  step('the plugin kept the order (order.placed)')
  let view = await until('the view after order.placed', 60, async () => {
    const r = await call('GET', `/store/orders/${order.id}/post-purchase`, null, store)
    return r.status === 200 ? r.json : null
  })
  assert.equal(view.order, order.id)
  assert.equal(view.fulfilment, 'unfulfilled')

  step('fulfil and ship through the admin API')
  const { token } = await ok('login', call('POST', '/auth/user/emailpass', { email: 'admin@example.com', password: 'test-only-password' }))
  const admin = { authorization: `Bearer ${token}` }
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  await ok('fulfil', call('POST', `/admin/orders/${order.id}/fulfillments`, { items, location_id: seeded.location }, admin))
  const { order: withFulfilment } = await ok('order', call('GET', `/admin/orders/${order.id}?fields=*fulfillments`, null, admin))
  const fulfillment = withFulfilment.fulfillments.at(-1)
  await ok('ship', call('POST', `/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`, { items, labels: [{ tracking_number: 'MED-777', tracking_url: 'https://tracking.example/MED-777', label_url: 'https://tracking.example/label' }] }, admin))
  view = await until('the view after shipment.created', 60, async () => {
    const r = await call('GET', `/store/orders/${order.id}/post-purchase?locale=it`, null, store)
    return r.status === 200 && r.json.shipments.length && r.json.shipments[0].status === 'in_transit' ? r.json : null
  })
  assert.equal(view.locale, 'it')
  assert.equal(view.shipments[0].trackingNumber, 'MED-777')

  step('a return the eligibility engine refuses (more units than were bought)')
  const refused = await call('POST', '/store/returns', { order_id: order.id, items: [{ id: order.items[0].id, quantity: 5 }], return_shipping: { option_id: seeded.returns } }, store)
  assert.equal(refused.status, 400, JSON.stringify(refused.json))
  assert.equal(refused.json.verdict.lines[0].because[0].rule, 'quantity')

  step('delivered (admin), then a return the engine allows: Medusa creates it, the plugin follows it to received')
  await ok('deliver', call('POST', `/admin/orders/${order.id}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, admin))
  await until('the view after delivery.created', 60, async () => {
    const r = await call('GET', `/store/orders/${order.id}/post-purchase`, null, store)
    return r.status === 200 && r.json.shipments[0]?.status === 'delivered' ? r.json : null
  })
  const created = await ok('store return', call('POST', '/store/returns', { order_id: order.id, items: [{ id: order.items[0].id, quantity: 1 }], return_shipping: { option_id: seeded.returns } }, store))
  const returnId = created.return.id
  view = await until('the view after order.return_requested', 60, async () => {
    const r = await call('GET', `/store/orders/${order.id}/post-purchase`, null, store)
    return r.status === 200 && r.json.returns?.length ? r.json : null
  })
  assert.equal(view.returns[0].id, returnId)
  assert.equal(view.returns[0].status, 'approved', JSON.stringify(view.returns[0]))
  await ok('begin receive', call('POST', `/admin/returns/${returnId}/receive`, {}, admin))
  await ok('receive items', call('POST', `/admin/returns/${returnId}/receive-items`, { items: [{ id: order.items[0].id, quantity: 1 }] }, admin))
  await ok('confirm receive', call('POST', `/admin/returns/${returnId}/receive/confirm`, {}, admin))
  view = await until('the view after order.return_received', 60, async () => {
    const r = await call('GET', `/store/orders/${order.id}/post-purchase`, null, store)
    return r.status === 200 && r.json.returns?.[0]?.status === 'received' ? r.json : null
  })
  console.log('medusa server test passed')
} finally {
  stop()
}
