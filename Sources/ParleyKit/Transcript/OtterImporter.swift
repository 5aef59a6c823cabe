/// Reads Otter.ai's text export: `Speaker Name  1:02` (two spaces before the time), the turn's
/// text on the lines below, a blank line after.
enum OtterImporter {
    /// The speaker and seconds of a turn's header line, or nil when `line` is not one.
    static func header(_ line: Substring) -> (name: Substring, seconds: Double)? {
        let text = line.droppingTrailingWhitespace()
        guard let gap = lastGap(in: text) else { return nil }
        let name = text[..<gap.lowerBound].droppingOuterWhitespace()
        let time = text[gap.upperBound...]
        guard !name.isEmpty, name.count <= 80, !time.contains("."), let seconds = TranscriptTime.seconds(time) else {
            return nil
        }
        return (name, seconds)
    }

    static func parse(_ source: TranscriptSource, options: ImportOptions) throws(DiagnosticError) -> LoadedTranscript {
        var utterances: [ImportedUtterance] = []
        var diagnostics: [Diagnostic] = []
        for line in source.lines where !line.isBlank {
            let text = line.text.droppingOuterWhitespace()
            if let (name, seconds) = header(line.text) {
                utterances.append(
                    ImportedUtterance(
                        name: name.wordsJoinedBySpaces(), text: "", clock: seconds, line: line.number,
                        column: line.column(of: name.startIndex)))
            } else if isOtterFooter(text) {
                continue
            } else if !utterances.isEmpty {
                utterances[utterances.count - 1].append(text.wordsJoinedBySpaces())
            } else {
                diagnostics.append(
                    Diagnostic(
                        file: source.file, line: line.number, column: line.column(of: text.startIndex),
                        message: "expected an Otter turn header like 'Alex Kim  0:03' before the text"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(diagnostics) }
        let assembler = TurnAssembler(
            file: source.file, format: .otter, options: options,
            nothingFound: "no turns found: every Otter turn header is followed by a blank line instead of text")
        return try assembler.assemble(utterances)
    }

    /// The last run of two or more spaces or tabs in `text`.
    private static func lastGap(in text: Substring) -> Range<Substring.Index>? {
        guard let end = text.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        var start = end
        while start > text.startIndex, [" ", "\t"].contains(text[text.index(before: start)]) {
            start = text.index(before: start)
        }
        let gap = start..<text.index(after: end)
        return text[gap].count >= 2 ? gap : nil
    }

    /// Otter's closing line, "Transcribed by https://otter.ai".
    private static func isOtterFooter(_ text: Substring) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("transcribed by") && lowered.contains("otter.ai")
    }
}
