import Foundation
import Testing

@Suite("The home REPL with piped input")
struct HomeREPLPipedTests {
    let runner = BinaryRunner()

    @Test func helpThenQuitPrintsTheCommandsWithoutEscapeCodes() throws {
        let result = try runner.run([], input: "/help\n/quit\n")
        #expect(result.status == 0)
        for command in ["/practice", "/personas", "/sessions", "/review", "/help", "/quit"] {
            #expect(result.out.contains(command))
        }
        #expect(!result.out.contains("\u{1B}"))
        #expect(!result.err.contains("\u{1B}"))
        #expect(result.err.isEmpty)
    }

    @Test func quitStopsReading() throws {
        let result = try runner.run([], input: "/quit\n/help\n")
        #expect(result.status == 0)
        #expect(!result.out.contains("Commands:"))
    }

    @Test func endOfInputLeavesWithStatusZero() throws {
        let result = try runner.run([], input: "")
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
    }

    @Test func unknownInputGetsAOneLineHint() throws {
        let result = try runner.run([], input: "/hlep\nhello there\n")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("Did you mean /help?"))
        #expect(lines[1].contains("/practice"))
    }

    @Test func binaryGarbageAndHugeLinesDoNotCrash() throws {
        var garbage = Data((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        garbage.append(Data(String(repeating: "x", count: 1_000_000).utf8))
        garbage.append(Data("\n/quit\n".utf8))
        let result = try runner.run([], stdin: garbage)
        #expect(result.status == 0)
    }

    @Test func colourStaysOffWhenPipedEvenWithoutNoColor() throws {
        let result = try runner.run([], stdin: Data("/help\n".utf8), environment: ["TERM": "xterm-256color"])
        #expect(!result.out.contains("\u{1B}"))
    }
}
