import Foundation
import Testing

@Suite("parley personas")
struct PersonasCommandTests {
    let runner = BinaryRunner()

    private func makePack(_ files: [String: String]) throws -> URL {
        let directory = runner.home.appendingPathComponent("pack-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    static let persona = """
        id: ana-ruiz
        name: Ana Ruiz
        role: Park Ranger
        organization: State Parks
        field: Conservation
        minutes: 15
        briefing: Ana has been a ranger for ten years.
        greeting: Hello from the trailhead!
        topics:
          - id: career-path
            asks: [How did you become a ranger?]
            replies: [I volunteered every summer in college.]
        """

    @Test func listShowsTheBundledPersonasFromAnyDirectory() throws {
        let result = try runner.run(["personas", "list"], input: "")
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let rows = result.out.split(separator: "\n").dropFirst()
        #expect(rows.count >= 8)
        #expect(result.out.contains("maya-chen"))
        #expect(rows.allSatisfy { $0.hasSuffix("bundled") })
    }

    @Test func listAsJSONIsAnArrayOfPersonas() throws {
        let result = try runner.run(["personas", "list", "--format", "json"], input: "")
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        #expect(items.count >= 8)
        let first = try #require(items.first)
        #expect(Set(first.keys) == ["id", "name", "role", "organization", "field", "minutes", "temperament", "pack"])
    }

    @Test func packOptionAddsAPackBeforeTheBundledOne() throws {
        let pack = try makePack(["pack.yaml": "name: Rangers\n", "ana-ruiz.yaml": Self.persona])
        let result = try runner.run(["personas", "list", "--pack", pack.path], input: "")
        #expect(result.status == 0)
        let rows = result.out.split(separator: "\n").dropFirst()
        #expect(rows.first?.hasPrefix("ana-ruiz ") == true)
        #expect(rows.first?.hasSuffix(pack.lastPathComponent) == true)
    }

    @Test func environmentPacksAreFoundToo() throws {
        let pack = try makePack(["pack.yaml": "name: Rangers\n", "ana-ruiz.yaml": Self.persona])
        let result = try runner.run(
            ["personas", "show", "ana-ruiz"], stdin: Data(), environment: ["PARLEY_PACKS": pack.path])
        #expect(result.status == 0)
        #expect(result.out.contains("Ana Ruiz — Park Ranger, State Parks"))
        #expect(result.out.contains("career-path"))
    }

    @Test func showPrintsTheBriefingAndTopics() throws {
        let result = try runner.run(["personas", "show", "maya-chen"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains("Briefing"))
        #expect(result.out.contains("What Maya can talk about"))
    }

    @Test func showUnknownPersonaSuggestsAndExits64() throws {
        let result = try runner.run(["personas", "show", "maya-chenn"], input: "")
        #expect(result.status == 64)
        #expect(result.err.contains("did you mean 'maya-chen'?"))
    }

    @Test func validateAcceptsAGoodPackAndTheBundledOne() throws {
        let pack = try makePack(["pack.yaml": "name: Rangers\n", "ana-ruiz.yaml": Self.persona])
        let personas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("personas")
        let result = try runner.run(["personas", "validate", pack.path, personas.path], input: "")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
    }

    @Test func validateReportsEveryProblemWithFileLineAndColumn() throws {
        let broken = Self.persona
            .replacingOccurrences(of: "minutes: 15", with: "minutes: 500")
            .replacingOccurrences(of: "greeting:", with: "greetng:")
        let pack = try makePack(["pack.yaml": "name: Rangers\n", "ana-ruiz.yaml": broken])
        let result = try runner.run(["personas", "validate", pack.path], input: "")
        #expect(result.status == 1)
        let file = pack.appendingPathComponent("ana-ruiz.yaml").path
        #expect(result.err.contains("\(file):6:10: error: 'minutes' must be between 3 and 120"))
        #expect(result.err.contains("\(file):8:1: error: unknown key 'greetng' (did you mean 'greeting'?)"))
        #expect(result.out.isEmpty)
    }

    @Test func hostilePacksAreRefusedWithExit1() throws {
        var laughs = "name: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            laughs += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let cases: [(String, Data)] = [
            ("pack.yaml", Data(laughs.utf8)),
            ("pack.yaml", Data(("name: " + String(repeating: "x", count: 2 << 20)).utf8)),
            ("pack.yaml", Data("name: ".utf8) + Data([0xFF, 0xFE, 0x0A])),
            ("pack.yaml", Data((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8)),
        ]
        for (name, bytes) in cases {
            let pack = try makePack([:])
            try bytes.write(to: pack.appendingPathComponent(name))
            let result = try runner.run(["personas", "validate", pack.path], input: "")
            #expect(result.status == 1)
            #expect(result.err.contains(pack.appendingPathComponent(name).path + ":"))
        }
    }

    @Test func aSymlinkOutOfThePackIsNotFollowed() throws {
        let secret = runner.home.appendingPathComponent("secret.yaml")
        try Data(Self.persona.utf8).write(to: secret)
        let pack = try makePack(["pack.yaml": "name: Sneaky\n"])
        try FileManager.default.createSymbolicLink(
            at: pack.appendingPathComponent("ana-ruiz.yaml"), withDestinationURL: secret)
        let result = try runner.run(["personas", "validate", pack.path], input: "")
        #expect(result.status == 1)
        #expect(result.err.contains("ana-ruiz.yaml"))
        #expect(!result.err.contains("Ana Ruiz"))
    }
}

@Suite("parley personas verify")
struct PersonasVerifyCommandTests {
    let runner = BinaryRunner()

    @Test func theBundledPackVerifiesClean() throws {
        let personas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("personas")
        let result = try runner.run(["personas", "verify", personas.path], input: "")
        #expect(result.status == 0, "\(result.out)")
        #expect(result.out.hasPrefix("ok:"))
    }

    @Test func aSharedAskFailsWithItsTopics() throws {
        let pack = runner.home.appendingPathComponent("shared-pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try Data("name: Shared\n".utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        // The same ask under a second topic.
        let persona = PersonasCommandTests.persona + """

              - id: skills
                asks: [How did you become a ranger?]
                replies: [Patience.]
            """
        try Data(persona.utf8).write(to: pack.appendingPathComponent("ana-ruiz.yaml"))
        let result = try runner.run(["personas", "verify", pack.path], input: "")
        #expect(result.status == 1)
        #expect(result.out.contains("is under several topics: career-path, skills"))
    }
}
