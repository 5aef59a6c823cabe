import Foundation

/// A transcript turn with what Parley hears in it: for a learner line, its signals, question type,
/// whether it is small talk and, for a question, its TIARA category.
public struct HeardTurn: Sendable, Equatable {
    public var turn: Turn
    /// Empty for the other side's turns.
    public var signals: Set<Signal>
    public var question: QuestionKind?
    /// Nothing but small talk ("how's your week going?").
    public var smallTalk: Bool
    /// For a learner question, the TIARA category it belongs to, when one fits.
    public var category: Topic.Category?
    public var words: Int

    public init(
        turn: Turn, signals: Set<Signal> = [], question: QuestionKind? = nil, smallTalk: Bool = false,
        category: Topic.Category? = nil, words: Int? = nil
    ) {
        self.turn = turn
        self.signals = signals
        self.question = question
        self.smallTalk = smallTalk
        self.category = category
        self.words = words ?? SpeakingClock.wordCount(turn.text)
    }

    public var isLearner: Bool { turn.speaker == .learner }
    public var number: Int { turn.number }

    /// Signals that make a question part of closing rather than a question about the work.
    static let closingSignals: Set<Signal> = [.referralAsk, .followUp, .giveBack, .wrapUp]

    /// A learner question about the persona's work: it asks something, is not small talk, and is
    /// not a closing move ("Is there anyone else I should talk to?") or a check on the time ("Do we
    /// still have a few minutes?"). Thanks or a word about the time before a real question ("I know
    /// we're short on time, but what's the one skill…?") leave it a question about the work, and
    /// so does a job ask.
    public var isWorkQuestion: Bool {
        guard isLearner, let question, !smallTalk, signals.isDisjoint(with: Self.closingSignals), !isCutOff else { return false }
        return !(signals.contains(.timeAck) && question == .closed && !signals.contains(.jobAsk))
    }

    /// A line broken off before its question was asked ("Got it. And would you mind if I"): no
    /// question mark, and it stops on a dash or a word no sentence ends on. The learner finishes it
    /// in a later line, which is heard on its own.
    public var isCutOff: Bool {
        let text = turn.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.contains("?") else { return false }
        if let last = text.last, "—–-…".contains(last) { return true }
        guard let word = text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).last?.lowercased() else { return false }
        return Self.unfinishedEndings.contains(word) && !(text.last.map { ".!".contains($0) } ?? false)
    }

    static let unfinishedEndings: Set<String> = [
        "i", "if", "to", "the", "a", "an", "and", "or", "but", "my", "your", "of", "for", "with", "whether", "because",
        "we", "could", "would", "can", "should", "might", "um", "uh", "just",
    ]

    /// An open question that is not small talk. A statement of purpose that asks to hear about the
    /// work ("I mostly wanted to hear how you see the field") states why the learner came; it is
    /// one of their questions only when it asks outright.
    public var isOpenQuestion: Bool {
        isLearner && question == .open && !smallTalk && (!signals.contains(.purpose) || turn.text.contains("?"))
    }

    /// A closed question that is not small talk.
    public var isClosedQuestion: Bool { isLearner && question == .closed && !smallTalk }
}
