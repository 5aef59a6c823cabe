import Foundation
import Testing

@testable import ParleyKit

@Suite("Finding packs")
struct PackLocatorTests {
    @Test func ordersOptionThenEnvironmentThenDataHomeThenBundled() throws {
        let root = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(root) }
        func makePack(_ parent: URL, _ name: String) throws -> URL {
            try PackFixtures.pack(
                in: parent, named: name,
                files: ["pack.yaml": "name: \(name)\n", "p.yaml": PackFixtures.persona(id: "p-\(name)")])
        }
        let option = try makePack(root, "option")
        let envA = try makePack(root, "env-a")
        let envB = try makePack(root, "env-b")
        let data = root.appendingPathComponent("data")
        let packsHome = data.appendingPathComponent("parley/packs")
        try makePack(packsHome, "zeta")
        try makePack(packsHome, "alpha")
        try "not a directory".write(to: packsHome.appendingPathComponent("README"), atomically: true, encoding: .utf8)

        let locator = PackLocator(
            packDirectories: [option.path],
            environment: [
                "HOME": root.path, "XDG_DATA_HOME": data.path,
                // An empty entry is ignored; a repeated directory is loaded once.
                "PARLEY_PACKS": "\(envA.path)::\(envB.path):\(option.path)",
            ])
        #expect(
            locator.directories().map(\.path) == [
                option.path, envA.path, envB.path,
                packsHome.appendingPathComponent("alpha").path,
                packsHome.appendingPathComponent("zeta").path,
            ])
        #expect(locator.directories().map(\.origin) == [.option, .environment, .environment, .dataHome, .dataHome])

        let (packs, diagnostics) = locator.locate()
        let bundledLoads = (try? PackLoader.bundled()) != nil
        #expect(packs.map(\.id) == ["option", "env-a", "env-b", "alpha", "zeta"] + (bundledLoads ? ["bundled"] : []))
        if bundledLoads { #expect(diagnostics.isEmpty) }
    }

    @Test func dataHomeDefaultsToLocalShare() throws {
        let home = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(home) }
        let pack = try PackFixtures.pack(
            in: home.appendingPathComponent(".local/share/parley/packs"), named: "mine",
            files: ["pack.yaml": "name: Mine\n", "p.yaml": PackFixtures.persona(id: "p")])
        #expect(PackLocator(environment: ["HOME": home.path]).directories().map(\.path) == [pack.path])
    }

    @Test func reportsMissingAndBrokenPacksButKeepsTheRest() throws {
        let root = try PackFixtures.temporaryDirectory()
        defer { PackFixtures.remove(root) }
        let broken = try PackFixtures.pack(in: root, named: "broken", files: ["pack.yaml": "nam: x\n"])
        let good = try PackFixtures.pack(
            in: root, named: "good", files: ["pack.yaml": "name: Good\n", "p.yaml": PackFixtures.persona(id: "p")])
        let locator = PackLocator(
            packDirectories: [root.appendingPathComponent("missing").path, broken.path, good.path],
            environment: ["HOME": root.path, "PARLEY_PACKS": root.appendingPathComponent("gone").path])
        let (packs, diagnostics) = locator.locate()
        #expect(packs.first?.id == "good")
        let shown = diagnostics.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        #expect(shown.contains("missing: error: no such pack directory (from --pack)"))
        #expect(shown.contains("gone: warning: no such pack directory (from PARLEY_PACKS)"))
        #expect(shown.contains("broken/pack.yaml:1:1: error: unknown key 'nam' (did you mean 'name'?)"))
    }
}
