import ArgumentParser

extension Parley {
    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a transcript: a saved session (.jsonl), plain text (.txt) or WebVTT captions (.vtt).")
        @Argument(help: "The transcript, or a session's number from 'parley sessions'.") var file: String
        @Option(help: "Your name in the transcript (default: the '# me:' header, else the first speaker).")
        var me: String?
        @Option(help: "The agreed length of the conversation (default 30 for imported transcripts).")
        var minutes: Int?
        @Option(help: ArgumentHelp("Apply this pack's rubric.", valueName: "dir")) var pack: String?
        @Option(help: "The report's format.") var format: TextOrJSON = .text
        func run() throws { throw NotBuiltYet.fail("score", "scoring transcripts") }
    }
}
