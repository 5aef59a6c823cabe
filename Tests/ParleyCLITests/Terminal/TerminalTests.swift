import Foundation
import Testing

@testable import ParleyCLI

@Suite("Terminal output and readers")
struct TerminalTests {
    @Test func noColorAndDumbTerminalsTurnColourOff() {
        #expect(!TerminalStyle.detect(environment: ["NO_COLOR": "1", "TERM": "xterm"]).enabled)
        #expect(!TerminalStyle.detect(environment: ["TERM": "dumb"]).enabled)
        // Under `swift test` standard output is not a terminal.
        #expect(!TerminalStyle.detect(fileDescriptor: -1, environment: [:]).enabled)
    }

    @Test func plainStyleAddsNothing() {
        let style = TerminalStyle.plain
        #expect(style.bold("x") == "x")
        #expect(style.prompt("you › ") == "you › ")
    }

    @Test func colouredPromptBracketsItsEscapesForLibedit() {
        let prompt = TerminalStyle(enabled: true).prompt("you › ")
        let visible = prompt.split(separator: "\u{1}", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        #expect(visible == "you › ")
    }

    @Test func scriptedReaderPlaysBackThenEnds() {
        let reader = ScriptedLineReader(lines: ["one", "two"])
        #expect(reader.readLine(prompt: "> ") == .line("one"))
        #expect(reader.readLine(prompt: "> ") == .line("two"))
        #expect(reader.readLine(prompt: "> ") == .end)
        #expect(reader.prompts == ["> ", "> ", "> "])
    }

    @Test func commonPrefixOfCandidates() {
        #expect(Completion(replacing: 0, candidates: ["/personas", "/practice"]).commonPrefix == "/p")
        #expect(Completion(replacing: 0, candidates: []).commonPrefix == "")
        #expect(Completion(replacing: 0, candidates: ["café-crème", "café-noir"]).commonPrefix == "café-")
    }
}
