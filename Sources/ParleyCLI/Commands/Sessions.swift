import ArgumentParser

extension Parley {
    struct Sessions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List your saved practice sessions, newest first.")
        @Option(help: "The list's format.") var format: TextOrJSON = .text
        func run() throws { throw NotBuiltYet.fail("sessions", "the list of saved sessions") }
    }
}
