import Testing

/// The Transcript folder's suites, nested here so that `swift test --filter Transcript` runs them all.
@Suite("Transcript")
enum TranscriptTests {}
