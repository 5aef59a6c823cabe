import Foundation
import Testing

@testable import ParleyKit

@Suite("docs/persona-format.md")
struct PersonaFormatDocTests {
    static let document = Repository.url("docs/persona-format.md")

    /// The YAML between `<!-- example:begin -->` and `<!-- example:end -->`, without its fence.
    static func example() throws -> String {
        let text = try String(contentsOf: document, encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- example:begin -->"))
        let end = try #require(text.range(of: "<!-- example:end -->", range: begin.upperBound..<text.endIndex))
        let block = text[begin.upperBound..<end.lowerBound]
        let open = try #require(block.range(of: "```yaml\n"))
        let close = try #require(block.range(of: "```", range: open.upperBound..<block.endIndex))
        return String(block[open.upperBound..<close.lowerBound])
    }

    @Test func exampleLoads() throws {
        let directory = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(directory) }
        let path = directory.appendingPathComponent("example.yaml").path
        try Self.example().write(toFile: path, atomically: true, encoding: .utf8)
        let persona = try PackLoader.loadPersona(file: path)
        #expect(!persona.topics.isEmpty)
        #expect(!persona.referrals.isEmpty)
        #expect(!persona.reactions.fallback.isEmpty)
    }
}
