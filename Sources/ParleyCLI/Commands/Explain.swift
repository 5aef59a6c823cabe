import ArgumentParser
import Foundation
import ParleyKit

extension Parley {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the signals Parley hears in a learner's line (one per input line without TEXT).",
            discussion: """
                Text output shows each signal with the words that triggered it, and the question type. \
                With --format json, each line gives {"text", "signals", "question"}. With --persona, the \
                topic of that persona the line reaches is shown too (JSON field "topic").
                """)
        @Argument(help: "The line to explain; without it, each line of standard input.") var text: String?
        @OptionGroup var packs: PackOptions
        @Option(help: "Also show which topic of this persona the line reaches.") var persona: String?
        @Option(help: "The output's format.") var format: TextOrJSON = .text

        func run() throws {
            let console = Console.standard()
            var phrases: [Signal: [String]] = [:]
            var matcher: TopicMatcher?
            if !packs.directories.isEmpty || persona != nil {
                let catalog = try packs.catalog(console: console)
                for pack in catalog.packs where packs.directories.contains(where: { pack.id == URL(fileURLWithPath: $0).standardizedFileURL.lastPathComponent }) {
                    for (name, examples) in pack.rubric.phrases {
                        if let signal = Signal(rawValue: name) { phrases[signal, default: []] += examples }
                    }
                }
                if let persona {
                    let entry = try catalog.resolveOrExit(persona, console: console)
                    matcher = TopicMatcher(topics: entry.persona.topics)
                }
            }
            let explainer = LineExplainer(detector: SignalDetector(phrases: phrases), matcher: matcher)
            let output = OutputBuffer()
            let render: (String) -> String = { line in
                let explanation = explainer.explain(line)
                return format == .json
                    ? ExplanationRenderer.json(explanation) : ExplanationRenderer.text(explanation, style: console.style)
            }
            if let text {
                output.line(render(text))
            } else {
                while let line = Swift.readLine(strippingNewline: true) {
                    output.line(render(line.hasSuffix("\r") ? String(line.dropLast()) : line))
                }
            }
            output.flush()
        }
    }
}

/// Turns what the engine heard into `explain`'s neutral form.
struct LineExplainer {
    let detector: SignalDetector
    let matcher: TopicMatcher?

    func explain(_ text: String) -> LineExplanation {
        let hearing = detector.hear(text)
        var explanation = LineExplanation(
            text: text,
            signals: hearing.cues.sorted { $0.signal < $1.signal }.map { cue in
                let because: String
                if let confidence = cue.confidence {
                    let features = cue.words.split(separator: ",").map { "\"\($0.trimmingCharacters(in: .whitespaces))\"" }
                    because = "learned, \(Int((confidence * 100).rounded()))% sure, mostly from " + features.joined(separator: " ")
                } else {
                    because = cue.negated ? "\"\(cue.words)\" (negated: not a job ask)" : "\"\(cue.words)\""
                }
                return .init(signal: cue.signal.rawValue, because: because)
            },
            question: hearing.question?.rawValue,
            questionBecause: hearing.questionCue.map { "\"\($0)\"" })
        if let matcher {
            // As in a conversation, small talk reaches no topic however close its words come.
            let result = hearing.isSmallTalk ? TopicMatcher.Result() : matcher.match(hearing.topicText)
            explanation.topic = result.best.map { .init(id: $0.topicID, score: $0.score, ask: $0.ask, shared: $0.borrowed, intent: $0.intent) }
            explanation.topicChecked = true
        }
        return explanation
    }
}
