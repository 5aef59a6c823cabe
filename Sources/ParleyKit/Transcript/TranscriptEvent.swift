/// Something that happened between turns that is not itself a turn.
public enum TranscriptEvent: Sendable, Equatable {
    /// The persona's warning that time is nearly up (SPEC section 6).
    public struct TimeWarning: Sendable, Equatable {
        /// Seconds from the start when the remaining time reached `warn_before`.
        public var clock: Double
        /// The number of the last turn before the warning; 0 when it came before any turn.
        public var afterTurn: Int

        public init(clock: Double, afterTurn: Int) {
            self.clock = clock
            self.afterTurn = afterTurn
        }
    }

    /// A private note the learner typed with `/notes`; kept, never spoken or scored.
    public struct Note: Sendable, Equatable {
        public var text: String
        /// The simulated clock when the note was taken, when known.
        public var clock: Double?
        /// The number of the last turn before the note; 0 when it came before any turn.
        public var afterTurn: Int

        public init(text: String, clock: Double? = nil, afterTurn: Int) {
            self.text = text
            self.clock = clock
            self.afterTurn = afterTurn
        }
    }

    case warning(TimeWarning)
    case note(Note)

    /// The number of the last turn before this event.
    public var afterTurn: Int {
        switch self {
        case .warning(let warning): warning.afterTurn
        case .note(let note): note.afterTurn
        }
    }
}
