import Foundation
import Testing

@testable import ParleyKit

@Suite("Hearing signals")
struct SignalDetectorTests {
    static let detector = SignalDetector()

    private func heard(_ text: String) -> Set<Signal> { Set(Self.detector.hear(text).signals) }

    @Test(arguments: [
        ("I'm exploring a move into UX research and hoping to learn how you see the field.", Signal.purpose),
        ("Is your team hiring?", .jobAsk),
        ("Could you refer me for the analyst role?", .jobAsk),
        ("Is there anyone else you think I should speak with?", .referralAsk),
        ("Would it be all right if I reached out again with a question or two?", .followUp),
        ("I know you only have twenty minutes.", .timeAck),
        ("I see we're at time — should we stop here?", .timeAck),
        ("I'll let you get back to your day.", .wrapUp),
        ("That's all my questions.", .wrapUp),
        ("Thank you so much for this.", .thanks),
        ("Is there anything I can do for you?", .giveBack),
        ("I'm a junior at State studying psychology, and I've done two research internships.", .selfIntro),
    ])
    func specExamplesAreHeard(_ text: String, _ signal: Signal) {
        #expect(heard(text).contains(signal), "\(text)")
    }

    @Test(arguments: [
        ("What do you like about your job?", Signal.purpose),
        ("I'm not asking for a job.", .jobAsk),
        ("How do people usually break into this field?", .jobAsk),
        ("How did you get your first job?", .jobAsk),
        ("Could you refer me for the opening?", .referralAsk),
        ("Any books you'd recommend?", .referralAsk),
        ("How do you follow up with candidates?", .followUp),
        ("How much time do you spend in meetings?", .timeAck),
        ("I wrapped up my degree last year.", .wrapUp),
        ("Thanks to my professor I found this field.", .thanks),
        ("What can I do to prepare for this field?", .giveBack),
        ("I'm curious about your work.", .selfIntro),
    ])
    func lookAlikesAreNotHeard(_ text: String, _ signal: Signal) {
        #expect(!heard(text).contains(signal), "\(text)")
    }

    @Test func pseudoCleftsStateRatherThanAsk() {
        #expect(heard("What I really want out of this is a realistic sense of the hours.") == [.purpose])
        #expect(heard("What I'm looking for is some honest advice.") == [.purpose])
        #expect(!heard("What should I study to become an analyst?").contains(.purpose))
    }

    @Test func lookAlikesOfFollowUpsAndIntroductionsStayQuiet() {
        #expect(!heard("I'm at the stage of talking to people in a few fields before I pick a direction.").contains(.followUp))
        #expect(heard("Can we chat again in a few weeks?").contains(.followUp))
        #expect(heard("If you were me, who would you reach out to next?") == [.referralAsk])
        #expect(heard("sorry, I think I've run over") == [.timeAck])
    }

    @Test func moreWaysOfAskingForNamesAndClosing() {
        #expect(heard("Any names come to mind?").contains(.referralAsk))
        #expect(heard("Would you be comfortable sharing a contact or two?").contains(.referralAsk))
        #expect(!heard("What would you recommend to someone just starting out?").contains(.referralAsk))
        #expect(!heard("Could you recommend a couple of books?").contains(.referralAsk))
        #expect(heard("Okay, great, I'll leave it there.").contains(.wrapUp))
        #expect(heard("ok I'm done with my questions").contains(.wrapUp))
        #expect(heard("Cheers, all the best!").contains(.wrapUp))
        #expect(!heard("So I'm finished with my degree in May.").contains(.wrapUp))
        #expect(!heard("Do you leave it there when a client says no?").contains(.wrapUp))
    }

    @Test func aSpacedHyphenIsADashAndCapitalHRIsNoHour() {
        // The dash ends the clause of leaving, so "in 5 min" tells when the lecture starts.
        #expect(heard("Sorry I have to run - lecture in 5 min!!").contains(.wrapUp))
        #expect(!heard("Sorry, I have to run in 5 minutes, but one more question first?").contains(.wrapUp))
        let line = TextNormalizer().normalize("a follow-up - then HR, in 1 hr")
        #expect(line.tokens == ["a", "follow", "up", "then", "hr", "in", "1", "hour"])
        #expect(line.clause[1] == line.clause[2] && line.clause[2] != line.clause[3])
        #expect(heard("Could you pass my CV on to HR?").contains(.jobAsk))
    }

    @Test func negationCrossesOnlyHedgesAndAnIntroductionTellsASearch() {
        #expect(heard("ok so i'm not, like, at all, trying to get a job out of this, i just want to understand the work") == [.purpose])
        #expect(!heard("My careers service said I shouldn't ask this, but are there any entry-level roles on your team?").contains(.purpose))
        #expect(heard("So, about me: I studied philology, and I'm looking for a job in translation right now.") == [.selfIntro])
        #expect(heard("I'm looking for a job in translation. Could you keep me in mind?").contains(.jobAsk))
    }

    @Test func offersOfTheLearnerForAStretchOfTimeAreBids() {
        #expect(heard("I'm actually free most evenings this semester. So if your evening classes ever need someone to help with intake, I'd be really keen.") == [.jobAsk])
        #expect(heard("If you ever need someone to cover weekend shifts, I'm your girl lol") == [.jobAsk])
        #expect(heard("If you ever need another pair of hands at the fundraiser, I'm free most weekends and happy to help.") == [.giveBack])
    }

    @Test func reportedAdviceKeepsToItsOwnSideOfAButAndInsteadNegatesOnlyAsInsteadOf() {
        #expect(heard("My careers service said I shouldn't ask this, but are there any entry-level roles on your team?") == [.jobAsk])
        #expect(heard("my mentor said I should always ask about openings at the end").isEmpty)
        #expect(heard("are there people from your cohort who went into consulting instead that I could maybe reach out to?") == [.referralAsk])
        #expect(heard("I'd like to learn about the work instead of asking for a job") == [.purpose])
    }

    @Test func offersOfTimeAndLabourInTheWordsOfTradesAndKitchensAreBids() {
        for line in [
            "If it helps at all I'm free to start tomorrow lol",
            "My English is not perfect but I am hard worker. You can try me one month?",
            "I'd sweep floors to get in the door at a place like yours tbh",
            "if one of your carers is off sick I can cover, I have my DBS",
            "Cheers for the chat mate. If you're ever stuck for a sparky on a fit-out, I'm your man.",
            "And if you want, put me on the rota for a trial one week and see what I can do.",
            "Thank you so much for your time. If you ever need a spare pair of hands at the depot, please think of me.",
            "If your team ever needs someone to help with coding the responses even just for a couple of months over the summer, I'd jump at it.",
        ] {
            #expect(heard(line).contains(.jobAsk), "\(line)")
            #expect(!heard(line).contains(.giveBack), "\(line)")
        }
    }

    @Test func theLearnersLabourForTheTeamsOwnWorkIsABidAndAFavourIsNot() {
        for line in [
            "if you ever want someone to take the admin off your plate, I'm very organised",
            "Happy to be your Saturday person as well, if you ever need someone to open up and run the sign-in desk",
            "I can do translation for your clients, I speak four languages",
            "I'd make the coffee if it meant learning from your team for a bit",
            "Would there be room for me to come in and help with the stocktake? I know the medicines",
        ] {
            #expect(heard(line) == [.jobAsk], "\(line)")
        }
        #expect(heard("Could I take something off your plate, like helping with the alumni event in May?") == [.giveBack])
        #expect(heard("If you ever need another pair of hands at the fundraiser, I'm free most weekends and happy to help.") == [.giveBack])
    }

    @Test func aPlaceTheTeamMayNeedFilledWithTheLearnerPutForwardIsABid() {
        for line in [
            "If you're ever short a chippy on a job, give us a bell — I've got my own tools.",
            "If the bar ever needs someone to polish glasses on a Friday night, you know where I am.",
            "if ur ever stuck for pickers in september my whole uni house would come lol",
            "Since I speak Spanish, if your team ever needs a hand with the files of your Spanish-speaking borrowers, I would be glad to pitch in.",
            "Because I speak Polish and Russian, so if your team has Polish clients, I can help with their audits in Polish, also on the weekends.",
        ] {
            #expect(heard(line) == [.jobAsk], "\(line)")
        }
        // One favour, one event, or someone else put forward stays help.
        for line in [
            "If you ever need someone to look over a grant application, give me a shout.",
            "If the fundraiser needs someone on the raffle table, count me in",
            "I know a guy who repairs old tractors for cheap, want his number?",
            "My sister is a bookkeeper, if you ever need someone for the invoices give her a ring.",
            "I can bring my fiddle to the fundraiser in June and play a set if you want!",
        ] {
            #expect(heard(line) == [.giveBack], "\(line)")
        }
    }

