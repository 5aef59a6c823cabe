import ParleyKit

/// `parley progress` for people and for programs.
struct ProgressRenderer {
    var style: TerminalStyle
    var width: Int

    func text(_ progress: ParleyKit.Progress) -> String {
        let count = progress.scores.count
        guard count > 0 else {
            return "No practice sessions yet. Start one with: parley practice — your progress shows here after it."
        }
        var lines = ["Progress over \(count) session\(count == 1 ? "" : "s"), oldest to newest", ""]
        let titleWidth = max(Criterion.allCases.map(\.title.count).max() ?? 0, "Score".count)
        let average = Int((Double(progress.scores.reduce(0, +)) / Double(count)).rounded())
        let scoreLine = ParleyKit.Progress.sparkline(progress.scores.map(Double.init), maximum: 100)
        lines.append(
            style.bold("Score".padding(toLength: titleWidth, withPad: " ", startingAt: 0)) + "  " + scoreLine
                + "  last \(progress.scores.last ?? 0), average \(average)" + Self.trendText(progress.scoreTrend))
        for row in progress.rows {
            let line = ParleyKit.Progress.sparkline(ParleyKit.Progress.rollingRates(row.history), maximum: 1)
            let rate = "\(row.passed)/\(count) (\(Int((row.rate * 100).rounded()))%)"
            lines.append(
                row.criterion.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0) + "  " + line + "  "
                    + rate + Self.trendText(row.trend))
        }
        lines.append("")
        if let next = progress.next {
            let missed = progress.rows.first { $0.criterion == next }?.history.suffix(ParleyKit.Progress.recent).count { !$0 } ?? 0
            let recent = min(count, ParleyKit.Progress.recent)
            lines.append(
                TextWrap.wrap(
                    style.bold("Work on next:") + " \(next.nextStep) — missed in \(missed) of your last \(recent) session\(recent == 1 ? "" : "s").",
                    width: width))
        } else {
            lines.append("Every criterion passed in your recent sessions. Keep it up — try a busier or more guarded persona next.")
        }
        return lines.joined(separator: "\n")
    }

    static func trendText(_ trend: ParleyKit.Progress.Trend) -> String {
        switch trend {
        case .improving: "  ↑ improving"
        case .slipping: "  ↓ slipping"
        case .steady: "  → steady"
        case .unknown: ""
        }
    }

    static func json(_ progress: ParleyKit.Progress) -> JSONValue {
        .object([
            ("sessions", .int(progress.scores.count)),
            ("scores", .array(progress.scores.map(JSONValue.int))),
            ("score_trend", .string(progress.scoreTrend.rawValue)),
            ("criteria", .array(progress.rows.map { row in
                .object([
                    ("id", .string(row.criterion.rawValue)),
                    ("passed", .int(row.passed)),
                    ("total", .int(row.history.count)),
                    ("history", .array(row.history.map(JSONValue.bool))),
                    ("trend", .string(row.trend.rawValue)),
                ])
            })),
            ("next", progress.next.map { .string($0.rawValue) } ?? .null),
        ])
    }
}
