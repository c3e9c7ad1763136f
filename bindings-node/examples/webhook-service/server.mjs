// A webhook service a shop runs beside Shopify or WooCommerce: it receives the platform's
// webhooks, verifies them, records them, brings the order up to date through the library and a
// store, and serves the customer's tracking page.
//
//   POST /webhooks/shopify        X-Shopify-Hmac-Sha256, X-Shopify-Topic, X-Shopify-Event-Id
//   POST /webhooks/woocommerce    X-WC-Webhook-Signature, X-WC-Webhook-Topic, X-WC-Webhook-Delivery-ID
//   GET  /orders/{id}             the tracking page (HTML), in the customer's language
//                                 (`?lang=it`, else Accept-Language, else English)
//   GET  /orders/{id}/view.json   the customer view it is drawn from
//
// Answers: 200 when applied (or a duplicate: nothing changes), 401 for a bad signature (nothing
// read), 409 when the order moved on while we planned (the platform retries), 422 for a body
// that cannot be mapped or an order not seen yet (the platform retries later), 413 for a body
// over 5 MiB. Each delivery's id goes into the store's inbox once it is applied; a retry is
// planned again (every step is keyed by the platform's ids, so it changes nothing) and answered
// as a duplicate.
//
// Run: node examples/webhook-service/server.mjs [--port 8080] [--db webhooks.sqlite | postgres://…]
//      with SHOPIFY_SECRETS / WOOCOMMERCE_SECRETS (comma-separated: two during a rotation).
import http from 'node:http'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import pp from '../../index.js'

const LIMIT = 5 * 1024 * 1024
const LANGUAGES = ['en', 'it']

/** The service's request handler: `store` a `pp.Store`, `secrets` per platform, `policy` the
 *  shop's return policy, `theme` `{shop, colour}`, `clock()` the time (for the page's "now"). */
