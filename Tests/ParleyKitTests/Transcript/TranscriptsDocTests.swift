import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("docs/transcripts.md")
    struct TranscriptsDocTests {
        static let document = Repository.url("docs/transcripts.md")

        /// The fenced block between `<!-- example:NAME:begin -->` and `<!-- example:NAME:end -->`.
        static func example(_ name: String) throws -> String {
            let text = try String(contentsOf: document, encoding: .utf8)
            let begin = try #require(text.range(of: "<!-- example:\(name):begin -->"))
            let end = try #require(
                text.range(of: "<!-- example:\(name):end -->", range: begin.upperBound..<text.endIndex))
            let block = text[begin.upperBound..<end.lowerBound]
            let open = try #require(block.range(of: "```"))
            let bodyStart = try #require(block[open.upperBound...].firstIndex(of: "\n"))
            let close = try #require(block.range(of: "```", options: .backwards))
            return String(block[block.index(after: bodyStart)..<close.lowerBound])
        }

        @Test func theSessionExampleIsWhatTheWriterWrites() throws {
            let golden = try String(contentsOfFile: TranscriptFixtures.path("golden-session.jsonl"), encoding: .utf8)
            #expect(try Self.example("session") == golden)
            let loaded = try TranscriptReader.parse(Self.example("session"), file: "example.jsonl")
            #expect(loaded.transcript == TranscriptTests.SessionWriterTests.sample)
        }

        @Test func theTextExampleLoads() throws {
            let loaded = try TranscriptFixtures.load(Self.example("text"), file: "example.txt")
            #expect(loaded.transcript.format == .text)
            #expect(loaded.transcript.turns.count == 4)
            #expect(loaded.transcript.slotMinutes == 20)
            #expect(loaded.transcript.learnerName == "Alex")
        }

        @Test func theOtterExampleLoads() throws {
            let loaded = try TranscriptFixtures.load(Self.example("otter"), file: "example.txt")
            #expect(loaded.transcript.format == .otter)
            #expect(loaded.transcript.turns.map(\.name) == ["Alex Kim", "Maya Chen", "Alex Kim"])
        }

        @Test func theWebVTTExampleIsTwoTurns() throws {
            let loaded = try TranscriptFixtures.load(Self.example("webvtt"), file: "example.vtt")
            #expect(loaded.transcript.format == .webvtt)
            #expect(loaded.transcript.turns.map(\.name) == ["Alex Kim", "Maya Chen"])
            #expect(loaded.transcript.turns[1].text == "Of course! Happy to help & glad you reached out.")
        }
    }
}
