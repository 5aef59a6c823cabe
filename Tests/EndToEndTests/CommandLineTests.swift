import Foundation
import Testing

@Suite("The parley command line")
struct CommandLineTests {
    let runner = BinaryRunner()

    @Test func versionPrintsTheVersion() throws {
        let result = try runner.run(["--version"], input: "")
        #expect(result.status == 0)
        #expect(result.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func helpListsEverySubcommandOfTheSpec() throws {
        let result = try runner.run(["--help"], input: "")
        #expect(result.status == 0)
        for command in ["practice", "personas", "explain", "score", "review", "sessions", "progress", "grade", "letter"] {
            #expect(result.out.contains("  \(command) "), "missing \(command)")
        }
    }

    @Test(arguments: [
        ["practice"], ["personas"], ["personas", "list"], ["personas", "show"], ["personas", "validate"],
        ["explain"], ["score"], ["review"], ["sessions"], ["progress"], ["grade"], ["letter"], ["letter", "check"],
    ])
    func everyCommandHasHelp(_ command: [String]) throws {
        let result = try runner.run(command + ["--help"], input: "")
        #expect(result.status == 0)
        #expect(result.out.contains("USAGE: parley \(command.joined(separator: " "))"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try runner.run(["no-such-command"], input: "").status == 64)
        #expect(try runner.run(["--no-such-flag"], input: "").status == 64)
        #expect(try runner.run(["review", "x", "--format", "pdf"], input: "").status == 64)
        let missing = try runner.run(["score"], input: "")
        #expect(missing.status == 64)
        #expect(missing.err.contains("Missing expected argument"))
    }

    @Test func commandsNotBuiltYetSaySoAndFail() throws {
        let result = try runner.run(["grade", "x.txt"], input: "")
        #expect(result.status == 69)
        #expect(result.err.contains("not built yet"))
        #expect(result.out.isEmpty)
    }
}
