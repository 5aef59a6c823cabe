import Testing

@testable import ParleyKit

@Suite("Durations in pack files")
struct DurationTextTests {
    @Test(arguments: [
        ("45s", 45), ("3m", 180), ("1m30s", 90), ("1h", 3600), ("1h15m", 4500), ("0s", 0), ("24h", 86400),
    ])
    func parses(text: String, seconds: Int) {
        #expect(Duration(packText: text) == .seconds(seconds))
    }

    @Test(arguments: ["", "45", "s", "3 m", "30s1m", "1m1m", "1.5m", "-3m", "3M", "25h", "1d", "9999999s"])
    func rejects(text: String) {
        #expect(Duration(packText: text) == nil)
    }

    @Test func writesBack() {
        #expect(Duration.seconds(90).packText == "1m30s")
        #expect(Duration.seconds(3600).packText == "1h")
        #expect(Duration.zero.packText == "0s")
    }
}
