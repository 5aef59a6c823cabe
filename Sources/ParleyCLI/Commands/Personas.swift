import ArgumentParser

extension Parley {
    struct Personas: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Browse personas and validate persona packs.",
            subcommands: [List.self, Show.self, Validate.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the personas of every pack found.")
            @OptionGroup var packs: PackOptions
            @Option(help: "The list's format.") var format: TextOrJSON = .text
            func run() throws { throw NotBuiltYet.fail("personas list", "browsing personas") }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a persona's briefing and what they can talk about.")
            @Argument(help: "The persona's id, or PACK/ID.") var id: String
            @OptionGroup var packs: PackOptions
            func run() throws { throw NotBuiltYet.fail("personas show", "browsing personas") }
        }

        struct Validate: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check persona files or whole pack directories; exit 1 with file:line:col errors when invalid.")
            @Argument(help: "Persona files or pack directories.") var paths: [String]
            func run() throws { throw NotBuiltYet.fail("personas validate", "validating packs") }
        }
    }
}
