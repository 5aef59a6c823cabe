import ArgumentParser

extension Parley {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "See how each criterion has gone over your sessions, and what to work on next.")
        @Option(help: "The output's format.") var format: TextOrJSON = .text
        func run() throws { throw NotBuiltYet.fail("progress", "progress over sessions") }
    }
}
