// JSON for the test vectors through Gson (Debian's libgoogle-gson-java): parsed into plain Kotlin
// values (maps keep their key order, numbers are BigDecimal) so the tests compare them with what
// the bindings return, and written back with nulls kept and no HTML escaping.
package dev.postpurchase.test

import com.google.gson.GsonBuilder
import com.google.gson.JsonArray
import com.google.gson.JsonElement
import com.google.gson.JsonNull
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.google.gson.JsonPrimitive
import java.math.BigDecimal

object Json {
    private val gson = GsonBuilder().serializeNulls().disableHtmlEscaping().create()

    fun parse(text: String): Any? = plain(JsonParser.parseString(text))

    fun write(v: Any?): String = gson.toJson(tree(v))

    private fun plain(e: JsonElement): Any? = when {
        e.isJsonNull -> null
        e.isJsonObject -> e.asJsonObject.entrySet().associateTo(LinkedHashMap()) { (k, v) -> k to plain(v) }
        e.isJsonArray -> e.asJsonArray.map(::plain)
        e.asJsonPrimitive.isBoolean -> e.asBoolean
        e.asJsonPrimitive.isNumber -> e.asBigDecimal
        else -> e.asString
    }

    private fun tree(v: Any?): JsonElement = when (v) {
        null -> JsonNull.INSTANCE
        is String -> JsonPrimitive(v)
        is Boolean -> JsonPrimitive(v)
        is BigDecimal -> JsonPrimitive(BigDecimal(v.toPlainString()))
        is Number -> JsonPrimitive(v)
        is Map<*, *> -> JsonObject().also { o -> v.forEach { (k, x) -> o.add(k as String, tree(x)) } }
        is List<*> -> JsonArray().also { a -> v.forEach { a.add(tree(it)) } }
        else -> error("cannot write ${v::class}")
    }
}

/** Deep equality where numbers compare by value (24 == 24.0). */
fun same(a: Any?, b: Any?): Boolean = when {
    a is Number && b is Number -> BigDecimal(a.toString()).compareTo(BigDecimal(b.toString())) == 0
    a is Map<*, *> && b is Map<*, *> -> a.keys == b.keys && a.keys.all { same(a[it], b[it]) }
    a is List<*> && b is List<*> -> a.size == b.size && a.indices.all { same(a[it], b[it]) }
    else -> a == b
}

@Suppress("UNCHECKED_CAST")
fun Any?.obj(): Map<String, Any?> = this as Map<String, Any?>

@Suppress("UNCHECKED_CAST")
fun Any?.list(): List<Any?> = this as List<Any?>

fun Any?.str(): String = this as String

fun Any?.num(): BigDecimal = this as BigDecimal
