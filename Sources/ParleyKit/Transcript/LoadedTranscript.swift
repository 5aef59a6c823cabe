/// A transcript read from a file, with the warnings met on the way (a torn last line, a clock
/// that went backwards). Errors are thrown as a `DiagnosticError` instead.
public struct LoadedTranscript: Sendable, Equatable {
    public var transcript: Transcript
    /// Each has severity `.warning`; the CLI prints them and goes on.
    public var warnings: [Diagnostic]

    public init(transcript: Transcript, warnings: [Diagnostic] = []) {
        self.transcript = transcript
        self.warnings = warnings
    }
}
