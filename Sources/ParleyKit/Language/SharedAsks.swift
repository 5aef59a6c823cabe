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

    /// Words the asks of two or more bundled personas use: the way people ask ("how", "day",
    /// "favourite", "start"), not one field's own words ("bridges", "public service"), which in a
    /// borrowed ask would pull another field's questions to it.
    public static let commonWords: Set<String> = {
        guard let pack = try? PackLoader.bundled() else { return [] }
        let normalizer = TextNormalizer()
        var personas: [String: Int] = [:]
        for persona in pack.personas {
            let words = Set(persona.topics.flatMap { $0.asks.flatMap { normalizer.normalize($0).tokens } })
            for word in words { personas[word, default: 0] += 1 }
        }
        return Set(personas.filter { $0.value > 1 }.keys)
    }()
}
