import ArgumentParser

extension Parley {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the signals Parley hears in a learner's line (one per input line without TEXT).")
        @Argument(help: "The line to explain; without it, each line of standard input.") var text: String?
        @OptionGroup var packs: PackOptions
        @Option(help: "The output's format.") var format: TextOrJSON = .text
        func run() throws { throw NotBuiltYet.fail("explain", "hearing signals") }
    }
}
