/// One speaker's turn in a conversation.
public struct Turn: Sendable, Equatable {
    /// Which side of the conversation spoke.
    public enum Speaker: String, Sendable, Equatable, CaseIterable {
        case learner
        case persona
    }

    /// 1-based, counted over all speakers; the scorer's evidence refers to these.
    public var number: Int
    public var speaker: Speaker
    /// The speaker's name as the transcript gives it.
    public var name: String
    public var text: String
    /// Seconds from the start of the conversation to the start of this turn.
    public var clock: Double
    /// How long the turn took to say, when known.
    public var duration: Double?
    /// The names of SPEC section 4's signals heard in this line when it was said
    /// (empty for persona turns and for imported transcripts, which the scorer hears afresh).
    public var signals: [String]
    /// The persona topic this reply came from, for persona turns in a practice session.
    public var topic: String?

    public init(
        number: Int, speaker: Speaker, name: String, text: String, clock: Double, duration: Double? = nil,
        signals: [String] = [], topic: String? = nil
    ) {
        self.number = number
        self.speaker = speaker
        self.name = name
        self.text = text
        self.clock = clock
        self.duration = duration
        self.signals = signals
        self.topic = topic
    }

    /// Where this turn ends on the clock (its start when the duration is unknown).
    public var end: Double { clock + (duration ?? 0) }
}
