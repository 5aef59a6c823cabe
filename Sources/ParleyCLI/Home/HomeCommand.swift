import ArgumentParser

/// The slash-commands of the home REPL, parsed with the same library as the command line
/// so that `/help` and `--help` describe them alike.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "",
        subcommands: [Practice.self, Personas.self, Sessions.self, Review.self, Help.self, Quit.self])

    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "practice", abstract: "Start a practice conversation.")
        @Argument(help: "The persona's id.") var persona: String?
    }

    struct Personas: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "personas", abstract: "List the personas you can practise with.")
    }

    struct Sessions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sessions", abstract: "List your saved sessions.")
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review", abstract: "Go through a saved session turn by turn, with its report.")
        @Argument(help: "The session's number in /sessions (default 1, the newest).") var number: Int = 1
    }

    struct Help: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "help", abstract: "List these commands.")
    }

    struct Quit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quit", abstract: "Leave Parley (Ctrl-D on an empty line works too).")
    }

    /// Every slash-command with its synopsis and one line of help, in menu order.
    static var menu: [(synopsis: String, abstract: String)] {
        configuration.subcommands.map { command in
            let name = command.configuration.commandName ?? ""
            let usage = usageString(for: command).replacingOccurrences(of: "Usage: ", with: "")
            let arguments = usage.split(separator: " ").dropFirst(1).filter { !$0.hasPrefix("[--help") && $0 != "[-h]" }
            let synopsis = (["/" + name] + arguments.map(String.init)).joined(separator: " ")
            return (synopsis, command.configuration.abstract)
        }
    }

    static var names: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }.map { "/" + $0 }
    }
}
