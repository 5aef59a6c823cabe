import ArgumentParser

extension Parley {
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Have one practice conversation with a persona, then see your score.")

        @Argument(help: "The persona's id, or PACK/ID where ids clash.")
        var persona: String?

        @OptionGroup var packs: PackOptions

        @Option(help: ArgumentHelp("Read your lines from this file, one line per turn.", valueName: "file"))
        var script: String?

        @Option(help: "Seed for the persona's choices; the same seed and lines give the same conversation.")
        var seed: UInt64?

        @Option(name: .customLong("save-to"), help: ArgumentHelp("Write the transcript here.", valueName: "file"))
        var saveTo: String?

        @Flag(name: .customLong("no-save"), help: "Do not save a transcript.")
        var noSave = false

        @Option(help: "The report's format.")
        var format: TextOrJSON = .text

        func run() throws {
            throw NotBuiltYet.fail("practice", "the practice conversation")
        }
    }
}
