/// An author's check of a pack against the engine, as ChatScript's `:verify` does for scripts:
/// every ask should reach its own topic, no ask should belong to two topics, and every
/// `rubric.phrases` example should be heard as its signal.
public enum PackVerifier {
    public enum Finding: Sendable, Equatable, CustomStringConvertible {
        /// An ask that the matcher sends to another topic, or to none.
        case misrouted(persona: String, topic: String, ask: String, reached: String?)
        /// The same ask (normalised) under two topics.
        case shared(persona: String, ask: String, topics: [String])
        /// A pack phrase the engine does not hear as its signal.
        case unheard(signal: String, phrase: String, heard: [String])

        public var description: String {
            switch self {
            case .misrouted(let persona, let topic, let ask, let reached):
                "\(persona): ask \"\(ask)\" of topic '\(topic)' reaches \(reached.map { "topic '\($0)'" } ?? "no topic")"
            case .shared(let persona, let ask, let topics):
                "\(persona): ask \"\(ask)\" is under several topics: \(topics.joined(separator: ", "))"
            case .unheard(let signal, let phrase, let heard):
                "rubric phrase \"\(phrase)\" is not heard as \(signal)"
                    + (heard.isEmpty ? "" : " (heard: \(heard.joined(separator: ", ")))")
            }
        }
    }

    public static func verify(_ pack: Pack) -> [Finding] {
        var findings: [Finding] = []
        let normalizer = TextNormalizer()
        for persona in pack.personas {
            let matcher = TopicMatcher(topics: persona.topics)
            var owners: [String: [String]] = [:]
            for topic in persona.topics {
                for ask in topic.asks {
                    owners[normalizer.normalize(ask).text, default: []].append(topic.id)
                    let reached = matcher.match(ask).best?.topicID
                    if reached != topic.id {
                        findings.append(.misrouted(persona: persona.id, topic: topic.id, ask: ask, reached: reached))
                    }
                }
            }
            for (ask, topics) in owners.sorted(by: { $0.key < $1.key }) where Set(topics).count > 1 {
                findings.append(.shared(persona: persona.id, ask: ask, topics: Array(Set(topics)).sorted()))
            }
        }
        let plain = SignalDetector()
        for (name, phrases) in pack.rubric.phrases.sorted(by: { $0.key < $1.key }) {
            guard let signal = Signal(rawValue: name) else { continue }
            for phrase in phrases {
                let heard = plain.hear(phrase).signals
                if !heard.contains(signal) {
                    findings.append(.unheard(signal: name, phrase: phrase, heard: heard.map(\.rawValue)))
                }
            }
        }
        return findings
    }
}
