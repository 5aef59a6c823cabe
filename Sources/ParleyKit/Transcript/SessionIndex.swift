import Foundation

/// The learner's saved sessions, newest first: what `parley sessions` lists and `progress` reads,
/// and how `review 3` or `score 3` finds a session by its number in that list.
public struct SessionIndex: Sendable {
    /// One saved session that could be read.
    public struct Entry: Sendable {
        /// 1-based, newest first.
        public var number: Int
        public var path: String
        public var transcript: Transcript
        /// When it started: the header's `started`, else the file's modification time.
        public var started: Date
    }

    public var entries: [Entry]
    /// Files that could not be read, as warnings; the rest are listed.
    public var problems: [Diagnostic]

    /// Reads every `.jsonl` file in `directory`; a missing directory is an empty list.
    public init(directory: URL) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        var found: [(path: String, transcript: Transcript, started: Date)] = []
        var problems: [Diagnostic] = []
        for name in names where name.hasSuffix(".jsonl") {
            let path = directory.appendingPathComponent(name).path
            do {
                let loaded = try TranscriptReader.read(file: path)
                let modified = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date.distantPast
                found.append((path, loaded.transcript, loaded.transcript.header.started ?? modified))
            } catch {
                let first = error.diagnostics.first
                problems.append(
                    Diagnostic(
                        file: path, line: first?.line, column: first?.column, severity: .warning,
                        message: "skipped: " + (first?.message ?? "not a readable session")))
            }
        }
        found.sort { $0.started != $1.started ? $0.started > $1.started : $0.path > $1.path }
        entries = found.enumerated().map { Entry(number: $0.offset + 1, path: $0.element.path, transcript: $0.element.transcript, started: $0.element.started) }
        self.problems = problems
    }

    public func entry(number: Int) -> Entry? {
        entries.first { $0.number == number }
    }
}
