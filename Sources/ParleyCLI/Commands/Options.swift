import ArgumentParser

/// `--pack DIR`, repeatable: persona packs searched before the installed and bundled ones.
struct PackOptions: ParsableArguments {
    @Option(name: .customLong("pack"), help: ArgumentHelp("A persona pack directory to search first (repeatable).", valueName: "dir"))
    var directories: [String] = []
}

/// Output for people or for programs.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