export function createService({ store, secrets, policy, theme, clock = () => new Date() }) {
  const respond = (res, status, body, type = 'application/json') => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8` })
    res.end(type === 'application/json' ? JSON.stringify(body) : body)
  }

  function receive(platform, req, raw) {
    let delivery
    try {
      delivery = pp.verifyDelivery(platform, req.headers, raw, secrets[platform] ?? [])
    } catch (e) {
      if (e.code === 'platform.payload_too_large') return [413, { error: e.code }]
      if (e.code === 'webhook.signature_mismatch' || e.code === 'input.invalid') return [401, { error: e.code }]
      throw e
    }
    let seen
    try {
      seen = pp.PlatformBody.read(platform, delivery.topic, raw, delivery.triggeredAt ?? null)
    } catch (e) {
      if (e.code === 'platform.unmappable') return [422, { error: e.code, message: e.message }]
      throw e
    }
    const stream = `order-${platform}-${seen.orderId}`
    const events = store.load(stream)
    let plan
    try {
      plan = seen.plan(events.length ? pp.Order.fromEvents(events) : null)
    } catch (e) {
      // a fulfilment before its order, or a rule refusing a step: applied nothing, retried later
      return [422, { error: e.code, message: e.message }]
    }
    if (plan.steps.length) {
      try {
        store.commit(stream, plan.expectedVersion, JSON.parse(plan.eventsJson))
      } catch (e) {
        if (e.code === 'store.concurrency_conflict') return [409, { error: e.code }]
        throw e
      }
    }
    const first = store.firstDelivery(`webhooks-${platform}`, delivery.id, clock())
    return [200, { order: seen.orderId, applied: plan.steps.map((s) => s.command.type), duplicate: !first }]
  }

  function view(platform, id, locale) {
    const events = store.load(`order-${platform}-${id}`)
    if (!events.length) return null
    return pp.orderView({ events, policy, now: clock(), locale })
  }

  return (req, res) => {
    const url = new URL(req.url, 'http://localhost')
    const hook = url.pathname.match(/^\/webhooks\/(shopify|woocommerce)$/)
    if (req.method === 'POST' && hook) {
      const chunks = []
      let size = 0
      req.on('data', (c) => {
        size += c.length
        if (size <= LIMIT) chunks.push(c)
      })
      req.on('end', () => {
        if (size > LIMIT) return respond(res, 413, { error: 'platform.payload_too_large' })
        try {
          const [status, body] = receive(hook[1], req, Buffer.concat(chunks))
          respond(res, status, body)
        } catch (e) {
          respond(res, 500, { error: e.code ?? 'internal', message: String(e.message) })
        }
      })
      return
    }
    const page = url.pathname.match(/^\/orders\/([^/]+?)(\/view\.json)?$/)
    if (req.method === 'GET' && page) {
      const locale = language(url.searchParams.get('lang'), req.headers['accept-language'])
      const id = decodeURIComponent(page[1])
      const v = view('shopify', id, locale) ?? view('woocommerce', id, locale)
      if (!v) return respond(res, 404, { error: 'store.not_found' })
      return page[2] ? respond(res, 200, v) : respond(res, 200, render(v, theme), 'text/html')
    }
    respond(res, 404, { error: 'not_found' })
  }
}

/** The customer's language: `?lang=`, else the first supported Accept-Language tag, else English. */
function language(asked, accept) {
  const wanted = [asked, ...String(accept ?? '').split(',').map((t) => t.split(';')[0].trim())]
  for (const tag of wanted) {
    const base = String(tag ?? '').toLowerCase().split('-')[0]
    if (LANGUAGES.includes(base)) return base
  }
  return 'en'
}

const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])

/** The branded tracking page: the view's own words, nothing computed here. */
export function render(view, theme) {
  const colour = /^#[0-9a-f]{6}$/i.test(theme.colour) ? theme.colour : '#333333'
  const shipments = view.shipments.map((s) => `
    <section class="parcel" data-shipment="${escape(s.id)}" data-status="${escape(s.status)}" data-delayed="${s.delay?.carrierDelayed || s.delay?.late ? 'yes' : 'no'}">
      <h2>${escape(s.carrier)} ${escape(s.trackingNumber ?? '')}</h2>
      <ul class="items">${s.items.map((i) => `<li>${escape(i.quantity)} × ${escape(i.title)}</li>`).join('')}</ul>
      <ol class="timeline">${s.timeline.map((t) => `<li data-step="${escape(t.step)}" data-state="${escape(t.state)}">${escape(t.statement.text)}</li>`).join('')}</ol>
      ${s.next ? `<p class="next" data-message="${escape(s.next.message)}">${escape(s.next.text)}</p>` : ''}
    </section>`).join('')
  const waiting = view.waiting.length
    ? `<section class="waiting"><ul>${view.waiting.map((w) => `<li data-line="${escape(w.line)}">${escape(w.quantity)} × ${escape(w.title)}</li>`).join('')}</ul></section>`
    : ''
  return `<!doctype html>
<html lang="${escape(view.locale)}"><head><meta charset="utf-8"><title>${escape(theme.shop)}: ${escape(view.order)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;color:#222}header{border-bottom:4px solid ${colour}}
[data-state=current]{font-weight:bold;color:${colour}}[data-state=upcoming]{color:#888}</style></head>
<body data-order="${escape(view.order)}" data-fulfilment="${escape(view.fulfilment)}">
<header><p class="shop">${escape(theme.shop)}</p><h1 data-message="${escape(view.headline.message)}">${escape(view.headline.text)}</h1></header>
${shipments}${waiting}
</body></html>`
}

// run as a program
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : fallback
  }
  const split = (v) => String(v ?? '').split(',').filter(Boolean)
  const here = fileURLToPath(new URL('.', import.meta.url))
  const theme = JSON.parse(fs.readFileSync(`${here}/../../../examples/tracking_theme.json`, 'utf8'))
  const policy = JSON.parse(fs.readFileSync(`${here}/../../../examples/return_policy.json`, 'utf8'))
  const service = createService({
    store: new pp.Store(arg('--db', 'webhooks.sqlite')),
    secrets: { shopify: split(process.env.SHOPIFY_SECRETS), woocommerce: split(process.env.WOOCOMMERCE_SECRETS) },
    policy,
    theme,
  })
  const port = Number(arg('--port', 8080))
  http.createServer(service).listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}`))
}
