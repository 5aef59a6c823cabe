import ArgumentParser

/// The slash-commands inside a practice conversation (SPEC section 2), parsed with the same library
/// as the command line so that `/help` and `--help` describe them alike.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "",
        subcommands: [Help.self, Time.self, Hint.self, Notes.self, End.self, Quit.self])

    struct Help: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "help", abstract: "List these commands.")
    }

    struct Time: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "time", abstract: "Show the clock: time used, time left, the persona's warning.")
    }

    struct Hint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hint", abstract: "What a coach would suggest you do next.")
    }

    struct Notes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "notes", abstract: "Keep a private note in the transcript; the persona never hears it.")
        @Argument(parsing: .allUnrecognized, help: "The note.") var text: [String] = []
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end", abstract: "End the conversation here and see your score.")
    }

    struct Quit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quit", abstract: "Leave without a score; the transcript is still saved.")
    }

    /// Every slash-command with its synopsis and one line of help, in menu order.
    static var menu: [(synopsis: String, abstract: String)] {
        configuration.subcommands.map { command in
            let name = command.configuration.commandName ?? ""
            let synopsis = name == "notes" ? "/notes TEXT" : "/" + name
            return (synopsis, command.configuration.abstract)
        }
    }

    static var names: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName }.map { "/" + $0 }
    }
}
