import Testing

@testable import ParleyKit

@Suite("/hint")
struct HintTests {
    typealias F = DialogueFixtures

    @Test func firstAsksForThePurpose() {
        let conversation = F.conversation()
        _ = conversation.start()
        #expect(conversation.hint.hasPrefix("Restate why you asked for this conversation"))
    }

    @Test func afterAJobAskSuggestsRecovering() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        _ = conversation.say("Are you hiring?")
        #expect(conversation.hint.contains("not to ask for a job"))
    }

    @Test func suggestsAnUncoveredTopicThenReferralsAndFollowUp() {
        let conversation = F.conversation(F.persona(minutes: 60))
        _ = conversation.say(F.purpose + " I'm a second-year biology student.")
        _ = conversation.say("How did you become a park ranger?")
        // insights is covered; the first category not covered is assignments.
        #expect(conversation.hint.contains("(assignments)"))
        #expect(conversation.hint.contains("What does a typical day look like for you?"))
        _ = conversation.say("What does a typical day look like for you?")
        _ = conversation.say("Where is conservation heading?")
        #expect(conversation.hint.contains("Is there anyone else"))
        _ = conversation.say("Is there anyone else I should talk to?")
        #expect(conversation.hint.contains("anything I can do"))
        _ = conversation.say("Is there anything I can do to help you?")
        #expect(conversation.hint.contains("Plan the follow-up"))
        _ = conversation.say("Could I email you again if I have questions?")
        #expect(conversation.hint.contains("close"))
    }

    @Test func nearTheEndSuggestsClosing() {
        let conversation = F.conversation(F.persona(minutes: 3, warnBefore: .seconds(60)))
        _ = conversation.say(F.purpose)
        while !conversation.warned, conversation.ended == nil {
            _ = conversation.say("How did you become a park ranger?")
        }
        #expect(conversation.hint.hasPrefix("Time is nearly up"))
        #expect(conversation.hint.contains("ask whether there is anyone else"))
    }
}
