import ArgumentParser
import ParleyKit

/// The `parley` command: the home REPL without arguments, a subcommand otherwise.
public struct Parley: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Rehearse informational interviews with scripted professionals, and get coached on them.",
        discussion: """
            Run without a command for the interactive home, where /help lists what you can do.
            Start practising with 'parley practice'. Exit status: 0 success, 1 invalid input \
            (a bad pack, transcript or script file), 64 usage error.
            """,
        version: ParleyVersion.current,
        subcommands: [
            Practice.self, Personas.self, Explain.self, Score.self, Review.self,
            Sessions.self, Progress.self, Grade.self, Letter.self, Dev.self,
        ]
    )

    public init() {}

    public func run() throws {
        let console = Console.standard()
        let reader = Terminal.lineReader(historyFile: ParleyPaths().history)
        let catalog = { () -> PackCatalog in
            let (packs, diagnostics) = PackLocator().locate()
            DiagnosticPrinter(console: console).print(diagnostics)
            return PackCatalog(packs: packs)
        }
        HomeREPL(reader: reader, console: console, catalog: catalog).run()
    }
}
