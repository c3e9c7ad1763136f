// JUnit 5 tests of the generated Kotlin bindings, run on the JVM against the built library:
// the shared vectors in conformance/ that concern the mobile surface (one dynamic test per case),
// the mobile use cases, and bad input raising PostPurchaseException with the core's code instead
// of crashing the JVM. scripts/test-mobile runs them with JUnit's console launcher:
//   java -Djna.library.path=<dir of the .so> -Dconformance.dir=conformance \
//     -jar junit-platform-console-standalone.jar -cp <tests, JNA, Gson, kotlin-stdlib> --select-class dev.postpurchase.test.MobileTest
package dev.postpurchase.test

import dev.postpurchase.*
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import java.io.File
import java.math.BigDecimal
import java.time.Instant

/** Fails the running test with `name` and the detail when `ok` is false. */
fun check(name: String, ok: Boolean, detail: () -> String = { "" }) {
    assertTrue(ok) { "$name: ${detail()}" }
}

/** The error code a call raised, or null when it returned. */
fun codeOf(block: () -> Unit): String? = try {
    block()
    null
} catch (e: PostPurchaseException) {
    e.errorCode()
}

fun t(s: Any?): Instant = Instant.parse(s.str())
fun snake(e: Enum<*>): String = e.name.lowercase()
fun money(amount: Any?, currency: Any?) = Money(BigDecimal(amount.str()), currency.str())
/** An amount as the vectors write it (the decimal string the core gives, digit for digit). */
fun plain(a: BigDecimal?): String? = a?.toPlainString()
fun scan(v: Any?): CarrierEvent {
    val e = v.obj()
    return CarrierEvent(occurredAt = t(e["occurred_at"]), status = trackingStatusFromName(e["status"].str()), delayed = e["delayed"] == true)
}

// ---- conformance ops, over the Kotlin API only ----

fun moneyOp(op: String, i: Map<String, Any?>): Any? = when (op) {
    "currency" -> mapOf("minor_units" to currencyMinorUnits(i["code"].str()).toInt())
    "allocate" -> mapOf("parts" to allocate(money(i["amount"], i["currency"]), i["weights"].list().map { it.str() }).map { it.amount.toPlainString() })
    "take_units" -> mapOf("amount" to takeUnits(money(i["amount"], i["currency"]), i["taken"].num().toLong(), i["remaining"].num().toLong()).amount.toPlainString())
    "settled" -> mapOf("settled" to isSettled(money(i["due"], i["currency"]), money(i["paid"], i["currency"])))
    else -> error("unknown money op $op")
}

fun trackingOp(op: String, i: Map<String, Any?>): Any? = when (op) {
    "map_carrier_status" -> {
        val m = mapCarrierStatus(carrierSourceFromName(i["source"].str()), i["code"].str())
        check("raw code kept", m.rawCode == i["code"]) { m.rawCode }
        mapOf("status" to m.status?.let { trackingStatusName(it) }, "delayed" to m.delayed)
    }
    "merchant_status" -> mapOf("status" to snake(merchantStatus(i["events"].list().map(::scan))))
    "assess_delay" -> {
        val a = assessDelay(
            i["events"].list().map(::scan),
            t(i["shipped_at"]),
            i["promised_by"]?.let(::t),
            Route.valueOf(i["route"].str().uppercase()),
            t(i["now"]),
        )
        mapOf("status" to snake(a.status), "late" to a.late, "stalled" to a.stalled, "presumed_lost" to a.presumedLost)
    }
    else -> error("unknown tracking op $op")
}

fun cmd(vararg pairs: Pair<String, Any?>): String = Json.write(mapOf(*pairs))

fun orderOp(i: Map<String, Any?>): Any? {
    val order = i["order"].obj()
    var u = placeOrder(Json.write(order), "place", t(order["placed_at"]))
    for (step in i["steps"].list().map { it.obj() }) {
        u = handleOrderCommand(u.eventsJson, Json.write(step["command"]), step["key"].str(), t(step["now"]))
    }
    val s = u.summary
    return mapOf(
        "fulfilment_status" to snake(s.fulfilmentStatus),
        "payment_status" to snake(s.paymentStatus),
        "total" to s.total.amount.toPlainString(),
        "amount_due" to s.amountDue.amount.toPlainString(),
    )
}

/** Places the order, captures it in full, ships everything, delivers it at `deliveredAt` (if any). */
fun setupOrder(i: Map<String, Any?>, deliveredAt: Instant?): OrderUpdate {
    val order = i["order"].obj()
    val at = t(order["placed_at"])
    var u = placeOrder(Json.write(order), "place", at)
    val pay = cmd("type" to "capture_payment", "payment" to "p1", "amount" to mapOf("amount" to u.summary.total.amount.toPlainString(), "currency" to order["currency"]))
    u = handleOrderCommand(u.eventsJson, pay, "pay", at)
    val lines = order["lines"].list().map { mapOf("line" to it.obj()["id"], "quantity" to it.obj()["quantity"]) }
    u = handleOrderCommand(u.eventsJson, cmd("type" to "create_shipment", "shipment" to mapOf("id" to "s1", "lines" to lines, "carrier" to "ups")), "ship", at)
    val event = mapOf("occurred_at" to at.toString(), "status" to "in_transit")
    u = handleOrderCommand(u.eventsJson, cmd("type" to "record_tracking", "shipment" to "s1", "event" to event), "scan", at)
    if (deliveredAt != null) {
        u = handleOrderCommand(u.eventsJson, cmd("type" to "mark_delivered", "shipment" to "s1", "at" to deliveredAt.toString()), "deliver", at)
    }
    return u
}

fun returnLines(v: Any?): List<RequestedLine> = v.list().map {
    val l = it.obj()
    RequestedLine(line = l["line"].str(), quantity = l["quantity"].num().toLong(), reason = ReturnReason.valueOf(l["reason"].str().uppercase()))
}

fun context(v: Any?): EligibilityContext {
    val c = v?.obj() ?: emptyMap()
    val tier = c["tier"]?.obj()?.let {
        TierBenefits(tier = it["tier"]?.str() ?: "", extraReturnDays = it["extra_return_days"]?.num()?.toLong(), freeReturnShipping = it["free_return_shipping"] as Boolean?)
    }
    return EligibilityContext(recentReturns = c["recent_returns"]?.list()?.map(::t), tier = tier)
}

