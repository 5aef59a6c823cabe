import Testing

@testable import ParleyKit

@Suite("Question types")
struct QuestionClassifierTests {
    private func kind(_ text: String) -> QuestionKind? { SignalDetector().hear(text).question }

    @Test(arguments: [
        "How did you get into UX research?", "what's a typical day like", "Tell me about your team.",
        "Could you walk me through your last project?", "I'd love to hear how you got started.",
        "So, what would you recommend to someone starting out?", "how did u end up here",
        "Is it hard? What makes it hard?",
    ])
    func openQuestions(_ text: String) { #expect(kind(text) == .open, "\(text)") }

    @Test(arguments: [
        "Is your team hiring?", "Do you prefer fieldwork or analysis?", "Would it be OK if I emailed you?",
        "do you have any advice for me", "Any tips?", "You enjoy it, right?",
    ])
    func closedQuestions(_ text: String) { #expect(kind(text) == .closed, "\(text)") }

    @Test(arguments: ["Thanks so much.", "What a day!", "When I was a kid I loved maps.", "I know what you mean.", ""])
    func notQuestions(_ text: String) { #expect(kind(text) == nil, "\(text)") }
}
