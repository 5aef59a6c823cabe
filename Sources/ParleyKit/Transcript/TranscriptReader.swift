import Foundation

/// Reads a session Parley saved (JSON Lines, docs/transcripts.md), validating every record.
///
/// A torn last line — no line break after it and not valid JSON, as a kill mid-write leaves it —
/// is skipped with a warning and the rest loads. Any other bad line is an error at its line and
/// column; every problem in the file is reported, not only the first.
public enum TranscriptReader {
    public static func read(file path: String) throws(DiagnosticError) -> LoadedTranscript {
        try parseSession(TranscriptSource.read(path: path))
    }

    /// Reads session text; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) throws(DiagnosticError) -> LoadedTranscript {
        try parseSession(TranscriptSource.decode(Data(text.utf8), file: file))
    }

    /// A file of another format is one error saying what it looks like.
    private static func parseSession(_ source: TranscriptSource) throws(DiagnosticError) -> LoadedTranscript {
        let format = TranscriptLoader.detectFormat(of: source)
        guard format == .session else {
            let looks = [
                "text": "a plain-text transcript", "otter": "an Otter.ai transcript", "webvtt": "WebVTT captions",
            ]
            throw DiagnosticError([
                Diagnostic(
                    file: source.file,
                    message: "not a Parley session: it looks like \(looks[format.rawValue] ?? format.rawValue)")
            ])
        }
        try TranscriptLoader.requireSession(source)
        return try parse(source)
    }

    static func parse(_ source: TranscriptSource) throws(DiagnosticError) -> LoadedTranscript {
        var session = SessionRecordParser(file: source.file)
        var warnings: [Diagnostic] = []
        let lastNumber = source.lines.last?.number
        for line in source.lines where !line.isBlank {
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line.text.utf8), options: [.fragmentsAllowed])
            } catch {
                if line.number == lastNumber, !source.endsWithLineBreak {
                    warnings.append(
                        Diagnostic(
                            file: source.file, line: line.number, column: 1, severity: .warning,
                            message: "the last line is incomplete (the session was interrupted while it was "
                                + "being written); skipped"))
                } else {
                    session.diagnostics.append(syntaxError(error, line: line, file: source.file))
                }
                continue
            }
            session.read(object, line: line)
        }
        let transcript = try session.finish()
        return LoadedTranscript(transcript: transcript, warnings: warnings)
    }

    /// `not valid JSON` at the column JSONSerialization reports ("around character N"), else column 1.
    private static func syntaxError(_ error: any Error, line: TranscriptSource.Line, file: String) -> Diagnostic {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
        var column = 1
        if let range = detail.range(of: "character "),
            let offset = Int(detail[range.upperBound...].prefix { $0.isNumber })
        {
            let bytes = Array(line.text.utf8.prefix(offset))
            column = String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
        }
        var reason = String(detail.components(separatedBy: " around ")[0])
        if reason.hasSuffix(".") { reason.removeLast() }
        if reason.hasPrefix("Unexpected end") { reason = "the line ends before the record does" }
        reason = reason.prefix(1).lowercased() + reason.dropFirst()
        let message = reason.isEmpty ? "not valid JSON" : "not valid JSON: \(reason)"
        return Diagnostic(file: file, line: line.number, column: column, message: message)
    }
}
