import Foundation
import Testing

@testable import ParleyKit

/// Every row of the close-calls table in docs/rubric.md is heard the way the table says, so the
/// table instructors read cannot drift from what Parley does.
@Suite("docs/rubric.md close calls")
struct RubricCloseCallsTests {
    static let document = Repository.url("docs/rubric.md")

    struct Row: CustomStringConvertible, Sendable {
        var lines: [String]
        /// Signals the line must carry exactly, or (when `absent`) must not carry.
        var signals: Set<Signal>
        var absent: Bool
        var question: QuestionKind??
        var description: String { lines.joined(separator: " · ") }
    }

    static func rows() throws -> [Row] {
        let text = try String(contentsOf: document, encoding: .utf8)
        let section = try #require(text.range(of: "## Close calls"))
        var rows: [Row] = []
        for line in text[section.upperBound...].split(separator: "\n") {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("| \"") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { continue }
            let said = cells[0].components(separatedBy: " · ").map { quote in
                quote.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
            let heard = cells[1]
            let names = heard.components(separatedBy: "`").enumerated().filter { $0.offset % 2 == 1 }
                .compactMap { Signal(rawValue: $0.element) }
            var question: QuestionKind?? = .none
            if heard.contains("open question") { question = .some(.open) }
            if heard.contains("no question") { question = .some(nil) }
            rows.append(Row(lines: said, signals: Set(names), absent: heard.hasPrefix("not "), question: question))
        }
        return rows
    }

    @Test func theTableHasRows() throws {
        #expect(try Self.rows().count >= 15)
    }

    @Test func everyRowIsHeardAsTheTableSays() throws {
        let detector = SignalDetector()
        for row in try Self.rows() {
            for line in row.lines {
                let hearing = detector.hear(line)
                let heard = Set(hearing.signals)
                if row.absent {
                    #expect(heard.isDisjoint(with: row.signals), "\(line): heard \(heard)")
                } else {
                    #expect(heard == row.signals, "\(line): heard \(heard)")
                }
                if case .some(let kind) = row.question {
                    #expect(hearing.question == kind, "\(line): question \(String(describing: hearing.question))")
                }
            }
        }
    }
}
