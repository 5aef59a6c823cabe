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

    @Test func theRunnerUpIsReportedForExplanations() {
        let result = matcher.match("What skills matter most, and where is the field heading?")
        #expect(result.best != nil)
        #expect(result.runnerUp != nil)
    }
}
