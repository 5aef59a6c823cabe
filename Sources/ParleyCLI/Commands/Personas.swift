import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    struct Personas: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Browse personas and validate persona packs.",
            subcommands: [List.self, Show.self, Validate.self, Verify.self])

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

        struct Verify: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Check packs against the engine: asks that miss their topic, shared asks, unheard phrases.",
                discussion: """
                    Every ask is sent through the topic matcher and should reach its own topic; an ask under \
                    two topics is reported; every rubric.phrases example should be heard as its signal. Phrases \
                    are checked against the built-in cues: one the engine already hears adds nothing, one it \
                    does not hear is learnt from the pack when it is used. Exit 0 when clean, 1 otherwise.
                    """)
            @Argument(help: "Pack directories.") var paths: [String]

            func validate() throws {
                if paths.isEmpty { throw ValidationError("Name at least one pack directory.") }
            }

            func run() throws {
                let console = Console.standard()
                var problems = 0
                for path in paths {
                    let (pack, diagnostics) = PackLoader.check(directory: path)
                    DiagnosticPrinter(console: console).print(diagnostics)
                    guard let pack else {
                        problems += 1
                        continue
                    }
                    let findings = PackVerifier.verify(pack)
                    for finding in findings { console.print("\(path): \(finding)") }
                    problems += findings.count
                }
                if problems > 0 {
                    console.error("\(problems) problem\(problems == 1 ? "" : "s") found.")
                    throw ExitCode(1)
                }
                console.print("ok: every ask reaches its topic in \(paths.joined(separator: ", "))")
            }
        }
    }
}
