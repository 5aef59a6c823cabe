import ArgumentParser
import ParleyKit

extension Parley {
    enum ReviewFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, json }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk through a transcript turn by turn, annotated, with the score report.",
            discussion: """
                Shows each turn with its clock, what Parley heard in each of your lines, where the time \
                warning came and the agreed time ran out, and which turns decided which criteria; then \
                the report. --format html writes one self-contained page to read or print: \
                parley review 1 --format html > review.html
                """)
        @Argument(help: "A transcript file, or a session's number from 'parley sessions'.") var session: String
        @Option(help: "Your name in the transcript (default: the '# me:' header, else the first speaker).")
        var me: String?
        @Option(help: "The agreed length of the conversation (default 30 for imported transcripts).")
        var minutes: Int?
        @Option(help: ArgumentHelp("Apply this pack's rubric.", valueName: "dir")) var pack: String?
        @Option(help: "The review's format.") var format: ReviewFormat = .text

        func validate() throws {
            if let minutes, !ImportOptions.minutesRange.contains(minutes) {
                throw ValidationError("--minutes must be between \(ImportOptions.minutesRange.lowerBound) and \(ImportOptions.minutesRange.upperBound).")
            }
        }

        func run() throws {
            let console = Console.standard()
            let input = try TranscriptInput.load(session, options: ImportOptions(me: me, minutes: minutes), console: console)
            let report = try input.scorer(packDirectory: pack, console: console).score(input.transcript)
            let document = ReviewDocument(transcript: input.transcript, report: report, source: input.path)
            switch format {
            case .text: console.print(ReviewRenderer(style: console.style, width: TextWrap.width).text(document))
            case .markdown: console.print(document.markdown)
            case .html: console.print(document.html)
            case .json: console.print(document.json.rendered())
            }
        }
    }
}
