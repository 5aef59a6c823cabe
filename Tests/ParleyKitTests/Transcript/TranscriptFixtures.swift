import Foundation
import Testing

@testable import ParleyKit

/// Fixture files, temporary directories and diagnostics in a form tests can compare.
enum TranscriptFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// A fresh empty directory, removed by the caller's `defer`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-transcript-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `contents` to `name` in `directory` and returns its path.
    @discardableResult
    static func write(_ contents: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Loads `text` as a file named `file` (no disk involved).
    static func load(_ text: String, file: String = "t.txt", options: ImportOptions = ImportOptions())
        throws(DiagnosticError) -> LoadedTranscript
    {
        try TranscriptLoader.load(text: text, file: file, options: options)
    }

    /// The descriptions of the diagnostics thrown by `body`, with `directory`'s path left out.
    static func problems(
        relativeTo directory: String? = nil, _ body: () throws -> LoadedTranscript
    ) -> [String] {
        do {
            _ = try body()
            Issue.record("expected diagnostics, got none")
            return []
        } catch {
            guard let error = error as? DiagnosticError else {
                Issue.record("expected a DiagnosticError, got \(error)")
                return []
            }
            let prefix = directory.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            return error.diagnostics.map { diagnostic in
                let text = diagnostic.description
                guard let prefix, text.hasPrefix(prefix) else { return text }
                return String(text.dropFirst(prefix.count))
            }
        }
    }

    /// Each turn as `n speaker name @clock: text`, for compact comparisons.
    static func summary(_ transcript: Transcript) -> [String] {
        transcript.turns.map { turn in
            "\(turn.number) \(turn.speaker.rawValue) \(turn.name) @\(formatted(turn.clock)): \(turn.text)"
        }
    }

    static func formatted(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