    @Test func askingWhetherTheyNeedWorkersOfAKindIsAJobAsk() {
        for line in [
            "Any chance you're looking for animators?", "Does the yard need welders right now?",
            "is ur team after any more sound designers?",
        ] {
            #expect(heard(line) == [.jobAsk], "\(line)")
        }
        for line in [
            "Do you need a masters for it?", "What do you look for in designers?", "Are you looking for more customers this year?",
            "Is it true some firms won't take on apprentices over 25?",
            "I could alter that jacket you mentioned, it's a 20-minute job for me.",
        ] {
            #expect(!heard(line).contains(.jobAsk), "\(line)")
        }
    }

    @Test func placesAskedForInTradesCareAndSeasonsAreBids() {
        for line in [
            "Does the club need anyone to coach the under-10s this season?", "Do you need any more lab techs at the moment?",
            "I'd be over the moon to help on the dig next season if there's space.",
            "would u ever let me do a couple of weekends at the market stall? dont need paying",
            "hey would you guys be open to a part time barista who's still at uni?",
            "I know ur not hiring but if theres ever a gap for a junior dev id love a shot",
            "Do you know if they're hiring in the Denver office right now?",
        ] {
            #expect(heard(line) == [.jobAsk], "\(line)")
        }
        // An introduction for a role is the job ask alone.
        #expect(heard("Could you introduce me to whoever runs your internship programme, so I can put my name forward properly?") == [.jobAsk])
        for line in [
            "Did you always want to be a nurse?", "Is it normal for pubs to want a trial shift before they hire?",
            "How do you handle volunteers who want it to turn into a paid job?",
            "I'll be job hunting in a year or so either way, so it's good to know the bylines count.",
            "Do you know if hospitals are hiring new grads right now?",
        ] {
            #expect(!heard(line).contains(.jobAsk), "\(line)")
        }
        // Something given in a sentence of its own stands beside the bid.
        #expect(heard("I'd be glad to share my eviction filing data if it helps your team. And honestly, if your office ever needs an extra pair of hands this summer, I'm totally free.") == [.jobAsk, .giveBack])
        #expect(heard("Great, thank you, I will write to them.") == [.thanks])
        #expect(heard("I will send you the photos and the report this week, maybe is useful for your team.") == [.followUp, .giveBack])
    }

    @Test func soOpensANewClauseInAQuestionButNotInAStatement() {
        #expect(heard("I know we're nearly out of time, so just quickly, how did you find your first mentor?") == [.timeAck])
        #expect(heard("I don't want to take up too much of your time, so maybe just two more questions.") == [.timeAck])
    }

    @Test func aPurposeWithoutItsToIsStillAPurpose() {
        #expect(heard("I want understand better the work of a structural engineer.") == [.purpose])
        #expect(heard("I finish my bachelor in nursing this June, and I would love understand the ICU work better.") == [.purpose, .selfIntro])
    }

    @Test func whyTheyReachedOutIsThePurpose() {
        for line in [
            "So the reason I reached out: I'm weighing a move into corporate partnerships, and I'd love to hear how you think about that kind of switch.",
            "Mostly I reached out out of curiosity, nothing more.",
            "I'm job hunting, but today's really about learning from you, not about openings.",
            "I'm also hoping you can give me some honest advice on my transition.",
        ] {
            #expect(heard(line) == [.purpose], "\(line)")
        }
        // Their words about the call, reported, are not the learner's purpose.
        #expect(heard("I know you said today is just for learning, and I respect that, but are there any paid research assistant spots in your lab?") == [.jobAsk])
        #expect(heard("I finish my nursing degree this december") == [.selfIntro])
    }

    @Test func purposesSaidAsANeedAnAgendaOrAWish() {
        for line in [
            "tbh im at the point where i need someone whos actually done the switch to tell me if its worth it",
            "I've got a list of questions about the day-to-day side of things, if that's alright with you?",
            "I'd be really grateful for any advice you have on getting started in translation",
            "I'd love to learn from someone who actually does it",
        ] {
            #expect(heard(line).contains(.purpose), "\(line)")
        }
        #expect(!heard("Hey Priya! Long time no see, how's the new job treating you?").contains(.purpose))
    }

    @Test func howAFirmTakesPeopleOnAskedOfTheWorldIsNoAsk() {
        for line in [
            "When you started, did you have to do a trial shift before they took you on?",
            "after a trial day, how do you let people know if they've got it or not?",
            "If someone wanted to apply to your company, is it better to go through the careers page or a recruiter?",
            "When you refer candidates internally, does it actually make a difference?",
            "I'm starting as a volunteer in County General's ED in March, so once I've done a few shifts there",
            "Do people ever get taken on after working a few unpaid shifts, or is that frowned on in your industry?",
        ] {
            #expect(!heard(line).contains(.jobAsk), "\(line)")
        }
    }

    @Test func otherPeoplesPromisesAndKindsOfShiftAreNotTheLearnersMoves() {
        #expect(!heard("the recruiter said she'd follow up with me next week, is that normal?").contains(.followUp))
        #expect(heard("I'm going to try that SQL exercise this weekend and I'll tell you how I get on") == [.followUp])
        #expect(!heard("Oh, interesting. I should follow up with my hydrology professor about that.").contains(.followUp))
        #expect(!heard("How do you pick the right people for your shift managers, what do you look for?").contains(.timeAck))
        #expect(!heard("Yeah, that was my question, is it something people learn on their own, or do they do a course?").contains(.wrapUp))
        #expect(heard("Okay, that was my last question.").contains(.wrapUp))
        #expect(heard("Anyone at the paper you think would humour a nosy nurse for ten minutes?").contains(.referralAsk))
    }

    @Test func theLearnersOwnFreeTimeIsNoWordAboutTheCall() {
        #expect(!heard("my graduation isnt till july so I've got a bit of time to figure out the grad schemes").contains(.timeAck))
        #expect(heard("I've got time for one more if you do").contains(.timeAck))
        #expect(heard("I really appreciate you taking the time to do this on a Friday.").contains(.timeAck))
    }

    @Test func takingOnAnInternIsAJobAskOnlyWhenAskedOfThem() {
        #expect(heard("Would your studio take on a paid intern?").contains(.jobAsk))
        #expect(heard("I'd love a shot at working with your team.").contains(.jobAsk))
        #expect(!heard("Did you take on an apprentice last year?").contains(.jobAsk))
        #expect(heard("do you take on juniors at all?").contains(.jobAsk))
    }

    @Test func offeringThemselvesForARoleIsAJobAskAndATaskIsGiveBack() {
        #expect(heard("if ur team ever needs a research assistant, I'm around") == [.jobAsk])
        #expect(heard("If Paper Lantern ever needs another pair of hands, I hope you'll think of me.") == [.jobAsk])
        #expect(heard("If you ever need someone to proofread grant applications, I'm happy to help.") == [.giveBack])
        #expect(heard("I'd love to send you the memo once I've written it.") == [.followUp])
    }

    @Test func aNegationInsideTheCueAndReportedSayingsAreNotAsks() {
        #expect(heard("I'm here to get advice, not a job.") == [.purpose])
        #expect(heard("my uncle always says 'thank everyone twice' lol, is that how it works in finance?").isEmpty)
        #expect(heard("I really appreciate the advice.") == [.thanks])
        #expect(!heard("What do you appreciate about your team?").contains(.thanks))
    }

    @Test func questionsAboutTheirHoursAndHabitsAreNotAboutThisCall() {
        #expect(heard("what do you do at the end of a long day to switch off").isEmpty)
        #expect(heard("Do clients usually keep in touch after a case closes?").isEmpty)
        #expect(heard("Do you find LinkedIn useful for recruiting or is it mostly noise?").isEmpty)
        #expect(heard("I know how packed your calendar is, so thank you for giving me this slot.").contains(.timeAck))
        #expect(heard("I'm wrapping up my MSc in Data Science at Edinburgh.") == [.selfIntro])
    }

