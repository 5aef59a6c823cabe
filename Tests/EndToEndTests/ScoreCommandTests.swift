import Foundation
import Testing

@Suite("parley score")
struct ScoreCommandTests {
    let runner = BinaryRunner()

    func write(_ name: String, _ contents: String) throws -> String {
        let url = runner.home.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    static let transcript = """
        # minutes: 15
        # me: Sam
        [00:00] Dana: Hi Sam, good to meet you.
        [00:04] Sam: Thanks so much for making the time. I'm a junior in biology, hoping to learn how you got into public health — not looking for a job.
        [00:15] Dana: Happy to help. I started in a county lab and moved into epidemiology after a master's degree.
        [02:00] Sam: What does a typical week look like?
        [02:05] Dana: Planning on Mondays, then field visits and a lot of data work with clinics and schools.
        [05:00] Sam: Are you hiring at the moment?
        [05:05] Dana: Not right now.
        [06:00] Sam: Is there anyone else you think I should talk to?
        [06:05] Dana: My colleague Priya; I'll introduce you.
        [07:00] Sam: Thank you — I'll let you get back to your day.
        """

    @Test func textReportShowsEachCriterionWithEvidenceAndAdvice() throws {
        let path = try write("call.txt", Self.transcript)
        let result = try runner.run(["score", path], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains("✓ Restated your purpose"))
        #expect(result.out.contains("✗ Did not ask for a job"))
        #expect(result.out.contains("You asked \"Are you hiring at the moment?\" at 05:00"))
        #expect(result.out.contains("Work on next:"))
    }

    @Test func jsonIsSpecsShape() throws {
        let path = try write("call.txt", Self.transcript)
        let result = try runner.run(["score", path, "--format", "json"], input: "")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["persona"] is NSNull)
        #expect(object["minutes"] as? Int == 15)
        #expect(object["ended"] as? String == "closed")
        let criteria = try #require(object["criteria"] as? [[String: Any]])
        #expect(criteria.count == 10)
        let job = try #require(criteria.first { $0["id"] as? String == "avoided_job_ask" })
        #expect(job["passed"] as? Bool == false)
        #expect(job["evidence"] as? [Int] == [6])
        let weights = criteria.map { $0["weight"] as? Int ?? 0 }.reduce(0, +)
        let passed = criteria.filter { $0["passed"] as? Bool == true }.map { $0["weight"] as? Int ?? 0 }.reduce(0, +)
        #expect(object["score"] as? Int == Int((Double(passed) * 100 / Double(weights)).rounded()))
    }

    @Test func meAndMinutesOverrideTheFile() throws {
        let path = try write("call.txt", Self.transcript)
        let result = try runner.run(["score", path, "--me", "dana", "--minutes", "20", "--format", "json"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains(#""minutes":20"#))
        #expect(result.out.contains(#""id":"avoided_job_ask","passed":true"#))
    }

    @Test func aPacksRubricWeighsTheCriteria() throws {
        let pack = runner.home.appendingPathComponent("pack")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try Data("""
            name: Class pack
            rubric:
              weights:
                avoided_job_ask: 50
            """.utf8).write(to: pack.appendingPathComponent("pack.yaml"))
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("personas/maya-chen.yaml"),
            to: pack.appendingPathComponent("maya-chen.yaml"))
        let path = try write("call.txt", Self.transcript)
        let result = try runner.run(["score", path, "--pack", pack.path, "--format", "json"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains(#""id":"avoided_job_ask","passed":false,"weight":50"#))
    }

    @Test func webVTTCaptionsAreScored() throws {
        let path = try write("call.vtt", """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Sam>Hi Dana, I'm hoping to learn how you got into public health.

            00:00:05.000 --> 00:00:09.000
            <v Dana>Sure — I started in a county lab.

            00:00:10.000 --> 00:00:12.000
            <v Sam>Thanks so much, I'll let you go.
            """)
        let result = try runner.run(["score", path, "--format", "json"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains(#""id":"restated_purpose","passed":true"#))
        #expect(result.out.contains(#""ended":"closed""#))
    }

    @Test(arguments: [
        ("empty.txt", Data(), "empty.txt: error: file is empty"),
        ("garbage.bin", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 5) }), "garbage.bin"),
        ("notes.txt", Data("Shopping list\nmilk\neggs\n".utf8), "notes.txt:1:1: error: expected 'Speaker: text'"),
        ("data.json", Data(#"{"name": "not a session"}"#.utf8), "data.json:1:1: error: this is JSON but not a Parley session"),
    ])
    func badFilesAreAClearErrorWithExit1(name: String, contents: Data, message: String) throws {
        let url = runner.home.appendingPathComponent(name)
        try contents.write(to: url)
        let result = try runner.run(["score", url.path], input: "")
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.err.contains("error:"))
    }

    @Test func aMissingFileOrSessionNumberIsExit1() throws {
        let missing = try runner.run(["score", "/nonexistent/call.txt"], input: "")
        #expect(missing.status == 1)
        #expect(missing.err.contains("/nonexistent/call.txt"))
        let number = try runner.run(["score", "3"], input: "")
        #expect(number.status == 1)
        #expect(number.err.contains("no session 3: there are no saved sessions yet"))
    }
}
