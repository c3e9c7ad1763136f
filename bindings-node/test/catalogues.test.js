// A shop's own words: Catalogues over the shipped ones, passed to the customer calls.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const pp = require('..')

const POLICY = { window: { days: 30 } }

test('a shop rewords a message and adds a language', () => {
  const texts = new pp.Catalogues()
    .add('en', 'policy-title = Our returns promise')
    .add('fr', 'policy-title = Retours et remboursements')
  assert.deepEqual(texts.languages(), ['en', 'it', 'fr'])
  assert.equal(texts.hostResources, 2)
  const en = pp.returnPolicySummary({ policy: POLICY, currency: 'EUR', locale: 'en' }, texts)
  assert.equal(en.title, 'Our returns promise')
  const fr = pp.returnPolicySummary({ policy: POLICY, currency: 'EUR', locale: 'fr-FR' }, texts)
  assert.equal(fr.locale, 'fr-FR')
  assert.equal(fr.title, 'Retours et remboursements')
  assert.match(fr.statements[0].text, /^You can return an item within 30 days/) // not translated: English
  assert.equal(pp.returnPolicySummary({ policy: POLICY, currency: 'EUR', locale: 'en' }).title, 'Returns and refunds')
  assert.ok(texts.missing('fr').includes('page-points') && !texts.missing('fr').includes('policy-title'))
})

test('a bad catalogue is refused whole with a stable code', () => {
  const texts = new pp.Catalogues()
  assert.throws(() => texts.add('de', 'page-points = Punkte\npage-pionts = Punkte\n'),
    (e) => e.code === 'input.invalid' && /line 2/.test(e.message))
  assert.throws(() => texts.add('de', 'page-points = { }\n'), (e) => e.code === 'input.invalid' && /line 1/.test(e.message))
  assert.throws(() => texts.add(7, 'page-points = x'), { code: 'input.invalid' })
  assert.throws(() => pp.loyaltySummary({ programme: { currency: 'EUR', earning: {} }, locale: 'en' }, { not: 'texts' }),
    { code: 'input.invalid' })
  assert.deepEqual(texts.languages(), ['en', 'it'])
  assert.equal(texts.hostResources, 0)
})
