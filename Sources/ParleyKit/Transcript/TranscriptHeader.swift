import Foundation

/// What a transcript says about itself before the first turn: the session file's first line.
public struct TranscriptHeader: Sendable, Equatable {
    /// The session file format this version of Parley writes and reads.
    public static let currentFormat = 1

    /// The session file's `format`; imported transcripts carry `currentFormat`.
    public var formatVersion: Int
    /// Who the learner practised with; nil for an imported transcript.
    public var persona: TranscriptPersona?
    /// The practice session's random seed, when there was one.
    public var seed: Int?
    /// The agreed slot in minutes; imported transcripts always have one (30 unless stated).
    public var minutes: Int?
    /// When the session started.
    public var started: Date?

    public init(
        formatVersion: Int = TranscriptHeader.currentFormat, persona: TranscriptPersona? = nil, seed: Int? = nil,
        minutes: Int? = nil, started: Date? = nil
    ) {
        self.formatVersion = formatVersion
        self.persona = persona
        self.seed = seed
        self.minutes = minutes
        self.started = started
    }

    /// The header of a practice session with `persona`, whose slot is the persona's `minutes`.
    public init(practising persona: Persona, pack: String?, seed: Int?, started: Date) {
        self.init(
            persona: TranscriptPersona(id: persona.id, name: persona.name, pack: pack),
            seed: seed, minutes: persona.minutes, started: started)
    }
}

/// The persona a session was practised with, as SPEC section 5's `persona` object names it.
public struct TranscriptPersona: Sendable, Equatable {
    public var id: String
    public var name: String
    /// The pack's name, e.g. `bundled`; nil when unknown.
    public var pack: String?

    public init(id: String, name: String, pack: String? = nil) {
        self.id = id
        self.name = name
        self.pack = pack
    }
}
