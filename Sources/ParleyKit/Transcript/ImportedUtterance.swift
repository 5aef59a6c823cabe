/// One speaker's stretch of an imported transcript before it becomes a `Turn`.
struct ImportedUtterance {
    var name: String
    var text: String
    /// From the transcript's timestamp, when it has one.
    var clock: Double?
    /// Where the speech ends, when the format says (WebVTT cue end times).
    var end: Double?
    /// Where the utterance starts, for diagnostics.
    var line: Int
    var column: Int

    /// Adds a continuation line or a merged cue.
    mutating func append(_ more: String, end moreEnd: Double? = nil) {
        text = text.isEmpty ? more : more.isEmpty ? text : text + " " + more
        if let moreEnd { end = max(end ?? moreEnd, moreEnd) }
    }
}
