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
        @OptionGroup var transcript: TranscriptOptions
        @Option(help: "The review's format.") var format: ReviewFormat = .text

        func run() throws {
            let console = Console.standard()
            let (input, report) = try transcript.report(session, console: console)
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