fun returnsOp(op: String, i: Map<String, Any?>): Any? {
    val policy = Json.write(i["policy"])
    return when (op) {
        "return_eligibility" -> {
            val u = setupOrder(i, i["delivered_at"]?.let(::t))
            val q = i["request"].obj()
            val req = ReturnRequest(id = q["id"].str(), customer = q["customer"].str(), lines = returnLines(q["lines"]), method = RefundMethod.valueOf(q["method"].str().uppercase()))
            val r = evaluateReturn(u.eventsJson, req, policy, context(i["context"]), t(i["now"]))
            val p = previewReturn(u.eventsJson, req, policy, context(i["context"]), t(i["now"]))
            check("preview decides as evaluate", p.report == r) { "${p.report} vs $r" }
            mapOf(
                "outcome" to snake(r.outcome),
                "method" to snake(r.method),
                "lines" to r.lines.map {
                    mapOf("outcome" to snake(it.outcome), "code" to decisionCodeName(it.code), "window_end" to it.windowEnd?.toString(), "days_left" to it.daysLeft)
                },
            )
        }
        "return_refunds" -> {
            val placed = t(i["order"].obj()["placed_at"])
            var u = setupOrder(i, placed.plusSeconds(2 * 86400))
            val now = placed.plusSeconds(5 * 86400)
            val method = RefundMethod.valueOf(i["method"].str().uppercase())
            val customer = i["order"].obj()["customer"].str()
            val refunds = mutableListOf<String>()
            i["returns"].list().forEachIndexed { n, lines ->
                val req = ReturnRequest(id = "r$n", customer = customer, lines = returnLines(lines), method = method)
                val preview = previewReturn(u.eventsJson, req, policy, EligibilityContext(), now)
                u = requestReturn(u.eventsJson, req, policy, EligibilityContext(), "req$n", now).update
                val items = lines.list().map { mapOf("line" to it.obj()["line"], "quantity" to it.obj()["quantity"], "condition" to "resellable") }
                u = handleOrderCommand(u.eventsJson, cmd("type" to "return", "command" to mapOf("action" to "receive", "return_id" to "r$n", "items" to items)), "recv$n", now)
                u = handleOrderCommand(u.eventsJson, cmd("type" to "return", "command" to mapOf("action" to "refund", "return_id" to "r$n")), "refund$n", now)
                val paid = orderReturns(u.eventsJson).first { it.id == "r$n" }
                check("return r$n refunded", paid.status == ReturnStatus.REFUNDED) { paid.status.toString() }
                check("preview promised the refund", preview.refund?.total == paid.refund?.total) { "${preview.refund?.total} vs ${paid.refund?.total}" }
                refunds += plain(paid.refund?.total?.amount) ?: ""
            }
            mapOf("refunds" to refunds, "total_refunded" to u.summary.refunded.amount.toPlainString())
        }
        "exchange_settlement" -> {
            val placed = t(i["order"].obj()["placed_at"])
            var u = setupOrder(i, placed.plusSeconds(2 * 86400))
            val now = placed.plusSeconds(5 * 86400)
            val x = i["exchange"].obj()
            val m = { v: Any? -> v?.obj()?.let { money(it["amount"], it["currency"]) } }
            val item = ExchangeRequest(sku = x["sku"].str(), price = m(x["price"])!!, advance = false, shipping = m(x["shipping"]))
            val req = ReturnRequest(id = "x1", customer = i["order"].obj()["customer"].str(), lines = returnLines(i["lines"]), method = RefundMethod.EXCHANGE, exchange = item)
            u = requestReturn(u.eventsJson, req, policy, EligibilityContext(), "req", now).update
            val items = i["lines"].list().map { mapOf("line" to it.obj()["line"], "quantity" to it.obj()["quantity"], "condition" to "resellable") }
            u = handleOrderCommand(u.eventsJson, cmd("type" to "return", "command" to mapOf("action" to "receive", "return_id" to "x1", "items" to items)), "recv", now)
            u = handleOrderCommand(u.eventsJson, cmd("type" to "return", "command" to mapOf("action" to "refund", "return_id" to "x1")), "settle", now)
            val s = orderReturns(u.eventsJson).first { it.id == "x1" }.exchange!!
            mapOf(
                "credit" to s.credit.amount.toPlainString(),
                "replacement_price" to s.replacementPrice.amount.toPlainString(),
                "difference" to s.difference.amount.toPlainString(),
                "returned_value" to plain(s.returnedValue?.amount),
                "replacement_shipping" to plain(s.replacementShipping?.amount),
                "return_shipping_fee" to plain(s.returnShippingFee?.amount),
                "restocking_fee" to plain(s.restockingFee?.amount),
            )
        }
        else -> error("unknown returns op $op")
    }
}

fun loyaltyOp(i: Map<String, Any?>): Any? {
    val programme = Json.write(i["programme"])
    var entries = "[]"
    var status = loyaltyStatus("c-1", entries, programme, Instant.parse("2026-01-01T00:00:00Z"))
    i["steps"].list().forEachIndexed { n, s ->
        val step = s.obj()
        val u = loyaltyCommand("c-1", entries, Json.write(step["command"]), programme, "k${n + 1}", t(step["now"]))
        entries = u.entriesJson
        status = u.status
    }
    return mapOf("balance" to status.balance, "pending" to status.pending, "debt" to status.debt, "tier" to status.tier)
}

fun feedbackOp(op: String, i: Map<String, Any?>): Any? {
    val scores = i["scores"].list().map { it.num().toInt() }
    return when (op) {
        "nps" -> nps(scores, i["confidence"].num().toDouble()).let {
            mapOf("responses" to it.responses.toLong(), "score" to it.score, "margin_of_error" to it.marginOfError, "low" to it.interval.low, "high" to it.interval.high)
        }
        "csat" -> csat(scores, i["confidence"].num().toDouble()).let {
            mapOf("responses" to it.responses.toLong(), "score" to it.score, "low" to it.interval.low, "high" to it.interval.high)
        }
        "ces" -> ces(scores).let { mapOf("responses" to it.responses.toLong(), "mean" to it.mean, "easy_share" to it.easyShare) }
        else -> error("unknown feedback op $op")
    }
}

