import Foundation
import Testing

@testable import ParleyKit

@Suite("Naming personas across packs")
struct PackCatalogTests {
    static func persona(_ id: String, name: String = "Someone") -> Persona {
        Persona(
            id: id, name: name, role: "R", organization: "O", field: "F", minutes: 20, briefing: "B", greeting: "G",
            topics: [Topic(id: "t", asks: ["?"], replies: [Reply(text: "!")])])
    }

    static let catalog = PackCatalog(packs: [
        Pack(
            name: "Spring", personas: [persona("maya-chen", name: "Spring Maya"), persona("sam")],
            source: .directory(URL(fileURLWithPath: "/packs/spring"))),
        Pack(
            name: "Bundled", personas: [persona("maya-chen", name: "Bundled Maya"), persona("lee")], source: .bundled),
    ])

    @Test func bareIDResolvesToTheFirstPack() throws {
        #expect(Self.catalog.persona(named: "maya-chen")?.persona.name == "Spring Maya")
        #expect(Self.catalog.persona(named: "lee")?.pack.id == "bundled")
        #expect(Self.catalog.persona(named: "nobody") == nil)
    }

    @Test func qualifiedIDPicksThePack() {
        #expect(Self.catalog.persona(named: "bundled/maya-chen")?.persona.name == "Bundled Maya")
        #expect(Self.catalog.persona(named: "spring/maya-chen")?.persona.name == "Spring Maya")
        #expect(Self.catalog.persona(named: "spring/lee") == nil)
        #expect(Self.catalog.persona(named: "autumn/sam") == nil)
    }

    @Test func listsEveryPersonaAndTheClashes() {
        #expect(
            Self.catalog.allPersonas.map(\.qualifiedID) == [
                "spring/maya-chen", "spring/sam", "bundled/maya-chen", "bundled/lee",
            ])
        #expect(Self.catalog.clashes(for: "maya-chen").map(\.qualifiedID) == ["spring/maya-chen", "bundled/maya-chen"])
        #expect(Self.catalog.clashes(for: "sam").count == 1)
        #expect(Self.catalog.clashingIDs.map(\.id) == ["maya-chen"])
    }

    @Test func resolveSuggestsACloseName() {
        #expect(throws: PersonaLookupError.notFound("maya-chn", suggestion: "maya-chen")) {
            try Self.catalog.resolve("maya-chn")
        }
        #expect(
            PersonaLookupError.notFound("zed", suggestion: nil).description == "no persona 'zed'")
    }
}
