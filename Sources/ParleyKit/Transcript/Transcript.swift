/// One conversation, turn by turn: what the practice simulator writes and the scorer reads.
///
/// A saved session and an imported transcript load into the same value, so scoring never
/// depends on where a conversation came from.
public struct Transcript: Sendable, Equatable {
    /// The slot assumed when neither the transcript nor the caller states one (SPEC section 7).
    public static let defaultMinutes = 30

    public var format: TranscriptFormat
    public var header: TranscriptHeader
    /// In order; `turns[i].number == i + 1`.
    public var turns: [Turn]
    /// Time warnings and notes, in the order they happened.
    public var events: [TranscriptEvent]
    /// How the session ended; nil for an imported transcript and for a session that was
    /// interrupted before its end record was written.
    public var ending: TranscriptEnding?

    public init(
        format: TranscriptFormat, header: TranscriptHeader, turns: [Turn] = [], events: [TranscriptEvent] = [],
        ending: TranscriptEnding? = nil
    ) {
        self.format = format
        self.header = header
        self.turns = turns
        self.events = events
        self.ending = ending
    }

    /// The agreed length of the conversation: the header's, else 30 minutes.
    public var slotMinutes: Int { header.minutes ?? Transcript.defaultMinutes }

    /// The learner's name as the first learner turn gives it, if the learner spoke at all.
    public var learnerName: String? { turns.first { $0.speaker == .learner }?.name }

    /// How long the conversation lasted: the end record's figure, else where the last turn ends.
    public var elapsedSeconds: Double {
        if let ending { return ending.elapsedSeconds }
        guard let last = turns.last else { return 0 }
        return last.clock + (last.duration ?? 0)
    }

    /// How the conversation ended: the end record's reason; `abandoned` for a session interrupted
    /// before its end record was written; nil for an imported transcript, which has no end record.
    public var ended: TranscriptEnding.Reason? {
        if let ending { return ending.ended }
        return format == .session ? .abandoned : nil
    }

    /// The time warning, if the persona gave one (or, for an imported transcript, where it falls).
    public var timeWarning: TranscriptEvent.TimeWarning? {
        for case .warning(let warning) in events { return warning }
        return nil
    }

    /// The learner's private notes, in order.
    public var notes: [TranscriptEvent.Note] {
        events.compactMap { if case .note(let note) = $0 { note } else { nil } }
    }
}
