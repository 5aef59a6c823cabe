import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    struct Personas: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Browse personas and validate persona packs.",
            subcommands: [List.self, Show.self, Validate.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the personas of every pack found.")
            @OptionGroup var packs: PackOptions
            @Option(help: "The list's format.") var format: TextOrJSON = .text

            func run() throws {
                let console = Console.standard()
                let table = PersonaTable(catalog: try packs.catalog(console: console))
                console.print(format == .json ? table.json() : table.text(style: console.style, width: Terminal.outputWidth))
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a persona's briefing and what they can talk about.")
            @Argument(help: "The persona's id, or PACK/ID.") var id: String
            @OptionGroup var packs: PackOptions

            func run() throws {
                let console = Console.standard()
                let catalog = try packs.catalog(console: console)
                let entry = try catalog.resolveOrExit(id, console: console)
                console.print(PersonaCard(entry: entry).text(style: console.style, width: TextWrap.width))
            }
        }

        struct Validate: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check persona files or whole pack directories; exit 1 with file:line:col errors when invalid.")
            @Argument(help: "Persona files or pack directories.") var paths: [String]

            func validate() throws {
                if paths.isEmpty { throw ValidationError("Name at least one persona file or pack directory.") }
            }

            func run() throws {
                let console = Console.standard()
                let diagnostics = PackLoader.validate(paths: paths)
                DiagnosticPrinter(console: console).print(diagnostics)
                let errors = diagnostics.filter { $0.severity == .error }.count
                if errors > 0 {
                    console.error("\(errors) error\(errors == 1 ? "" : "s") in \(paths.count) path\(paths.count == 1 ? "" : "s").")
                    throw ExitCode(1)
                }
                console.print("ok: \(paths.joined(separator: ", "))")
            }
        }
    }
}
