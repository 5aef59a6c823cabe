/// The review as JSON: every turn with what was heard and what it decided, the events, the report.
extension ReviewDocument {
    public var json: JSONValue {
        let decided = report.decided
        let turns: [JSONValue] = report.turns.map { heard in
            let decides = decided[heard.number] ?? []
            return .object([
                ("n", .int(heard.number)),
                ("speaker", .string(heard.turn.speaker.rawValue)),
                ("name", .string(heard.turn.name)),
                ("clock", .double(heard.turn.clock)),
                ("text", .string(heard.turn.text)),
                ("signals", .array(heard.signals.sorted().map { .string($0.rawValue) })),
                ("question", heard.isLearner ? heard.question.map { .string($0.rawValue) } ?? .null : .null),
                ("decides", .array(decides.map { .string($0.rawValue) })),
            ])
        }
        let events: [JSONValue] = transcript.events.map { event in
            switch event {
            case .warning(let warning):
                .object([("type", .string("warning")), ("clock", .double(warning.clock)), ("after_turn", .int(warning.afterTurn))])
            case .note(let note):
                .object([
                    ("type", .string("note")), ("clock", note.clock.map(JSONValue.double) ?? .null),
                    ("after_turn", .int(note.afterTurn)), ("text", .string(note.text)),
                ])
            }
        }
        return .object([
            ("source", .string(source)),
            ("format", .string(transcript.format.rawValue)),
            ("turns", .array(turns)),
            ("events", .array(events)),
            ("report", report.json),
        ])
    }
}
