import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("TranscriptReader")
    struct TranscriptReaderTests {
        static let header =
            #"{"type":"session","format":1,"persona":{"id":"maya-chen","name":"Maya Chen"},"pack":"bundled","seed":7,"minutes":20,"started":"2025-03-14T15:09:26Z"}"#
        static let turn1 =
            #"{"type":"turn","n":1,"speaker":"learner","name":"You","text":"Hi!","clock":0,"duration":2,"signals":["thanks"],"topic":null}"#

        static func problems(_ text: String) -> [String] {
            TranscriptFixtures.problems {
                try TranscriptReader.parse(text, file: "s.jsonl")
            }
        }

        @Test func skipsATornLastLineWithAWarning() throws {
            let path = TranscriptFixtures.path("torn.jsonl")
            let loaded = try TranscriptReader.read(file: path)
            #expect(loaded.transcript.turns.count == 1)
            #expect(loaded.transcript.turns[0].signals == ["thanks"])
            #expect(loaded.transcript.ending == nil)
            #expect(
                loaded.warnings.map(\.description) == [
                    "\(path):3:1: warning: the last line is incomplete (the session was interrupted while it was "
                        + "being written); skipped"
                ])
        }

        @Test func aCompleteLastLineWithoutANewlineIsKept() throws {
            let loaded = try TranscriptReader.parse(Self.header + "\n" + Self.turn1, file: "s.jsonl")
            #expect(loaded.warnings.isEmpty)
            #expect(loaded.transcript.turns.count == 1)
        }

        @Test func aTornHeaderLeavesNothingToRead() {
            #expect(
                Self.problems(String(Self.header.prefix(40))) == [
                    "s.jsonl: error: no session header: the file holds no complete record"
                ])
        }

        @Test func reportsEveryBadLineWithItsPlace() {
            let path = TranscriptFixtures.path("bad-middle.jsonl")
            let problems = TranscriptFixtures.problems(relativeTo: TranscriptFixtures.directory.path) {
                try TranscriptReader.read(file: path)
            }
            #expect(
                problems == [
                    "bad-middle.jsonl:3:77: error: not valid JSON: invalid value",
                    "bad-middle.jsonl:4:16: error: turn 3 where turn 2 was expected (turns count from 1 without gaps)",
                    "bad-middle.jsonl:4:22: error: 'speaker' must be 'learner' or 'persona', not 'visitor'",
                    "bad-middle.jsonl:4:55: error: 'text' must be a string, not a number (42)",
                    "bad-middle.jsonl:4:65: error: 'clock' must be a number of seconds, 0 or more, not a string (\"soon\")",
                    "bad-middle.jsonl:4:96: error: unknown signal 'smalltalk': expected one of purpose, job_ask, "
                        + "referral_ask, follow_up, time_ack, wrap_up, thanks, give_back, self_intro",
                    "bad-middle.jsonl:5:1: error: unknown record type 'chat': expected one of session, turn, warning, note, end",
                ])
        }

        @Test func theHeaderComesFirstAndOnlyOnce() {
            #expect(
                Self.problems(Self.turn1 + "\n" + Self.header + "\n" + Self.header + "\n") == [
                    #"s.jsonl:1:2: error: the first record must be the session header ("type":"session"), not 'turn'"#,
                    "s.jsonl:3:2: error: a second 'session' record: a file holds one session",
                ])
        }

        @Test func nothingFollowsTheEnd() {
            let end = #"{"type":"end","ended":"closed","elapsed_seconds":60,"score":null}"#
            #expect(
                Self.problems([Self.header, end, Self.turn1].joined(separator: "\n")) == [
                    "s.jsonl:3:2: error: 'turn' record after the 'end' record"
                ])
        }

        @Test func namesMissingAndUnknownFields() {
            let turn = #"{"type":"turn","n":1,"speaker":"learner","text":"Hi","clock":0,"signals":[],"mood":"ok"}"#
            #expect(
                Self.problems(Self.header + "\n" + turn + "\n") == [
                    "s.jsonl:2:1: error: 'turn' record is missing 'name'",
                    "s.jsonl:2:77: error: unknown field 'mood' in a 'turn' record",
                ])
        }

        @Test func checksEventsAndTheEnding() {
            let lines = [
                Self.header, Self.turn1,
                #"{"type":"warning","clock":1020,"after_turn":4}"#,
                #"{"type":"note","after_turn":1,"text":true}"#,
                #"{"type":"end","ended":"finished","elapsed_seconds":-1,"score":140}"#,
            ]
            #expect(
                Self.problems(lines.joined(separator: "\n")) == [
                    "s.jsonl:3:32: error: 'after_turn' is 4, but only 1 turn came before it",
                    "s.jsonl:4:31: error: 'text' must be a string, not a boolean (true)",
                    "s.jsonl:5:15: error: 'ended' must be closed, time_up or abandoned, not 'finished'",
                    "s.jsonl:5:34: error: 'elapsed_seconds' must be a number of seconds, 0 or more, not a number (-1)",
                    "s.jsonl:5:55: error: 'score' must be from 0 to 100, not 140",
                ])
        }

        @Test func refusesANewerFormat() {
            let header = Self.header.replacingOccurrences(of: #""format":1"#, with: #""format":2"#)
            #expect(
                Self.problems(header) == [
                    "s.jsonl:1:19: error: session format 2 is newer than this version of parley reads (1); update parley"
                ])
        }

        @Test func readsAMinimalHeader() throws {
            let loaded = try TranscriptReader.parse(#"{"type":"session","format":1}"# + "\n", file: "s.jsonl")
            #expect(loaded.transcript.header == TranscriptHeader())
            #expect(loaded.transcript.slotMinutes == 30)
            #expect(loaded.transcript.turns.isEmpty)
        }

        @Test func saysWhenAFileIsNotASession() {
            let path = TranscriptFixtures.path("zoom.vtt")
            #expect(
                TranscriptFixtures.problems { try TranscriptReader.read(file: path) } == [
                    "\(path): error: not a Parley session: it looks like WebVTT captions"
                ])
        }
    }
}
