import Foundation
import Testing

@Suite("parley explain")
struct ExplainCommandTests {
    let runner = BinaryRunner()

    @Test func oneLineAsJSONHasTheSpecShape() throws {
        let result = try runner.run(["explain", "--format", "json", "Is there anyone else I should talk to?"], input: "")
        #expect(result.status == 0)
        #expect(result.out == #"{"text":"Is there anyone else I should talk to?","signals":["referral_ask"],"question":"closed"}"# + "\n")
    }

    @Test func standardInputGivesOneObjectPerLine() throws {
        let input = "I'm not looking for a job, just hoping to learn.\nHow did you get into this?\n\nthank u!!\n"
        let result = try runner.run(["explain", "--format", "json"], input: input)
        #expect(result.status == 0)
        let objects = try result.out.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 4)
        #expect(objects[0]["signals"] as? [String] == ["purpose"])
        #expect(objects[1]["question"] as? String == "open")
        #expect(objects[2]["question"] is NSNull)
        #expect(objects[3]["signals"] as? [String] == ["thanks"])
    }

    @Test func textOutputShowsTheTriggeringWords() throws {
        let result = try runner.run(["explain", "Is your team hiring right now?"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains("job_ask"))
        #expect(result.out.contains("\"are you hiring\"") || result.out.contains("hiring"))
        #expect(result.out.contains("closed question"))
    }

    @Test func personaAddsTheTopic() throws {
        let result = try runner.run(
            ["explain", "--format", "json", "--persona", "maya-chen", "so how did you end up in ux research?"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains(#""topic":"career-path""#))
    }

    @Test func smallTalkReachesNoTopicAndSharedAsksAreNamed() throws {
        let chat = try runner.run(
            ["explain", "--format", "json", "--persona", "maya-chen", "how's your week going?"], input: "")
        #expect(chat.out.contains(#""topic":null"#))
        // No ask of Maya's own says "fills"; other personas' typical-day asks do.
        let shared = try runner.run(["explain", "--persona", "maya-chen", "what fills most of your week?"], input: "")
        #expect(shared.out.contains("topic typical-day"))
        #expect(shared.out.contains("asked of another persona"))
        // No ask anywhere says "nerves"; the way the line asks names the topic.
        let intent = try runner.run(["explain", "--persona", "grace-mensah", "ok real talk, what gets on ur nerves at work"], input: "")
        #expect(intent.out.contains("topic dislikes"))
        #expect(intent.out.contains(#""on your nerves" is how this topic is often asked"#))
    }

    @Test func aMegabyteLineAndBinaryGarbageAreHandled() throws {
        var input = Data(String(repeating: "please ", count: 150_000).utf8)
        input.append(Data("\n".utf8))
        input.append(Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }))
        input.append(Data("\nthanks\n".utf8))
        let result = try runner.run(["explain", "--format", "json"], stdin: input)
        #expect(result.status == 0)
        #expect(result.out.hasSuffix(#"{"text":"thanks","signals":["thanks"],"question":null}"# + "\n"))
    }
}
