import ArgumentParser
import ParleyKit

/// `--pack DIR`, repeatable: persona packs searched before the installed and bundled ones.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("pack"), help: ArgumentHelp("A persona pack directory to search first (repeatable).", valueName: "dir"))
    var directories: [String] = []

    /// Every pack found, in the SPEC's order. Problems are printed; a broken `--pack` is an error
    /// (exit 1), while a broken installed pack is skipped with its diagnostics so practice goes on.
    func catalog(console: Console) throws -> PackCatalog {
        let (packs, diagnostics) = PackLocator(packDirectories: directories).locate()
        DiagnosticPrinter(console: console).print(diagnostics)
        let named = diagnostics.filter { diagnostic in
            diagnostic.severity == .error && directories.contains { diagnostic.file.hasPrefix($0) }
        }
        if !named.isEmpty { throw ExitCode(1) }
        return PackCatalog(packs: packs)
    }
}

/// Output for people or for programs.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
