import Foundation
import Testing

@testable import ParleyKit

@Suite("Scoring a conversation")
struct ScorerTests {
    let scorer = Scorer()

    func report(_ text: String, minutes: Int? = nil, me: String? = nil) throws -> ScoreReport {
        let loaded = try TranscriptLoader.load(text: text, file: "t.txt", options: ImportOptions(me: me, minutes: minutes))
        return scorer.score(loaded.transcript)
    }

    func passed(_ report: ScoreReport, _ criterion: Criterion) -> Bool {
        report.verdict(criterion)?.passed ?? false
    }

    static let ideal = """
        # minutes: 20
        [00:00] Sam: Hi Dana, thanks so much for making the time today.
        [00:05] Dana: Happy to help.
        [00:08] Sam: I'm a junior studying biology, and I'm hoping to learn how you got into public health — I'm not looking for a job.
        [00:20] Dana: Sure. I started in a county lab, then moved into epidemiology after a master's degree, and I've been at the health department for eight years now, mostly on outbreak response.
        [01:30] Sam: What does a typical week look like for you?
        [01:35] Dana: Mondays are planning, then field visits, data work and a lot of meetings with clinics and schools about what we are seeing and what to do about it.
        [03:00] Sam: How did you choose epidemiology over lab work?
        [03:05] Dana: I liked asking the questions more than running the samples, and the lab taught me how much depends on good data.
        [05:00] Sam: What would you do first if you were in my shoes?
        [05:05] Dana: Take a statistics course now, and volunteer with a local health nonprofit so you see the work up close.
        [07:00] Sam: Is there anyone else you think I should talk to?
        [07:05] Dana: Talk to my colleague Priya in our data team; she came in from a lab too, and she is generous with students. I'll introduce you by email this week, and you could also try the state association's mentoring programme, which pairs students with people working in the field.
        [08:00] Sam: Is there anything I can do to help you in return?
        [08:05] Dana: Just tell me how it goes. Honestly, hearing where students end up is the best part of doing these calls, and it helps me give better advice to the next person who asks.
        [08:30] Sam: Would it be all right if I reached out again with a question or two?
        [08:35] Dana: Of course. Email is best; I read everything, even if it takes me a few days to answer during a busy week.
        [09:00] Sam: Thank you so much — I'll let you get back to your day.
        [09:05] Dana: Good luck!
        """

    @Test func anIdealConversationPassesEverything() throws {
        let report = try report(Self.ideal)
        #expect(report.score == 100)
        #expect(report.ended == .closed)
        #expect(report.verdicts.map(\.criterion) == Criterion.allCases)
        #expect(report.verdicts.allSatisfy { $0.passed })
        #expect(report.verdict(.restatedPurpose)?.evidence == [3])
        #expect(report.verdict(.askedReferral)?.evidence == [11])
        #expect(report.verdicts.allSatisfy { $0.advice == nil })
    }

    @Test func purposeAfterTheFirstQuestionIsLate() throws {
        let text = """
            Sam: Hi Dana! Can you hear me ok?
            Dana: Loud and clear.
            Sam: What does a typical week look like for you?
            Dana: Busy.
            Sam: I should say, I'm hoping to learn about public health careers, not asking for a job.
            """
        let verdict = try #require(try report(text).verdict(.restatedPurpose))
        #expect(!verdict.passed)
        #expect(verdict.evidence == [3, 5])
        #expect(verdict.advice?.contains("\"What does a typical week look like for you?\"") == true)
    }

