import ArgumentParser

extension Parley {
    enum ReviewFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, json }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk through a transcript turn by turn, annotated, with the score report.")
        @Argument(help: "A transcript file, or a session's number from 'parley sessions'.") var session: String
        @Option(help: "The review's format.") var format: ReviewFormat = .text
        func run() throws { throw NotBuiltYet.fail("review", "reviewing sessions") }
    }
}
