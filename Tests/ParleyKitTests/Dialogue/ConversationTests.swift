import Testing

@testable import ParleyKit

/// A small persona of our own, so these tests do not move when the bundled pack is edited.
enum DialogueFixtures {
    static func persona(
        minutes: Int = 20, temperament: Persona.Temperament = .warm, warnBefore: Duration? = nil,
        grace: Duration? = nil, referrals: Bool = true
    ) -> Persona {
        Persona(
            id: "ines-ribeiro", name: "Ines Ribeiro", role: "Park Ranger", organization: "Coastal Parks",
            field: "Conservation", minutes: minutes, temperament: temperament, wordsPerMinute: 150,
            warnBefore: warnBefore, grace: grace, briefing: "Ines runs the visitor programme.",
            greeting: "Hello, Ines here.",
            topics: [
                Topic(
                    id: "career-path", category: .insights,
                    asks: ["How did you become a park ranger?", "What path led you into conservation work?"],
                    replies: [
                        Reply(text: "I volunteered on trail crews for three summers. Then a seasonal post opened.", duration: .seconds(60)),
                        Reply(text: "As I said, trail crews first."),
                    ]),
                Topic(
                    id: "typical-day", category: .assignments,
                    asks: ["What does a typical day look like for you?", "Walk me through your daily routine."],
                    replies: [Reply(text: "Mornings are patrols. Afternoons are school groups.")]),
                Topic(
                    id: "trends", category: .trends,
                    asks: ["What changes do you see coming in parks?", "Where is conservation heading?"],
                    replies: [Reply(text: "More visitors and less money, mostly.")]),
            ],
            referrals: referrals
                ? [
                    Referral(name: "Tom Reyes", role: "Ecologist", reply: "Talk to Tom Reyes, our ecologist."),
                    Referral(name: "Ada Lowe", role: "Planner", reply: "Ada Lowe in planning is great too."),
                ] : [],
            reactions: Reactions(
                askPurpose: "Before I answer — what brings you to me?", jobAsk: "I don't do hiring.",
                referralNone: "No one comes to mind.", followUp: "Sure, email me.", thanks: "Glad to help.",
                giveBack: "Kind of you.", timeWarning: "We have a few minutes left.", timeUp: "I have to run now.",
                goodbye: "Take care!", smallTalk: "Windy day out here!", fallback: ["Not sure.", "No idea, sorry."]))
    }

    static let detector = SignalDetector()

    static func conversation(_ persona: Persona = persona(), seed: UInt64 = 1) -> Conversation {
        Conversation(persona: persona, detector: detector, seed: seed)
    }

    static let purpose = "I'm exploring conservation careers and hoping to learn from your experience, not looking for a job."
}

extension Conversation.Happening {
    var turn: Turn? { if case .turn(let turn) = self { turn } else { nil } }
}

extension [Conversation.Happening] {
    var personaText: [String] { compactMap(\.turn).filter { $0.speaker == .persona }.map(\.text) }
}

@Suite("The conversation")
struct ConversationTests {
    typealias F = DialogueFixtures

    @Test func greetingIsTheFirstTurnAndStartsTheClock() {
        let conversation = F.conversation()
        let happened = conversation.start()
        #expect(happened.personaText == ["Hello, Ines here."])
        #expect(conversation.turns.first?.clock == 0)
        // Three words at 150 wpm is 1.2 s, so the two-second minimum applies.
        #expect(conversation.clock == 2)
        #expect(conversation.start().isEmpty)
    }

    @Test func learnerTurnComesFirstWithItsSignalsAndClock() {
        let conversation = F.conversation()
        _ = conversation.start()
        let happened = conversation.say(F.purpose)
        let learner = happened.first?.turn
        #expect(learner?.speaker == .learner)
        #expect(learner?.number == 2)
        #expect(learner?.clock == 2)
        #expect(learner?.signals.contains("purpose") == true)
        // 16 words at 150 wpm.
        #expect(learner?.duration == 6.4)
    }

