/// Where a transcript came from: a session Parley saved, or a real conversation's transcript.
public enum TranscriptFormat: String, Sendable, Equatable, CaseIterable {
    /// Parley's own JSON Lines session file.
    case session
    /// Plain text, one `Speaker: text` turn per line.
    case text
    /// Otter.ai's text export.
    case otter
    /// WebVTT captions, as Zoom, Teams and Meet export them.
    case webvtt
}
