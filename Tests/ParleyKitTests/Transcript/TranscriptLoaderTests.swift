import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("TranscriptLoader")
    struct TranscriptLoaderTests {
        @Test(arguments: [
            ("zoom.vtt", TranscriptFormat.webvtt), ("teams.vtt", .webvtt), ("otter.txt", .otter),
            ("interview.txt", .text), ("untimed.txt", .text), ("golden-session.jsonl", .session),
            ("torn.jsonl", .session),
        ])
        func detectsTheFormatOfEachFixture(name: String, format: TranscriptFormat) throws {
            let text = try String(contentsOfFile: TranscriptFixtures.path(name), encoding: .utf8)
            #expect(TranscriptLoader.detectFormat(of: text) == format)
        }

        /// Each fixture copied under a name that suggests another format still loads as what it is.
        @Test(arguments: [
            ("zoom.vtt", "captions.txt", TranscriptFormat.webvtt), ("otter.txt", "otter.vtt", .otter),
            ("interview.txt", "interview.jsonl", .text), ("golden-session.jsonl", "session.vtt", .session),
        ])
        func detectsByContentNotExtension(fixture: String, name: String, format: TranscriptFormat) throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let target = directory.appendingPathComponent(name)
            try FileManager.default.copyItem(atPath: TranscriptFixtures.path(fixture), toPath: target.path)
            let loaded = try TranscriptLoader.load(file: target.path)
            #expect(loaded.transcript.format == format)
            #expect(!loaded.transcript.turns.isEmpty)
        }

        @Test func loadsASessionWithTheMinutesOverride() throws {
            let path = TranscriptFixtures.path("golden-session.jsonl")
            let loaded = try TranscriptLoader.load(file: path, options: ImportOptions(me: "ignored", minutes: 25))
            #expect(loaded.transcript.slotMinutes == 25)
            #expect(loaded.transcript.header.persona?.id == "maya-chen")
            #expect(loaded.transcript.ending?.score == 82)
            #expect(loaded.transcript.notes.map(\.text) == ["ask about \"the move\""])
        }

        @Test func readsCRLFAndAByteOrderMark() throws {
            let text =
                "\u{FEFF}WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Alex>Hi\r\n\r\n00:02.000 --> 00:03.000\r\n<v Maya>Hello\r\n"
            let transcript = try TranscriptFixtures.load(text, file: "c.vtt").transcript
            #expect(transcript.turns.map(\.text) == ["Hi", "Hello"])
        }

        @Test func readsUTF16WithAByteOrderMark() throws {
            var data = Data([0xFF, 0xFE])
            data.append("Alex: Hi.\nMaya: Hello!\n".data(using: .utf16LittleEndian)!)
            let loaded = try TranscriptLoader.load(data: data, file: "u.txt")
            #expect(loaded.transcript.turns.map(\.name) == ["Alex", "Maya"])
        }

        @Test(arguments: [
            ("", "e.txt: error: file is empty"),
            ("  \n\n\t\n", "e.txt: error: file is empty"),
            ("Alex: Hi\nMa\u{0}ya: x\n", "e.txt:2:3: error: file is binary, not a transcript (it contains a NUL byte)"),
            (
                "# minutes: 20\n# me: Alex\n",
                "e.txt: error: no turns found: expected lines like 'Alex: Thanks for making the time.'"
            ),
            (
                "[1, 2, 3]\n",
                "e.txt:1:1: error: this is JSON but not a Parley session: a session's first line is "
                    + "{\"type\":\"session\", …} (see docs/transcripts.md)"
            ),
            (
                "{\n  \"type\": \"session\"\n}\n",
                "e.txt:1:1: error: this is JSON but not a Parley session: a session's "
                    + "first line is {\"type\":\"session\", …} (see docs/transcripts.md)"
            ),
        ])
        func badTextIsAClearError(text: String, problem: String) {
            #expect(TranscriptFixtures.problems { try TranscriptFixtures.load(text, file: "e.txt") } == [problem])
        }

        @Test func invalidUTF8NamesThePlace() {
            var data = Data("Alex: Hi\nMaya: caf".utf8)
            data.append(contentsOf: [0xC3, 0x28])
            #expect(
                TranscriptFixtures.problems { try TranscriptLoader.load(data: data, file: "b.txt") } == [
                    "b.txt:2:10: error: file is not UTF-8 text (invalid byte sequence)"
                ])
        }

        @Test(arguments: ["not-session.json", "headers-only.txt", "no-cues.vtt"])
        func badFixturesNameTheFile(name: String) {
            let problems = TranscriptFixtures.problems(relativeTo: TranscriptFixtures.directory.path) {
                try TranscriptLoader.load(file: TranscriptFixtures.path(name))
            }
            #expect(problems.count == 1)
            #expect(problems.first?.hasPrefix(name + ":") == true)
        }

        @Test func missingFilesAndDirectories() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let missing = directory.appendingPathComponent("nope.txt").path
            #expect(
                TranscriptFixtures.problems { try TranscriptLoader.load(file: missing) } == [
                    "\(missing): error: no such file"
                ])
            #expect(
                TranscriptFixtures.problems { try TranscriptLoader.load(file: directory.path) } == [
                    "\(directory.path): error: is a directory, not a transcript file"
                ])
        }

        @Test func anImportedTranscriptSavesAsASession() throws {
            let imported = try TranscriptLoader.load(file: TranscriptFixtures.path("interview.txt")).transcript
            let reread = try TranscriptReader.parse(imported.sessionText(), file: "s.jsonl").transcript
            #expect(reread.turns == imported.turns)
            #expect(reread.events == imported.events)
            #expect(reread.header.minutes == 20)
        }
    }
}
