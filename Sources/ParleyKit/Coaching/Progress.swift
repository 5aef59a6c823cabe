/// How each criterion has gone over the learner's sessions, oldest first: pass rates, trends and
/// the one thing to work on next (`parley progress`).
public struct Progress: Sendable {
    /// Which way a series is heading: the later half of the sessions against the earlier half.
    public enum Trend: String, Sendable {
        case improving, steady, slipping
        /// Too few sessions to say (fewer than four).
        case unknown
    }

    public struct Row: Sendable {
        public var criterion: Criterion
        /// Oldest first.
        public var history: [Bool]
        public var passed: Int { history.count(where: { $0 }) }
        public var rate: Double { history.isEmpty ? 0 : Double(passed) / Double(history.count) }
        public var trend: Trend { Progress.trend(history.map { $0 ? 1.0 : 0.0 }) }
    }

    /// Scores, oldest first.
    public var scores: [Int]
    public var rows: [Row]
    /// The criterion most worth practising: the most weight missed over the recent sessions.
    public var next: Criterion?

    /// How many recent sessions decide what to work on next.
    public static let recent = 5

    /// - Parameter reports: one per session, oldest first.
    public init(reports: [ScoreReport]) {
        scores = reports.map(\.score)
        rows = Criterion.allCases.map { criterion in
            Row(criterion: criterion, history: reports.map { $0.verdict(criterion)?.passed ?? false })
        }
        let latest = reports.suffix(Self.recent)
        var best: (criterion: Criterion, missed: Int)?
        for criterion in Criterion.allCases {
            let missed = latest.reduce(0) { sum, report in
                guard let verdict = report.verdict(criterion), !verdict.passed else { return sum }
                return sum + verdict.weight
            }
            if missed > 0, missed > (best?.missed ?? 0) { best = (criterion, missed) }
        }
        next = best?.criterion
    }

    public var scoreTrend: Trend { Self.trend(scores.map(Double.init)) }

    static func trend(_ values: [Double]) -> Trend {
        guard values.count >= 4 else { return .unknown }
        let half = values.count / 2
        let earlier = values.prefix(half).reduce(0, +) / Double(half)
        let later = values.suffix(half).reduce(0, +) / Double(half)
        let scale = max(values.max() ?? 1, 1)
        let change = (later - earlier) / scale
        if change > 0.1 { return .improving }
        if change < -0.1 { return .slipping }
        return .steady
    }

    /// A sparkline of `values` (0…`maximum`), one bar per value.
    public static func sparkline(_ values: [Double], maximum: Double) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        return String(values.map { value in
            let share = maximum > 0 ? min(max(value / maximum, 0), 1) : 0
            return bars[Int((share * Double(bars.count - 1)).rounded())]
        })
    }

    /// A criterion's trend line: at each session, its pass rate over that session and the two before.
    public static func rollingRates(_ history: [Bool], window: Int = 3) -> [Double] {
        history.indices.map { index in
            let slice = history[max(0, index - window + 1)...index]
            return Double(slice.count(where: { $0 })) / Double(slice.count)
        }
    }
}