/** The journey vectors. */
fun journeyOp(op: String, i: Map<String, Any?>): Any? {
    fun strings(v: Any?) = v.list().map { it.str() }
    fun day(d: Any?): Instant = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(d.num().toLong() * 86_400)
    return when (op) {
        "rfm" -> mapOf("scores" to rfmScores(i["customers"].list().map { it.obj() }.map {
            RfmMeasures(recencyDays = it["recency_days"].num().toDouble(), frequency = it["frequency"].num().toDouble(), monetary = it["monetary"].num().toDouble())
        }).map { listOf(it.r.toLong(), it.f.toLong(), it.m.toLong(), snake(it.segment)) })
        "survey_merge" -> {
            val parts = i["parts"].list().map { p -> p.list().map { it.num().toDouble() } }
            val kinds = if (i["kind"] is String) parts.map { i["kind"].str() } else strings(i["kind"])
            mapOf("state" to mergeSurveyStates(parts.zip(kinds).map { (p, k) -> surveyState(k, p) }))
        }
        "next_purchase" -> {
            val p = i["params"].obj()
            val n = nextPurchase(BetaGeo(r = p["r"].num().toDouble(), alpha = p["alpha"].num().toDouble(), a = p["a"].num().toDouble(), b = p["b"].num().toDouble()),
                i["frequency"].num().toDouble(), i["recency"].num().toDouble(), i["T"].num().toDouble(), i["horizon"].num().toDouble())
            mapOf("p_alive" to n.pAlive, "p_within" to n.pWithin, "median_wait" to n.medianWait)
        }
        "stage" -> {
            val facts = StageFacts(latestNps = i["latest_nps"]?.num()?.toLong(), referrals = i["referrals"]?.num()?.toLong(), pAlive = i["p_alive"]?.num()?.toDouble())
            val a = lifecycleStage(i["purchase_days"].list().map(::day), day(i["at_day"]), facts, stageRules(i["rules"]))
            mapOf("assignment" to a?.let {
                mapOf("stage" to snake(it.stage), "rule" to it.rule, "purchases" to it.purchases.toLong(), "days_since_last" to it.daysSinceLast, "typical_gap_days" to it.typicalGapDays)
            })
        }
        "transitions" -> {
            val ids = i["customers"].obj().keys.toList()
            val t = stageTransitions(ids.map { id -> CustomerPurchases(id, i["customers"].obj()[id].list().map(::day)) }, i["date_days"].list().map(::day))
            val code = { s: Stage? -> s?.let(::snake) }
            mapOf("stages" to t.stages.associate { it.id to it.stages.map(code) }, "moves" to t.moves.map { listOf(it.step, code(it.from), code(it.to), it.customers) })
        }
        "hit_rate" -> {
            val m = CoPurchase(i["baskets"].list().map(::strings), i["min_pair_count"].num().toLong().toULong(), i["min_item_count"].num().toLong().toULong())
            val h = m.hitRate(i["cases"].list().map { c -> HoldoutCase(before = strings(c.list()[0]), next = strings(c.list()[1])) }, i["k"].num().toInt().toUInt())
            mapOf("customers" to h.customers.toLong(), "hits" to h.hits.toLong(), "popular_hits" to h.popularHits.toLong(), "rate" to h.rate, "popular_rate" to h.popularRate)
        }
        "recommend" -> {
            val m = CoPurchase(i["baskets"].list().map(::strings), i["min_pair_count"].num().toLong().toULong(), i["min_item_count"].num().toLong().toULong())
            mapOf("items" to m.recommend(strings(i["basket"]), strings(i["exclude"]), i["k"].num().toInt().toUInt()).map {
                mapOf("item" to it.item, "because" to it.because, "confidence" to it.confidence, "lift" to it.lift, "support" to it.support)
            })
        }
        else -> error("unknown journey op $op")
    }
}

fun close(a: Any?, b: Any?): Boolean = when {
    a is Number && b is Number -> Math.abs(a.toDouble() - b.toDouble()) <= 1e-9
    a is Map<*, *> && b is Map<*, *> -> b.keys.all { close(a[it], b[it]) }
    a is List<*> && b is List<*> -> a.size == b.size && a.zip(b).all { (x, y) -> close(x, y) }
    else -> same(a, b)
}

/** One dynamic test per case of a vector file: the expected value, or the expected error code. */
/** Where `got` misses what `want` names (null when it has it all): an object must have every key
 *  `want` gives (a null may also be absent), a list the same length with each element matching,
 *  anything else must be equal. The customer vectors are partial and written by hand. */
fun mismatch(got: Any?, want: Any?, at: String = ""): String? = when {
    got is Typed -> if (got.equals(want)) null else "$at: the typed records differ from ${Json.write(want)}: ${got}"
    want is Map<*, *> && got is Map<*, *> -> want.entries.firstNotNullOfOrNull { (k, v) ->
        when {
            !got.containsKey(k) || got[k] == null -> if (v == null) null else "$at.$k is missing"
            else -> mismatch(got[k], v, "$at.$k")
        }
    }
    want is List<*> && got is List<*> ->
        if (got.size != want.size) "$at has ${got.size} elements, not ${want.size}"
        else got.zip(want).withIndex().firstNotNullOfOrNull { (i, p) -> mismatch(p.first, p.second, "$at[$i]") }
    same(got, want) -> null
    else -> "$at is ${Json.write(got)}, not ${Json.write(want)}"
}

fun replay(file: String, tolerant: Boolean = false, run: (String, Map<String, Any?>) -> Any?): List<DynamicTest> {
    val dir = File(System.getProperty("conformance.dir") ?: "conformance")
    val cases = Json.parse(File(dir, file).readText()).obj()["cases"].list()
    check("$file has cases", cases.isNotEmpty())
    return cases.map { it.obj() }.map { c ->
        val name = "$file: ${c["name"]}"
        DynamicTest.dynamicTest(name) {
            var got: Any? = null
            val code = codeOf { got = run(c["op"].str(), c["input"].obj()) }
            when {
                c.containsKey("error") -> check(name, code == c["error"]) { "want ${c["error"]}, got ${code ?: got}" }
                code != null -> check(name, false) { "raised $code" }
                c.containsKey("expect") -> mismatch(got, c["expect"]).let { m -> check(name, m == null) { m ?: "" } }
                tolerant -> check(name, close(got, c["expected"])) { "want ${c["expected"]}, got $got" }
                else -> check(name, same(got, c["expected"])) { "want ${Json.write(c["expected"])}, got ${Json.write(got)}" }
            }
        }
    }
}

// ---- the mobile use cases ----

val returnPolicy = """{"window": {"days": 30, "starts": "item_delivered", "end_of_local_day": true}, "restocking_fee": {"default": {"percent": "10"}},
    "return_shipping_fee": {"amount": "4.95", "waived_for": ["defective"]}}"""

