// Type-checked with `tsc --noEmit --strict`: the published types are enough to use the package.
import * as pp from '../index.js'

const m: pp.MappedStatus = pp.mapStatus('shopify', 'delayed')
const status: string | undefined = m.status
const parts: string[] = pp.allocate('10.00', 'USD', ['1', '1', '1'])
const order: pp.Order = pp.Order.place('{}', 'k', '2026-03-01T00:00:00Z')
const events: string = order.handle('{"type":"confirm"}', 'k2', '2026-03-01T00:00:00Z')
const member = new pp.Member('c-1')
const version: number = JSON.parse(member.stateJson()).version
console.log(status, parts, events, version)
const code: pp.ErrorCode = 'money.unknown_currency'
const codes: pp.ErrorCode[] = pp.errorCodes()
console.log(code, codes.length)
