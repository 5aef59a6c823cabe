import Foundation

/// The JSON Lines records of a session file (docs/transcripts.md), one value per line.
enum SessionRecord {
    static func header(_ header: TranscriptHeader) -> JSONValue {
        let persona: JSONValue =
            header.persona.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) } ?? .null
        return .object([
            ("type", .string("session")),
            ("format", .int(header.formatVersion)),
            ("persona", persona),
            ("pack", header.persona?.pack.map(JSONValue.string) ?? .null),
            ("seed", header.seed.map(JSONValue.int) ?? .null),
            ("minutes", header.minutes.map(JSONValue.int) ?? .null),
            ("started", header.started.map { .string(SessionDate.string(from: $0)) } ?? .null),
        ])
    }

    static func turn(_ turn: Turn) -> JSONValue {
        .object([
            ("type", .string("turn")),
            ("n", .int(turn.number)),
            ("speaker", .string(turn.speaker.rawValue)),
            ("name", .string(turn.name)),
            ("text", .string(turn.text)),
            ("clock", seconds(turn.clock)),
            ("duration", turn.duration.map(seconds) ?? .null),
            ("signals", .array(turn.signals.map(JSONValue.string))),
            ("topic", turn.topic.map(JSONValue.string) ?? .null),
        ])
    }

    static func event(_ event: TranscriptEvent) -> JSONValue {
        switch event {
        case .warning(let warning):
            .object([
                ("type", .string("warning")),
                ("clock", seconds(warning.clock)),
                ("after_turn", .int(warning.afterTurn)),
            ])
        case .note(let note):
            .object([
                ("type", .string("note")),
                ("clock", note.clock.map(seconds) ?? .null),
                ("after_turn", .int(note.afterTurn)),
                ("text", .string(note.text)),
            ])
        }
    }

    static func ending(_ ending: TranscriptEnding) -> JSONValue {
        .object([
            ("type", .string("end")),
            ("ended", .string(ending.ended.rawValue)),
            ("elapsed_seconds", seconds(ending.elapsedSeconds)),
            ("score", ending.score.map(JSONValue.int) ?? .null),
        ])
    }

    /// Clock values to the millisecond; whole seconds print without a fraction.
    private static func seconds(_ value: Double) -> JSONValue {
        .double(SpeakingClock.rounded(value))
    }
}

/// The `started` field's ISO-8601 form: UTC with a `Z`, as `2025-03-14T15:09:26Z`.
enum SessionDate {
    static func string(from date: Date) -> String {
        formatter(fractional: false).string(from: date)
    }

    /// Accepts any offset, with or without fractional seconds.
    static func date(from text: String) -> Date? {
        formatter(fractional: false).date(from: text) ?? formatter(fractional: true).date(from: text)
    }

    private static func formatter(fractional: Bool) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            fractional ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter
    }
}