    @Test func aResumeIsAJobAskWhenPassedOnAndAFollowUpWhenSentForAdvice() {
        #expect(heard("Is your firm hiring any summer interns? I'd love to send you my resume.") == [.jobAsk])
        #expect(heard("Can I send you my resume so you can pass it along?") == [.jobAsk])
        let forAdvice = heard("Would you mind if I sent you my resume next week? I'd really value your honest take on it.")
        #expect(forAdvice.contains(.followUp))
        #expect(!forAdvice.contains(.jobAsk))
        // A follow-up in another sentence still counts.
        #expect(heard("Could you pass my resume to HR? Also, can I email you later with questions?") == [.jobAsk, .followUp])
    }

    @Test func softAsksForLeadsAreJobAsks() {
        #expect(heard("let me know if anything comes up on your team!").contains(.jobAsk))
        #expect(heard("I'm applying everywhere, so let me know if you hear of anything in the field").contains(.jobAsk))
        #expect(heard("could I do a placement with you next year?").contains(.jobAsk))
        #expect(heard("Are you ever looking for assistants on your shows?").contains(.jobAsk))
        #expect(!heard("let me know if anything comes up and you need to reschedule").contains(.jobAsk))
        #expect(!heard("Will there be jobs for my students in ten years?").contains(.jobAsk))
        #expect(heard("If you hear of anything at your company that would suit me, would you let me know?").contains(.jobAsk))
        #expect(heard("honestly is there any way in at your place?").contains(.jobAsk))
        #expect(heard("Is there an apprenticeship going at your workshop that I could go for?").contains(.jobAsk))
        #expect(heard("Could you forward my details to the partner who handles graduate hiring?").contains(.jobAsk))
        #expect(heard("pls let me know if u ever need a video editor, im cheap and fast lol") == [.jobAsk])
        #expect(!heard("Who handles the hiring on your team?").contains(.jobAsk))
        #expect(!heard("I'm going to apply for the apprenticeship at BAE once it opens").contains(.jobAsk))
        #expect(!heard("Do you have to do the full BSc or is there a degree apprenticeship route now?").contains(.jobAsk))
        #expect(!heard("I just got an offer from a startup but I'm not sure the role is right for me.").contains(.jobAsk))
        #expect(heard("if your nonprofit ever needs a volunteer photographer give me a shout") == [.giveBack])
    }

