import ArgumentParser
import ParleyKit

extension Parley {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "See how each criterion has gone over your sessions, and what to work on next.",
            discussion: """
                Reads your saved practice sessions, oldest first, and scores each one. Each criterion \
                shows its pass rate, a sparkline of its pass rate over each session and the two \
                before it, and whether it is improving; the score has its own sparkline.
                """)
        @Option(help: "The output's format.") var format: TextOrJSON = .text

        func run() throws {
            let console = Console.standard()
            let index = SessionIndex(directory: ParleyPaths().sessions)
            DiagnosticPrinter(console: console).print(index.problems)
            let scorer = Scorer()
            // Oldest first; sessions where the learner said nothing teach nothing.
            let reports = index.entries.reversed()
                .filter { $0.transcript.turns.contains { $0.speaker == .learner } }
                .map { scorer.score($0.transcript) }
            let progress = ParleyKit.Progress(reports: reports)
            switch format {
            case .json: console.print(ProgressRenderer.json(progress).rendered())
            case .text: console.print(ProgressRenderer(style: console.style, width: TextWrap.width).text(progress))
            }
        }
    }
}
