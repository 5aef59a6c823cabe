/// Reads WebVTT captions as Zoom, Teams and Meet export them (docs/transcripts.md): the speaker
/// comes from a `<v Name>` voice tag or a `Name:` prefix, a cue's start time is its clock, and
/// consecutive cues of one speaker form one turn.
enum WebVTTImporter {
    /// One timed cue, before its speakers are decided.
    struct Cue {
        var start: Double
        var end: Double
        var segments: [WebVTTCueText.Segment]
        /// The first payload line, for diagnostics.
        var line: TranscriptSource.Line
    }

    /// Whether `line` is a WebVTT file's first line: `WEBVTT`, alone or followed by a space or tab.
    static func isSignature(_ line: Substring) -> Bool {
        line.hasPrefix("WEBVTT") && line.dropFirst(6).first.map { $0 == " " || $0 == "\t" } ?? true
    }

    static func parse(_ source: TranscriptSource, options: ImportOptions) throws(DiagnosticError) -> LoadedTranscript {
        var diagnostics: [Diagnostic] = []
        let cues = WebVTTImporter.cues(in: source, diagnostics: &diagnostics)
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        guard !cues.isEmpty else {
            throw DiagnosticError([
                Diagnostic(
                    file: source.file,
                    message: "no cues found: expected cue timing lines like '00:00:01.000 --> 00:00:04.000'")
            ])
        }
        let utterances = try speakers(of: cues, file: source.file, options: options)
        let assembler = TurnAssembler(
            file: source.file, format: .webvtt, options: options,
            nothingFound: "no turns found: every cue is empty")
        return try assembler.assemble(utterances)
    }

    /// Decides each segment's speaker and merges consecutive cues of one speaker.
    private static func speakers(of cues: [Cue], file: String, options: ImportOptions) throws(DiagnosticError)
        -> [ImportedUtterance]
    {
        let labels = cues.flatMap { cue in
            cue.segments.compactMap { $0.voice == nil ? SpeakerLabel.parse($0.text[...])?.name : nil }
        }
        let acceptance = SpeakerLabel.Acceptance(labels: labels, learner: options.me)
        guard cues.contains(where: { $0.segments.contains { $0.voice != nil } }) || !labels.isEmpty else {
            throw DiagnosticError([
                Diagnostic(
                    file: file, message: "no speakers found: cues need a '<v Name>' voice tag or a 'Name:' prefix")
            ])
        }
        var utterances: [ImportedUtterance] = []
        var diagnostics: [Diagnostic] = []
        for cue in cues {
            for segment in cue.segments {
                var (name, text) = (segment.voice, segment.text)
                if name == nil, let label = SpeakerLabel.parse(segment.text[...]), acceptance.accepts(label.name) {
                    (name, text) = (label.name, String(label.text))
                }
                if let last = utterances.last, name == nil || SpeakerLabel.key(name!) == SpeakerLabel.key(last.name) {
                    utterances[utterances.count - 1].append(text, end: cue.end)
                } else if let name {
                    utterances.append(
                        ImportedUtterance(
                            name: name, text: text, clock: cue.start, end: cue.end, line: cue.line.number, column: 1))
                } else {
                    diagnostics.append(
                        Diagnostic(
                            file: file, line: cue.line.number, column: 1,
                            message: "cue has no speaker and none comes before it: "
                                + "start it with '<v Name>' or 'Name:'"))
                }
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        return utterances
    }
}
