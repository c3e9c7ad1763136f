// The package works with `import` as well as `require`: default and named exports.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import pp, { mapStatus, Order, errorCodes } from '../index.js'

test('import gives the same API as require', () => {
  assert.equal(mapStatus('easypost', 'out_for_delivery').status, 'out_for_delivery')
  assert.equal(pp.mapStatus, mapStatus)
  assert.equal(typeof Order.place, 'function')
  assert.ok(errorCodes().includes('money.unknown_currency'))
})