    @Test func smallTalkAndAnAudioCheckDoNotCountAsQuestionsAboutTheWork() throws {
        let text = """
            Sam: Hi Dana, how's your week going?
            Dana: Good, thanks!
            Sam: Can you hear me ok?
            Dana: Yes.
            Sam: I'm exploring public health and hoping to learn how you see the field.
            """
        #expect(passed(try report(text), .restatedPurpose))
        // The audio check in the word order of other languages: "you can hear me?"
        let other = """
            Lan: Hello Chef, you can hear me? My camera is little bit dark, sorry.
            Marco: I can hear you fine.
            Lan: Thank you for give me twenty minutes before your service.
            Marco: Of course.
            Lan: I want to learn how is the life in a restaurant kitchen like yours, and get your advice.
            """
        #expect(passed(try report(other), .restatedPurpose))
        // Asking after the shift they just came off is small talk too.
        let shift = """
            Priya: Hi Denise, thanks for calling in after your night shift.
            Denise: No problem, just got home.
            Priya: Was it a busy night?
            Denise: Manic, as always.
            Priya: I'm really just hoping to learn how you see the work.
            """
        #expect(passed(try report(shift), .restatedPurpose))
        // Finding each other on the call, and what others say of the weather, ask nothing about the work.
        let finding = """
            Deb: Hello? Ruth, is that you? I think I can see you but I can't hear anything yet.
            Ruth: There we go, sorry! Can you hear me now?
            Deb: It is cold here! Everybody tell me to wait for the real winter.
            Ruth: Ha, they're right.
            Deb: I'm a teacher, and today's really about learning from you, not about openings.
            """
        #expect(passed(try report(finding), .restatedPurpose))
        let sunny = """
            Maya: haha yes. Is it sunny where you are? It's been grey here in Vancouver for weeks.
            Sofia: Sunny for once!
            Maya: I have to decide by March whether to take the data science minor or stay on the ecology side, and honestly I'd really value your advice on that.
            """
        #expect(passed(try report(sunny), .restatedPurpose))
        let morning = """
            Denise: Hi, is this Tomasz? Sorry about the noise, I'm in my car.
            Tomasz: Hi Denise, yes that's me! No worries at all. How was the morning?
            Denise: Oh, busy. Mondays are always a lot.
            Tomasz: What I was hoping to get from today is a realistic picture of the job, before I commit to more school.
            """
        #expect(passed(try report(morning, me: "Tomasz"), .restatedPurpose))
        // Asking for the other side by name finds them on the call; a short question that only
        // addresses them by name still asks about the work.
        let byName = """
            Tyler Brandt: Hi, is this Janet? This is Tyler, Mr. Pedersen gave me your number.
            Janet Lindgren: Yes, hi Tyler! We've got about ten minutes.
            Tyler Brandt: I'm not looking for anything job-wise. I just wanted to learn what an extension agent does.
            """
        #expect(passed(try report(byName), .restatedPurpose))
        let politely = """
            Tess: Hello, good afternoon, is this Joanne? This is Tess, the one who message you through the alumni page.
            Joanne Ruiz: Yes, hi Tess!
            Tess: I am not looking for a job, only to learn from you.
            """
        #expect(passed(try report(politely), .restatedPurpose))
        let titled = """
            Marcus Bell: Hey, hi, Ms. Albright? It's Marcus, from the email.
            Denise Albright: Hi Marcus, call me Denise.
            Marcus Bell: My counselor told me to talk to people who do the work, so that's why I emailed.
            """
        #expect(passed(try report(titled), .restatedPurpose))
        let addressed = """
            Tyler Brandt: Janet, any advice for me?
            Janet Lindgren: Plenty.
            Tyler Brandt: I just wanted to learn what an extension agent does.
            """
        #expect(!passed(try report(addressed), .restatedPurpose))
    }

    @Test func aLineBrokenOffBeforeItsQuestionIsNoQuestionAfterTheWarning() throws {
        // One question after the warning, then a follow-up split over two lines: still in time.
        let text = """
            # minutes: 15
            [00:00] Sam: Hi Dana, I'm a student hoping to learn how you see public health.
            [00:10] Dana: Happy to help.
            [12:09] Sam: Super quick then, should I take statistics first?
            [12:19] Dana: Yes, take it first.
            [12:59] Sam: Got it. And would you mind if I
            [13:04] Dana: Sorry, go on.
            [13:04] Sam: If I emailed you in a month or so to show you how it went?
            [13:14] Dana: Please do.
            [13:20] Sam: That's all my questions. Thank you so much!
            """
        let heard = try report(text)
        #expect(passed(heard, .respectedTime))
        #expect(HeardTurn(turn: Turn(number: 1, speaker: .learner, name: "Sam", text: "Got it. And would you mind if I", clock: 0), question: .closed).isCutOff)
        #expect(!HeardTurn(turn: Turn(number: 1, speaker: .learner, name: "Sam", text: "Would you mind if I emailed you?", clock: 0), question: .closed).isCutOff)
    }

    @Test func purposeAfterTheFourthLineIsLateEvenWithoutQuestions() throws {
        let text = """
            Sam: Hi!
            Dana: Hi.
            Sam: Thanks for this.
            Dana: Sure.
            Sam: Nice weather.
            Dana: Yes.
            Sam: Great.
            Dana: Indeed.
            Sam: I'm hoping to learn how you got into public health.
            """
        #expect(!passed(try report(text), .restatedPurpose))
    }

