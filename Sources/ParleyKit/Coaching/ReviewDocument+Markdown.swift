/// The review as Markdown, for notes, issues and learning platforms.
extension ReviewDocument {
    public var markdown: String {
        var out = "# \(title)\n\n\(summary)\n\n## The conversation\n\n"
        for item in items {
            switch item {
            case .turn(let heard, let decides):
                let mine = heard.isLearner && heard.turn.name.lowercased() != "you"
                let name = mine ? "\(heard.turn.name) (you)" : heard.turn.name
                out += "**[\(ClockText.format(heard.turn.clock))] \(Self.escapeMarkdown(name)):** \(Self.escapeMarkdown(heard.turn.text))\n\n"
                if heard.isLearner {
                    out += "> " + annotation(heard, decides).joined(separator: " · ") + "\n\n"
                }
            case .warning(let clock):
                out += "---\n\n⏰ *\(ClockText.format(clock)) — the time warning*\n\n---\n\n"
            case .slotEnd(let clock):
                out += "---\n\n⏱ *\(ClockText.format(clock)) — the agreed time is up*\n\n---\n\n"
            case .note(let note):
                out += "📝 *Your note: \(Self.escapeMarkdown(note.text))*\n\n"
            }
        }
        out += "## The report\n\n"
        for verdict in report.verdicts {
            let evidence = verdict.evidence.isEmpty ? "" : " — " + Self.turnsText(verdict.evidence)
            out += "- \(verdict.passed ? "✓" : "✗") **\(verdict.criterion.title)** (\(verdict.weight))\(evidence)\n"
            if let advice = verdict.advice { out += "  \n  \(Self.escapeMarkdown(advice))\n" }
        }
        out += "\n## The shape of the conversation\n\n" + shapeLines.map { "- \($0)\n" }.joined()
        if let focus = report.nextFocus { out += "\n**Work on next:** \(focus.criterion.nextStep).\n" }
        return out
    }

    /// What was heard in a learner line: signals, the question type, the criteria it decided.
    public func annotation(_ heard: HeardTurn, _ decides: [Criterion]) -> [String] {
        var parts: [String] = []
        let signals = heard.signals.sorted().map(Self.label)
        parts.append(signals.isEmpty ? "no signal" : "heard: " + signals.joined(separator: ", "))
        if heard.smallTalk {
            parts.append("small talk")
        } else if let question = heard.question {
            parts.append("\(question.rawValue) question" + (heard.category.map { " (\($0.rawValue))" } ?? ""))
        }
        if !decides.isEmpty { parts.append("decides: " + decides.map(\.title).joined(separator: ", ")) }
        return parts
    }

    /// The conversation's shape, one fact per line.
    public var shapeLines: [String] {
        let shape = report.shape
        var lines = ["You spoke \(Int((shape.learnerShare * 100).rounded()))% of the words (\(shape.learnerWords) of \(shape.learnerWords + shape.otherWords))."]
        if let longest = shape.longestTurn {
            lines.append("Your longest turn: \(longest.words) words (turn \(longest.number)).")
        }
        lines.append("Questions: \(shape.openQuestions) open, \(shape.closedQuestions) closed.")
        let covered = shape.categories.map(\.rawValue)
        lines.append("TIARA covered: " + (covered.isEmpty ? "none" : covered.joined(separator: ", ")) + ".")
        return lines
    }

    static func turnsText(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "turn " : "turns ") + numbers.map(String.init).joined(separator: ", ")
    }

    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