fun useCases() {
    // an order shipped with a promise, one scan, then silence: late, then presumed lost
    val placedAt = Instant.parse("2026-03-01T09:00:00Z")
    val order = """{"id": "o-9", "customer": "c-9", "currency": "EUR", "placed_at": "$placedAt", "tax_mode": "inclusive",
        "lines": [{"id": "boots", "sku": "B-42", "title": "Trail boots", "quantity": 1, "unit_price": {"amount": "129.00", "currency": "EUR"}},
                  {"id": "socks", "sku": "S-1", "title": "Socks", "quantity": 3, "unit_price": {"amount": "9.99", "currency": "EUR"}}]}"""
    var u = placeOrder(order, "place", placedAt)
    check("placed total", u.summary.total == Money(BigDecimal("158.97"), "EUR")) { u.summary.total.toString() }
    u = handleOrderCommand(u.eventsJson, """{"type": "capture_payment", "payment": "card", "amount": {"amount": "158.97", "currency": "EUR"}}""", "pay", placedAt)
    u = handleOrderCommand(
        u.eventsJson,
        """{"type": "create_shipment", "shipment": {"id": "s1", "lines": [{"line": "boots", "quantity": 1}, {"line": "socks", "quantity": 3}],
            "carrier": "dhl", "tracking_number": "JD0001", "promised_by": "2026-03-04T18:00:00Z"}}""",
        "ship", placedAt,
    )
    val mapped = mapCarrierStatus(CarrierSource.AFTERSHIP, "InTransit_003")
    check("aftership subtag mapped", mapped.status == TrackingStatus.IN_TRANSIT) { mapped.toString() }
    u = handleOrderCommand(
        u.eventsJson,
        """{"type": "record_tracking", "shipment": "s1", "event": {"occurred_at": "2026-03-02T08:00:00Z", "status": "in_transit"}}""",
        "scan1", Instant.parse("2026-03-02T08:05:00Z"),
    )
    val onTime = orderSummary(u.eventsJson, Instant.parse("2026-03-03T12:00:00Z")).shipments.single()
    check("in transit, on time", onTime.status == TrackingStatus.IN_TRANSIT && !onTime.delay!!.late) { onTime.toString() }
    val late = orderSummary(u.eventsJson, Instant.parse("2026-03-05T12:00:00Z")).shipments.single()
    check("late after the promise", late.delay!!.late && late.delay!!.stalled && !late.delay!!.presumedLost) { late.toString() }
    val lost = orderSummary(u.eventsJson, Instant.parse("2026-03-10T12:00:00Z")).shipments.single()
    check("presumed lost after 7 quiet days", lost.delay!!.presumedLost) { lost.toString() }
    // the shop's thresholds, not the defaults (#33 item 15)
    val patient = orderSummary(u.eventsJson, Instant.parse("2026-03-10T12:00:00Z"), DelayThresholds(lostAfterDaysDomestic = 30, lostAfterPromiseHours = 1000))
    check("a patient shop's thresholds: not lost yet", !patient.shipments.single().delay!!.presumedLost) { patient.toString() }
    val tooSmall = codeOf { orderSummary(u.eventsJson, Instant.parse("2026-03-10T12:00:00Z"), DelayThresholds(stalledAfterDays = 0)) }
    check("thresholds out of bounds are config.invalid", tooSmall == "config.invalid") { tooSmall.toString() }
    u = handleOrderCommand(u.eventsJson, """{"type": "mark_delivered", "shipment": "s1", "at": "2026-03-06T10:00:00Z"}""", "deliver", Instant.parse("2026-03-06T10:00:00Z"))
    val done = orderSummary(u.eventsJson, Instant.parse("2026-03-10T12:00:00Z"))
    check("delivered, never late again", done.fulfilmentStatus == FulfilmentStatus.DELIVERED && !done.shipments.single().delay!!.late) { done.toString() }
    check("paid", done.paymentStatus == PaymentStatus.PAID)

    // can the boots still go back, and what would come back?
    val req = ReturnRequest(id = "r-1", customer = "c-9", lines = listOf(RequestedLine(line = "boots", quantity = 1, reason = ReturnReason.DOES_NOT_FIT)), method = RefundMethod.ORIGINAL_PAYMENT)
    val ctx = EligibilityContext()
    val p = previewReturn(u.eventsJson, req, returnPolicy, ctx, Instant.parse("2026-03-20T12:00:00Z"))
    val line = p.report.lines.single()
    check("allowed with days left", p.report.outcome == Outcome.ALLOWED && line.daysLeft == 16L && line.code == DecisionCode.RETURN_ALLOWED) { p.report.toString() }
    check("window end at local midnight", line.windowEnd == Instant.parse("2026-04-06T00:00:00Z")) { line.windowEnd.toString() }
    val refund = p.refund!!
    // 129.00 - 10% restocking (12.90) - 4.95 return shipping = 111.15, back to the card
    check("refund preview", refund.total == Money(BigDecimal("111.15"), "EUR") && refund.restockingFee == Money(BigDecimal("12.90"), "EUR")) { refund.toString() }
    check("refund to the card", refund.payouts.single().destination == RefundDestination.Payment("card")) { refund.payouts.toString() }
    check("preview changes nothing", orderReturns(u.eventsJson).isEmpty())
    val closed = previewReturn(u.eventsJson, req, returnPolicy, ctx, Instant.parse("2026-04-07T12:00:00Z"))
    check("window closed", closed.report.outcome == Outcome.DENIED && closed.report.lines.single().code == DecisionCode.RETURN_WINDOW_CLOSED && closed.refund == null) { closed.toString() }
    val gold = EligibilityContext(recentReturns = emptyList(), tier = TierBenefits(tier = "gold", extraReturnDays = 7, freeReturnShipping = true))
    val goldPreview = previewReturn(u.eventsJson, req, returnPolicy, gold, Instant.parse("2026-04-07T12:00:00Z"))
    check("gold gets 7 more days, free return shipping", goldPreview.report.outcome == Outcome.ALLOWED && goldPreview.refund?.total == Money(BigDecimal("116.10"), "EUR")) { goldPreview.toString() }
    // the same policy parsed once: its methods decide exactly as the JSON functions do
    val parsedPolicy = ReturnPolicy(returnPolicy)
    check("parsed policy previews the same", parsedPolicy.preview(u.eventsJson, req, gold, Instant.parse("2026-04-07T12:00:00Z")) == goldPreview)
    check("parsed policy evaluates the same", parsedPolicy.evaluate(u.eventsJson, req, ctx, Instant.parse("2026-04-07T12:00:00Z")) == closed.report)

    // loyalty: balance, tier and what the next tier needs
    val programme = """{"currency": "EUR", "time_zone": "Europe/Berlin", "earning": {"points_per_currency_unit": "1", "signup": 100},
        "pending": {"days_after_delivery": 14}, "expiry": {"kind": "never"},
        "tiers": {"metric": "net_spend", "window": "calendar_year",
                  "levels": [{"name": "member", "threshold": "0"}, {"name": "silver", "threshold": "200"}, {"name": "gold", "threshold": "500"}]}}"""
    var l = loyaltyCommand("c-9", "[]", """{"type": "award", "award": {"kind": "signup"}}""", programme, "signup", placedAt)
    l = loyaltyCommand(
        "c-9", l.entriesJson,
        """{"type": "earn_order", "order": "o-9", "lines": [{"line": "boots", "spend": {"amount": "129.00", "currency": "EUR"}}, {"line": "socks", "spend": {"amount": "29.97", "currency": "EUR"}}], "delivered_at": "2026-03-06T10:00:00Z"}""",
        programme, "earn-o-9", Instant.parse("2026-03-06T10:00:00Z"),
    )
    check("earned points pending", l.status.balance == 100L && l.status.pending == 158L) { l.status.toString() }
    l = loyaltyCommand("c-9", l.entriesJson, """{"type": "release_pending"}""", programme, "release", Instant.parse("2026-03-21T00:00:00Z"))
    l = loyaltyCommand("c-9", l.entriesJson, """{"type": "evaluate_tier"}""", programme, "tier", Instant.parse("2026-03-21T00:00:01Z"))
    val s = loyaltyStatus("c-9", l.entriesJson, programme, Instant.parse("2026-03-22T00:00:00Z"))
    check("balance after release", s.balance == 258L && s.pending == 0L) { s.toString() }
    check("tier member, silver next", s.tier == "member" && s.progress.nextTier == "silver" && s.progress.value == BigDecimal("158.97") && s.progress.remaining == BigDecimal("41.03")) { s.toString() }
    check("replayed ledger gives the same status", loyaltyStatus("c-9", l.entriesJson, programme, Instant.parse("2026-03-22T00:00:00Z")) == s)
    val parsedProgramme = LoyaltyProgramme(programme)
    check("parsed programme gives the same status", parsedProgramme.status("c-9", l.entriesJson, Instant.parse("2026-03-22T00:00:00Z")) == s)
    val noop = parsedProgramme.command("c-9", l.entriesJson, """{"type": "expire"}""", "expire-1", Instant.parse("2026-03-22T00:00:00Z"))
    check("a command that changes nothing still binds its key", noop.status.balance == 258L && noop.newEntriesJson.contains("no_change")) { noop.newEntriesJson }

    // NPS from in-app answers
    val n = nps(listOf(10, 9, 9, 8, 7, 6, 3, 10, 10, 0), 0.95)
    check("nps", n.promoters == 5L && n.passives == 2L && n.detractors == 3L && Math.abs(n.score - 20.0) < 1e-12) { n.toString() }
    check("nps interval brackets the score", n.interval.low < n.score && n.score < n.interval.high) { n.toString() }
}

