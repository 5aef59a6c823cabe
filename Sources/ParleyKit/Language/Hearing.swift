/// What Parley heard in one learner line, with the reasons, so `explain` can show them.
public struct Hearing: Sendable {
    /// One cue that made Parley hear a signal.
    public struct Cue: Sendable, Equatable {
        public var signal: Signal
        /// The line's words (normalised) that matched.
        public var words: String
        /// The pattern they matched, or the pack phrase.
        public var pattern: String
        /// True when a negation ("not looking for a job") turned a job ask into a purpose statement.
        public var negated: Bool
        /// For a signal the learned layer added, how sure it was (0–1); `words` then lists the
        /// features (stems and `~concepts`) that weighed most. `nil` for a cue pattern.
        public var confidence: Double? = nil
    }

    public var text: String
    public var normalized: NormalizedLine
    public var cues: [Cue]
    public var question: QuestionKind?
    /// The words that decided the question type.
    public var questionCue: String?

    /// The signals heard, in the contract's order, each once.
    public var signals: [Signal] {
        Array(Set(cues.map(\.signal))).sorted()
    }

    /// The line is small talk and nothing more ("how's your week going?", "can you hear me?"): no
    /// topic answers it.
    public var isSmallTalk: Bool {
        SmallTalk.kind(of: normalized) != nil
    }

    /// The line as the topic matcher should hear it: without the words that acknowledged the time,
    /// thanked or closed ("I know we're nearly at time, but…"), which say nothing about a topic.
    public var topicText: String {
        var text = " " + normalized.text + " "
        for cue in cues where cue.confidence == nil && [.timeAck, .thanks, .wrapUp].contains(cue.signal) {
            if let range = text.range(of: " " + cue.words + " ") { text.replaceSubrange(range, with: " ") }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    public func contains(_ signal: Signal) -> Bool {
        cues.contains { $0.signal == signal }
    }
}
