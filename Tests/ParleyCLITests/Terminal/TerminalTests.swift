import Foundation
import ParleyKit
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

    @Test func pathsFollowXDGWithDefaults() {
        let defaults = ParleyPaths(environment: ["HOME": "/home/ana"])
        #expect(defaults.history.path == "/home/ana/.local/state/parley/history")
        #expect(defaults.sessions.path == "/home/ana/.local/share/parley/sessions")
        let custom = ParleyPaths(environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "/d"])
        #expect(custom.history.path == "/s/parley/history")
        #expect(custom.packs.path == "/d/parley/packs")
        let relative = ParleyPaths(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "relative"])
        #expect(relative.data.path == "/home/ana/.local/share/parley")
    }
}
