/// An instructor's adjustments to scoring, from `pack.yaml`'s `rubric`.
public struct Rubric: Sendable, Equatable {
    /// Criterion id → weight (an integer >= 0); criteria not named keep their default weight.
    public var weights: [String: Int]
    /// Signal name → extra example phrases for that signal.
    public var phrases: [String: [String]]

    public init(weights: [String: Int] = [:], phrases: [String: [String]] = [:]) {
        self.weights = weights
        self.phrases = phrases
    }

    /// The criterion ids of SPEC section 5, in the report's order.
    public static let criterionIDs = [
        "restated_purpose", "respected_time", "asked_referral", "planned_follow_up", "avoided_job_ask",
        "introduced_self", "asked_open_questions", "let_them_talk", "thanked", "offered_help",
    ]

    /// The signal names of SPEC section 4.
    public static let signalNames = [
        "purpose", "job_ask", "referral_ask", "follow_up", "time_ack", "wrap_up", "thanks", "give_back", "self_intro",
    ]
}
