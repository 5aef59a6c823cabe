/// A learner's line as words: lowercased, contractions and chat spellings expanded, punctuation
/// turned into sentence and clause boundaries.
public struct NormalizedLine: Sendable {
    public struct Sentence: Sendable {
        /// Token indices of the sentence.
        public var range: Range<Int>
        public var endsWithQuestionMark: Bool
    }

    public var tokens: [String]
    /// For each token, the comma-delimited clause it belongs to; negation does not cross clauses.
    public var clause: [Int]
    public var sentences: [Sentence]

    public var text: String { tokens.joined(separator: " ") }
}
