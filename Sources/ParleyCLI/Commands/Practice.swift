import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Have one practice conversation with a persona, then see your score.",
            discussion: """
                On a terminal you type your side with line editing; otherwise your lines come from \
                --script or standard input, one line per turn, and are echoed so the output reads as \
                the conversation. Inside the conversation, /help lists the commands.
                """)

        @Argument(help: "The persona's id, or PACK/ID where ids clash. Without one you choose (or, when piped, the first persona).")
        var persona: String?

        @OptionGroup var packs: PackOptions

        @Option(help: ArgumentHelp("Read your lines from this file, one line per turn.", valueName: "file"))
        var script: String?

        @Option(help: "Seed for the persona's choices; the same persona, seed and lines give the same conversation.")
        var seed: Int?

        @Option(name: .customLong("save-to"), help: ArgumentHelp("Write the transcript to this file (replacing it).", valueName: "file"))
        var saveTo: String?

        @Flag(name: .customLong("no-save"), help: "Do not save a transcript.")
        var noSave = false

        @Option(help: "The report's format; with json the conversation is shown on standard error.")
        var format: TextOrJSON = .text

        func validate() throws {
            if saveTo != nil, noSave { throw ValidationError("--save-to and --no-save cannot be used together.") }
            if let seed, seed < 0 { throw ValidationError("--seed must be a whole number, 0 or more.") }
        }

        func run() throws {
            let console = Console.standard()
            let catalog = try packs.catalog(console: console)
            let reader: any LineReader
            if let script {
                reader = ScriptedLineReader(lines: try ScriptFile.lines(at: script, console: console))
            } else {
                reader = Terminal.lineReader(historyFile: ParleyPaths().history)
            }
            let entry = try choosePersona(catalog, reader: reader, console: console)
            let saving: PracticeRunner.Saving = noSave ? .none : saveTo.map(PracticeRunner.Saving.file) ?? .sessions
            let runner = PracticeRunner(entry: entry, seed: seed, saving: saving, format: format)
            _ = try runner.run(reader: reader, console: console, width: Terminal.outputWidth ?? TextWrap.width)
        }

        private func choosePersona(_ catalog: PackCatalog, reader: any LineReader, console: Console) throws -> PackCatalog.Entry {
            if let persona { return try catalog.resolveOrExit(persona, console: console) }
            let all = catalog.allPersonas
            guard let first = all.first else {
                console.error("parley: no personas found; add a pack with --pack DIR.")
                throw ExitCode(1)
            }
            guard reader.isInteractive else { return first }
            guard let chosen = PersonaChooser(catalog: catalog, reader: reader, console: console).choose() else {
                throw ExitCode.success
            }
            return chosen
        }
    }
}