    @Test func topicRepliesComeInTurnAndTheLastRepeats() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        #expect(conversation.say("How did you get into being a park ranger?").personaText.first?.hasPrefix("I volunteered") == true)
        #expect(conversation.say("Sorry, how did you become a ranger again?").personaText == ["As I said, trail crews first."])
        #expect(conversation.say("And how did you become a ranger, once more?").personaText == ["As I said, trail crews first."])
        #expect(conversation.topicsReached == ["career-path"])
    }

    @Test func aReplyDurationReplacesTheWordCount() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        let reply = conversation.say("How did you become a park ranger?").compactMap(\.turn).last
        #expect(reply?.duration == 60)
        #expect(reply?.topic == "career-path")
    }

    @Test func asksForThePurposeOnceThenAnswersTheHeldQuestion() {
        let conversation = F.conversation()
        _ = conversation.start()
        #expect(conversation.say("How did you become a park ranger?").personaText == ["Before I answer — what brings you to me?"])
        let resumed = conversation.say(F.purpose).personaText
        #expect(resumed.first?.hasPrefix("That helps, thanks. I volunteered") == true)
        // Never asked twice.
        let fresh = F.conversation()
        _ = fresh.say("What does a typical day look like for you?")
        #expect(fresh.say("Where is conservation heading?").personaText == ["More visitors and less money, mostly."])
    }

    @Test func noPurposeQuestionWhenThePurposeCameFirst() {
        let conversation = F.conversation()
        let line = "I'm hoping to learn about conservation work — how did you become a park ranger?"
        #expect(conversation.say(line).personaText.last?.hasPrefix("I volunteered") == true)
    }

    @Test func aJobAskCoolsThePersonaUntilThePurposeIsRestated() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        #expect(conversation.say("Is your team hiring right now?").personaText == ["I don't do hiring."])
        #expect(conversation.cooled)
        // Cool: short answers and no referral.
        #expect(conversation.say("How did you become a park ranger?").personaText == ["I volunteered on trail crews for three summers."])
        #expect(conversation.say("Is there anyone else you think I should talk to?").personaText == ["No one comes to mind."])
        _ = conversation.say("To be clear, I'm not looking for a job — I'm here to learn.")
        #expect(!conversation.cooled)
        #expect(conversation.say("Is there anyone else you think I should talk to?").personaText == ["Talk to Tom Reyes, our ecologist."])
    }

    @Test func referralsComeInOrderThenReferralNone() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        #expect(conversation.say("Is there anyone else I should talk to?").personaText == ["Talk to Tom Reyes, our ecologist."])
        #expect(conversation.say("Anyone else you'd suggest I speak with?").personaText == ["Ada Lowe in planning is great too."])
        #expect(conversation.say("Is there anyone else I should talk to?").personaText == ["No one comes to mind."])
        let none = F.conversation(F.persona(referrals: false))
        _ = none.say(F.purpose)
        #expect(none.say("Is there anyone else I should talk to?").personaText == ["No one comes to mind."])
    }

    @Test func aClosingLineThatAsksNothingEndsTheConversation() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        let happened = conversation.say("Thank you so much — I'll let you get back to your day.")
        #expect(happened.personaText == ["Glad to help. Take care!"])
        #expect(conversation.ended == .closed)
        #expect(conversation.say("One more thing?").isEmpty)
    }

    @Test func aBidOnTheWayOutIsAnsweredAndStillCloses() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        let happened = conversation.say(
            "Thanks so much, and if you ever need another ranger over the summer, I'd be there in a heartbeat. Anyway, I'll let you get back to your day.")
        #expect(happened.personaText == ["I don't do hiring. Glad to help. Take care!"])
        #expect(conversation.ended == .closed)
    }

    @Test func aClosingLineThatAsksSomethingIsAnswered() {
        let conversation = F.conversation()
        _ = conversation.say(F.purpose)
        let happened = conversation.say("Before I let you go, is there anyone else I should talk to?")
        #expect(happened.personaText == ["Talk to Tom Reyes, our ecologist."])
        #expect(conversation.ended == nil)
    }

    @Test func smallTalkThanksOfferAndFollowUpGetTheirReactions() {
        let conversation = F.conversation()
        _ = conversation.start()
        #expect(conversation.say("Hi! How's your week going?").personaText == ["Windy day out here!"])
        #expect(conversation.say("Hi Ines, hope you're doing well.").personaText == ["Windy day out here!"])
        #expect(conversation.say("It's going well, thanks, I took the afternoon off for this. How about yours?").personaText == ["Windy day out here!"])
        #expect(conversation.say("Hey! Before we get going, how was your weekend? Do anything fun?").personaText == ["Windy day out here!"])
        #expect(conversation.say("Oh, is that a modular synth behind you?").personaText == ["Windy day out here!"])
        _ = conversation.say(F.purpose)
        #expect(conversation.say("Is there anything I can do to help you?").personaText == ["Kind of you."])
        #expect(conversation.say("Would it be OK if I emailed you again with a question or two?").personaText == ["Sure, email me."])
        #expect(conversation.say("Thanks, that's really useful.").personaText == ["Glad to help."])
    }

    @Test func fallbacksComeInTurn() {
        let conversation = F.conversation(seed: 0)
        _ = conversation.say(F.purpose)
        let first = conversation.say("Ever been skydiving?").personaText
        let second = conversation.say("Is Lisbon nice in spring?").personaText
        #expect(Set(first + second) == ["Not sure.", "No idea, sorry."])
    }

    @Test func aQuestionAfterAWordAboutTheTimeIsStillAnswered() {
        let conversation = F.conversation(seed: 0)
        _ = conversation.say(F.purpose)
        let reply = conversation.say("I know we're nearly at time, but have you ever been skydiving?").personaText.joined()
        #expect(reply.contains(PersonaLines.timeFine) || reply.contains(PersonaLines.timeShort))
        #expect(reply.hasSuffix("Not sure.") || reply.hasSuffix("No idea, sorry."))
    }

    @Test func warnsOnceWhenTheRemainingTimeReachesWarnBefore() {
        let conversation = F.conversation(F.persona(minutes: 3, warnBefore: .seconds(60)))
        _ = conversation.say(F.purpose)
        var warnings = 0
        for _ in 0..<60 where conversation.ended == nil && !conversation.warned {
            let happened = conversation.say("How did you become a park ranger?")
            warnings += happened.count { if case .event(.warning) = $0 { true } else { false } }
        }
        #expect(warnings == 1)
        #expect(conversation.warned)
        guard case .warning(let warning) = conversation.events.first else {
            Issue.record("no warning event")
            return
        }
        #expect(warning.clock >= 120)
        let warningTurn = conversation.turns[warning.afterTurn]
        #expect(warningTurn.text == "We have a few minutes left.")
        #expect(warningTurn.clock == warning.clock)
    }

    @Test func leavesWhenTheGraceRunsOut() {
        let conversation = F.conversation(F.persona(minutes: 3, grace: .seconds(30)))
        _ = conversation.say(F.purpose)
        var lines = 0
        while conversation.ended == nil, lines < 100 {
            _ = conversation.say("How did you become a park ranger?")
            lines += 1
        }
        #expect(conversation.ended == .timeUp)
        #expect(conversation.turns.last?.text == "I have to run now.")
        #expect(conversation.turns.last.map { $0.clock >= 210 } == true)
    }

    @Test func aGuardedPersonaIsBriefUntilTheLearnerIntroducesThemself() {
        let conversation = F.conversation(F.persona(temperament: .guarded))
        _ = conversation.say(F.purpose)
        #expect(conversation.say("What does a typical day look like for you?").personaText == ["Mornings are patrols."])
        _ = conversation.say("I'm a second-year biology student and I've volunteered at two nature reserves.")
        #expect(conversation.say("Walk me through your daily routine.").personaText == ["Mornings are patrols. Afternoons are school groups."])
    }

    @Test func aChattyPersonaAddsSmallTalkToItsGreeting() {
        let conversation = F.conversation(F.persona(temperament: .chatty))
        #expect(conversation.start().personaText == ["Hello, Ines here. Windy day out here!"])
    }

    @Test func aBusyPersonaWarnsTwiceAsEarly() {
        #expect(F.conversation(F.persona(temperament: .busy)).warnBeforeSeconds == 360)
        #expect(F.conversation(F.persona(temperament: .warm)).warnBeforeSeconds == 180)
    }

    @Test func sameSeedAndLinesGiveTheSameConversation() {
        let lines = [
            F.purpose, "How did you become a park ranger?", "What is your favourite sandwich?",
            "Walk me through your daily routine.", "Is it cold in winter?", "Where is conservation heading?",
        ]
        func run(_ seed: UInt64) -> [Turn] {
            let conversation = F.conversation(F.persona(temperament: .chatty), seed: seed)
            _ = conversation.start()
            for line in lines { _ = conversation.say(line) }
            return conversation.turns
        }
        #expect(run(42) == run(42))
        let differs = (0..<20).contains { run(UInt64($0)) != run(42) }
        #expect(differs, "the seed decides the chatty persona's asides and where fallbacks start")
    }

    @Test func notesTakeNoTimeAndAreNotHeard() {
        let conversation = F.conversation()
        _ = conversation.start()
        let before = conversation.clock
        let happened = conversation.note("ask about trail crews")
        #expect(conversation.clock == before)
        #expect(happened == .event(.note(.init(text: "ask about trail crews", clock: before, afterTurn: 1))))
    }

    @Test func abandoningKeepsAnEarlierEnding() {
        let conversation = F.conversation()
        #expect(conversation.abandon() == .abandoned)
        let closed = F.conversation()
        _ = closed.say("Thanks, I'll let you go.")
        #expect(closed.abandon() == .closed)
    }

    @Test func firstSentence() {
        #expect(Conversation.firstSentence(of: "One. Two.") == "One.")
        #expect(Conversation.firstSentence(of: "Version 2.0 is out! Yes.") == "Version 2.0 is out!")
        #expect(Conversation.firstSentence(of: "No stop") == "No stop")
    }
}
