/// The score report of SPEC section 5 for one conversation, with the clock and the conversation's
/// shape for people to read.
public struct ScoreReport: Sendable, Equatable {
    /// Who the learner practised with; nil for an imported transcript.
    public var persona: TranscriptPersona?
    /// The agreed slot.
    public var minutes: Int
    public var elapsedSeconds: Double
    public var ended: TranscriptEnding.Reason
    /// 0–100: the weighted share of criteria passed.
    public var score: Int
    /// Every criterion, in the order of `Criterion.allCases`.
    public var verdicts: [Verdict]
    /// When the time warning came (the persona's, or where it falls in an imported transcript).
    public var warningClock: Double?
    public var shape: ConversationShape
    /// Each turn with what was heard in it, for reviews.
    public var turns: [HeardTurn]

    public func verdict(_ criterion: Criterion) -> Verdict? {
        verdicts.first { $0.criterion == criterion }
    }

    /// The criteria each turn decided, for annotating a review.
    public var decided: [Int: [Criterion]] {
        var result: [Int: [Criterion]] = [:]
        for verdict in verdicts {
            for number in verdict.evidence { result[number, default: []].append(verdict.criterion) }
        }
        return result
    }

    /// The failed criterion worth most: the one thing to work on next.
    public var nextFocus: Verdict? {
        verdicts.filter { !$0.passed && $0.weight > 0 }.max { $0.weight < $1.weight }
    }
}
