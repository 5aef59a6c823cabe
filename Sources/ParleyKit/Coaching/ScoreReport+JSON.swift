/// SPEC section 5's JSON shape, exactly: `score --format json` and `practice --format json`.
extension ScoreReport {
    public var json: JSONValue {
        let persona: JSONValue =
            self.persona.map {
                .object([("id", .string($0.id)), ("name", .string($0.name)), ("pack", $0.pack.map(JSONValue.string) ?? .null)])
            } ?? .null
        return .object([
            ("persona", persona),
            ("minutes", .int(minutes)),
            ("elapsed_seconds", .int(Int(elapsedSeconds.rounded()))),
            ("ended", .string(ended.rawValue)),
            ("score", .int(score)),
            ("criteria", .array(verdicts.map(\.json))),
        ])
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
