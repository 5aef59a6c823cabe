import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("Otter.ai transcripts")
    struct OtterImporterTests {
        @Test func readsHeadersTextAndTheFooter() throws {
            let loaded = try TranscriptLoader.load(file: TranscriptFixtures.path("otter.txt"))
            #expect(loaded.transcript.format == .otter)
            #expect(
                TranscriptFixtures.summary(loaded.transcript) == [
                    "1 learner Alex Kim @3: Hi Maya, thanks for making the time today.",
                    "2 persona Maya Chen @7: Of course! It's good to meet you. I have about twenty minutes.",
                    "3 learner Alex Kim @15: I'm hoping to learn how you got into research.",
                    "4 persona Maya Chen @3761: I started out in psychology.",
                ])
            #expect(loaded.transcript.turns.map(\.duration) == [4, 8, 3746, 2])
            #expect(loaded.warnings.isEmpty)
        }

        @Test func meNamesTheLearner() throws {
            let options = ImportOptions(me: "maya chen")
            let transcript = try TranscriptLoader.load(file: TranscriptFixtures.path("otter.txt"), options: options)
            #expect(transcript.transcript.turns.map(\.speaker) == [.persona, .learner, .persona, .learner])
        }

        @Test func recognisesTheHeaderShape() {
            #expect(OtterImporter.header("Alex Kim  0:03")?.seconds == 3)
            #expect(OtterImporter.header("Speaker 2  1:02:03")?.seconds == 3723)
            #expect(OtterImporter.header("Unknown Speaker  12:40  ")?.name == "Unknown Speaker")
            #expect(OtterImporter.header("Alex Kim 0:03") == nil)  // one space
            #expect(OtterImporter.header("We met at  0:75") == nil)
            #expect(OtterImporter.header("  0:03") == nil)
        }

        @Test func headersWithNoTextFindNoTurns() {
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load("Alex Kim  0:03\n\nMaya Chen  0:05\n") } == [
                    "t.txt: error: no turns found: every Otter turn header is followed by a blank line instead of text"
                ])
        }
    }
}
