/// The `# key: value` headers of a plain-text transcript. `minutes` and `me` are read; other
/// headers and `#` lines that are not `key: value` are comments.
struct PlainTextHeaders {
    var minutes: Int?
    var me: (name: String, line: Int)?

    /// Reads one `#` line; a later header replaces an earlier one of the same key.
    mutating func read(_ line: TranscriptSource.Line, file: String, into diagnostics: inout [Diagnostic]) {
        let text = line.text.droppingOuterWhitespace().dropFirst()
        guard let colon = text.firstIndex(of: ":") else { return }
        let key = text[..<colon].droppingOuterWhitespace().lowercased()
        let value = text[text.index(after: colon)...].droppingOuterWhitespace()
        switch key {
        case "minutes":
            guard let number = Int(value), ImportOptions.minutesRange.contains(number) else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line.number, column: line.column(of: value.startIndex),
                        message: "'# minutes:' needs a whole number of minutes from 1 to 1440, like '# minutes: 20'"))
                return
            }
            minutes = number
        case "me":
            guard !value.isEmpty else {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line.number, column: line.column(of: value.startIndex),
                        message: "'# me:' needs the learner's name, like '# me: Alex'"))
                return
            }
            me = (value.wordsJoinedBySpaces(), line.number)
        default:
            return
        }
    }
}
