/// How a practice session ended: the session file's last record.
public struct TranscriptEnding: Sendable, Equatable {
    /// SPEC section 5's `ended`.
    public enum Reason: String, Sendable, Equatable, CaseIterable {
        /// The learner closed the conversation.
        case closed
        /// The persona had to leave.
        case timeUp = "time_up"
        /// Ended without a close: `/end`, end of input, an interrupted session.
        case abandoned
    }

    public var ended: Reason
    /// The simulated clock when the session ended.
    public var elapsedSeconds: Double
    /// The score, 0–100, when the session was scored.
    public var score: Int?

    public init(ended: Reason, elapsedSeconds: Double, score: Int? = nil) {
        self.ended = ended
        self.elapsedSeconds = elapsedSeconds
        self.score = score
    }
}
