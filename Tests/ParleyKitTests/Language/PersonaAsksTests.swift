import Testing

@testable import ParleyKit

@Suite("The bundled personas' asks")
struct PersonaAsksTests {
    /// Every ask is a question about the work: none should sound like a job ask, a purpose
    /// statement or any other signal — a strong set of look-alikes.
    @Test func carryNoSignal() throws {
        let detector = SignalDetector()
        let pack = try PackLoader.bundled()
        for persona in pack.personas {
            for topic in persona.topics {
                for ask in topic.asks {
                    #expect(detector.hear(ask).signals.isEmpty, "\(persona.id)/\(topic.id): \(ask)")
                }
            }
        }
    }

    /// Each ask reaches its own topic; the `personas verify` check that authors run.
    @Test func reachTheirOwnTopic() throws {
        let pack = try PackLoader.bundled()
        var missed: [String] = []
        var total = 0
        for persona in pack.personas {
            let matcher = TopicMatcher(topics: persona.topics)
            for topic in persona.topics {
                for ask in topic.asks {
                    total += 1
                    if matcher.match(ask).best?.topicID != topic.id { missed.append("\(persona.id)/\(topic.id): \(ask)") }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.count) of \(total): \(missed.prefix(5))")
    }
}
