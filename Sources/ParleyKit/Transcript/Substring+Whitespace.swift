/// Trimming without Foundation's copies, keeping indices into the original line for columns.
extension Substring {
    func droppingOuterWhitespace() -> Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
        return self[first...].droppingTrailingWhitespace()
    }

    func droppingTrailingWhitespace() -> Substring {
        guard let last = lastIndex(where: { !$0.isWhitespace }) else { return self[startIndex..<startIndex] }
        return self[...last]
    }

    /// Runs of whitespace (line breaks included) as single spaces, trimmed.
    func wordsJoinedBySpaces() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
