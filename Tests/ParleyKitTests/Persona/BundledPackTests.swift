import Foundation
import Testing

@testable import ParleyKit

@Suite("The bundled pack")
struct BundledPackTests {
    static let repository = Repository.root

    @Test func embeddedFilesMatchPersonasOnDisk() throws {
        let directory = Self.repository.appendingPathComponent("personas")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter(PackLoader.isPackFileName).sorted()
        let onDisk = try names.map { name in
            (name, try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
        let embedded = BundledPack.files.map { ($0.name, $0.contents) }
        #expect(embedded.map(\.0) == onDisk.map(\.0), "run scripts/embed-personas")
        for ((name, text), (_, expected)) in zip(embedded, onDisk) {
            #expect(text == expected, "personas/\(name) changed; run scripts/embed-personas")
        }
    }

    @Test func loadsWithoutDiagnostics() throws {
        let pack: Pack
        do {
            pack = try PackLoader.bundled()
        } catch {
            Issue.record("the bundled pack has problems:\n\(error)")
            return
        }
        #expect(pack.source == .bundled)
        #expect(pack.id == "bundled")
        #expect(!pack.personas.isEmpty)
    }
}
