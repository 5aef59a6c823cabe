import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("SessionWriter")
    struct SessionWriterTests {
        static let started = Date(timeIntervalSince1970: 1_741_964_966)  // 2025-03-14T15:09:26Z

        static let header = TranscriptHeader(
            persona: TranscriptPersona(id: "maya-chen", name: "Maya Chen", pack: "bundled"), seed: 7, minutes: 20,
            started: started)

        /// A short session covering every record type.
        static let sample = Transcript(
            format: .session, header: header,
            turns: [
                Turn(
                    number: 1, speaker: .persona, name: "Maya Chen", text: "Hi, this is Maya — good to meet you!",
                    clock: 0, duration: 2.8),
                Turn(
                    number: 2, speaker: .learner, name: "You",
                    text:
                        "Thanks for making the time. I'm exploring UX research and hoping to learn how you see the field.",
                    clock: 2.8, duration: 6.8, signals: ["purpose", "thanks"]),
                Turn(
                    number: 3, speaker: .persona, name: "Maya Chen", text: "Happy to help.", clock: 9.6, duration: 2,
                    topic: "career-path"),
            ],
            events: [
                .note(TranscriptEvent.Note(text: "ask about \"the move\"", clock: 9.6, afterTurn: 2)),
                .warning(TranscriptEvent.TimeWarning(clock: 1020, afterTurn: 3)),
            ],
            ending: TranscriptEnding(ended: .closed, elapsedSeconds: 1134, score: 82))

        /// Writes `sample` record by record, as the simulator would.
        static func writeSample(to url: URL, creation: SessionWriter.Creation = .newFile) throws {
            let writer = try SessionWriter(url: url, header: sample.header, creation: creation)
            try writer.append(sample.turns[0])
            try writer.append(sample.turns[1])
            try writer.append(sample.events[0])
            try writer.append(sample.turns[2])
            try writer.append(sample.events[1])
            try writer.finish(sample.ending!)
        }

        @Test func roundTripsThroughTheReader() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("s.jsonl")
            try Self.writeSample(to: url)
            let loaded = try TranscriptReader.read(file: url.path)
            #expect(loaded.warnings.isEmpty)
            #expect(loaded.transcript == Self.sample)
            #expect(try String(contentsOf: url, encoding: .utf8) == Self.sample.sessionText())
        }

        @Test func matchesTheGoldenFile() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("s.jsonl")
            try Self.writeSample(to: url)
            let written = try String(contentsOf: url, encoding: .utf8)
            let golden = TranscriptFixtures.path("golden-session.jsonl")
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
                try written.write(toFile: golden, atomically: true, encoding: .utf8)
            }
            #expect(written == (try String(contentsOfFile: golden, encoding: .utf8)))
        }

        @Test func createsOwnerOnlyFileAndDirectories() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("a/b/s.jsonl")
            try Self.writeSample(to: url)
            #expect(try Self.mode(url.path) == 0o600)
            #expect(try Self.mode(directory.appendingPathComponent("a").path) == 0o700)
            #expect(try Self.mode(directory.appendingPathComponent("a/b").path) == 0o700)
        }

        @Test func refusesToReplaceAFileUnlessAsked() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let path = try TranscriptFixtures.write("keep me\n", to: "s.jsonl", in: directory)
            #expect(throws: SessionWriterError.alreadyExists(path: path)) {
                try SessionWriter(url: URL(fileURLWithPath: path), header: Self.header)
            }
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
        }

        @Test func replacingTruncatesAndTightensTheMode() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let path = try TranscriptFixtures.write(
                String(repeating: "old\n", count: 1000), to: "s.jsonl", in: directory)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            try Self.writeSample(to: URL(fileURLWithPath: path), creation: .replacing)
            #expect(try Self.mode(path) == 0o600)
            #expect(try TranscriptReader.read(file: path).transcript == Self.sample)
        }

        @Test func appendsAtTheEndEvenAfterOthersWrite() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("s.jsonl")
            let writer = try SessionWriter(url: url, header: Self.header)
            try writer.append(Self.sample.turns[0])
            // Another descriptor adds a line; without O_APPEND the writer's next record would overwrite it.
            let other = try FileHandle(forWritingTo: url)
            let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
            try other.seek(toOffset: UInt64(size))
            try other.write(
                contentsOf: Data("{\"type\":\"note\",\"clock\":null,\"after_turn\":1,\"text\":\"x\"}\n".utf8))
            try other.close()
            try writer.append(Self.sample.turns[1])
            writer.close()
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 4)
            #expect(lines[2].contains("\"type\":\"note\""))
            #expect(lines[3].contains("\"n\":2"))
        }

        @Test func eachTurnIsOnDiskWhenAppendReturns() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("s.jsonl")
            let writer = try SessionWriter(url: url, header: Self.header)
            try writer.append(Self.sample.turns[0])
            try writer.append(Self.sample.turns[1])
            // Not closed, as after a crash: what is on disk already reads as an interrupted session.
            let loaded = try TranscriptReader.read(file: url.path)
            #expect(loaded.transcript.turns == Array(Self.sample.turns.prefix(2)))
            #expect(loaded.transcript.ending == nil)
            #expect(loaded.transcript.ended == .abandoned)
            writer.close()
        }

        @Test func rejectsRecordsOutOfOrder() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let url = directory.appendingPathComponent("s.jsonl")
            let writer = try SessionWriter(url: url, header: Self.header)
            #expect(throws: SessionWriterError.turnOutOfOrder(path: url.path, expected: 1, got: 2)) {
                try writer.append(Self.sample.turns[1])
            }
            #expect(throws: SessionWriterError.eventAfterUnwrittenTurn(path: url.path, afterTurn: 3, lastTurn: 0)) {
                try writer.append(Self.sample.events[1])
            }
            try writer.finish(TranscriptEnding(ended: .abandoned, elapsedSeconds: 0))
            #expect(throws: SessionWriterError.closed(path: url.path)) {
                try writer.append(Self.sample.turns[0])
            }
        }

        @Test func defaultPathNamesTheTimeAndPersona() {
            let sessions = URL(fileURLWithPath: "/data/parley/sessions")
            let utc = TimeZone(identifier: "UTC")!
            let first = SessionWriter.defaultURL(
                in: sessions, personaID: "maya-chen", started: Self.started, timeZone: utc)
            #expect(first.path == "/data/parley/sessions/2025-03-14-150926-maya-chen.jsonl")
            let third = SessionWriter.defaultURL(
                in: sessions, personaID: "../Odd Name!", started: Self.started, timeZone: utc, attempt: 3)
            #expect(third.lastPathComponent == "2025-03-14-150926-odd-name-3.jsonl")
            let none = SessionWriter.defaultURL(in: sessions, personaID: nil, started: Self.started, timeZone: utc)
            #expect(none.lastPathComponent == "2025-03-14-150926-session.jsonl")
        }

        @Test func sessionsInTheSameSecondGetASuffix() throws {
            let directory = try TranscriptFixtures.temporaryDirectory()
            defer { TranscriptFixtures.remove(directory) }
            let paths = ParleyPaths(environment: ["HOME": "/nonexistent", "XDG_DATA_HOME": directory.path])
            let utc = TimeZone(identifier: "UTC")!
            let first = try SessionWriter.createInSessions(paths, header: Self.header, timeZone: utc)
            let second = try SessionWriter.createInSessions(paths, header: Self.header, timeZone: utc)
            first.close()
            second.close()
            #expect(first.url.path == directory.path + "/parley/sessions/2025-03-14-150926-maya-chen.jsonl")
            #expect(second.url.lastPathComponent == "2025-03-14-150926-maya-chen-2.jsonl")
            #expect(try Self.mode(directory.appendingPathComponent("parley/sessions").path) == 0o700)
        }

        @Test func headerFromAPersona() throws {
            let persona = Persona(
                id: "sam-lee", name: "Sam Lee", role: "Analyst", organization: "Northwind", field: "Retail",
                minutes: 15,
                briefing: "", greeting: "Hi", topics: [])
            let header = TranscriptHeader(practising: persona, pack: "Spring cohort", seed: 3, started: Self.started)
            #expect(header.persona == TranscriptPersona(id: "sam-lee", name: "Sam Lee", pack: "Spring cohort"))
            #expect(header.minutes == 15)
            #expect(header.formatVersion == 1)
        }

        static func mode(_ path: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return try #require(attributes[.posixPermissions] as? Int) & 0o777
        }
    }
}
