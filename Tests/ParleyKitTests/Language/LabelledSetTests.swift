import Foundation
import Testing

@testable import ParleyKit

/// Keeps the engine from regressing on the part of the labelled set it is tuned on.
/// The held-out part is measured by scripts/eval, never asserted here.
@Suite("The labelled set")
struct LabelledSetTests {
    struct Line: Decodable {
        var text: String
        var signals: [String]
        var question: String?
    }

    static func load(_ name: String) throws -> [Line] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/signals/\(name).jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
    }

    @Test func tunedPartStaysAboveItsFloor() throws {
        let lines = try Self.load("tune") + Self.load("tune-more")
        let detector = SignalDetector()
        var f1s: [Double] = []
        var questionsRight = 0
        let hearings = lines.map { detector.hear($0.text) }
        for signal in Signal.allCases {
            var (tp, fp, fn) = (0.0, 0.0, 0.0)
            for (line, hearing) in zip(lines, hearings) {
                let truth = line.signals.contains(signal.rawValue), heard = hearing.contains(signal)
                if truth && heard { tp += 1 } else if heard { fp += 1 } else if truth { fn += 1 }
            }
            f1s.append(tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn))
        }
        for (line, hearing) in zip(lines, hearings) where line.question == hearing.question?.rawValue {
            questionsRight += 1
        }
        let macro = f1s.reduce(0, +) / Double(f1s.count)
        #expect(macro >= 0.95, "macro-F1 \(macro)")
        #expect(f1s.min()! >= 0.9, "lowest F1 \(f1s.min()!)")
        #expect(Double(questionsRight) / Double(lines.count) >= 0.93)
    }
}
