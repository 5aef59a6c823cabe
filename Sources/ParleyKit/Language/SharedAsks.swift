/// How learners ask about the topics the bundled personas share, pooled by topic id: a topic
/// called `typical-day` in any persona, bundled or an instructor's, also knows every way the
/// bundled personas' `typical-day` topics are asked about.
public enum SharedAsks {
    public static let byTopic: [String: [String]] = {
        guard let pack = try? PackLoader.bundled() else { return [:] }
        var asks: [String: [String]] = [:]
        var personas: [String: Int] = [:]
        for persona in pack.personas {
            for topic in persona.topics {
                asks[topic.id, default: []] += topic.asks
                personas[topic.id, default: 0] += 1
            }
        }
        // A topic only one persona has is that persona's own business, not a shared one.
        return asks.filter { personas[$0.key, default: 0] > 1 }
    }()
}
