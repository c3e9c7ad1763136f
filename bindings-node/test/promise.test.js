// Delivery promises from Node: the same answers as the Rust suite on the same history, merged
// partitions equal to one fit, the window narrowing in transit with its late risk, the accuracy
// report, and bad input (a calendar without a working day, a model from a newer version, a
// percentile of 1, random shipments from fast-check) as typed errors, never a crash.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const fc = require('fast-check')
const pp = require('..')

const calendar = { timeZone: 'Europe/Berlin', workingDays: [true, true, true, true, true, false, false], cutoff: '14:00' }
const lane = { carrier: 'dhl', service: 'paket', origin: 'DE-1', destination: 'DE-8' }
const day = (d, h) => new Date(Date.UTC(2026, 2, d, h))
// forty parcels ordered on Monday morning, handed over that day, delivered on Wednesday
const history = Array.from({ length: 40 }, () => ({ lane, orderedAt: day(2, 8), handedOverAt: day(2, 12), deliveredAt: day(4, 15) }))

test('a promise at checkout, as the Rust doc example gives it', () => {
  const model = pp.PromiseModel.fit(calendar, history, day(20, 0))
  const p = model.promise(lane, day(9, 9), 0.9)
  assert.equal(p.likely, '2026-03-11')
  assert.equal(p.latest, '2026-03-11')
  assert.equal(p.confidence, 'high')
  assert.deepEqual(p.reasons, [])
  // an unseen lane borrows the shop's times and says so
  const unseen = model.promise({ ...lane, destination: 'AT' }, day(9, 9))
  assert.ok(unseen.reasons.includes('unknown_lane'))
})

test('two halves merged are the model of the whole; a document round-trips', () => {
  const whole = pp.PromiseModel.fit(calendar, history, day(20, 0))
  const merged = pp.PromiseModel.fit(calendar, history.slice(0, 15), day(20, 0)).merge(pp.PromiseModel.fit(calendar, history.slice(15), day(20, 0)))
  assert.equal(merged.toJson(), whole.toJson())
  assert.equal(pp.PromiseModel.fromJson(whole.toJson()).toJson(), whole.toJson())
  const newer = JSON.stringify({ ...JSON.parse(whole.toJson()), version: 99 })
  assert.throws(() => pp.PromiseModel.fromJson(newer), (e) => e.code === 'store.schema_too_new')
})

test('in transit: the risk of missing the promise grows with the days spent', () => {
  const slow = history.concat(Array.from({ length: 10 }, () => ({ lane, orderedAt: day(2, 8), handedOverAt: day(2, 12), deliveredAt: day(10, 15) })))
  const model = pp.PromiseModel.fit(calendar, slow, day(20, 0))
  // promised for Friday: on Monday one in five is late; still travelling on Thursday, all of them are
  const early = model.inTransit(lane, day(9, 12), day(9, 18), 0.9, '2026-03-13')
  const late = model.inTransit(lane, day(9, 12), day(12, 18), 0.9, '2026-03-13')
  assert.ok(Math.abs(early.lateRisk - 0.2) < 1e-9, `${early.lateRisk}`)
  assert.equal(late.lateRisk, 1)
  assert.equal(late.elapsedDays, 3)
  assert.equal(late.likely, '2026-03-17')
  assert.equal(model.inTransit(lane, day(9, 12), day(9, 18)).lateRisk, undefined)
  const report = model.accuracy(slow.map((s) => ({ shipped: s })), { fixedDays: 5 })
  assert.equal(report.parcels, 50)
  assert.equal(report.options.fixedDays, 5)
  assert.equal(report.reliability.length, 10)
  assert.ok(report.fixed.maeDays > 0)
  // each parcel's own promise (Friday 6 March: four business days) instead of a fixed number of days
  const own = model.accuracy(slow.map((s) => ({ shipped: s, promisedBy: day(6, 18) })))
  assert.equal(own.fixed.maeDays, 2, 'promised four business days, delivered in two (and the slow ones in six)')
  assert.equal(own.warnings.late, 10)
})

test('bad input is a typed error', () => {
  assert.throws(() => pp.PromiseModel.fit({ ...calendar, workingDays: Array(7).fill(false) }, history, day(20, 0)), (e) => e.code === 'config.invalid')
  assert.throws(() => pp.PromiseModel.fit({ ...calendar, timeZone: 'Mars/Olympus' }, history, day(20, 0)), (e) => e.code === 'input.invalid' || e.code === 'config.invalid')
  assert.throws(() => pp.PromiseModel.fit(calendar, [], day(20, 0)), (e) => e.code === 'input.invalid')
  const model = pp.PromiseModel.fit(calendar, history, day(20, 0))
  assert.throws(() => model.promise(lane, day(9, 9), 1), (e) => e.code === 'input.invalid')
  assert.throws(() => model.inTransit(lane, day(9, 12), day(8, 12)), (e) => e.code === 'input.invalid')
  assert.throws(() => model.inTransit(lane, day(9, 12), day(10, 12), 0.9, 'soon'), (e) => e.code === 'input.invalid')
  assert.throws(() => model.accuracy([], { warnAt: 2 }), (e) => e.code === 'input.invalid')
})

test('random shipments fit or fail with a code, and every promise is a date or null', () => {
  const when = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  const shipment = fc.record({
    lane: fc.record({ carrier: fc.constantFrom('dhl', 'ups', ''), service: fc.string(), origin: fc.string(), destination: fc.string() }),
    orderedAt: when,
    handedOverAt: fc.option(when, { nil: null }),
    deliveredAt: fc.option(when, { nil: null }),
  })
  fc.assert(
    fc.property(fc.array(shipment, { maxLength: 40 }), when, fc.double({ noNaN: false }), (shipments, asOf, percentile) => {
      let model
      try {
        model = pp.PromiseModel.fit(calendar, shipments, asOf)
      } catch (e) {
        assert.equal(typeof e.code, 'string')
        assert.notEqual(e.code, 'internal')
        return
      }
      for (const s of shipments.slice(0, 5)) {
        try {
          const p = model.promise(s.lane, s.orderedAt, percentile)
          for (const d of [p.earliest, p.likely, p.latest]) assert.ok(d == null || /^\d{4}-\d{2}-\d{2}$/.test(d), d)
        } catch (e) {
          assert.equal(e.code, 'input.invalid')
        }
      }
    }),
    { numRuns: 200 },
  )
})
