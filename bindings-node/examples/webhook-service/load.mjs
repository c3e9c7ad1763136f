// A bounded loopback load on the webhook service (not part of the tests): `clients` concurrent
// shops' worth of traffic, each client replaying one order's life (orders/create → fulfillments/
// create → in transit → delivered, each signed) with its page opened after every webhook, for
// `seconds` per level. Prints requests/s with the p50 and p99 latency per level, and the highest
// level whose p99 stays under 50 ms.
//   node examples/webhook-service/load.mjs [--seconds 10] [--levels 1,4,16] [--db path | postgres://…]
import http from 'node:http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHmac } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import pp from '../../index.js'
import { createService } from './server.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const seconds = Number(arg('--seconds', 10))
const levels = arg('--levels', '1,4,16').split(',').map(Number)
const here = path.dirname(fileURLToPath(import.meta.url))
const FIX = path.join(here, '..', '..', '..', 'core', 'platforms', 'tests', 'fixtures', 'shopify')
const text = (f) => fs.readFileSync(path.join(FIX, f), 'utf8')
const LIFE = [
  ['orders/create', text('orders_create.json')],
  ['fulfillments/create', text('fulfillments_create_partial.json')],
  ['fulfillments/update', text('fulfillments_update_in_transit.json')],
  ['fulfillments/update', text('fulfillments_update_delivered.json')],
]
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-load-'))
const db = arg('--db', path.join(dir, 'load.sqlite'))
const store = new pp.Store(db, db.startsWith('postgres') ? `load_${process.pid}` : undefined)
const policy = JSON.parse(fs.readFileSync(path.join(here, '..', '..', '..', 'examples', 'return_policy.json'), 'utf8'))
const server = http.createServer(createService({ store, secrets: { shopify: ['s'] }, policy, theme: { shop: 'Load', colour: '#336699' } }))
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const base = `http://127.0.0.1:${server.address().port}`
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })

function request(method, url, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint()
    const req = http.request(url, { method, agent, headers }, (res) => {
      res.resume()
      res.on('end', () => resolve([res.statusCode, Number(process.hrtime.bigint() - t) / 1e6]))
    })
    req.on('error', reject)
    req.end(body)
  })
}

let orders = 0
async function client(until, latencies, failures) {
  while (Date.now() < until) {
    const id = String(900000000000000000n + BigInt(++orders))
    let n = 0
    for (const [topic, body] of LIFE) {
      const raw = Buffer.from(body.replaceAll('820982911946154508', id))
      const sig = createHmac('sha256', 's').update(raw).digest('base64')
      const [status, ms] = await request('POST', `${base}/webhooks/shopify`, raw,
        { 'x-shopify-topic': topic, 'x-shopify-event-id': `${id}-${n++}`, 'x-shopify-hmac-sha256': sig })
      latencies.push(ms)
      if (status !== 200) failures.push(status)
      const [pageStatus, pageMs] = await request('GET', `${base}/orders/${id}`)
      latencies.push(pageMs)
      if (pageStatus !== 200) failures.push(pageStatus)
    }
  }
}

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]
let best = null
console.log(`load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${db.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'} store, ${seconds} s per level`)
for (const level of levels) {
  const latencies = []
  const failures = []
  const until = Date.now() + seconds * 1000
  const started = process.hrtime.bigint()
  await Promise.all(Array.from({ length: level }, () => client(until, latencies, failures)))
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9
  latencies.sort((a, b) => a - b)
  const p99 = pct(latencies, 0.99)
  console.log(`${String(level).padStart(3)} clients: ${(latencies.length / elapsed).toFixed(0)} requests/s, p50 ${pct(latencies, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${failures.length} failed`)
  if (p99 < 50 && failures.length === 0) best = { level, rate: latencies.length / elapsed }
}
console.log(best ? `highest level with p99 < 50 ms: ${best.level} clients, ${best.rate.toFixed(0)} requests/s` : 'no level kept p99 under 50 ms')
server.close()
agent.destroy()
fs.rmSync(dir, { recursive: true, force: true })