// ---- bad input: the generated exception with its code, never a JVM crash ----

fun badInput() {
    val now = Instant.parse("2026-03-01T00:00:00Z")
    val placed = placeOrder(
        """{"id": "o-1", "customer": "c-1", "currency": "USD", "placed_at": "2026-03-01T00:00:00Z", "tax_mode": "exclusive",
            "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 2, "unit_price": {"amount": "10.00", "currency": "USD"}}]}""",
        "place", now,
    ).eventsJson
    val req = { q: Long -> ReturnRequest(id = "r-1", customer = "c-1", lines = listOf(RequestedLine(line = "a", quantity = q, reason = ReturnReason.OTHER)), method = RefundMethod.ORIGINAL_PAYMENT) }
    val ctx = EligibilityContext()
    val cases: List<Pair<String, () -> Unit>> = listOf(
        "config.invalid" to { validateReturnPolicy("""{"window": {"days": "thirty"}""") },
        "config.invalid" to { validateReturnPolicy("""{"window": {"dayz": 30}}""") },
        "config.invalid" to { evaluateReturn(placed, req(1), "{not json", ctx, now) },
        "config.invalid" to { ReturnPolicy("""{"window": {"days": 30, "days": 365}}""") },
        "money.invalid_amount" to { placeOrder("""{"id": "o-2", "customer": "c-1", "currency": "USD", "placed_at": "2026-03-01T00:00:00Z", "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 1, "unit_price": {"amount": "0.004999999999999999999999999999999", "currency": "USD"}}]}""", "p2", now) },
        "config.invalid" to { validateLoyaltyProgramme("""{"earning": {"points_per_currency_unit": -1}""") },
        "money.unknown_currency" to { currencyMinorUnits("XXY") },
        "input.invalid" to { lifecycleStage(listOf(now), now, StageFacts(latestNps = 300L)) },
        "input.invalid" to { lifecycleStage(listOf(now), now, StageFacts(referrals = -1L)) },
        "input.invalid" to { rfmScores(listOf(RfmMeasures(recencyDays = Double.NaN, frequency = 1.0, monetary = 1.0))) },
        "money.unknown_currency" to { allocate(Money(BigDecimal("10.00"), "usd"), listOf("1")) },
        "money.unknown_currency" to { isSettled(Money(BigDecimal("1.00"), "ABC"), Money(BigDecimal("1.00"), "ABC")) },
        "money.unknown_currency" to {
            placeOrder("""{"id": "o", "customer": "c", "currency": "ZZZ", "placed_at": "2026-03-01T00:00:00Z", "lines": []}""", "k", now)
        },
        "money.invalid_amount" to { takeUnits(Money(BigDecimal("1.0000000000000000000000000000001"), "USD"), 1, 2) },
        "money.invalid_weights" to { allocate(Money(BigDecimal("10.00"), "USD"), listOf("x")) },
        "order.invalid_quantity" to { takeUnits(Money(BigDecimal("10.00"), "USD"), -1, 2) },
        "order.invalid_quantity" to { takeUnits(Money(BigDecimal("10.00"), "USD"), 1, -2) },
        "input.invalid" to { evaluateReturn(placed, req(-1), "{}", ctx, now) },
        "input.invalid" to { previewReturn(placed, req(Long.MIN_VALUE), "{}", ctx, now) },
        "input.invalid" to { carrierSourceFromName("pigeon") },
        "input.invalid" to { trackingStatusFromName("teleported") },
        "input.invalid" to { orderSummary("[{]", now) },
        "input.invalid" to { handleOrderCommand(placed, """{"type": "teleport"}""", "k", now) },
        "input.invalid" to { assessDelay(emptyList(), Instant.MAX, null, Route.DOMESTIC, now) },
        "input.invalid" to { loyaltyStatus("c-1", "not json", "{\"currency\": \"EUR\", \"earning\": {}}", now) },
        "input.invalid_id" to { handleOrderCommand(placed, """{"type": "confirm"}""", "", now) },
        "feedback.invalid_answer" to { nps(listOf(10, 11, -1), 0.95) },
        "input.invalid" to { nps(emptyList(), 0.95) },
        "input.invalid" to { nps(listOf(10), Double.NaN) },
        "order.unknown_line" to { evaluateReturn(placed, ReturnRequest(id = "r", customer = "c-1", lines = listOf(RequestedLine(line = "zz", quantity = 1, reason = ReturnReason.OTHER)), method = RefundMethod.ORIGINAL_PAYMENT), "{}", ctx, now) },
        "return.wrong_customer" to { evaluateReturn(placed, ReturnRequest(id = "r", customer = "c-2", lines = listOf(RequestedLine(line = "a", quantity = 1, reason = ReturnReason.OTHER)), method = RefundMethod.ORIGINAL_PAYMENT), "{}", ctx, now) },
        "loyalty.missing_reason" to { loyaltyCommand("c-1", "[]", """{"type": "adjust", "points": 5, "reason": ""}""", "{\"currency\": \"EUR\", \"earning\": {}}", "k", now) },
    )
    for ((want, call) in cases) {
        val got = try {
            call()
            "no error"
        } catch (e: PostPurchaseException) {
            check("the variant carries the code", e.errorCode() == e.message!!.substringAfter("code=").substringBefore(",")) { e.message ?: "" }
            e.errorCode()
        } catch (e: Throwable) {
            "${e::class.simpleName}: ${e.message}"
        }
        check("bad input -> $want", got == want) { "got $got" }
    }
    // webhook signatures: AfterShip signs the raw body with HMAC-SHA256, base64
    val hookBody = """{"msg": {"tag": "Delivered"}}""".toByteArray()
    val mac = javax.crypto.Mac.getInstance("HmacSHA256")
    mac.init(javax.crypto.spec.SecretKeySpec("k".toByteArray(), "HmacSHA256"))
    val signature = java.util.Base64.getEncoder().encodeToString(mac.doFinal(hookBody))
    verifyWebhook(CarrierSource.AFTERSHIP, hookBody, signature, listOf("old", "k"), now, 300L)
    try {
        verifyWebhook(CarrierSource.AFTERSHIP, "{}".toByteArray(), signature, listOf("k"), now, 300L)
        check("a tampered webhook is refused", false)
    } catch (e: PostPurchaseException.Security) {
        check("a tampered webhook is refused", e.code == "webhook.signature_mismatch" && e.kind == ErrorCode.WEBHOOK_SIGNATURE_MISMATCH)
    }
    // a panic inside the library is the Internal variant, and the library stays usable
    try {
        panicForTests()
        check("a panic is an exception", false)
    } catch (e: PostPurchaseException.Failure) {
        check("a panic is a failure of kind Internal", e.kind == ErrorCode.INTERNAL && e.code == "internal" && e.detail.contains("deliberate panic")) { e.detail }
    }
    check("usable after a panic", currencyMinorUnits("JPY") == 0u)
    // typed variants, not just codes
    try {
        currencyMinorUnits("XXY")
        check("typed variant", false)
    } catch (e: PostPurchaseException.Input) {
        check("an input error with its kind", e.kind == ErrorCode.UNKNOWN_CURRENCY && e.errorKind() == ErrorCode.UNKNOWN_CURRENCY && e.code == "money.unknown_currency" && e.detail.isNotEmpty()) { e.detail }
    }
    val codes = errorCodes()
    check("every core code is listed", codes.size == 55 && codes.toSet().size == 55 && "store.failure" in codes && "internal" in codes) { codes.toString() }
}

