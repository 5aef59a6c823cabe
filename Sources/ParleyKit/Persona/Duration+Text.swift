/// Durations as pack files write them: `45s`, `3m`, `1m30s`, `1h`, `1h15m`.
extension Duration {
    /// The longest duration a pack may write.
    public static let longestInPack: Duration = .seconds(24 * 3600)

    /// Parses `[Nh][Nm][Ns]` — at least one part, in that order, each a whole number, 24 hours at most.
    /// `0s` is accepted here; callers that need a positive length check for it.
    public init?(packText text: String) {
        var seconds = 0
        var digits = ""
        var seenUnits: [Character] = []
        for character in text {
            if character.isASCII, character.isNumber {
                guard digits.count < 6 else { return nil }
                digits.append(character)
                continue
            }
            guard let value = Int(digits), let unitIndex = "hms".firstIndex(of: character) else { return nil }
            let order = "hms".distance(from: "hms".startIndex, to: unitIndex)
            if let last = seenUnits.last, let lastIndex = "hms".firstIndex(of: last),
                "hms".distance(from: "hms".startIndex, to: lastIndex) >= order
            {
                return nil
            }
            seenUnits.append(character)
            seconds += value * [3600, 60, 1][order]
            digits = ""
        }
        guard digits.isEmpty, !seenUnits.isEmpty, seconds <= 24 * 3600 else { return nil }
        self = .seconds(seconds)
    }

    /// The whole seconds in this duration (pack durations are whole seconds).
    public var wholeSeconds: Int { Int(components.seconds) }

    /// This duration written the way pack files write it, e.g. `1m30s`.
    public var packText: String {
        let total = wholeSeconds
        let (hours, minutes, seconds) = (total / 3600, total % 3600 / 60, total % 60)
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if seconds > 0 || text.isEmpty { text += "\(seconds)s" }
        return text
    }
}
