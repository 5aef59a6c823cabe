import ParleyKit

/// The score report for the terminal: the score, each criterion with ✓/✗, its evidence and advice,
/// the clock, and the conversation's shape.
struct ScoreReportRenderer {
    var style: TerminalStyle
    var width: Int

    func text(_ report: ScoreReport) -> String {
        var lines: [String] = []
        let who = report.persona.map { " — \($0.name), \(report.minutes)-minute call" } ?? " — \(report.minutes)-minute slot"
        lines.append(style.bold("Score \(report.score)/100") + who)
        lines.append(TextWrap.wrap(clock(report), width: width))
        lines.append("")
        let titleWidth = Criterion.allCases.map(\.title.count).max() ?? 0
        for verdict in report.verdicts {
            let mark = verdict.passed ? style.green("✓") : style.red("✗")
            let title = verdict.criterion.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            let weight = String(repeating: " ", count: max(0, 3 - String(verdict.weight).count)) + "\(verdict.weight)"
            var line = "\(mark) \(title) \(style.dim(weight))"
            if !verdict.evidence.isEmpty { line += "  " + style.dim(Self.turns(verdict.evidence)) }
            lines.append(line)
            if let advice = verdict.advice { lines.append(TextWrap.wrap(advice, width: width, indent: "    ")) }
        }
        lines.append("")
        lines.append(TextWrap.wrap(shape(report.shape), width: width))
        if let focus = report.nextFocus {
            lines.append(TextWrap.wrap(style.bold("Work on next:") + " " + focus.criterion.nextStep + ".", width: width))
        }
        return lines.joined(separator: "\n")
    }

    /// "turn 3", "turns 3, 7", "turns 4, 6, 8, 10, 12 and 9 more".
    static func turns(_ numbers: [Int]) -> String {
        let shown = numbers.prefix(numbers.count > 6 ? 5 : 6).map(String.init).joined(separator: ", ")
        let more = numbers.count > 6 ? " and \(numbers.count - 5) more" : ""
        return (numbers.count == 1 ? "turn " : "turns ") + shown + more
    }

    func clock(_ report: ScoreReport) -> String {
        let at = "\(ClockText.format(report.elapsedSeconds)) of the \(ClockText.format(Double(report.minutes * 60))) agreed"
        var text: String
        switch report.ended {
        case .closed: text = "You closed the conversation at \(at)"
        case .timeUp: text = "They had to leave at \(at)"
        case .abandoned: text = "The conversation stopped at \(at) without a close"
        }
        if let persona = report.persona, report.ended == .timeUp {
            text = "\(persona.name.split(separator: " ").first.map(String.init) ?? persona.name) had to leave at \(at)"
        }
        if let warning = report.warningClock { text += "; the time warning came at \(ClockText.format(warning))" }
        return text + "."
    }

    func shape(_ shape: ConversationShape) -> String {
        var parts: [String] = []
        let share = Int((shape.learnerShare * 100).rounded())
        parts.append("You spoke \(share)% of the words")
        if let longest = shape.longestTurn {
            let seconds = longest.seconds.map { ", \(ClockText.spoken($0))" } ?? ""
            parts.append("your longest turn was \(longest.words) words\(seconds) (turn \(longest.number))")
        }
        let questions = shape.openQuestions + shape.closedQuestions
        parts.append("\(questions) question\(questions == 1 ? "" : "s"): \(shape.openQuestions) open, \(shape.closedQuestions) closed")
        let covered = shape.categories.map(\.rawValue)
        let missing = ConversationShape.tiara.filter { !shape.categories.contains($0) }.map(\.rawValue)
        var tiara = "TIARA covered: " + (covered.isEmpty ? "none" : covered.joined(separator: ", "))
        if !missing.isEmpty, !covered.isEmpty { tiara += " (not yet: \(missing.joined(separator: ", ")))" }
        parts.append(tiara)
        return parts.joined(separator: " · ") + "."
    }
}