    @Test func closingWithinTheSlotRespectsTheTime() throws {
        #expect(passed(try report(Self.ideal), .respectedTime))
    }

    @Test func closingPastTheSlotWithoutAWordAboutTimeFails() throws {
        let text = """
            # minutes: 10
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure.
            [09:00] Sam: What do you like most about it?
            [09:10] Dana: The people.
            [10:30] Sam: Thanks, I'll let you go.
            """
        let verdict = try #require(try report(text).verdict(.respectedTime))
        #expect(!verdict.passed)
        #expect(verdict.advice?.contains("past the agreed 10 minutes") == true)
    }

    @Test func runningOverAfterAcknowledgingTheTimePasses() throws {
        let text = """
            # minutes: 10
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure.
            [08:30] Sam: I know we're nearly out of time — could I ask one more?
            [08:40] Dana: Go ahead, I have a few minutes.
            [09:00] Sam: What do you like most about it?
            [09:10] Dana: The people, and the sense that the work matters.
            [10:30] Sam: Thanks, I'll let you go.
            """
        #expect(passed(try report(text), .respectedTime))
    }

    @Test func twoQuestionsAfterTheWarningWithoutAcknowledgingTheTimeFail() throws {
        let text = """
            # minutes: 10
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure.
            [08:10] Sam: What do you like most about it?
            [08:20] Dana: The people.
            [08:40] Sam: And what do you like least?
            [08:50] Dana: The meetings.
            [09:30] Sam: Thanks, I'll let you go.
            """
        let verdict = try #require(try report(text).verdict(.respectedTime))
        #expect(!verdict.passed)
        #expect(verdict.evidence == [3, 5, 7])
    }

    @Test func oneQuestionAfterTheWarningIsAllowed() throws {
        let text = """
            # minutes: 10
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure.
            [08:10] Sam: What do you like most about it?
            [08:20] Dana: The people.
            [08:40] Sam: Is there anyone else I should talk to?
            [08:50] Dana: Priya.
            [09:30] Sam: Thanks, I'll let you go.
            """
        #expect(passed(try report(text), .respectedTime))
    }

    @Test func anImportedTranscriptThatRunsPastTheGraceIsTimeUp() throws {
        let text = """
            # minutes: 10
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure.
            [12:30] Sam: What do you like most about it?
            [12:40] Dana: Sorry, I really have to go now.
            """
        let report = try report(text)
        #expect(report.ended == .timeUp)
        #expect(!passed(report, .respectedTime))
    }

    @Test func anImportedTranscriptWithoutACloseIsAbandoned() throws {
        let report = try report("Sam: I'm hoping to learn how you got into public health.\nDana: Sure.\n")
        #expect(report.ended == .abandoned)
        #expect(report.verdict(.respectedTime)?.advice?.contains("without you closing") == true)
    }

    @Test func aCloseTheLearnerTalksPastIsNoClose() throws {
        let text = """
            # minutes: 20
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure, I started in a county lab.
            [01:00] Sam: That's all really helpful, I'll let you get back to your day.
            [01:10] Dana: Oh, I still have a few minutes.
            [01:20] Sam: Great! What does a typical week look like for you?
            [01:30] Dana: Planning on Mondays, then field visits.
            [03:00] Sam: And how did you choose epidemiology over lab work?
            [03:10] Dana: I liked asking the questions.
            """
        let report = try report(text)
        #expect(report.ended == .abandoned)
        #expect(!passed(report, .respectedTime))
    }

    @Test func oneQuestionAfterTheCloseKeepsIt() throws {
        let text = """
            # minutes: 20
            [00:00] Sam: I'm hoping to learn how you got into public health.
            [00:10] Dana: Sure, I started in a county lab.
            [05:00] Sam: I think that's all my questions, thank you so much.
            [05:10] Dana: My pleasure. Anything else?
            [05:20] Sam: Oh, actually, how did you choose epidemiology over lab work?
            [05:30] Dana: I liked asking the questions. Good luck!
            """
        let report = try report(text)
        #expect(report.ended == .closed)
        #expect(passed(report, .respectedTime))
        #expect(report.verdict(.respectedTime)?.evidence == [3])
    }

