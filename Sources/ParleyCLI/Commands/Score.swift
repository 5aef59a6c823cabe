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
        @OptionGroup var transcript: TranscriptOptions
        @Option(help: "The report's format.") var format: TextOrJSON = .text

        func run() throws {
            let console = Console.standard()
            let (_, report) = try transcript.report(file, console: console)
            switch format {
            case .json: console.print(report.json.rendered())
            case .text: console.print(ScoreReportRenderer(style: console.style, width: TextWrap.width).text(report))
            }
        }
    }
}
