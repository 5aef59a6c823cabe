import Testing

@testable import ParleyKit

@Suite("Order-keeping JSON")
struct JSONValueTests {
    @Test func objectsKeepTheirKeyOrder() {
        let value = JSONValue.object([("persona", .null), ("minutes", .int(20)), ("score", .double(82))])
        #expect(value.rendered() == #"{"persona":null,"minutes":20,"score":82}"#)
    }

    @Test func stringsAreEscaped() {
        let text = "say \"hi\"\\\n\t\u{1} — ☕"
        #expect(JSONValue.string(text).rendered() == #""say \"hi\"\\\n\t\u0001 — ☕""#)
        // Text with nothing to escape is copied whole.
        #expect(JSONValue.string("plain — ☕ text").rendered() == "\"plain — ☕ text\"")
    }

    @Test func prettyOutputIndentsByTwo() {
        let value = JSONValue.object([("signals", .array([.string("purpose")])), ("question", .bool(false))])
        #expect(value.rendered(pretty: true) == "{\n  \"signals\": [\n    \"purpose\"\n  ],\n  \"question\": false\n}")
        #expect(JSONValue.array([]).rendered(pretty: true) == "[]")
    }

    @Test func fractionsAndNonFiniteNumbers() {
        #expect(JSONValue.double(2.5).rendered() == "2.5")
        #expect(JSONValue.double(.infinity).rendered() == "null")
    }
}