/** Stage rules from a vector's JSON (absent thresholds keep their defaults). */
fun stageRules(v: Any?): StageRules? = v?.obj()?.let { r ->
    val d = { k: String -> r[k]?.num()?.toDouble() }
    val n = { k: String -> r[k]?.num()?.toLong() }
    StageRules(
        atRiskGapMultiple = d("at_risk_gap_multiple"), atRiskPAlive = d("at_risk_p_alive"),
        lapsedGapMultiple = d("lapsed_gap_multiple"), lapsedPAlive = d("lapsed_p_alive"),
        newDays = n("new_days"), singleAtRiskDays = n("single_at_risk_days"), singleLapsedDays = n("single_lapsed_days"),
    )
}

/** A view input from a customer vector's view request. */
fun viewInput(i: Map<String, Any?>) = OrderViewInput(
    eventsJson = Json.write(i["events"]),
    policy = ReturnPolicy(Json.write(i["policy"])),
    now = t(i["now"]),
    locale = i["locale"].str(),
    programme = i["programme"]?.let { LoyaltyProgramme(Json.write(it)) },
    ledgerJson = i["ledger"]?.let { Json.write(it) },
    thresholdsJson = i["thresholds"]?.let { Json.write(it) },
    arrivalsJson = i["arrivals"]?.let { Json.write(it) },
)

fun statementMap(s: Statement) = mapOf("text" to s.text, "message" to s.message, "facts" to s.facts.toSortedMap())

/** The customer vectors through the typed records: the parts a screen shows, compared with the
 *  same parts of the expected JSON. */
fun customerTypedOp(op: String, i: Map<String, Any?>): Any? = when (op) {
    "view" -> viewShape(orderView(viewInput(i)))
    "answer" -> {
        val q = i["question"].obj()
        val a = answerQuestion(viewInput(i["view"].obj()), q["question"].str(), q["line"] as String?)
        mapOf("question" to a.question, "text" to a.text, "statements" to a.statements.map(::statementMap))
    }
    "message" -> {
        val m = messageContent(Json.write(i["intent"]), i["view"]?.let { viewInput(it.obj()) }, i["locale"] as String?)
        mapOf("locale" to m.locale, "subject" to m.subject, "body" to m.body, "payload" to mapOf("kind" to snake(m.payload.kind), "order" to m.payload.order))
    }
    "policy_summary" -> summaryShape(returnPolicySummary(ReturnPolicy(Json.write(i["policy"])), i["currency"].str(), i["locale"].str(),
        i["programme"]?.let { LoyaltyProgramme(Json.write(it)) }))
    "loyalty_summary" -> summaryShape(loyaltySummary(LoyaltyProgramme(Json.write(i["programme"])), i["locale"].str()))
    else -> error("unknown customer op $op")
}.let { typed -> Typed(typed) }

fun summaryShape(s: PlainSummary) = mapOf("locale" to s.locale, "title" to s.title, "statements" to s.statements.map(::statementMap))

fun viewShape(v: OrderView) = mapOf(
    "locale" to v.locale,
    "headline" to statementMap(v.headline),
    "next" to statementMap(v.next),
    "shipments" to v.shipments.map { s ->
        mapOf("id" to s.id, "estimate" to s.estimate?.toString(), "timeline" to s.timeline.map {
            mapOf("step" to snake(it.step), "state" to snake(it.state), "statement" to statementMap(it.statement))
        })
    },
    "actions" to v.actions.map {
        mapOf("action" to snake(it.action), "subject" to it.subject, "available" to it.available, "code" to it.code,
            "deadline" to it.deadline?.toString(), "statement" to statementMap(it.statement))
    },
    "returns" to v.returns.map { mapOf("id" to it.id, "method" to snake(it.method), "statement" to statementMap(it.statement)) },
)

/** A typed result: equal to an expected JSON value when every part it carries matches. */
class Typed(val parts: Any?) {
    override fun equals(other: Any?): Boolean = covers(parts, other)
    override fun hashCode(): Int = 0
    override fun toString(): String = Json.write(parts)
}

