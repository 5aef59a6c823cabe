import ArgumentParser

extension Parley {
    struct Letter: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Coach the letters around an interview: the outreach email and the thank-you note.",
            subcommands: [Check.self])

        enum Kind: String, ExpressibleByArgument, CaseIterable { case outreach, thanks }

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Check an outreach email or a thank-you note.")
            @Argument(help: "The letter, as a text file.") var file: String
            @Option(help: "Which letter it is.") var kind: Kind
            @Option(help: ArgumentHelp("The session the thank-you note follows.", valueName: "file")) var session: String?
            @Option(help: "The output's format.") var format: TextOrJSON = .text
            func run() throws { throw NotBuiltYet.fail("letter check", "coaching letters") }
        }
    }
}
