import ParleyKit

/// What Parley heard in one line, in the neutral form `explain` prints.
struct LineExplanation {
    struct Heard {
        var signal: String
        /// The words of the line that triggered it, for people.
        var because: String
    }

    var text: String
    var signals: [Heard]
    var question: String?
    var questionBecause: String?

    struct Topic {
        var id: String
        var score: Double
        var ask: String
        /// The ask was another bundled persona's, for a topic of the same id.
        var shared = false
        /// The words that asked the way this kind of topic is asked about, if any did.
        var intent: String?
    }

    /// The persona's topic the line reaches, when a persona was given.
    var topic: Topic?
    var topicChecked = false
}

/// `explain`'s output: a block per line for people, or SPEC section 4's JSON object per line.
enum ExplanationRenderer {
    static func json(_ explanation: LineExplanation) -> String {
        var fields: [(String, JSONValue)] = [
            ("text", .string(explanation.text)),
            ("signals", .array(explanation.signals.map { .string($0.signal) })),
            ("question", explanation.question.map(JSONValue.string) ?? .null),
        ]
        if explanation.topicChecked {
            fields.append(("topic", explanation.topic.map { .string($0.id) } ?? .null))
        }
        return JSONValue.object(fields).rendered()
    }

    static func text(_ explanation: LineExplanation, style: TerminalStyle) -> String {
        var lines = [style.bold(explanation.text)]
        if explanation.signals.isEmpty {
            lines.append("  " + style.dim("no signals"))
        }
        let width = explanation.signals.map(\.signal.count).max() ?? 0
        for heard in explanation.signals {
            let padding = String(repeating: " ", count: width - heard.signal.count)
            lines.append("  " + style.green(heard.signal) + padding + "  ← " + heard.because)
        }
        let question = explanation.question.map { "\($0) question" } ?? "no question"
        let because = explanation.questionBecause.map { "  ← \($0)" } ?? ""
        lines.append("  " + question + because)
        if explanation.topicChecked {
            if let topic = explanation.topic {
                let score = String(format: "%.2f", topic.score)
                let shared = topic.shared ? ", asked of another persona" : ""
                let intent = topic.intent.map { "; \"\($0)\" is how this topic is often asked" } ?? ""
                lines.append("  topic \(topic.id) (\(score), like \"\(topic.ask)\"\(shared)\(intent))")
            } else {
                lines.append("  " + style.dim("no topic (small talk or the fallback)"))
            }
        }
        return lines.joined(separator: "\n")
    }
}
