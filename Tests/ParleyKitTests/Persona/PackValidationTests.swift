import Foundation
import Testing

@testable import ParleyKit

@Suite("Validating a pack")
struct PackValidationTests {
    /// Validates a pack directory made of `files`; paths are shown relative to its parent.
    static func problems(_ files: [String: String], limits: PackLimits = .standard) throws -> [String] {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let directory = try PackFixtures.pack(in: parent, named: "pack", files: files)
        return PackLoader.validate(paths: [directory.path], limits: limits).map {
            $0.description.replacingOccurrences(of: parent.path + "/", with: "")
        }
    }

    @Test func rubricKeysMustBeCriteriaAndSignals() throws {
        let manifest = """
            name: Cohort
            rubric:
              weights:
                restated_purpse: 30
                thanked: -1
                offered_help: lots
              phrases:
                referal_ask: [who else]
                purpose: just one
                thanks: []
              extra: 1

            """
        #expect(
            try Self.problems(["pack.yaml": manifest, "a.yaml": PackFixtures.persona(id: "a")]) == [
                "pack/pack.yaml:4:5: error: unknown criterion 'restated_purpse' (did you mean 'restated_purpose'?)",
                "pack/pack.yaml:5:14: error: 'thanked' must be at least 0, found -1",
                "pack/pack.yaml:6:19: error: expected a whole number for 'offered_help', found 'lots'",
                "pack/pack.yaml:8:5: error: unknown signal 'referal_ask' (did you mean 'referral_ask'?)",
                "pack/pack.yaml:9:14: error: expected a list for 'purpose', found 'just one'",
                "pack/pack.yaml:10:13: error: 'thanks' must have at least one entry",
                "pack/pack.yaml:11:3: error: unknown key 'extra'; allowed: weights, phrases",
            ])
    }

    @Test func manifestNeedsAName() throws {
        #expect(
            try Self.problems(["pack.yaml": "author: Me\nversion: 2\n", "a.yaml": PackFixtures.persona(id: "a")]) == [
                "pack/pack.yaml:1:1: error: missing required key 'name' in pack.yaml"
            ])
    }

    @Test func packNeedsAManifest() throws {
        #expect(
            try Self.problems(["a.yaml": PackFixtures.persona(id: "a")]) == [
                "pack: error: missing pack.yaml (a pack needs a manifest with at least a 'name')"
            ])
        #expect(
            try Self.problems([
                "pack.yaml": "name: A\n", "pack.yml": "name: B\n", "a.yaml": PackFixtures.persona(id: "a"),
            ]) == [
                "pack: error: both pack.yaml and pack.yml; keep only pack.yaml"
            ])
    }

    @Test func duplicatePersonaIDsAcrossFiles() throws {
        #expect(
            try Self.problems([
                "pack.yaml": PackFixtures.manifest,
                "a.yaml": PackFixtures.persona(id: "sam"),
                "b.yaml": PackFixtures.persona(id: "sam", name: "Another Sam"),
            ]) == ["pack/b.yaml:1:5: error: duplicate persona id 'sam' (also in pack/a.yaml)"])
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let problems = try Self.problems([
            "pack.yaml": "name: [x]\n",
            "a.yaml": PackFixtures.persona(id: "a").replacingOccurrences(of: "minutes: 20", with: "minutes: 0"),
            "b.yaml": "id: b\n",
        ])
        #expect(problems.count == 10)
        // The manifest first, then the personas in file-name order.
        #expect(problems.first == "pack/pack.yaml:1:7: error: expected a string for 'name', found a list")
        #expect(problems[1] == "pack/a.yaml:6:10: error: 'minutes' must be between 3 and 120, found 0")
        #expect(problems.last == "pack/b.yaml:1:1: error: missing required key 'topics' in a persona")
    }

    @Test func loadThrowsTheWholeBatch() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let directory = try PackFixtures.pack(in: parent, named: "p", files: ["pack.yaml": "nme: x\n"])
        let error = #expect(throws: DiagnosticError.self) { try PackLoader.load(directory: directory) }
        #expect(
            error?.diagnostics.map(\.message) == [
                "unknown key 'nme' (did you mean 'name'?)", "missing required key 'name' in pack.yaml",
                "the pack has no persona files",
            ])
    }

    @Test func missingPathsAreReported() {
        #expect(
            PackLoader.validate(paths: ["/nonexistent/parley/x.yaml"]).map(\.description) == [
                "/nonexistent/parley/x.yaml: error: no such file or directory"
            ])
    }
}
