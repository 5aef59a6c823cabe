import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    struct Sessions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List your saved practice sessions, newest first.",
            discussion: """
                A session's number here names it in 'parley review N' and 'parley score N'. The score \
                is the one recorded when the session ended, else the session scored now.
                """)
        @Option(help: "The list's format.") var format: TextOrJSON = .text

        func run() throws {
            let console = Console.standard()
            let paths = ParleyPaths()
            let listing = SessionListing(index: SessionIndex(directory: paths.sessions))
            DiagnosticPrinter(console: console).print(listing.index.problems)
            switch format {
            case .json: console.print(listing.json.rendered())
            case .text: console.print(listing.text(style: console.style, sessionsPath: paths.sessions.path))
            }
        }
    }
}

/// The saved sessions as `parley sessions` and `/sessions` show them.
struct SessionListing {
    let index: SessionIndex
    let scores: [Int]

    init(index: SessionIndex) {
        self.index = index
        let scorer = Scorer()
        scores = index.entries.map { entry in entry.transcript.ending?.score ?? scorer.score(entry.transcript).score }
    }

    func text(style: TerminalStyle, sessionsPath: String) -> String {
        guard !index.entries.isEmpty else {
            return "No saved sessions yet (they are kept in \(sessionsPath)). Start one with: parley practice"
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        var rows = [["#", "date", "persona", "time used", "ended", "score"]]
        for (entry, score) in zip(index.entries, scores) {
            let transcript = entry.transcript
            let used = "\(ClockText.format(transcript.elapsedSeconds)) / \(ClockText.format(Double(transcript.slotMinutes * 60)))"
            rows.append([
                String(entry.number), formatter.string(from: entry.started), transcript.header.persona?.name ?? "—",
                used, (transcript.ended ?? .abandoned).rawValue.replacingOccurrences(of: "_", with: " "), String(score),
            ])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let right: Set<Int> = [0, 5]
        return rows.enumerated().map { number, row in
            let line = row.indices.map { column in
                let cell = row[column]
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return right.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            return number == 0 ? style.bold(line) : line
        }.joined(separator: "\n")
    }

    var json: JSONValue {
        .array(zip(index.entries, scores).map { entry, score in
            let transcript = entry.transcript
            return .object([
                ("number", .int(entry.number)),
                ("path", .string(entry.path)),
                ("started", .string(ISO8601DateFormatter().string(from: entry.started))),
                ("persona", transcript.header.persona?.json ?? .null),
                ("minutes", .int(transcript.slotMinutes)),
                ("elapsed_seconds", .int(Int(transcript.elapsedSeconds.rounded()))),
                ("ended", .string((transcript.ended ?? .abandoned).rawValue)),
                ("score", .int(score)),
            ])
        })
    }
}
