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
    /// Indices of words typed with a capital inside a sentence, most likely names: "follow up with Amir".
    public var names: Set<Int> = []

    public var text: String { tokens.joined(separator: " ") }

    /// The line without its last clause when that clause is a fragment of at most `words` words cut
    /// off by a dash, the line's last mark ("Thank you so much for all of this, Hannah, I'll—");
    /// otherwise the line itself.
    func droppingCutOffClause(endingWith last: Character?, words: Int = 3) -> NormalizedLine {
        guard let last, "-\u{2014}\u{2013}".contains(last), let lastClause = clause.last,
            let start = clause.firstIndex(of: lastClause), start > 0, tokens.count - start <= words
        else { return self }
        var kept = self
        kept.tokens.removeSubrange(start...)
        kept.clause.removeSubrange(start...)
        kept.sentences = sentences.compactMap { sentence in
            sentence.range.lowerBound < start
                ? Sentence(range: sentence.range.lowerBound..<min(sentence.range.upperBound, start),
                    endsWithQuestionMark: sentence.endsWithQuestionMark)
                : nil
        }
        return kept
    }

    /// The sentence at `index` as a line of its own.
    func sentence(_ index: Int) -> NormalizedLine {
        let range = sentences[index].range
        var alone = NormalizedLine(
            tokens: Array(tokens[range]), clause: Array(clause[range]),
            sentences: [Sentence(range: 0..<range.count, endsWithQuestionMark: sentences[index].endsWithQuestionMark)])
        alone.names = Set(names.compactMap { range.contains($0) ? $0 - range.lowerBound : nil })
        return alone
    }
}
