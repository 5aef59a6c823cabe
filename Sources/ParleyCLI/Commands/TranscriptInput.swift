import ArgumentParser
import Foundation
import ParleyKit

/// `--me`, `--minutes` and `--pack` for commands that read a transcript (`score`, `review`).
struct TranscriptOptions: ParsableArguments {
    @Option(help: "Your name in the transcript (default: the '# me:' header, else the first speaker).")
    var me: String?
    @Option(help: "The agreed length of the conversation (default 30 for imported transcripts).")
    var minutes: Int?
    @Option(help: ArgumentHelp("Apply this pack's rubric.", valueName: "dir")) var pack: String?

    func validate() throws {
        if let minutes, !ImportOptions.minutesRange.contains(minutes) {
            let range = ImportOptions.minutesRange
            throw ValidationError("--minutes must be between \(range.lowerBound) and \(range.upperBound).")
        }
    }

    var importOptions: ImportOptions { ImportOptions(me: me, minutes: minutes) }

    /// The transcript `name` names, scored with `--pack`'s rubric.
    func report(_ name: String, console: Console) throws -> (input: TranscriptInput, report: ScoreReport) {
        let input = try TranscriptInput.load(name, options: importOptions, console: console)
        return (input, try input.scorer(packDirectory: pack, console: console).score(input.transcript))
    }
}

/// A transcript named on the command line — a file, or a session's number from `parley sessions` —
/// loaded and ready to score. Problems are printed as `path:line:col: error: …` and exit 1.
struct TranscriptInput {
    var path: String
    var loaded: LoadedTranscript

    /// `name` is a file when one exists at that path; otherwise a whole number names a saved session.
    static func load(_ name: String, options: ImportOptions = ImportOptions(), paths: ParleyPaths = ParleyPaths(), console: Console) throws -> TranscriptInput {
        var path = name
        if !FileManager.default.fileExists(atPath: name), let number = Int(name) {
            let index = SessionIndex(directory: paths.sessions)
            guard let entry = index.entry(number: number) else {
                let count = index.entries.count
                let known = count == 0 ? "there are no saved sessions yet" : "there \(count == 1 ? "is 1 saved session" : "are \(count) saved sessions")"
                console.error("parley: no session \(number): \(known) (see 'parley sessions').")
                throw ExitCode(1)
            }
            path = entry.path
        }
        do {
            let loaded = try TranscriptLoader.load(file: path, options: options)
            DiagnosticPrinter(console: console).print(loaded.warnings)
            return TranscriptInput(path: path, loaded: loaded)
        } catch {
            DiagnosticPrinter(console: console).print(error.diagnostics)
            throw ExitCode(1)
        }
    }

    var transcript: Transcript { loaded.transcript }

    /// A scorer with `packDirectory`'s rubric (or none), knowing the persona's topics when the
    /// transcript names a persona of that pack or of the bundled one.
    func scorer(packDirectory: String?, console: Console) throws -> Scorer {
        var packs: [Pack] = []
        var rubric = Rubric()
        if let packDirectory {
            do {
                let pack = try PackLoader.load(directory: URL(fileURLWithPath: packDirectory, isDirectory: true))
                rubric = pack.rubric
                packs.append(pack)
            } catch {
                DiagnosticPrinter(console: console).print(error.diagnostics)
                throw ExitCode(1)
            }
        }
        if let bundled = try? PackLoader.bundled() { packs.append(bundled) }
        let persona = transcript.header.persona.flatMap { named in
            packs.lazy.compactMap { $0.persona(id: named.id) }.first
        }
        return Scorer(rubric: rubric, persona: persona)
    }
}
