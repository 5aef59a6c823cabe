import Testing

@testable import ParleyKit

@Suite("Matching topics")
struct TopicMatcherTests {
    let matcher = TopicMatcher(topics: [
        ("career-path", ["How did you get into beekeeping?", "What was your path into this work?"]),
        ("typical-day", ["What is a typical day like?", "What does your week look like?"]),
        ("skills", ["What skills matter most?", "Which abilities should I build?"]),
        ("trends", ["Where is the field heading?", "What changes do you see coming?"]),
    ])

    @Test(arguments: [
        ("so how did you end up keeping bees?", "career-path"),
        ("what are your days usually like", "typical-day"),
        ("What qualities make someone good at this?", "skills"),
        ("How do you think the industry will change in the future?", "trends"),
    ])
    func paraphrasesReachTheirTopic(_ line: String, _ topic: String) {
        #expect(matcher.match(line).best?.topicID == topic, "\(line)")
    }

    @Test func smallTalkReachesNoTopic() {
        #expect(matcher.match("Nice weather today, isn't it?").best == nil)
        #expect(matcher.match("").best == nil)
    }

    @Test func wordsNoAskHasUsedCountAgainstAMatch() {
        let matcher = TopicMatcher(topics: [
            ("likes", ["What is your favourite part of the work?", "What do you enjoy most?"]),
            ("skills", ["What skills matter most?"]),
        ])
        #expect(matcher.match("what's your favourite part of the job?").best?.topicID == "likes")
        // Only "favourite" is known here; coffee and place pull the line away from every topic.
        let known = matcher.match("what's your favourite?").best?.score ?? 0
        let mostlyUnknown = matcher.match("what's your favourite coffee place?").best?.score ?? 0
        #expect(mostlyUnknown < known * 0.7)
    }

    @Test func aTopicBorrowsTheAsksOfTopicsWithItsID() {
        let topics: [(id: String, asks: [String])] = [
            ("typical-day", ["What is a typical day like?"]),
            ("skills", ["What skills matter most?"]),
        ]
        let shared = ["typical-day": ["Which chores fill up your calendar?"]]
        let line = "what chores fill your calendar?"
        #expect(TopicMatcher(topics: topics).match(line).best?.topicID != "typical-day")
        let match = TopicMatcher(topics: topics, shared: shared).match(line).best
        #expect(match?.topicID == "typical-day")
        #expect(match?.borrowed == true)
    }

    @Test func theWayALineAsksReachesACommonTopicItsAsksNeverWorded() {
        let topics: [(id: String, asks: [String])] = [
            ("likes", ["What do you enjoy most about your work?"]),
            ("dislikes", ["What is the hardest part of the job?"]),
            ("typical-day", ["What is a typical day like?"]),
        ]
        let matcher = TopicMatcher(topics: topics)
        let nerves = matcher.match("ok real talk, what gets on ur nerves?")
        #expect(nerves.best?.topicID == "dislikes")
        #expect(nerves.best?.intent == "on your nerves")
        #expect(matcher.match("If I shadowed you from nine to five, what would I see?").best?.topicID == "typical-day")
        #expect(matcher.match("what still gets you excited after all these years?").best?.topicID == "likes")
        // A topic the persona lacks is not invented: no career-paths topic here.
        #expect(matcher.match("where do people usually end up ten years in?").best?.topicID != "career-paths")
    }

    @Test func theTenseTellsThePersonsStoryFromWhereTheWorkLeads() {
        let matcher = TopicMatcher(topics: [
            ("career-path", ["How did you get into research?", "What was your first research job?"]),
            ("career-paths", ["Where can research lead one day?", "What do researchers eventually move on to?"]),
        ])
        #expect(matcher.match("how long were you a junior researcher?").best?.topicID == "career-path")
        #expect(matcher.match("could a researcher run a team someday?").best?.topicID == "career-paths")
    }

    @Test func theBundledPersonasShareTheirCommonTopics() {
        #expect((SharedAsks.byTopic["career-path"]?.count ?? 0) > 20)
        // A topic only one persona has stays its own.
        #expect(SharedAsks.byTopic["politics"] == nil)
        // Borrowed asks are heard through the words several personas use, not one field's own.
        #expect(SharedAsks.commonWords.contains("day"))
        #expect(!SharedAsks.commonWords.contains("bridges"))
    }

    @Test func theRunnerUpIsReportedForExplanations() {
        let result = matcher.match("What skills matter most, and where is the field heading?")
        #expect(result.best != nil)
        #expect(result.runnerUp != nil)
    }
}
