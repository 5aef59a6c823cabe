/// Reads a plain-text transcript: `Speaker: text` turns, `[mm:ss]` timestamps, `#` headers and
/// continuation lines (SPEC section 7, docs/transcripts.md).
enum PlainTextImporter {
    /// A content line after its timestamp, with the speaker label it may start with.
    private struct Content {
        var line: TranscriptSource.Line
        var clock: Double?
        var body: Substring
        var label: SpeakerLabel?
    }

    static func parse(_ source: TranscriptSource, options: ImportOptions) throws(DiagnosticError) -> LoadedTranscript {
        var diagnostics: [Diagnostic] = []
        var headers = PlainTextHeaders()
        var contents: [Content] = []
        for line in source.lines where !line.isBlank {
            let trimmed = line.text.droppingOuterWhitespace()
            if trimmed.hasPrefix("#") {
                headers.read(line, file: source.file, into: &diagnostics)
                continue
            }
            var (clock, body) = (Double?.none, trimmed)
            if let stamp = timestamp(at: trimmed, line: line, file: source.file, into: &diagnostics) {
                (clock, body) = stamp
            }
            contents.append(Content(line: line, clock: clock, body: body, label: SpeakerLabel.parse(body)))
        }
        let acceptance = SpeakerLabel.Acceptance(
            labels: contents.compactMap { $0.label?.name }, learner: options.me ?? headers.me?.name)
        var utterances: [ImportedUtterance] = []
        for content in contents {
            if let label = content.label, acceptance.accepts(label.name) {
                utterances.append(
                    ImportedUtterance(
                        name: label.name, text: label.text.wordsJoinedBySpaces(), clock: content.clock,
                        line: content.line.number, column: content.line.column(of: label.nameStart)))
            } else if !utterances.isEmpty {
                utterances[utterances.count - 1].append(content.body.wordsJoinedBySpaces())
            } else {
                diagnostics.append(
                    Diagnostic(
                        file: source.file, line: content.line.number,
                        column: content.line.column(of: content.body.startIndex),
                        message: "expected 'Speaker: text' (a line without a speaker continues the turn before it, "
                            + "and there is none yet; start a title line with '# ' to make it a header)"))
            }
        }
        guard diagnostics.isEmpty else {
            throw DiagnosticError(
                diagnostics.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) })
        }
        let assembler = TurnAssembler(
            file: source.file, format: .text, options: options, headerMe: headers.me, headerMinutes: headers.minutes,
            nothingFound: "no turns found: expected lines like 'Alex: Thanks for making the time.'")
        return try assembler.assemble(utterances)
    }

    /// A leading `[mm:ss]` or `[hh:mm:ss]`: its seconds and the rest of the line. Brackets holding
    /// something else (`[laughs]`) are text; digits and colons that make no valid time are an error.
    private static func timestamp(
        at text: Substring, line: TranscriptSource.Line, file: String, into diagnostics: inout [Diagnostic]
    ) -> (Double, Substring)? {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close]
        guard inside.contains(":"), inside.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) else { return nil }
        let rest = text[text.index(after: close)...].droppingOuterWhitespace()
        guard let seconds = TranscriptTime.seconds(inside) else {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line.number, column: line.column(of: inside.startIndex),
                    message: "'\(inside)' is not a time: expected [mm:ss] or [hh:mm:ss]"))
            return (0, rest)
        }
        return (seconds, rest)
    }
}
