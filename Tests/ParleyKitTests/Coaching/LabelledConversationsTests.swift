import Foundation
import Testing

@testable import ParleyKit

/// The whole conversations the scorer is tuned on keep their labelled verdicts. The held-out part
/// is measured by scripts/eval, never asserted here.
@Suite("The labelled conversations")
struct LabelledConversationsTests {
    struct Label: Decodable {
        var file: String
        var me: String?
        var minutes: Int?
        var ended: String
        var criteria: [String: Bool]
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conversations/tune")

    static var labels: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func thereAreEnoughOfEveryKind() throws {
        let all = try Self.labels.map { try JSONDecoder().decode(Label.self, from: Data(contentsOf: Self.directory.appendingPathComponent($0))) }
        #expect(all.count >= 18)
        #expect(all.contains { $0.file.hasSuffix(".vtt") })
        #expect(all.contains { $0.file.hasSuffix(".jsonl") })
        #expect(all.contains { $0.file.hasSuffix(".txt") })
        for ending in ["closed", "time_up", "abandoned"] { #expect(all.contains { $0.ended == ending }) }
    }

    @Test(arguments: LabelledConversationsTests.labels)
    func verdictsAgree(_ name: String) throws {
        let label = try JSONDecoder().decode(Label.self, from: Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let loaded = try TranscriptLoader.load(
            file: Self.directory.appendingPathComponent(label.file).path,
            options: ImportOptions(me: label.me, minutes: label.minutes))
        let report = Scorer().score(loaded.transcript)
        #expect(report.ended.rawValue == label.ended, "\(label.file): ended")
        for verdict in report.verdicts {
            #expect(verdict.passed == label.criteria[verdict.criterion.rawValue], "\(label.file): \(verdict.criterion.rawValue)")
        }
    }
}
