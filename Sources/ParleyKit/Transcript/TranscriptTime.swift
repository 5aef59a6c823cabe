/// Clock times as transcripts write them: `m:ss`, `mm:ss`, `h:mm:ss`, with an optional fraction
/// (`00:01:02.500`, or `,500` as SubRip writes it).
enum TranscriptTime {
    /// Seconds for `text`, or nil when it is not a timestamp. With hours, minutes are below 60;
    /// without, any number of minutes up to three digits is accepted (`75:10`). Seconds are two digits below 60.
    static func seconds(_ text: Substring) -> Double? {
        var whole = text
        var fraction = 0.0
        if let mark = text.firstIndex(where: { $0 == "." || $0 == "," }) {
            let digits = text[text.index(after: mark)...]
            guard (1...9).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Double("0." + digits)
            else { return nil }
            fraction = value
            whole = text[..<mark]
        }
        let parts = whole.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts.last!.count == 2, let seconds = Int(parts.last!), seconds < 60
        else { return nil }
        let minutesPart = parts[parts.count - 2]
        guard let minutes = Int(minutesPart) else { return nil }
        var hours = 0
        if parts.count == 3 {
            guard minutesPart.count <= 2, minutes < 60, parts[0].count <= 4, let value = Int(parts[0]) else {
                return nil
            }
            hours = value
        } else {
            guard minutesPart.count <= 3 else { return nil }
        }
        return Double(hours * 3600 + minutes * 60 + seconds) + fraction
    }

    /// `m:ss`, or `h:mm:ss` from an hour on, for messages.
    static func text(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (hours, minutes, rest) = (total / 3600, total % 3600 / 60, total % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
