import Foundation
import Testing

@Suite("parley review, sessions and progress")
struct ReviewCommandTests {
    let runner = BinaryRunner()

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/practice")

    /// Practises one golden script into the sessions folder.
    func practise(_ name: String) throws {
        let words = try String(contentsOf: Self.golden.appendingPathComponent("\(name).args"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).map(String.init)
        let result = try runner.run(
            ["practice", words[0], "--seed", words[1], "--script", Self.golden.appendingPathComponent("\(name).script").path],
            input: "")
        #expect(result.status == 0)
    }

    @Test func sessionsListsNewestFirstAndNumbersNameThem() throws {
        let empty = try runner.run(["sessions"], input: "")
        #expect(empty.status == 0)
        #expect(empty.out.contains("No saved sessions yet"))
        try practise("ideal")
        Thread.sleep(forTimeInterval: 1.1)
        try practise("time-up")
        let list = try runner.run(["sessions"], input: "")
        #expect(list.status == 0)
        let rows = list.out.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].contains("Amara Nwosu") && rows[1].contains("time up"))
        #expect(rows[2].contains("Maya Chen") && rows[2].contains("closed") && rows[2].hasSuffix("100"))
        let json = try runner.run(["sessions", "--format", "json"], input: "")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(array.map { $0["number"] as? Int } == [1, 2])
        #expect(array[0]["ended"] as? String == "time_up")
        let scored = try runner.run(["score", "2", "--format", "json"], input: "")
        #expect(scored.status == 0)
        #expect(scored.out.contains(#""id":"maya-chen""#))
    }

    @Test func reviewShowsEveryTurnAnnotatedThenTheReport() throws {
        try practise("ignored-warning")
        let text = try runner.run(["review", "1"], input: "")
        #expect(text.status == 0)
        #expect(text.out.contains("the time warning"))
        #expect(text.out.contains("↳ heard: purpose, self-intro"))
        #expect(text.out.contains("decides: Respected the time"))
        #expect(text.out.contains("Score 58/100"))
        let markdown = try runner.run(["review", "1", "--format", "markdown"], input: "")
        #expect(markdown.out.hasPrefix("# Practice with Amara Nwosu"))
        #expect(markdown.out.contains("## The report"))
        let json = try runner.run(["review", "1", "--format", "json"], input: "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["turns"] as? [Any])?.count == 54)
        #expect((object["report"] as? [String: Any])?["score"] as? Int == 58)
    }

    @Test func htmlReviewIsOneSelfContainedPage() throws {
        try practise("late-purpose")
        let html = try runner.run(["review", "1", "--format", "html"], input: "")
        #expect(html.status == 0)
        #expect(html.out.hasPrefix("<!DOCTYPE html>"))
        #expect(html.out.contains("<style>"))
        #expect(!html.out.contains("<script"))
        #expect(!html.out.contains("http://") && !html.out.contains("https://"))
        #expect(html.out.contains("class=\"timeline\""))
        #expect(html.out.contains("id=\"turn-4\""))
    }

    @Test func reviewOfABadFileIsExit1() throws {
        let url = runner.home.appendingPathComponent("empty.vtt")
        try Data().write(to: url)
        let result = try runner.run(["review", url.path, "--format", "html"], input: "")
        #expect(result.status == 1)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("empty.vtt: error:"))
    }

    @Test func progressShowsTrendsAndWhatToWorkOnNext() throws {
        let none = try runner.run(["progress"], input: "")
        #expect(none.status == 0)
        #expect(none.out.contains("No practice sessions yet"))
        for name in ["abandoned", "late-purpose", "ideal", "job-ask"] {
            try practise(name)
            Thread.sleep(forTimeInterval: 1.1)
        }
        let result = try runner.run(["progress"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains("Progress over 4 sessions"))
        #expect(result.out.contains("Restated your purpose"))
        #expect(result.out.contains("Work on next:"))
        let json = try runner.run(["progress", "--format", "json"], input: "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["scores"] as? [Int] == [16, 58, 100, 87])
        #expect(object["score_trend"] as? String == "improving")
    }

    @Test func aCorruptSessionFileIsSkippedWithAWarning() throws {
        try practise("ideal")
        let sessions = runner.home.appendingPathComponent("data/parley/sessions")
        try Data("not json\n".utf8).write(to: sessions.appendingPathComponent("broken.jsonl"))
        let result = try runner.run(["sessions"], input: "")
        #expect(result.status == 0)
        #expect(result.err.contains("broken.jsonl"))
        #expect(result.err.contains("warning: skipped"))
        #expect(result.out.contains("Maya Chen"))
    }
}