/** Whether the typed parts and the hand-written expectation agree where both say something:
 *  the keys both have, compared all the way down (texts, codes, flags and instants exactly). */
fun covers(typed: Any?, expected: Any?): Boolean = when {
    typed is Map<*, *> && expected is Map<*, *> -> typed.keys.filter { expected.containsKey(it) }.all { k -> covers(typed[k], expected[k]) }
    typed is List<*> && expected is List<*> -> typed.size == expected.size && typed.zip(expected).all { (a, b) -> covers(a, b) }
    else -> same(typed, expected)
}

class MobileTest {
    @TestFactory
    fun conformance(): List<DynamicTest> =
        replay("money.json", run = ::moneyOp) +
            replay("tracking.json", run = ::trackingOp) +
            replay("order.json") { _, i -> orderOp(i) } +
            replay("returns.json", run = ::returnsOp) +
            replay("loyalty.json") { _, i -> loyaltyOp(i) } +
            replay("feedback.json", tolerant = true, run = ::feedbackOp) +
            replay("journey.json", tolerant = true, run = ::journeyOp) +
            replay("customer.json") { op, i ->
                val request = Json.write(i)
                Json.parse(when (op) {
                    "view" -> orderViewJson(request)
                    "answer" -> answerQuestionJson(request)
                    "message" -> messageContentJson(request)
                    "policy_summary" -> returnPolicySummaryJson(request)
                    "loyalty_summary" -> loyaltySummaryJson(request)
                    else -> error("no customer call is named $op")
                })
            } +
            replay("customer.json", run = ::customerTypedOp)

    @Test
    fun `an order shipped, late, delivered, previewed for return, and its loyalty points`() = useCases()

    @Test
    fun `bad input raises the core's code, a panic is Internal, and the library stays usable`() = badInput()

    /** `readmeKotlinSnippet` is the README's Kotlin block, written by scripts/test-mobile. */
    @Test
    fun `the README's Kotlin snippet runs`() = readmeKotlinSnippet()

    @Test
    fun `an app rewords a message and adds a language, and a bad catalogue is refused whole`() {
        val texts = Catalogues()
        texts.add("en", "policy-title = Our returns promise")
        texts.add("fr", "policy-title = Retours et remboursements")
        check("languages", texts.languages() == listOf("en", "it", "fr") && texts.hostResources() == 2u) { texts.languages().toString() }
        val policy = ReturnPolicy("""{"window": {"days": 30}}""")
        check("reworded", returnPolicySummary(policy, "EUR", "en", catalogues = texts).title == "Our returns promise")
        val fr = returnPolicySummary(policy, "EUR", "fr-FR", catalogues = texts)
        check("a new language", fr.locale == "fr-FR" && fr.title == "Retours et remboursements") { fr.toString() }
        check("untranslated in English", fr.statements.first().text.startsWith("You can return an item within 30 days")) { fr.statements.first().text }
        check("shipped untouched", returnPolicySummary(policy, "EUR", "en").title == "Returns and refunds")
        val json = returnPolicySummaryJson("""{"policy": {"window": {"days": 30}}, "currency": "EUR", "locale": "fr"}""", texts)
        check("the JSON twin reads them too", json.contains("Retours et remboursements")) { json }
        check("missing ids", "page-points" in texts.missing("fr") && "policy-title" !in texts.missing("fr"))
        val bad = codeOf { texts.add("de", "page-points = Punkte\npage-pionts = Punkte\n") }
        check("a misspelt id is input.invalid", bad == "input.invalid") { "$bad" }
        check("nothing half-added", texts.languages() == listOf("en", "it", "fr") && texts.hostResources() == 2u)
    }

    @Test
    fun `a delivery promise learnt on the server is read and used in the app`() {
        val lane = PromiseLane(carrier = "dhl", service = "paket", origin = "DE-1", destination = "DE-8")
        val day = { d: Int, h: Int -> Instant.parse("2026-03-%02dT%02d:00:00Z".format(d, h)) }
        // forty parcels ordered on Monday morning, handed over that day, delivered on Wednesday; ten more a week late
        val history = List(40) { PromiseShipment(lane, day(2, 8), day(2, 12), day(4, 15)) } +
            List(10) { PromiseShipment(lane, day(2, 8), day(2, 12), day(10, 15)) }
        val calendar = """{"time_zone": "Europe/Berlin", "working_days": [true, true, true, true, true, false, false], "cutoff": "14:00"}"""
        val server = PromiseModel.fit(calendar, history, day(20, 0))
        val app = PromiseModel.fromJson(server.toJson())
        val p = app.promise(lane, day(9, 9), 0.75)
        check("the likely date as Rust, Python and Node give it", p.likely == "2026-03-11" && p.confidence == PromiseConfidence.HIGH) { p.toString() }
        val unseen = app.promise(lane.copy(destination = "AT"), day(9, 9), 0.9)
        check("an unseen lane says so", PromiseReason.UNKNOWN_LANE in unseen.reasons) { unseen.toString() }
        val early = app.inTransit(lane, day(9, 12), day(9, 18), 0.9, "2026-03-13")
        val late = app.inTransit(lane, day(9, 12), day(12, 18), 0.9, "2026-03-13")
        check("the risk grows in transit", Math.abs(early.lateRisk!! - 0.2) < 1e-9 && late.lateRisk == 1.0 && late.elapsedDays == 3u) { "$early / $late" }
        check("a percentile of 1 is input.invalid", codeOf { app.promise(lane, day(9, 9), 1.0) } == "input.invalid")
        check("a newer model is store.schema_too_new", codeOf { PromiseModel.fromJson(server.toJson().replace("\"version\":1", "\"version\":99")) } == "store.schema_too_new")
        check("a calendar without a working day is config.invalid", codeOf { PromiseModel.fit(calendar.replace("true", "false"), history, day(20, 0)) } == "config.invalid")
    }

