import Foundation
import Testing

@testable import ParleyKit

@Suite("Verifying a pack against the engine")
struct PackVerifierTests {
    private func persona(_ topics: [Topic]) -> Persona {
        Persona(
            id: "ana-ruiz", name: "Ana Ruiz", role: "Ranger", organization: "Parks", field: "Conservation", minutes: 15,
            briefing: "b", greeting: "g", topics: topics)
    }

    @Test func theBundledPackVerifiesClean() throws {
        #expect(PackVerifier.verify(try PackLoader.bundled()).isEmpty)
    }

    @Test func reportsMisroutedAndSharedAsksAndUnheardPhrases() {
        let pack = Pack(
            name: "Test",
            rubric: Rubric(weights: [:], phrases: ["referral_ask": ["which oracle should I consult"], "thanks": ["cheers!"]]),
            personas: [
                persona([
                    Topic(id: "career-path", asks: ["How did you become a ranger?", "What skills matter most?"], replies: [Reply(text: "r")]),
                    Topic(id: "skills", asks: ["What skills matter most?", "Which abilities should I build?"], replies: [Reply(text: "r")]),
                ])
            ], source: .bundled)
        let findings = PackVerifier.verify(pack)
        #expect(findings.contains(.shared(persona: "ana-ruiz", ask: "what skills matter most", topics: ["career-path", "skills"])))
        #expect(findings.contains { if case .misrouted(_, _, "What skills matter most?", _) = $0 { true } else { false } })
        #expect(findings.contains(.unheard(signal: "referral_ask", phrase: "which oracle should I consult", heard: [])))
        #expect(!findings.contains { if case .unheard(_, "cheers!", _) = $0 { true } else { false } })
    }
}
