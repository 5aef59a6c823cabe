import Foundation

/// The block structure of a WebVTT file: the header, then cues, `NOTE`, `STYLE` and `REGION`
/// blocks, separated by blank lines.
extension WebVTTImporter {
    static func cues(in source: TranscriptSource, diagnostics: inout [Diagnostic]) -> [Cue] {
        var blocks: [[TranscriptSource.Line]] = []
        var current: [TranscriptSource.Line] = []
        for line in source.lines {
            if line.isBlank {
                if !current.isEmpty { blocks.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        guard let header = blocks.first?.first, isSignature(header.text) else {
            let line = source.firstContentLine
            diagnostics.append(
                Diagnostic(
                    file: source.file, line: line?.number, column: 1, message: "expected 'WEBVTT' on the first line"))
            return []
        }
        return blocks.dropFirst().compactMap { cue(from: $0, file: source.file, diagnostics: &diagnostics) }
    }

    /// A cue from its block, or nil for comment, style and region blocks and for cues in error.
    private static func cue(from block: [TranscriptSource.Line], file: String, diagnostics: inout [Diagnostic]) -> Cue?
    {
        let first = block[0].text
        for keyword in ["NOTE", "STYLE", "REGION"] where first.hasPrefix(keyword) {
            if first.dropFirst(keyword.count).first.map(\.isWhitespace) ?? true { return nil }
        }
        // An optional cue identifier (a number, a UUID, any text without "-->") comes first.
        let timingIndex = first.contains("-->") ? 0 : 1
        guard timingIndex < block.count, block[timingIndex].text.contains("-->") else {
            let line = block[min(timingIndex, block.count - 1)]
            diagnostics.append(
                Diagnostic(
                    file: file, line: line.number, column: 1,
                    message: "expected a cue timing line like '00:01:02.500 --> 00:01:05.000'"))
            return nil
        }
        let timingLine = block[timingIndex]
        guard let (start, end) = timing(timingLine, file: file, diagnostics: &diagnostics) else { return nil }
        let payloadLines = block[(timingIndex + 1)...]
        guard let firstPayload = payloadLines.first else { return nil }
        let payload = payloadLines.map { String($0.text) }.joined(separator: "\n")
        return Cue(start: start, end: max(end, start), segments: WebVTTCueText(payload).segments, line: firstPayload)
    }

    /// The start and end of `00:01:02.500 --> 00:01:05.000 align:start`, settings ignored.
    private static func timing(_ line: TranscriptSource.Line, file: String, diagnostics: inout [Diagnostic])
        -> (Double, Double)?
    {
        let text = line.text
        let arrow = text.range(of: "-->")!
        let startText = text[..<arrow.lowerBound].droppingOuterWhitespace()
        let afterArrow = text[arrow.upperBound...].droppingOuterWhitespace()
        let endText = afterArrow.prefix { !$0.isWhitespace }
        var result: (Double, Double)? = (0, 0)
        for (part, which) in [(startText, "start"), (endText, "end")] {
            if let seconds = TranscriptTime.seconds(part) {
                if which == "start" { result?.0 = seconds } else { result?.1 = seconds }
            } else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line.number, column: line.column(of: part.startIndex),
                        message: "cue \(which) time '\(part)' is not a time: expected hh:mm:ss.ttt or mm:ss.ttt"))
                result = nil
            }
        }
        return result
    }
}
