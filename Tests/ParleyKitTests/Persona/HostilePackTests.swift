import Foundation
import Testing

@testable import ParleyKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Packs come from third parties: each test writes a hostile file into a temporary directory.
@Suite("Hostile packs")
struct HostilePackTests {
    /// Validates one file with the given text (or bytes) and returns the diagnostics, paths shortened.
    static func problems(bytes: [UInt8], limits: PackLimits = .standard) throws -> [String] {
        let directory = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(directory) }
        let path = directory.appendingPathComponent("p.yaml").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = PackLoader.validate(paths: [path], limits: limits).map {
            $0.description.replacingOccurrences(of: directory.path + "/", with: "")
        }
        return result
    }

    static func problems(_ text: String, limits: PackLimits = .standard) throws -> [String] {
        try problems(bytes: Array(text.utf8), limits: limits)
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func oversizedFileIsRefusedBeforeParsing() throws {
        // Not even valid YAML: the size check must come first.
        let text = "[" + String(repeating: "x", count: (1 << 20) + 10)
        #expect(try Self.problems(text) == ["p.yaml: error: file is 1048587 bytes; the limit is 1048576 bytes (1 MiB)"])
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let bytes = Array("id: sam\nname: Jos".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(
            try Self.problems(bytes: bytes) == ["p.yaml:2:10: error: invalid UTF-8 at byte 17; save the file as UTF-8"])
    }

    @Test func nestingBeyondTheLimitIsRefusedWithItsPlace() throws {
        let text =
            PackFixtures.persona(id: "sam") + "reactions:\n  thanks: " + String(repeating: "[", count: 40)
            + String(repeating: "]", count: 40) + "\n"
        // The root map is level 1, `reactions` 2, the outermost list 3: the 33rd level is the 31st bracket.
        #expect(try Self.problems(text) == ["p.yaml:16:41: error: nesting is deeper than 32 levels"])
    }

    @Test(arguments: ["flow lists", "flow maps", "block lists"])
    func extremeNestingDoesNotCrashTheParser(shape: String) throws {
        let text =
            switch shape {
            case "flow lists": String(repeating: "[", count: 100_000)
            case "flow maps": String(repeating: "{a: ", count: 50_000)
            default: (0..<1_200).map { String(repeating: " ", count: $0) + "- \n" }.joined()
            }
        var problems: [String] = []
        let elapsed = try Self.seconds { problems = try Self.problems(text) }
        #expect(problems.count == 1)
        #expect(problems.first?.hasSuffix("error: nesting is too deep") == true)
        #expect(elapsed < 5)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(refs)]")
        }
        // An alias as a key makes Yams hash the whole expansion while parsing.
        lines.append("? *a12\n: boom")
        let text = lines.joined(separator: "\n") + "\n"
        var problems: [String] = []
        let elapsed = try Self.seconds { problems = try Self.problems(text) }
        #expect(problems == ["p.yaml:3:40: error: more than 16 YAML aliases ('*name'); packs may use only a few"])
        #expect(elapsed < 1)
    }

    @Test func aliasesWithinTheLimitStillCountTowardsTheNodeBudget() throws {
        let text = """
            a: &a [x, x, x, x]
            b: &b [*a, *a, *a, *a]
            c: &c [*b, *b, *b, *b]
            d: [*c, *c, *c, *c]

            """
        var limits = PackLimits()
        limits.maxNodes = 200
        let refused = try Self.problems(text, limits: limits)
        #expect(refused.count == 1)
        #expect(
            refused.first?.hasSuffix("error: the file has more than 200 YAML values (counting what aliases repeat)")
                == true)
        // With the usual budget the same file parses, and fails only as a persona.
        #expect(try Self.problems(text).contains("p.yaml:1:1: error: missing required key 'id' in a persona"))
    }

    @Test func aliasLookalikesInTextAreNotCounted() throws {
        let emphasis = Array(repeating: "I *really* mean it, 5*3 is 15.", count: 30).joined(separator: " ")
        let text = PackFixtures.persona(id: "sam").replacingOccurrences(of: "Hi, I'm Sam.", with: emphasis)
        #expect(try Self.problems(text).isEmpty)
    }

    @Test func tooManyValuesInAFlatFileAreRefused() throws {
        let text = "[" + Array(repeating: "a", count: 150_000).joined(separator: ",") + "]\n"
        #expect(
            try Self.problems(text).first?.hasSuffix(
                "error: the file has more than 100000 YAML values (counting what aliases repeat)") == true)
    }

    @Test func tagsRunNoCode() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("parley-pwned-\(UUID().uuidString)")
            .path
        let text = PackFixtures.persona(id: "sam").replacingOccurrences(
            of: "name: Sam Lee", with: "name: !!python/object/apply:os.system [\"touch \(marker)\"]")
        #expect(try Self.problems(text) == ["p.yaml:2:7: error: expected a string for 'name', found a list"])
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func symlinksInAPackAreRefused() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let outside = parent.appendingPathComponent("secret.yaml")
        try PackFixtures.persona(id: "secret").write(to: outside, atomically: true, encoding: .utf8)
        let pack = try PackFixtures.pack(
            in: parent, named: "pack",
            files: ["pack.yaml": PackFixtures.manifest, "sam.yaml": PackFixtures.persona(id: "sam")])
        try FileManager.default.createSymbolicLink(
            atPath: pack.appendingPathComponent("escape.yaml").path, withDestinationPath: "../secret.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: pack.appendingPathComponent("passwd.yaml").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: pack.appendingPathComponent("inside.yaml").path, withDestinationPath: "sam.yaml")
        let message = "error: symbolic links are not read in a pack; copy the file into the pack instead"
        #expect(
            PackLoader.validate(paths: [pack.path]).map {
                $0.description.replacingOccurrences(of: parent.path + "/", with: "")
            } == [
                "pack/escape.yaml: \(message)", "pack/inside.yaml: \(message)", "pack/passwd.yaml: \(message)",
            ])
        #expect(throws: DiagnosticError.self) { try PackLoader.load(directory: pack) }
    }

    @Test func specialFilesAndSubdirectoriesAreNotRead() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        let pack = try PackFixtures.pack(
            in: parent, named: "pack",
            files: ["pack.yaml": PackFixtures.manifest, "sam.yaml": PackFixtures.persona(id: "sam")])
        // A FIFO would block a naive reader forever.
        #expect(mkfifo(pack.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        try FileManager.default.createDirectory(
            at: pack.appendingPathComponent("dir.yaml"), withIntermediateDirectories: true)
        let nested = try PackFixtures.pack(in: pack, named: "nested", files: ["x.yaml": "not: a persona\n"])
        #expect(FileManager.default.fileExists(atPath: nested.path))
        #expect(
            PackLoader.validate(paths: [pack.path]).map {
                $0.description.replacingOccurrences(of: parent.path + "/", with: "")
            } == [
                "pack/dir.yaml: error: not a regular file", "pack/fifo.yaml: error: not a regular file",
            ])
    }

    @Test func tooManyPersonaFilesAreRefused() throws {
        let parent = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(parent) }
        var files = ["pack.yaml": PackFixtures.manifest]
        for index in 0...200 { files["p\(index).yaml"] = PackFixtures.persona(id: "p\(index)") }
        let pack = try PackFixtures.pack(in: parent, named: "pack", files: files)
        #expect(
            PackLoader.validate(paths: [pack.path]).map {
                $0.description.replacingOccurrences(of: parent.path + "/", with: "")
            } == [
                "pack: error: the pack has 201 persona files; the limit is 200"
            ])
        try FileManager.default.removeItem(at: pack.appendingPathComponent("p200.yaml"))
        #expect(try PackLoader.load(directory: pack).personas.count == 200)
    }
}
