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
        "Before we wrap up, can I ask what you'd do differently if you started again?", "May I ask what your day looks like?",
    ])
    func openQuestions(_ text: String) { #expect(kind(text) == .open, "\(text)") }

    @Test(arguments: [
        "Is your team hiring?", "Do you prefer fieldwork or analysis?", "Would it be OK if I emailed you?",
        "do you have any advice for me", "Any tips?", "You enjoy it, right?",
        "Do studios look at twine stuff when they hire or is it seen as amateur",
        "or if anything comes up could you keep me in mind",
        "Do you mind if I ask how long you've been in Limerick?",
        "Would it be ok if I emailed you in a few weeks to let you know how the portfolio review goes?",
    ])
    func closedQuestions(_ text: String) { #expect(kind(text) == .closed, "\(text)") }

    @Test(arguments: [
        "In your company, which design software do you use the most?", "how competitive is vet school to get into tbh",
        "Can you help me understand what a typical sprint looks like?",
        "yeah that makes sense and what frustrates you about the job",
        "okay no totally understood sorry and where can I practise with real data",
        "so like what do u actually do all day",
    ])
    func openWithoutTheUsualShape(_ text: String) { #expect(kind(text) == .open, "\(text)") }

    @Test(arguments: [
        "Thanks so much.", "What a day!", "When I was a kid I loved maps.", "I know what you mean.", "",
        "Do let me know if you're ever in town.", "how lucky is that haha", "I met a nurse, who was lovely.",
        "gotta run to the library after this lol, anyway where was I", "I learned the tools and what is more I liked them",
        "I moved to Leeds and where I live now there is no clinic",
        "It is cold! Everybody tell me to wait for the real winter.", "People always tell me I talk too fast.",
        "Yes, now is better, thank you.",
    ])
    func notQuestions(_ text: String) { #expect(kind(text) == nil, "\(text)") }

    @Test(arguments: [
        "Do you ever get to see the results, when a study finishes?",
        "Do you have to be quite confrontational, though? Like when a site's really messed something up?",
        "Is there anyone in your department who came off the tools recently, who wouldn't mind me picking their brains?",
    ])
    func aSubordinateClauseOrAnExampleLeavesAYesNoQuestionClosed(_ text: String) { #expect(kind(text) == .closed, "\(text)") }

    @Test func anInvertedClauseAfterAYesNoQuestionStillOpensIt() {
        #expect(kind("Do you like it, and where do you see the field going?") == .open)
    }

    @Test func aChangeOfSubjectAfterACommaStartsASentence() {
        let line = TextNormalizer().normalize("I'll drop you a line after the test, anyway, how do you find it")
        #expect(line.sentences.count == 2)
        #expect(line.tokens[line.sentences[1].range].first == "anyway")
        #expect(SignalDetector().hear("I'll drop you a line after the test, anyway, how do you find it").signals == [.followUp])
    }
}
