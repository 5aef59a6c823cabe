import Foundation
import Testing

/// A practice session killed or stopped part-way keeps every finished turn on disk.
@Suite("Practice sessions that are killed or stopped")
struct PracticeSignalTests {
    let runner = BinaryRunner()

    static let lines = [
        "Hi Maya, I'm a junior studying psychology and I'm hoping to learn how you see UX research.",
        "How did you get into UX research?",
        "What does a typical week look like for you?",
    ]

    /// Starts `parley practice` reading from a pipe, says `lines` one at a time, waiting each time
    /// until the persona's answer is in the transcript, then sends `signal`.
    func converse(thenSend signal: Int32) throws -> (status: Int32, records: [[String: Any]], mode: Int, err: String) {
        let saved = runner.home.appendingPathComponent("session.jsonl")
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["practice", "maya-chen", "--seed", "1", "--save-to", saved.path]
        process.environment = [
            "HOME": runner.home.path, "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8",
            "XDG_DATA_HOME": runner.home.appendingPathComponent("data").path,
            "XDG_STATE_HOME": runner.home.appendingPathComponent("state").path,
        ]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let drain = Thread { _ = output.fileHandleForReading.readDataToEndOfFile() }
        drain.start()
        for (index, line) in Self.lines.enumerated() {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            // The greeting, then a learner turn and an answer for each line.
            try Self.waitForTurns(2 * (index + 1) + 1, in: saved)
        }
        kill(process.processIdentifier, signal)
        // A session that ignores the signal must fail the test, not hang it.
        var waited = 0
        while process.isRunning, waited < 1000 {
            usleep(10_000)
            waited += 1
        }
        if process.isRunning {
            Issue.record("parley was still running 10 seconds after signal \(signal)")
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let text = try String(contentsOf: saved, encoding: .utf8)
        let records = text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let mode = (try FileManager.default.attributesOfItem(atPath: saved.path)[.posixPermissions] as? Int) ?? -1
        return (process.terminationStatus, records, mode, err)
    }

    static func waitForTurns(_ count: Int, in file: URL) throws {
        for _ in 0..<1000 {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            if text.components(separatedBy: #""type":"turn""#).count - 1 >= count { return }
            usleep(10_000)
        }
        Issue.record("the transcript never reached \(count) turns")
    }

    static func turns(_ records: [[String: Any]], _ speaker: String) -> [String] {
        records.filter { $0["type"] as? String == "turn" && $0["speaker"] as? String == speaker }
            .compactMap { $0["text"] as? String }
    }

    @Test func sigkillLeavesEveryFinishedTurnOwnerOnly() throws {
        let (_, records, mode, _) = try converse(thenSend: SIGKILL)
        #expect(Self.turns(records, "learner") == Self.lines)
        #expect(Self.turns(records, "persona").count == 4)
        #expect(records.first?["type"] as? String == "session")
        #expect(!records.contains { $0["type"] as? String == "end" })
        #expect(mode == 0o600)
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP"), (SIGINT, "SIGINT")])
    func signalsWriteTheAbandonedEndRecord(_ signal: Int32, _ name: String) throws {
        let (status, records, mode, err) = try converse(thenSend: signal)
        #expect(status == 128 + signal, "\(name)")
        #expect(Self.turns(records, "learner") == Self.lines)
        let end = records.last
        #expect(end?["type"] as? String == "end")
        #expect(end?["ended"] as? String == "abandoned")
        #expect((end?["elapsed_seconds"] as? Double).map { $0 > 0 } == true)
        #expect(err.contains("saved in"))
        #expect(mode == 0o600)
    }
}
