import Foundation
import Testing

/// Scripted conversations with bundled personas, one for each path a conversation can take,
/// checked word for word against golden files — the screen and the saved transcript, clock
/// included. `RECORD_GOLDEN=1 swift test --filter PracticeGolden` re-records them.
@Suite("Practice conversations, word for word")
struct PracticeGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/practice")
    static let paths = ["ideal", "job-ask", "late-purpose", "ignored-warning", "time-up", "abandoned", "chatty"]
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    let runner = BinaryRunner()

    @Test(arguments: paths)
    func conversation(_ name: String) throws {
        let base = Self.directory.appendingPathComponent(name)
        let args = try String(contentsOf: base.appendingPathExtension("args"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).map(String.init)
        let saved = runner.home.appendingPathComponent("\(name).jsonl")
        let result = try runner.run(
            ["practice", args[0], "--seed", args[1], "--script", base.appendingPathExtension("script").path,
             "--save-to", saved.path],
            stdin: Data(), environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "stderr: \(result.err)")
        #expect(result.err.isEmpty)
        let screen = result.out.replacingOccurrences(of: saved.path, with: "<transcript>")
        let transcript = try String(contentsOf: saved, encoding: .utf8)
            .replacingOccurrences(of: #""started":"[^"]*""#, with: #""started":"<started>""#, options: .regularExpression)
        try Self.check(screen, against: base.appendingPathExtension("out"))
        try Self.check(transcript, against: base.appendingPathExtension("jsonl"))
    }

    static func check(_ actual: String, against file: URL) throws {
        if recording {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if actual != expected {
            let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let gotLine = line < got.count ? String(got[line]) : "<end>"
            let wantLine = line < want.count ? String(want[line]) : "<end>"
            Issue.record("\(file.lastPathComponent) differs at line \(line + 1):\n  expected: \(wantLine)\n  actual:   \(gotLine)\n(RECORD_GOLDEN=1 re-records)")
        }
    }
}
