import ArgumentParser
import ParleyKit

extension Parley {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a transcript: a saved session (.jsonl), plain text (.txt) or WebVTT captions (.vtt).",
            discussion: """
                The format is told by the file's content. Every learner line is heard afresh, so a saved \
                session, a plain-text transcript and captions are scored by the same rules \
                (docs/rubric.md). With --format json the report is SPEC section 5's JSON object.
                """)
        @Argument(help: "The transcript, or a session's number from 'parley sessions'.") var file: String
        @Option(help: "Your name in the transcript (default: the '# me:' header, else the first speaker).")
        var me: String?
        @Option(help: "The agreed length of the conversation (default 30 for imported transcripts).")
        var minutes: Int?
        @Option(help: ArgumentHelp("Apply this pack's rubric.", valueName: "dir")) var pack: String?
        @Option(help: "The report's format.") var format: TextOrJSON = .text

        func validate() throws {
            if let minutes, !ImportOptions.minutesRange.contains(minutes) {
                throw ValidationError("--minutes must be between \(ImportOptions.minutesRange.lowerBound) and \(ImportOptions.minutesRange.upperBound).")
            }
        }

        func run() throws {
            let console = Console.standard()
            let input = try TranscriptInput.load(file, options: ImportOptions(me: me, minutes: minutes), console: console)
            let report = try input.scorer(packDirectory: pack, console: console).score(input.transcript)
            switch format {
            case .json: console.print(report.json.rendered())
            case .text: console.print(ScoreReportRenderer(style: console.style, width: TextWrap.width).text(report))
            }
        }
    }
}