    @Test func aBidSplitAroundAWordOfListeningIsAJobAsk() throws {
        let text = """
            Sam: I'm hoping to learn how you got into nursing.
            Dana: Sure, I started on a surgical ward.
            Sam: I've actually got the whole summer free after my exams.
            Dana: Mm-hm.
            Sam: So if the ward ever needs an extra pair of hands, I'd be there in a heartbeat.
            Dana: That's kind of you.
            """
        let report = try report(text)
        #expect(!passed(report, .avoidedJobAsk))
        #expect(!passed(report, .offeredHelp))
    }

    @Test func aBidBegunAsAnOfferAndFinishedAfterAFewWordsOfListeningIsOneJobAsk() throws {
        let text = """
            Sam: I'm hoping to learn how planning works day to day.
            Dana: Sure.
            Sam: If the team ever needs an extra pair of hands
            Dana: Mm-hm, yeah, of course.
            Sam: even for a few weeks, I'd jump at it.
            Dana: Well, we don't really take people on that way.
            """
        let report = try report(text)
        #expect(!passed(report, .avoidedJobAsk))
        #expect(report.verdict(.avoidedJobAsk)?.evidence == [5])
        #expect(!passed(report, .offeredHelp))
        #expect(Scorer.onlyListens("Mm-hm, yeah, of course."))
        #expect(!Scorer.onlyListens("Of course, what is it?"))
        #expect(!Scorer.onlyListens("Right, we had a big intake last spring."))
    }

    @Test func aTurnOpeningWithSoGoesOnFromTheLearnersStatementBeforeIt() throws {
        let text = """
            Sam: I'm hoping to learn how the data team works.
            Dana: Sure.
            Sam: Honestly, I'm free most of the summer.
            Dana: I'm not sure what you mean — I'd be making it up.
            Sam: So if the team ever needs someone to help out with the data, I'd be really keen.
            Dana: That's so nice!
            """
        let report = try report(text)
        #expect(report.verdict(.avoidedJobAsk)?.evidence == [5])
        #expect(!passed(report, .offeredHelp))
    }

    @Test func anOfferThatOpensABidFinishedInTheNextTurnIsNoOfferOfHelp() throws {
        let text = """
            Sam: I'm hoping to learn what the emergency department is like.
            Dana: Busy, but I love it.
            Sam: That sounds amazing. I'd love to help out with something like that.
            Dana: Oh, that's kind.
            Sam: So even just a few hours a week, if you ever need someone.
            Dana: We don't really take people on that way.
            Sam: I'd be glad to share my survey data if it helps your team. Also, is your team hiring at the moment?
            Dana: Not right now.
            """
        let report = try report(text)
        #expect(report.verdict(.avoidedJobAsk)?.evidence == [5, 7])
        // The offer in its own sentence of the last turn stands; the opening of the bid does not.
        #expect(report.verdict(.offeredHelp)?.evidence == [7])
    }

    @Test func aCloseCutOffByADroppedCallIsNoClose() throws {
        let text = """
            [00:00] Sam: I'm hoping to learn how you got into architecture.
            [00:10] Dana: Through drawing, mostly.
            [15:08] Sam: That's really good to hear. Thank you so much for all of this, Dana, I'll—
            [15:21] Dana: Sam? I think we lost you.
            """
        let report = try report(text)
        #expect(report.ended == .abandoned)
    }

    @Test func aHeardCloseCutOffWithNoGoodbyeIsNoClose() throws {
        let text = """
            [00:00] Sam: I'm hoping to learn how you got into architecture.
            [00:10] Dana: Through drawing, mostly.
            [15:08] Sam: Okay, I'll let you get back to your day, thank you so much, I'm gonna—
            [15:21] Dana: Sam? Hello? I think I lost you.
            """
        #expect(try report(text).ended == .abandoned)
        // A goodbye after the broken-off line shows the close was heard.
        let said = text.replacingOccurrences(of: "Sam? Hello? I think I lost you.", with: "Bye, Sam, good luck!")
        #expect(try report(said).ended == .closed)
        // Broken off on a word no sentence ends on.
        let frozen = text.replacingOccurrences(of: "I'm gonna—", with: "now I'll just")
        #expect(try report(frozen).ended == .abandoned)
        // A goodbye called into a dropped call does not show the close was heard.
        let calledAfter = text.replacingOccurrences(
            of: "Sam? Hello? I think I lost you.", with: "Sam? I think I lost you. Well, if you can hear me, good luck!")
        #expect(try report(calledAfter).ended == .abandoned)
        // A line left without an ending before the drop, though its last word could end a sentence.
        let unended = calledAfter.replacingOccurrences(of: "I'm gonna—", with: "I really")
        #expect(try report(unended).ended == .abandoned)
    }

