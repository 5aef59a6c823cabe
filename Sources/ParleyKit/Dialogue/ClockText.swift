/// Clock times as Parley shows them: `mm:ss`, minutes counting past 59 (`75:30`), never negative.
public enum ClockText {
    public static func format(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded(.down)))
        let minutes = whole / 60
        let rest = whole % 60
        return (minutes < 10 ? "0\(minutes)" : "\(minutes)") + ":" + (rest < 10 ? "0\(rest)" : "\(rest)")
    }

    /// A duration in words for people: "3 minutes", "1 minute 30 seconds", "45 seconds".
    public static func spoken(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let minutes = whole / 60
        let rest = whole % 60
        func unit(_ count: Int, _ name: String) -> String { "\(count) \(name)\(count == 1 ? "" : "s")" }
        switch (minutes, rest) {
        case (0, _): return unit(rest, "second")
        case (_, 0): return unit(minutes, "minute")
        default: return unit(minutes, "minute") + " " + unit(rest, "second")
        }
    }
}
