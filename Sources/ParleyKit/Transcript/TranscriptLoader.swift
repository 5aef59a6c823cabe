import Foundation

/// Reads any transcript Parley understands — a saved session, plain text, Otter.ai text or
/// WebVTT — telling the format by content, not by the file's extension.
public enum TranscriptLoader {
    /// Reads and parses the file at `path`; every problem is thrown as one `DiagnosticError`.
    public static func load(file path: String, options: ImportOptions = ImportOptions()) throws(DiagnosticError)
        -> LoadedTranscript
    {
        try load(TranscriptSource.read(path: path), options: options)
    }

    /// Parses a file's bytes; `file` names it in diagnostics.
    public static func load(data: Data, file: String, options: ImportOptions = ImportOptions())
        throws(DiagnosticError) -> LoadedTranscript
    {
        try load(TranscriptSource.decode(data, file: file), options: options)
    }

    /// Parses text already read; `file` names it in diagnostics.
    public static func load(text: String, file: String, options: ImportOptions = ImportOptions())
        throws(DiagnosticError) -> LoadedTranscript
    {
        try load(TranscriptSource.decode(Data(text.utf8), file: file), options: options)
    }

    /// The format of `text`: `WEBVTT` on the first line → WebVTT; JSON → a session; a first line
    /// like `Alex Kim  0:03` → Otter; anything else → plain text.
    public static func detectFormat(of text: String) -> TranscriptFormat {
        detectFormat(of: TranscriptSource(text: text, file: ""))
    }

    static func detectFormat(of source: TranscriptSource) -> TranscriptFormat {
        guard let first = source.firstContentLine?.text.droppingOuterWhitespace() else { return .text }
        if WebVTTImporter.isSignature(first) { return .webvtt }
        if first.hasPrefix("{") { return .session }
        if first.hasPrefix("["), wholeFileIsJSON(source) { return .session }
        if OtterImporter.header(first) != nil { return .otter }
        return .text
    }

    static func load(_ source: TranscriptSource, options: ImportOptions) throws(DiagnosticError) -> LoadedTranscript {
        switch detectFormat(of: source) {
        case .webvtt: return try WebVTTImporter.parse(source, options: options)
        case .otter: return try OtterImporter.parse(source, options: options)
        case .text: return try PlainTextImporter.parse(source, options: options)
        case .session:
            try requireSession(source)
            var loaded = try TranscriptReader.parse(source)
            if let minutes = options.minutes { loaded.transcript.header.minutes = minutes }
            return loaded
        }
    }

    /// JSON that is not a session (an array, or an object without `"type":"session"`) is an error
    /// saying so, rather than a list of record errors.
    static func requireSession(_ source: TranscriptSource) throws(DiagnosticError) {
        guard let first = source.firstContentLine else { return }
        let record = try? JSONSerialization.jsonObject(with: Data(first.text.utf8)) as? [String: Any]
        if let type = record?["type"] as? String, SessionRecordParser.recordTypes.contains(type) { return }
        // A torn or mistyped first line: the reader says where.
        if record == nil, !wholeFileIsJSON(source) { return }
        throw DiagnosticError([
            Diagnostic(
                file: source.file, line: first.number, column: 1,
                message: "this is JSON but not a Parley session: a session's first line is "
                    + "{\"type\":\"session\", …} (see docs/transcripts.md)")
        ])
    }

    private static func wholeFileIsJSON(_ source: TranscriptSource) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(source.text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