    @Test func aJobAskFailsWithTheLineQuoted() throws {
        let text = "Sam: Is your team hiring right now?\nDana: Not at the moment.\n"
        let verdict = try #require(try report(text).verdict(.avoidedJobAsk))
        #expect(!verdict.passed)
        #expect(verdict.evidence == [1])
        #expect(verdict.advice?.contains("\"Is your team hiring right now?\" at 00:00") == true)
    }

    @Test func aJobReferralIsNotAReferralToPeople() throws {
        let text = "Sam: Could you refer me for the analyst role?\nDana: Apply online first.\n"
        let report = try report(text)
        #expect(!passed(report, .askedReferral))
        #expect(report.verdict(.askedReferral)?.advice?.contains("referred for a job") == true)
    }

    @Test func openQuestionsNeedThree() throws {
        let two = "Sam: What do you do?\nDana: Research.\nSam: How did you start?\nDana: By chance.\nSam: Do you like it?\nDana: Yes.\n"
        let verdict = try #require(try report(two).verdict(.askedOpenQuestions))
        #expect(!verdict.passed)
        #expect(verdict.advice?.contains("2 open questions and 1 closed one, like \"Do you like it?\"") == true)
    }

    @Test func talkingMoreThanFortyPercentFails() throws {
        let text = """
            Sam: I'm a junior studying biology and I have been thinking for a long time about which direction to take after I graduate next year, whether that is public health or lab work.
            Dana: Both are good paths.
            """
        let report = try report(text)
        #expect(!passed(report, .letThemTalk))
        #expect(report.verdict(.letThemTalk)?.evidence == [1])
    }

    @Test func aPacksWeightsChangeTheScore() throws {
        let weights = Dictionary(uniqueKeysWithValues: Criterion.allCases.map { ($0.rawValue, 0) })
            .merging(["thanked": 1, "asked_referral": 3]) { _, new in new }
        let weighted = Scorer(rubric: Rubric(weights: weights))
        let loaded = try TranscriptLoader.load(text: "Sam: Thank you!\nDana: You're welcome.\n", file: "t.txt")
        let report = weighted.score(loaded.transcript)
        #expect(report.verdict(.thanked)?.weight == 1)
        #expect(report.score == 25)
    }

    @Test func noWeightsAtAllScoreZero() throws {
        let weights = Dictionary(uniqueKeysWithValues: Criterion.allCases.map { ($0.rawValue, 0) })
        let loaded = try TranscriptLoader.load(text: Self.ideal, file: "t.txt")
        #expect(Scorer(rubric: Rubric(weights: weights)).score(loaded.transcript).score == 0)
    }

    @Test func theJSONHasExactlySpecsShape() throws {
        let json = try report(Self.ideal).json.rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["persona", "minutes", "elapsed_seconds", "ended", "score", "criteria"])
        #expect(object["persona"] is NSNull)
        #expect(object["minutes"] as? Int == 20)
        let criteria = try #require(object["criteria"] as? [[String: Any]])
        #expect(criteria.map { $0["id"] as? String } == Criterion.allCases.map(\.rawValue))
        for criterion in criteria {
            #expect(Set(criterion.keys) == ["id", "passed", "weight", "evidence", "advice"])
        }
        #expect(json.hasPrefix(#"{"persona":null,"minutes":20,"elapsed_seconds":"#))
    }

    @Test func tiaraCategoriesAreToldFromTheWords() {
        #expect(TIARA.category(of: ["what", "books", "should", "i", "read"]) == .resources)
        #expect(TIARA.category(of: ["where", "is", "the", "field", "going", "in", "the", "future"]) == .trends)
        #expect(TIARA.category(of: ["what", "does", "a", "typical", "day", "look", "like"]) == .assignments)
        #expect(TIARA.category(of: ["what", "surprised", "you", "most"]) == .insights)
        #expect(TIARA.category(of: ["what", "advice", "would", "you", "give"]) == .advice)
    }
}