    @Test
    fun `two writers who saw the same version, the second one conflicts`() {
        val now = Instant.parse("2026-03-01T00:00:00Z")
        val placed = placeOrder(
            """{"id": "o-7", "customer": "c-7", "currency": "USD", "placed_at": "2026-03-01T00:00:00Z",
                "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 2, "unit_price": {"amount": "10.00", "currency": "USD"}}]}""",
            "place", now,
        )
        val seen = placed.summary.version.toLong()
        // writer A lands its command at the version both saw; the stored stream moves on
        val a = handleOrderCommand(placed.eventsJson, """{"type": "cancel_units", "lines": [{"line": "a", "quantity": 1}], "reason": "a"}""", "a", now, seen)
        check("writer a landed", a.summary.version.toLong() == seen + 1) { a.summary.toString() }
        // writer B decides against the stored stream with the version it saw: refused, nothing written
        val code = codeOf { handleOrderCommand(a.eventsJson, """{"type": "cancel_units", "lines": [{"line": "a", "quantity": 1}], "reason": "b"}""", "b", now, seen) }
        check("writer b conflicts", code == "store.concurrency_conflict") { "$code" }
        // a conflict is its own exception class, with the versions as structured details
        try {
            handleOrderCommand(a.eventsJson, """{"type": "cancel_units", "lines": [{"line": "a", "quantity": 1}], "reason": "b"}""", "b", now, seen)
            check("a conflict is thrown", false)
        } catch (e: PostPurchaseException.Conflict) {
            check("conflict details", e.kind == ErrorCode.CONCURRENCY_CONFLICT && e.details["expected_version"] == "$seen" && e.details["actual_version"] == "${seen + 1}") { e.details.toString() }
        }
        // without a version, or with the current one, the command is decided
        val b = handleOrderCommand(a.eventsJson, """{"type": "cancel_units", "lines": [{"line": "a", "quantity": 1}], "reason": "b"}""", "b", now, seen + 1)
        check("writer b at the current version", b.summary.version.toLong() == seen + 2) { b.summary.toString() }
        // the same for a loyalty ledger and for a return request
        val programme = """{"currency": "USD", "earning": {"signup": 100, "review": 5}}"""
        val l = loyaltyCommand("c-7", "[]", """{"type": "award", "award": {"kind": "signup"}}""", programme, "s", now, 0)
        val stale = codeOf { loyaltyCommand("c-7", l.entriesJson, """{"type": "award", "award": {"kind": "review"}}""", programme, "r", now, 0) }
        check("a stale ledger version conflicts", stale == "store.concurrency_conflict") { "$stale" }
        check("negative version is input.invalid", codeOf { loyaltyCommand("c-7", "[]", """{"type": "expire"}""", programme, "x", now, -1) } == "input.invalid")
        val req = ReturnRequest(id = "r-1", customer = "c-7", lines = listOf(RequestedLine(line = "a", quantity = 1, reason = ReturnReason.OTHER)), method = RefundMethod.ORIGINAL_PAYMENT)
        val staleReturn = codeOf { requestReturn(b.eventsJson, req, "{}", EligibilityContext(), "r", now, seen) }
        check("a stale return request conflicts", staleReturn == "store.concurrency_conflict") { "$staleReturn" }
    }

    @Test
    fun `orders and members keep their state natively, built from stored events and entries`() {
        val now = Instant.parse("2026-03-01T00:00:00Z")
        // the order, its commands and its events are typed records and sealed classes
        val order = Order.place(
            NewOrder(
                id = "o-9", customer = "c-9", currency = "USD", placedAt = now,
                lines = listOf(NewLine(id = "a", sku = "A", title = "A", quantity = 3, unitPrice = Money(BigDecimal("10.00"), "USD"))),
            ),
            "place", now,
        )
        val seen = order.version().toLong()
        val cancel = { reason: String -> OrderCommand.CancelUnits(lines = listOf(LineQuantity(line = "a", quantity = 1)), reason = reason) }
        val newEvents = order.handle(cancel("a"), "c1", now, seen)
        check("one new event", newEvents.size == 1 && order.version().toLong() == seen + 1) { newEvents.toString() }
        val change = newEvents.single().change
        check("the event is a typed change", change is OrderChange.UnitsCancelled && change.reason == "a") { change.toString() }
        check("the amount due moved in place", order.summary(now).amountDue.amount == BigDecimal("20.00")) { order.summary(now).toString() }
        // a second writer that saw the old version conflicts, and the order is unchanged
        val code = codeOf { order.handle(cancel("b"), "c2", now, seen) }
        check("a stale writer conflicts", code == "store.concurrency_conflict") { "$code" }
        check("nothing half-applied", order.version().toLong() == seen + 1)
        check("a repeated key is a no-op", order.handle(cancel("a"), "c1", now).isEmpty())
        // the typed events and the stored JSON rebuild the same order
        val again = Order.fromEvents(order.events())
        check("fromEvents rebuilds it", again.summary(now) == order.summary(now)) { again.summary(now).toString() }
        check("the same events, to the character", again.eventsJson() == order.eventsJson())
        check("fromEventsJson rebuilds it", Order.fromEventsJson(order.eventsJson()).summary(now) == order.summary(now))
        check("bad events are input errors", codeOf { Order.fromEventsJson("[{}]") } == "input.invalid")
        val bad = order.events().first().copy(schemaVersion = 99)
        check("a typed event the core refuses is an error, not a crash", codeOf { Order.fromEvents(listOf(bad)) } != null)
        // JSON text stays available as a convenience
        val json = Order.placeJson(
            """{"id": "o-8", "customer": "c-9", "currency": "USD", "placed_at": "2026-03-01T00:00:00Z",
                "lines": [{"id": "a", "sku": "A", "title": "A", "quantity": 3, "unit_price": {"amount": "10.00", "currency": "USD"}}]}""",
            "place", now,
        )
        check("handleJson returns the events as JSON", json.handleJson("""{"type": "confirm"}""", "k", now).startsWith("[{"))
        check("a command with a negative quantity is refused",
            codeOf { json.handle(OrderCommand.CancelUnits(listOf(LineQuantity("a", -1)), "x"), "neg", now) } == "input.invalid")

        val programme = LoyaltyProgramme("""{"currency": "USD", "earning": {"signup": 100, "review": 5}}""")
        val member = Member("c-9")
        val entries = member.handle(LoyaltyCommand.Award(Award.Signup), programme, "s", now, 0)
        check("a typed entry", entries.single().points == 100L && entries.single().kind is EntryKind.Earn) { entries.toString() }
        member.handle(LoyaltyCommand.Award(Award.Review), programme, "r", now)
        check("balance read natively", member.balance() == 105L && member.version() == 2uL) { "${member.balance()} ${member.version()}" }
        val stale = codeOf { member.handle(LoyaltyCommand.Award(Award.Review), programme, "r2", now, 0) }
        check("a stale ledger version conflicts", stale == "store.concurrency_conflict") { "$stale" }
        val rebuilt = Member.fromEntries("c-9", member.entries())
        check("fromEntries rebuilds it", rebuilt.balance() == 105L && rebuilt.status(programme, now) == member.status(programme, now))
        check("fromEntriesJson rebuilds it", Member.fromEntriesJson("c-9", member.entriesJson()).entriesJson() == member.entriesJson())
        check("a repeated key is a no-op", member.handle(LoyaltyCommand.Award(Award.Review), programme, "r", now).isEmpty())
        check("and as JSON", member.handleJson("""{"type": "award", "award": {"kind": "review"}}""", programme, "r", now) == "[]")
    }
}
