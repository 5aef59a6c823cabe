/// SPEC section 5's JSON shape, exactly: `score --format json` and `practice --format json`.
extension ScoreReport {
    public var json: JSONValue {
        .object([
            ("persona", persona?.json ?? .null),
            ("minutes", .int(minutes)),
            ("elapsed_seconds", .int(Int(elapsedSeconds.rounded()))),
            ("ended", .string(ended.rawValue)),
            ("score", .int(score)),
            ("criteria", .array(verdicts.map(\.json))),
        ])
    }
}

extension TranscriptPersona {
    /// SPEC section 5's `persona` object: id, name and pack.
    public var json: JSONValue {
        .object([("id", .string(id)), ("name", .string(name)), ("pack", pack.map(JSONValue.string) ?? .null)])
    }
}

extension Verdict {
    public var json: JSONValue {
        .object([
            ("id", .string(criterion.rawValue)),
            ("passed", .bool(passed)),
            ("weight", .int(weight)),
            ("evidence", .array(evidence.map(JSONValue.int))),
            ("advice", advice.map(JSONValue.string) ?? .null),
        ])
    }
}