    @Test func favoursAreOffersAndRegularWorkIsABid() {
        #expect(heard("my cousin runs a seed co-op up the valley, want me to put you in touch with her?") == [.giveBack])
        #expect(heard("I know a couple of small flour mills that might suit you, could I pass their names along?") == [.giveBack])
        #expect(heard("Would you like a copy of my dissertation on school meal uptake?") == [.giveBack])
        #expect(heard("I could proofread the English on your lab's website if you like") == [.giveBack])
        #expect(heard("If you ever want fresh eyes on your next demo, I'd be glad to playtest it and send you my notes")
            .isSuperset(of: [.giveBack, .followUp]))
        #expect(heard("Could I come in a couple of days a week to help with the sample prep?") == [.jobAsk])
        #expect(heard("is there any way i could get some hours at the practice? even just cleaning out kennels") == [.jobAsk])
        #expect(heard("Do you take on apprentices at all? I'd happily come in two days a week") == [.jobAsk])
        #expect(heard("I'd be glad to share my survey data if it helps. Also, is your team hiring at the moment?")
            .isSuperset(of: [.giveBack, .jobAsk]))
        #expect(!heard("If someone offered to work for you for free, would you actually take them up on it?").contains(.jobAsk))
        #expect(!heard("When someone does a trial shift with you, what are you actually watching for?").contains(.jobAsk))
        #expect(!heard("Tell me about a time a junior person's offer of help made a difference for you.").contains(.giveBack))
        #expect(heard("Our methods class ran a survey this spring. I'd be glad to share the data if it helps your team.") == [.giveBack])
        #expect(!heard("I work three days a week at a café while I study.").contains(.jobAsk))
        #expect(heard("I could email them to you if that's useful for your new grads") == [.giveBack, .followUp])
        #expect(heard("I'm free all summer after my exams. So if your team ever needs someone to help out with drawings, I'd be really keen.") == [.jobAsk])
        #expect(!heard("I went to a taster day at Leeds last year.").contains(.jobAsk))
        #expect(!heard("That could turn into something huge for your company.").contains(.jobAsk))
        #expect(!heard("Is there any contract work available in the industry generally?").contains(.jobAsk))
    }

    @Test func aCloseCutOffByTheConnectionOrClosingOneTopicIsNoClose() {
        #expect(!heard("I should probably let you— sorry, you cut out").contains(.wrapUp))
        #expect(!heard("that's really all I wanted to know about that part").contains(.wrapUp))
        #expect(heard("sorry, you're breaking up — I'll let you go, thanks so much!").contains(.wrapUp))
        #expect(heard("That's everything from my side, thank you.").contains(.wrapUp))
    }

    @Test func askingWhoToBuyACoffeeAsksForNamesAndTheSecondYearIntroduces() {
        #expect(heard("Is there anybody on the contractor side you'd say I should buy a coffee for?").contains(.referralAsk))
        #expect(!heard("Who do you usually grab lunch with?").contains(.referralAsk))
        #expect(heard("So, I'm Mateo, I'm in the second year of the environmental science master's.").contains(.selfIntro))
        #expect(!heard("The second year of the project was the hardest.").contains(.selfIntro))
    }

    @Test func wordsOfClosingAndOfferingInsideQuestionsStayQuiet() {
        #expect(!heard("How do you personally take care of yourself with all of that?").contains(.wrapUp))
        #expect(!heard("Is it hard to move into private practice later if you want to, or does it go the other way?").contains(.giveBack))
        #expect(!heard("I keep seeing people say you need to know C to really understand exploits.").contains(.referralAsk))
        #expect(!heard("What would you suggest someone does first if they're curious?").contains(.referralAsk))
    }

    @Test func negationTurnsAJobAskIntoAPurpose() {
        for line in [
            "I'm not looking for a job, just hoping to learn.", "im really not here to ask u for an internship",
            "This isn't about getting a job at your company.", "Rather than asking about openings, I'd like to understand the work.",
        ] {
            let signals = heard(line)
            #expect(signals.contains(.purpose), "\(line)")
            #expect(!signals.contains(.jobAsk), "\(line)")
        }
        #expect(heard("You don't happen to be hiring, do you?").contains(.jobAsk))
    }

    @Test func typosCaseAndChatSpellingAreHeard() {
        #expect(heard("is ther anyone else i shoud talk to") == [.referralAsk])
        #expect(heard("THANK YOU SO MUCH!!!").contains(.thanks))
        #expect(heard("thx, can i email u again if i have questions? 🙏").isSuperset(of: [.thanks, .followUp]))
        #expect(heard("Are you hirng right now?").contains(.jobAsk))
    }

    @Test func aLineCanCarrySeveralSignals() {
        let signals = heard("Thanks so much — I'll send you a note tomorrow, and I'll let you get back to your afternoon.")
        #expect(signals.isSuperset(of: [.thanks, .followUp, .wrapUp]))
    }

    @Test func eachSignalExplainsItsCue() throws {
        let hearing = Self.detector.hear("Is there anyone else I should talk to?")
        let cue = try #require(hearing.cues.first { $0.signal == .referralAsk })
        #expect(cue.words.contains("anyone else"))
        #expect(!cue.pattern.isEmpty)
    }

    @Test func packPhrasesExtendASignal() {
        let plain = SignalDetector()
        let extended = SignalDetector(phrases: [.referralAsk: ["which oracle should I consult next"]])
        let line = "Which oracle should I consult next, do you think?"
        #expect(!plain.hear(line).signals.contains(.referralAsk))
        #expect(extended.hear(line).signals.contains(.referralAsk))
    }

    @Test func aVetoKeepsToItsSideOfABut() {
        // "what today is for" does not make "are you hiring" a question about hiring in general.
        #expect(heard("I know this isn't really what today is for, but are you hiring?").contains(.jobAsk))
        #expect(!heard("What do hiring managers look for in a portfolio?").contains(.jobAsk))
        #expect(heard("Would you be open to passing my CV along to your hiring manager?").contains(.jobAsk))
    }

    @Test func aPoliteWishIsAQuestionAloneAndAPurposeWithReasons() {
        #expect(!heard("I'd love to understand what the promotion path looks like").contains(.purpose))
        #expect(heard("I'd love to understand what skills matter most in your line of work before I pick my electives.").contains(.purpose))
        #expect(heard("I'm switching careers from retail into HR, and I'd like to understand what an HR generalist does.").contains(.purpose))
    }

    @Test func storiesAndQuestionsAboutTheirPracticeAreNotMovesInThisCall() {
        #expect(heard("After my last info chat I sent a thank-you email the same evening, and the guy never replied lol").isEmpty)
        #expect(heard("My old manager once promised to introduce me to people and never did haha").isEmpty)
        #expect(heard("How does your firm keep in touch with alumni of the graduate programme?").isEmpty)
        #expect(heard("I've got maybe two more questions, do you still have a few minutes?") == [.timeAck])
        #expect(heard("Would it be weird if I followed up in a couple of weeks?") == [.followUp])
    }

    @Test func theRulesHearBidsForTheTeamsOwnWorkWithoutTheModel() {
        let rules = SignalDetector(model: nil)
        func bid(_ line: String) -> Bool { rules.hear(line).signals.contains(.jobAsk) }
        // Work with their customers, a day part offered, being the one they ring, living close by.
        #expect(bid("I can do translations to Polish for the customers in your garage."))
        #expect(bid("If the venue ever needs someone on the big nights, I can do the evenings."))
        #expect(bid("If there's ever a gap in the ward rota, I'd love to be the one you ring."))
        #expect(bid("If the brewery ever wants a weekend hand on the bottling line, I'm two streets away."))
        #expect(bid("My careers adviser says I need kitchen hours, so if yours ever needs a pot-washer, I'm yours."))
        // "we" with the learner in it; a language spoken is no talk given at one event.
        #expect(bid("Me and my cousin have a van, we could do the furniture collections for your charity shop every week."))
        #expect(bid("I speak Romanian and Italian, so if the venue need someone for the artists, I can do the evenings."))
        // One thing sent or one event stays help; "we" alone is the learner's team elsewhere.
        #expect(!bid("We could do a joint post about your open day on our society's page."))
        #expect(!bid("I could send your customers' survey to my stats class if it helps."))
    }

    @Test func aWishToHearSomeoneElseIsTheReferralsReasonNotThePurpose() {
        #expect(heard("Could you introduce me to someone in your marketing team? I'd just like to hear how their role differs from yours.") == [.referralAsk])
        #expect(heard("I'm really just here for advice — is there anyone else you'd suggest I talk to about biotech?").contains(.purpose))
        #expect(heard("Could you connect me with someone from your data team? Not for a job, just to understand the work.").contains(.purpose))
    }

    @Test func contactWithSomeoneElseIsNoFollowUp() {
        // By the rules and by the learned layer alike.
        for detector in [Self.detector, SignalDetector(model: nil)] {
            func follows(_ line: String) -> Bool { detector.hear(line).signals.contains(.followUp) }
            #expect(!follows("I'll follow up with Marcus like you suggested, thanks for the intro."))
            #expect(!follows("I'm going to reach out to the union office next, they run the info nights."))
            #expect(!follows("Thank you for the names, I'll write to both of them this week."))
            #expect(!follows("I'll follow up with your HR person about the posting."))
            #expect(!follows("I'll send it to my old professor for feedback too."))
            // Aimed at the listener, or told to them in the same clause, it stays.
            #expect(follows("I'll email you next week."))
            #expect(follows("I'll email Sunita and let you know how it goes."))
        }
        #expect(heard("I'll make sure to send a handwritten card to your office.") == [.followUp])
        let trace = Self.detector.trace("I'll follow up with Marcus like you suggested.")
        #expect(trace.contains { $0.hasPrefix("follow_up") && $0.contains("contact with someone else") })
    }

    @Test func contactWordsInAnAskForANameBelongToTheIntroduction() {
        #expect(heard("Would you feel comfortable introducing me to Dr. Reyes over email?") == [.referralAsk])
        #expect(heard("Ok last thing - do you have a name or two I could reach out to in product marketing?") == [.referralAsk])
        // A later contact the learner plans with the listener, in the same sentence, stays.
        #expect(heard("Could you introduce me to the person who runs the data team, and can I stay in touch?").contains(.followUp))
        #expect(heard("Is there anyone else you'd suggest, and may I email you later if I have questions?").contains(.followUp))
    }

    @Test func labourForOneEventIsHelpAndHiringKnownOfIsTold() {
        let rules = SignalDetector(model: nil)
        #expect(rules.hear("Could I take something off your plate, like helping set up on the day?").signals == [.giveBack])
        #expect(rules.hear("I could take the invoicing off your plate for a couple of months?").signals.contains(.jobAsk))
        #expect(rules.hear("If one day your clinic needs help translating for Arabic-speaking patients, I would be very happy to do it.").signals.contains(.jobAsk))
        #expect(heard("So I know you're hiring for the planner roles right now, I saw the posting on LinkedIn.").isEmpty)
        #expect(heard("I know you're hiring for the planner roles — could I put my name forward?").contains(.jobAsk))
        #expect(!heard("Funny, the recruiter told me last month they'd keep me in mind. Does that ever mean anything?").contains(.jobAsk))
    }

    @Test func askingToBeToldWhenAPlaceOpensOrForWhatGotSomeoneElseHiredIsAJobAsk() {
        let rules = SignalDetector(model: nil)
        func asks(_ line: String) -> Bool { rules.hear(line).signals.contains(.jobAsk) }
        #expect(asks("Would you let me know when the library posts its next assistant vacancy? I'd apply straight away."))
        #expect(asks("Would you let me know next time the venue's looking for house engineers?"))
        #expect(asks("If a seat opens up on the install crew, would you give me a shout?"))
        #expect(asks("My cousin got her start at your vet clinic because someone vouched for her. Could you do the same for me?"))
        #expect(asks("Would the kennels let me do mornings there? I'm ready to muck out, no problem."))
        #expect(asks("If your gallery ever needs someone to invigilate the weekend shows, I'm ready."))
        // Told, asked of someone else, or a favour with no story of hiring, it is none.
        #expect(!asks("Let me know when the exhibition opens, I'd love to see it."))
        #expect(!asks("Could you send me that article? Could you do that for me?"))
        #expect(!asks("Hiring's brutal right now."))
        #expect(!asks("I'm looking for work as a line cook at the moment, but today I really just wanted to hear about your path."))
    }

    @Test func aClassThatSendsTheLearnerIsThePurpose() {
        let rules = SignalDetector(model: nil)
        #expect(rules.hear("Our professor wants each of us to talk to someone working in the field we're considering.").signals.contains(.purpose))
        #expect(rules.hear("Purely info-gathering on my end today.").signals.contains(.purpose))
        #expect(rules.hear("The truth is I saw your talk and couldn't stop thinking about it, that's the whole reason for my email.").signals.contains(.purpose))
        #expect(!rules.hear("My professor Dr. Lin told me I should talk to people like you, so here I am.").signals.contains(.purpose))
    }

    @Test func anIntroductionForARoleIsTheJobAskAndAContactOfferedIsHelp() {
        #expect(!heard("Could you introduce me to your HR lead? I'd really like to apply for the coordinator opening.").contains(.referralAsk))
        // Names to talk to beside a job ask are both.
        #expect(heard("Who else should I talk to at the depot? And, erm, are they hiring drivers at all?").isSuperset(of: [.referralAsk, .jobAsk]))
        #expect(!heard("I know someone at the council who deals with planning, happy to put you in touch.").contains(.referralAsk))
        #expect(heard("Happy to return the favour any time — and if there's a colleague you think I should meet, I'd be grateful for the intro.").contains(.referralAsk))
        #expect(heard("Brilliant, cheers. Oh, and I know a guy who fixes old kegs for next to nothing, want his number?").contains(.giveBack))
        let rules = SignalDetector(model: nil)
        #expect(rules.hear("You said your mentor changed careers at 45. Would she be willing to tell me how she did it?").signals.contains(.referralAsk))
        #expect(rules.hear("Does your old professor still teach at Leeds? Do you think she'd mind if I wrote to her?").signals.contains(.referralAsk))
    }

    @Test func aLearnedPurposeNeedsHereAsPresenceAndTakeAsAView() {
        #expect(SignalDetector.anchorsPurpose(["i", "am", "here", "to", "learn"], at: 2))
        #expect(!SignalDetector.anchorsPurpose(["one", "class", "here", "and", "i"], at: 2))
        #expect(SignalDetector.anchorsPurpose(["your", "take"], at: 1))
        #expect(!SignalDetector.anchorsPurpose(["i", "take", "one", "class"], at: 1))
        #expect(!heard("So, I am Ji-woo, exchange student from Seoul. I study chemistry, and this semester I take one pharmacology class here and I like it very much.").contains(.purpose))
    }

    @Test func aThingGivenStaysHelpThoughItSpeaksOfPay() {
        let rules = SignalDetector(model: nil)
        #expect(rules.hear("Happy to share the salary survey I put together if it's any use to your team.").signals == [.giveBack])
        #expect(rules.hear("I'd happily help out all summer, no salary needed.").signals.contains(.jobAsk))
        let both = rules.hear("I'd be glad to translate your leaflets into Polish if that would ever help. And if you're ever short a porter at weekends, I'm free.").signals
        #expect(both.contains(.giveBack) && both.contains(.jobAsk))
    }

    @Test func helpAtOneEventIsNoBidThoughTheModelLeansThatWay() {
        #expect(!heard("If the school's summer fair needs someone on the tombola, sign me up.").contains(.jobAsk))
        #expect(heard("If your team ever needs help over the summer, sign me up.").contains(.jobAsk))
        #expect(SignalDetector.namesOneEvent(["the", "charity", "run"]))
        #expect(!SignalDetector.namesOneEvent(["a", "long", "run"]))
    }

    @Test func aReasonForTheCallThatIsTheJobStatesNoPurpose() {
        let rules = SignalDetector(model: nil)
        #expect(rules.hear("So the real reason I wanted to meet is that I'm hoping there's a spot on your team for me.").signals == [.jobAsk])
        #expect(rules.hear("Hope this isn't rude, but would you hire me?").signals == [.jobAsk])
        #expect(Set(rules.hear("I'm here to learn about the work — and also, are you hiring?").signals) == [.purpose, .jobAsk])
        #expect(rules.hear("u guys hiring atm?").signals == [.jobAsk])
    }

    @Test func aCloseCutOffIsNoCloseAndAdviceOnTheFieldIsNoAsk() {
        #expect(!heard("okay thank you so much for everything now i...").contains(.wrapUp))
        #expect(!heard("Okay, well, thank you so much for all of that, and now I—").contains(.wrapUp))
        #expect(heard("Well I should let you get back to your day now, thank you so much for all of—").contains(.wrapUp))
        #expect(!heard("Is there a listserv you'd recommend I join while I'm still a student?").contains(.jobAsk))
        #expect(!heard("Is it customary in nursing to send a thank-you note after a conversation like this?").contains(.followUp))
        #expect(heard("Could you send me the link? I'll send a thank-you note after.").contains(.followUp))
        #expect(!heard("do u take apprentices who dont have like an art degree or is that a must").contains(.jobAsk))
        #expect(heard("would you ever take on apprentices who have no degree? i'd love to be one").contains(.jobAsk))
    }

    @Test func storiesOfOthersAndOfTheirStartAndHowHiringWorksAreNoAsks() {
        #expect(!heard("When the studio took you on, was it after a trial week or a proper interview?").contains(.jobAsk))
        #expect(!heard("When you started at the farm, did you get paid during lambing or was it just for the experience?").contains(.jobAsk))
        #expect(!heard("My friend did a trial shift at a cocktail bar in Leeds and they never paid her. Is that normal?").contains(.jobAsk))
        #expect(heard("My cousin Minh did a stage in your kitchen last summer, two weeks... Could I do same?").contains(.jobAsk))
        #expect(!heard("What do hiring managers look for in a portfolio for a role like that?").contains(.jobAsk))
        #expect(!heard("Does your hospital take the OTA students for the fieldwork, or the students must find the place by themselves?").contains(.jobAsk))
        #expect(!heard("This is Tess, the one who message you through the alumni page of the community college.").contains(.followUp))
        #expect(!heard("Okay thank you so much for everything Sandra, I'll").contains(.wrapUp))
        #expect(!heard("im trying to figure out if housing policy is something i could actually do as a career").contains(.giveBack))
        #expect(heard("Is there something I could do for you in return?").contains(.giveBack))
        #expect(!heard("I'd be glad to share the unit I wrote, if it would help with your team's onboarding at all.").contains(.jobAsk))
        #expect(!heard("How do you keep in touch with residents once a scheme is built? Is there any follow-up after handover?").contains(.followUp))
    }

    @Test func aSureJobAskIsNotStoppedByAnotherCuesVeto() {
        // "when … starts" and "help on" veto cues of their own words; a sure ask around them stands.
        #expect(heard("I know I said I'm only here to learn, and I am, but could I leave you my number for when the busy season starts?").contains(.jobAsk))
        #expect(heard("Do you ever take on weekend help at the clinic? I'm free every Saturday.").contains(.jobAsk))
        #expect(heard("Sorry if this is weird, but would you maybe keep my name somewhere for when the lab hires next?").contains(.jobAsk))
        // A guess still yields to them, and one event is still a favour.
        #expect(!heard("If you need a hand at the harvest festival next Saturday, I can do a few hours.").contains(.jobAsk))
    }

    @Test func aPlaceAtAnEventOrEtiquetteIsNoPlanAndASeasonIsABid() {
        // "check-in" at an event is a table, not a later call; help at a bird count is a favour.
        let count = heard("I'll read up on that tonight. And if the spring bird count needs someone on the check-in table, count me in.")
        #expect(!count.contains(.followUp) && !count.contains(.jobAsk) && count.contains(.giveBack))
        #expect(!heard("ok so I wrote a cover letter last week and my tutor hated it. What do you look for?").contains(.followUp))
        #expect(heard("Would it be alright if I emailed you after my exams?").contains(.followUp))
        #expect(!heard("Is adding someone on LinkedIn after a call like this weird in your field?").contains(.followUp))
        // Taking advice is no work offered; a thing's topic is no stretch of time.
        #expect(!heard("I'll do that this week. Could I email you once I've decided on the part-time course?").contains(.jobAsk))
        let article = heard("I read a piece about nurses coping with night shifts. I could send it to you if it's useful?")
        #expect(article.contains(.giveBack) && !article.contains(.jobAsk))
        #expect(heard("If your office ever needs someone to help with the filing during tax season, I'd gladly pitch in.").contains(.jobAsk))
        #expect(!heard("A care home offered me a support worker post, but I volunteer at your hospice. Would you take the paid post, or keep the volunteering?").contains(.jobAsk))
        #expect(heard("Who on the recruitment side could tell me what they look for in a portfolio?").contains(.referralAsk))
    }

    @Test func purposeInAWordAndACVForTheHirerAndAThingMadeForShifts() {
        #expect(heard("Honestly this is purely exploratory on my end.").contains(.purpose))
        #expect(heard("Info gathering, mostly, before I pick a master's.").contains(.purpose))
        #expect(heard("Goal for today is to learn, that's all.").contains(.purpose))
        #expect(heard("My tutor set this up so I could hear about life in a vet practice.").contains(.purpose))
        #expect(heard("I've updated my résumé, so I could pass it on to whoever handles the hiring on your side?").contains(.jobAsk))
        // A stretch of time that a thing made was for offers no work; one offered does.
        let template = heard("I designed a booking sheet for our café that covers all three shifts. Happy to send it if it's any use.")
        #expect(template.contains(.giveBack) && !template.contains(.jobAsk))
        #expect(heard("If your kitchen is ever short, I could cover weekends.").contains(.jobAsk))
        #expect(heard("Could you add me to your list of relief drivers?").contains(.jobAsk))
        #expect(!heard("Do people in teaching do the handwritten thank-you card thing?").contains(.followUp))
    }

    @Test func whereTheLearnerIsIsNoBackgroundAndAGiftStandsBesideAnAsk() {
        #expect(!heard("I'm at a stage where I have to pick a specialty, so this really helps.").contains(.selfIntro))
        #expect(!heard("Sorry, I switched to my headset, can you hear me now?").contains(.selfIntro))
        #expect(heard("I'm at Leeds studying geography, in my final year.").contains(.selfIntro))
        let both = heard("I'd be happy to send you the survey data if it helps your report. Also, if your team ever takes on summer interns, I'd love to be considered.")
        #expect(both.contains(.giveBack) && both.contains(.jobAsk))
        #expect(heard("If the library does a careers morning for students, I'd be glad to run a CV workshop.").contains(.giveBack))
        #expect(!heard("Is it normal in the legal world to send a thank-you email after a chat like this?").contains(.followUp))
    }

    @Test func helpAtOneEventIsHelpAndAdviceOnAChoiceIsNoAsk() {
        let openDay = heard("If the practice open day in June needs someone on the welcome table, sign me up.")
        #expect(openDay.contains(.giveBack) && !openDay.contains(.jobAsk))
        let walk = heard("If the sponsored walk in May needs someone handing out water, I'm in!")
        #expect(walk.contains(.giveBack) && !walk.contains(.jobAsk))
        let opening = heard("If the gallery's exhibition opening needs an extra pair of hands on the night, just let me know.")
        #expect(opening.contains(.giveBack) && !opening.contains(.jobAsk))
        // A place named at the event is work; so is a stretch of time.
        #expect(heard("If the festival ever needs a drummer for the late-night stage, I'm your guy.").contains(.jobAsk))
        #expect(heard("If the kitchen is ever short on a Saturday, sign me up.").contains(.jobAsk))
        #expect(!heard("If I took the unpaid placement, would it look bad to leave after two months?").contains(.jobAsk))
        #expect(!heard("The bakery wants me to do an unpaid trial shift on Saturday, should I push back?").contains(.jobAsk))
        #expect(!heard("Would you take the paid job in retail or the unpaid internship at the museum?").contains(.jobAsk))
        #expect(heard("Should I send you my CV for the analyst opening?").contains(.jobAsk))
        #expect(heard("I should mention I'd love an internship with your team this summer.").contains(.jobAsk))
        #expect(!heard("Is the pay okay once you qualify? I'd be taking quite a cut from what I earn now.").contains(.jobAsk))
        #expect(heard("Would your team be taking on any interns this summer?").contains(.jobAsk))
        // Their sending the learner something to help with plans no later contact.
        #expect(!heard("If you ever want a second pair of eyes on the tender, just send it over.").contains(.followUp))
        #expect(!heard("if the newsletter needs proofreading this month, send it over, happy to help").contains(.followUp))
        #expect(heard("If it's alright with you, I'll send it over tomorrow with my questions.").contains(.followUp))
        // A thing sent along is no name to contact; a handbook made is no hiring.
        #expect(heard("Great, I'll send it over tonight with the codebook.").contains(.followUp))
        #expect(!heard("I rewrote the whole onboarding handbook for new starters last year.").contains(.jobAsk))
        #expect(!heard("I'd be glad to share a spreadsheet of planning appeals I've been putting together.").contains(.selfIntro))
        #expect(heard("So I'm a reporter at the Courier, I've covered the council for four years.").contains(.selfIntro))
        // One question put as an interest says no purpose; with a reason beside it, it does.
        #expect(!heard("I'm really interested in how you balance teaching with your research.").contains(.purpose))
        #expect(heard("I'm really interested in how the field is changing, since I'm deciding whether to specialise.").contains(.purpose))
        // A long story with no word of work, hiring or time offered asks for no job.
        #expect(!heard("Do you have to be good at maths? Because I was hopeless at it in school, honestly, like, I can do a stock take in my head, I can do margins, percentages, all that, but algebra, no chance, I'd be lost the minute you put letters in it, and I think that's the bit that puts me off most if I'm being completely honest with you.").contains(.jobAsk))
        // A negation inside a question states no aim; said, it does.
        #expect(!heard("Do you ever call back candidates who don't get the job?").contains(.purpose))
        #expect(heard("I'm not after a job, I just want to understand the work.").contains(.purpose))
    }

    @Test func asksInTheLearnersOwnWordsAndTheirLookAlikes() {
        // A team taking people on "in September" is no "taking it all in".
        #expect(heard("Is your design team taking anyone on in the spring?").contains(.jobAsk))
        #expect(!heard("Sorry, I'm still taking it all in.").contains(.jobAsk))
        #expect(heard("Does your clinic take on work experience students?").contains(.jobAsk))
        #expect(heard("i know u said no openings rn but could u keep my cv on file for later").contains(.jobAsk))
        #expect(heard("You're not hiring, fair enough, but if that changes could you give me a shout?").contains(.jobAsk))
        #expect(!heard("You're not hiring, fair enough, but if that changes could you give me a shout?").contains(.purpose))
        #expect(heard("Once I'm semi-retired I could give the charity two afternoons a week on the accounts, no charge.").contains(.jobAsk))
        // A choice of the learner's own, their habit, another's offer, a career path: no asks.
        #expect(!heard("I've got an offer from a firm in Leeds, but it's an unpaid trial. Would you take it in my shoes?").contains(.jobAsk))
        #expect(!heard("Did the lab ever take on anyone from a bootcamp, or do you mostly hire PhDs?").contains(.jobAsk))
        #expect(!heard("The orchard next door asked if I'd do picking season with them. Is it as hard as people say?").contains(.jobAsk))
        #expect(!heard("I used to think 'keep me in mind' was the thing to say at the end of these calls, ha.").contains(.jobAsk))
        #expect(!heard("Could I send you my CV sometime? I'd really appreciate you telling me what looks off on it.").contains(.jobAsk))
        #expect(!heard("My summers are free, and I was planning to use July to build a small portfolio. What project would you suggest?").contains(.jobAsk))
        // A purpose needs the call's aim: not a year's goal, a wish to get rich or a question announced.
        #expect(!heard("My goal for this year is to finally learn Python properly.").contains(.purpose))
        #expect(!heard("I want to ask something a bit personal, do you ever miss teaching?").contains(.purpose))
        #expect(heard("Honestly I'm here purely to pick your brain, nothing more.").contains(.purpose))
        #expect(!heard("Honestly I'm here purely to pick your brain, nothing more.").contains(.followUp))
        // Contact with the listener planned, or with a body or someone else, or past.
        #expect(heard("Would it be okay if I let you know how my chat with Ruth goes?").contains(.followUp))
        #expect(!heard("I will follow up with the APICS chapter then.").contains(.followUp))
        #expect(!heard("I wrote to you through the contact form back in March.").contains(.followUp))
        #expect(!heard("My old boss promised she'd keep in touch and then vanished.").contains(.followUp))
        #expect(heard("Would Dr. Reyes mind if I emailed her a couple of questions?").contains(.referralAsk))
        // Time that is not this call's.
        #expect(!heard("Do you know anyone at the museum who might chat with me for twenty minutes?").contains(.timeAck))
        #expect(heard("We said twenty minutes, so I'll keep an eye on the clock.").contains(.timeAck))
        #expect(heard("Right, I'd better get back on the floor before my manager notices.").contains(.wrapUp))
    }

    @Test func bidsHopesAndIntroductionsHeardInTheirSense() {
        // Bids in the learner's own words.
        #expect(heard("I'm retired, I've got nothing but time. Come spring when the permits pile up, if you ever need an extra set of eyes on inspections, I'm your guy.").contains(.jobAsk))
        #expect(heard("I've got my CSCS card and my own boots, so if you're ever a labourer down on one of your sites, give us a bell.").contains(.jobAsk))
        #expect(heard("Would your agency add me to its books? I've been doing freelance voiceover for two years now.").contains(.jobAsk))
        #expect(heard("I'm happy to wait till the restructure is done, but after that, would there be anything for me in the planning team?").contains(.jobAsk))
        // How a kind of employer takes people on, someone else's hope, a trial or an application told.
        #expect(!heard("Do clinics like yours take on physio assistants without a physio degree, or is it qualified people only?").contains(.jobAsk))
        #expect(!heard("Do hospitals round here ever take on OT assistants who haven't got the degree yet?").contains(.jobAsk))
        #expect(!heard("We had a volunteer last year who'd done four summers with us and then kind of assumed it would turn into a paid role.").contains(.jobAsk))
        #expect(!heard("Would it be alright if I emailed you after the trial day, let you know how I got on?").contains(.jobAsk))
        #expect(!heard("Honestly I already put in an application for a coordinator job at the food bank, no word back yet.").contains(.jobAsk))
        #expect(!heard("So I could probably do the BASIS course in the evenings then. Can you do it around a full time job?").contains(.jobAsk))
        // A thing given, with their deliveries named in a sentence of its own, is help.
        #expect(heard("You said the late deliveries mess up your exceptions. I built a small spreadsheet. Happy to send it over if it's any use.").contains(.giveBack))
        // Contact with someone else, things to look into, etiquette: no follow-up. Leave to write to someone named: a referral ask.
        #expect(!heard("perfect, I'll follow up on those this week, the library probably has the McHarg one").contains(.followUp))
        #expect(!heard("Brilliant, thank you. I'll drop her a line this week and say you pointed me her way.").contains(.followUp))
        #expect(!heard("In Korea we always send thank-you email after this kind of meeting. Is this common here also?").contains(.followUp))
        #expect(heard("Do you think Renata would be okay if I send her an email?").contains(.referralAsk))
        #expect(heard("This Orla, wow. You think she will talk to me also?").contains(.referralAsk))
        #expect(!heard("My brother-in-law runs a pumping firm, so if your teams ever get stuck I can pass on his number.").contains(.referralAsk))
        #expect(heard("Oh yes, if you ever need someone in January for the tax return filing, I can do Tuesday to Thursday, I'd be glad to.").contains(.jobAsk))
        #expect(!heard("How do the freelancers you use usually get on your radar in the first place?").contains(.jobAsk))
        #expect(!heard("I ask because I applied for two coordinator positions, one at the refugee centre and one at the YMCA.").contains(.jobAsk))
        #expect(!heard("I was going to do the TOPRA intro course over Easter actually.").contains(.referralAsk))
        // An introduction speaks of the learner's background, not a hypothetical or the call's logistics.
        #expect(heard("sorry gotta ask, im a line cook at a diner rn").contains(.selfIntro))
        #expect(!heard("If I took the unpaid internship, would it look bad to leave after a month?").contains(.selfIntro))
        #expect(!heard("Can you hear me now? I switched to my hotspot.").contains(.selfIntro))
    }

    @Test func lackingIsNoDenialAndOthersAreNotTheLearner() {
        // "without a degree" lacks a thing; it denies no intent. "an ID certificate" is no "I'd".
        #expect(heard("Would you consider hiring someone without a degree, like me?").contains(.jobAsk))
        #expect(!heard("Okay yeah. Does your team ever hire teachers without an ID certificate if the portfolio is strong?").contains(.jobAsk))
        // An introduction asked for so the learner can bid is the bid.
        let bid = heard("Could you introduce me to the person who runs the trainee programme, so I can put my name for it?")
        #expect(bid.contains(.jobAsk) && !bid.contains(.referralAsk))
        // A purpose after a referral ask gives that meeting's reason.
        #expect(!heard("Is there anyone in the county planning office you'd feel okay connecting me with? I want to see what the public side of zoning looks like.").contains(.purpose))
        #expect(heard("So quick background, I've been the receptionist at a dental office for eight years, and I'm weighing whether going back to school for nursing actually makes sense at my age.").contains(.purpose))
        // Someone else's trial, follow-up or question; a resume sent only for an opinion.
        #expect(!heard("A friend of mine did a weekend there and they had her doing a trial shift on the bars for nothing. Is that normal?").contains(.jobAsk))
        #expect(!heard("Yes, I will follow up with Dana like you say. Thank you.").contains(.followUp))
        #expect(heard("ok I'm going to email Sunil tomorrow like you said, and I'll tell you what he says").contains(.followUp))
        #expect(!heard("My flatmate keeps asking me if your firm is hiring, haha. Anyway, how big is your team?").contains(.jobAsk))
        let resume = heard("Can I send you my CV next week, when I rewrite it? Not for any job, only for your honest opinion.")
        #expect(resume.contains(.followUp) && !resume.contains(.jobAsk))
        #expect(!heard("Do you need the paralegal certificate, or people learn it on the job?").contains(.jobAsk))
        // Work told elsewhere, an ability shown, a thing made for them: no bid.
        #expect(!heard("My semester ends in May and I'll be working twenty hours a week at the campus library over the summer, so I'll have my evenings to myself.").contains(.jobAsk))
        #expect(!heard("Is there a project I could do on my own this summer to show I can work with housing data?").contains(.jobAsk))
        #expect(!heard("Ha, I could do you a whole lesson on PAHs. So, as a teacher I get the six weeks in the summer, and I was planning to use August to do a site safety course. Which qualifications actually matter when you look at someone's CV?").contains(.jobAsk))
        // A sentence that ends on the verb is read to its end, not past it.
        for line in ["If you need hands over the summer, I will be working", "Over the summer I am working", "I'm working. For you, all summer."] {
            _ = heard(line)
        }
        // Someone named is someone else: "I'll follow up with Amir then".
        #expect(!heard("Amazing. I'll follow up with Amir then, and I'll follow up with the uni about the open day like you said.").contains(.followUp))
        #expect(!heard("Cool, I'll reach out to him this week and follow up if I don't hear back, I know people get busy.").contains(.followUp))
        #expect(heard("If I run into trouble with the transfer credits, is it okay to email you?").contains(.followUp))
        #expect(!heard("Can I ask, is normal here to send a thank-you email after a conversation like this?").contains(.followUp))
    }

    @Test func helpBesideABidAndSentencesHeardAlone() {
        // Help given in a sentence of its own, before a bid made in another, is both.
        let both = heard("I'll send you the link to that open-source GIS plugin after this, it'll save you hours. And, um, if your team ever needs an extra mapper over the summer, I'm around.")
        #expect(both.isSuperset(of: [.giveBack, .jobAsk, .followUp]))
        #expect(heard("Happy to proofread the Spanish version of your annual report. Also, is your team hiring for the autumn?").isSuperset(of: [.giveBack, .jobAsk]))
        // After the bid, it tells what the bid brings.
        #expect(!heard("Sir, are there any vacancies in your team? I can share my profile.").contains(.giveBack))
        // A CV sent or shown for a later look plans contact and asks for no job.
        let look = heard("Could I send you my CV to look over at some point?")
        #expect(look.contains(.followUp) && !look.contains(.jobAsk))
        #expect(heard("Would you be willing to have a look at it sometime and tell me honestly what jumps out?").contains(.followUp))
        // "Yeah, no bother" answers; the aim after it stands. "No worries about the hiring freeze" denies no intent.
        #expect(heard("Course, yeah, no bother. I want a proper picture of what running a warehouse is actually like before I pick a lane.").contains(.purpose))
        #expect(!heard("oh no worries about the hiring freeze! if you ever need cover for maternity leave i'm local and available").contains(.purpose))
        // "One quick thing" brings a question up; "one" is no person unless someone is named.
        #expect(!heard("Oh no worries!! One really quick thing, do you reckon I should ask college for a small animal placement for second year or a mixed one?").contains(.referralAsk))
        #expect(heard("I can see we're just about out of time, so one quick thing: is there someone at the state health department you'd point me to?").contains(.referralAsk))
        #expect(!heard("does your team ever take interns, or do people mostly come in from consulting like you did?").contains(.jobAsk))
        // A veto in one sentence leaves an introduction the model hears in another.
        #expect(heard("I'm not looking for you to sort me out a job or anything like that. I'm getting out in March after twelve years, Royal Logistic Corps, last four as a stores and supply sergeant.").contains(.selfIntro))
        #expect(!heard("Ha, that's fair. There's a podcast episode on this exact thing. I'll send you the link after this so you can see what I mean.").contains(.giveBack))
        // Where the learner stands, or someone else's years, introduce no one.
        #expect(!heard("My intention today is really just to gather insight — I'm at a very early stage and trying to decide whether retraining would be sensible.").contains(.selfIntro))
        #expect(!heard("any openings on ur team for someone with 2 yrs of QA experience?").contains(.selfIntro))
        #expect(heard("I have a background in graphic design and I'm about to finish a UX certificate.").contains(.selfIntro))
    }

    @Test func aCVForTheirEyeAnOfferBesideABidAndOneEventHelp() {
        // A CV or letter sent for their eye or edits asks no job.
        #expect(!heard("Could I send you my CV after this? I honestly can't tell if it reads like a designer's or an engineer's, and I'd trust your eye.").contains(.jobAsk))
        #expect(!heard("Thanks, that's super kind. I'll send my resume over tonight and would really value your red pen on it.").contains(.jobAsk))
        #expect(!heard("Could I send you my cover letter for a role at another company? I'd really value your edits.").contains(.jobAsk))
        #expect(heard("Could I send you my CV so you can pass it to whoever is hiring?").contains(.jobAsk))
        // An opening that is an event; the field's future.
        #expect(!heard("I might be able to get you a couple of comp tickets for the orchestra's opening night, if you'd like?").contains(.jobAsk))
        #expect(!heard("Do you think AI is going to change the design side a lot? Like, will there still be jobs doing this in ten years?").contains(.jobAsk))
        // A very sure bid beside an offer with no word of work is the bid.
        let bid = heard("Right, so I worked front of house for six years before this. If your restaurant ever needs a floor manager I'd be very interested, just saying.")
        #expect(bid.contains(.jobAsk) && !bid.contains(.giveBack))
        // Someone else offered only near the offer: "my dad" in an earlier story offers no one.
        #expect(heard("Ha, yeah, my dad would definitely blame his agronomist for the weather. Honestly this has been so useful already, thank you. And I hope this isn't cheeky, but if Fieldwise ever needs someone to walk crops or do soil sampling over the summer, I'd bite your hand off, I'm home all of July and August anyway.").contains(.jobAsk))
        let other = heard("Oh, and you said your big mixer keeps breaking down? I know a guy who fixes old Hobarts for pretty cheap. Want his number?")
        #expect(other.contains(.giveBack) && !other.contains(.jobAsk))
        // Help at one of their events.
        #expect(heard("if you ever do another appreciation night, I'll bring a lemon drizzle").contains(.giveBack))
        #expect(heard("honestly, if you're still short on Saturday I'll come and do the barbecue with you").contains(.giveBack))
        // Names of things, and following them already.
        #expect(!heard("What was the name of that scheduling software you mentioned? I missed it").contains(.referralAsk))
        #expect(!heard("I actually follow you on mastodon, that's how I saw the thread about the museum move").contains(.followUp))
        #expect(!heard("I know our half hour's nearly up, so just one more: how did you know it was time to leave agency life?").contains(.referralAsk))
    }

    @Test func othersNegationsOneSentenceBidsAndTimesForACall() {
        // "Not hiring" is theirs, not the learner's: the ask after it stands.
        #expect(heard("i know ur not hiring rn but if someone leaves the design team could u let me know first?? pls").contains(.jobAsk))
        #expect(heard("Also — and tell me if this is out of line — do you think there'd be any part-time hours at the studio for someone like me?").contains(.jobAsk))
        #expect(heard("So that's kind of why I'm calling — basically I'm hoping there's a spot for me at the brewery.").contains(.jobAsk))
        // Talk of hiring that asks nothing.
        #expect(!heard("It's funny, I genuinely used to think HR just meant hiring and firing people. What does your work actually involve day to day?").contains(.jobAsk))
        #expect(!heard("Do you take on teaching assistants without a teaching qualification, or is the PGCE pretty much a must?").contains(.jobAsk))
        #expect(!heard("What would you want someone like me to understand about conservation work before jumping in?").contains(.jobAsk))
        #expect(!heard("How do you handle it when volunteers want their volunteering to turn into a paid job? There's one guy, Dev, he's been coming every Saturday for two years, and last month he asked me straight out whether there was any chance of it becoming a proper job, and I just froze.").contains(.jobAsk))
        // An errand, and a story far from the offer, are no bid.
        let errand = heard("Oh, one thing, if you ever need somebody to check if something's actually in stock at Harlan's before you drive over, just text me. I'm there every weekend anyway.")
        #expect(errand.contains(.giveBack) && !errand.contains(.jobAsk))
        let story = heard("So while I've been at home I've kind of ended up running the PTA, I do the volunteer rota for the school, about sixty parents, and the summer fair every year. And thank you for being so honest about the complaints side. Do places like yours take on people who've been out for a long time? And completely separate, you mentioned the fun run, if you need someone on the water table on the day, count me in.")
        #expect(story.contains(.giveBack) && !story.contains(.jobAsk))
        // A bid in one sentence of a long story.
        #expect(heard("God that sounds full on. We had a resident go down on a night shift last month and I was on my own for like ten minutes till the nurse came up from the other floor, and honestly thats when I thought ok, I want to be the one who knows what to do. Thank you for being so real about the hard parts. I already pick up PRN at two homes so if St Brigid's ever needs PRN aides on nights please put my name down, I'd jump at it. What do you think makes a good nurse?").contains(.jobAsk))
        // Times offered for a call are neither a bid nor help.
        let times = heard("I'm off Thursday and Friday next week, so if a quick follow-up call ever suits you, I could do any time those days. I'm usually up by two in the afternoon, and I can do evenings too, whatever's easier on your end.")
        #expect(times.contains(.followUp) && !times.contains(.jobAsk) && !times.contains(.giveBack))
        #expect(!heard("Brilliant. I'll come find you at the careers fair on Thursday and say hi properly.").contains(.jobAsk))
        #expect(heard("Honestly I could do any weekends you're short, give me a call.").contains(.jobAsk))
        // Following up in general, or with someone else.
        #expect(!heard("Do you think it's better to follow up after a week or two when someone doesn't answer?").contains(.followUp))
        #expect(!heard("The recruiter told me she'd circle back by Friday. Is it normal to chase if she doesn't?").contains(.followUp))
        #expect(!heard("Do recruiters in biotech actually read those follow-up emails?").contains(.followUp))
        #expect(!heard("In your experience, does staying in touch with former professors actually pay off?").contains(.followUp))
        #expect(!heard("Thanks, I'll follow up on all of those, I'm writing them down now.").contains(.followUp))
        #expect(!heard("That'd be amazing. And I'll follow up with county HR about when the next sanitarian posting goes up, you said spring, right?").contains(.followUp))
        // Closes: "I don't keep you more" closes; doubt and a promised limit do not.
        #expect(heard("Okay, I don't keep you more.").contains(.wrapUp))
        #expect(!heard("Because I see them come in and put the rails in, but I don't think that's all of it, is it?").contains(.wrapUp))
        #expect(!heard("I won't keep you longer than twenty minutes, promise.").contains(.wrapUp))
        // A decision to make is a reason for the call; one question put as a wish is not.
        #expect(heard("I have to decide by March whether to take the applied data science minor or stay on the ecology side, and honestly I'd really value your advice on that.").contains(.purpose))
        #expect(!heard("Yeah. So I'd be keen to find out how you actually got into conservation?").contains(.purpose))
        #expect(heard("Sounds like Deepa is exactly the person. Would you be willing to make the introduction, or should I write to her cold and mention you?").contains(.referralAsk))
    }

    @Test func traceShowsWhatStoppedACue() {
        let rows = Self.detector.trace("Do you think there'll be jobs when I'm qualified?")
        #expect(rows.first?.hasPrefix("words: do you think there will be jobs") == true)
        #expect(rows.contains { $0.hasPrefix("job_ask") && $0.contains("vetoed by") })
        // The learned layer's guesses, for the line and for each sentence alone.
        let guesses = Self.detector.trace("Thanks so much. I'll send you the article tonight.")
        #expect(guesses.contains { $0.hasPrefix("learned: ") && $0.contains("follow_up") })
        #expect(guesses.contains { $0.hasPrefix("  sentence 2: ") && $0.contains("follow_up") })
    }

    @Test func hugeLinesAndGarbageAreHandled() {
        let huge = String(repeating: "thank you ", count: 100_000)
        #expect(Self.detector.hear(huge).signals == [.thanks])
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        _ = Self.detector.hear(String(decoding: bytes, as: UTF8.self))
        _ = Self.detector.hear("")
    }
}
