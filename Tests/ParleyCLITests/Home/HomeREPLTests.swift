import ParleyKit
import Testing

@testable import ParleyCLI

@Suite("The home REPL")
struct HomeREPLTests {
    private func run(_ inputs: [LineInput], interactive: Bool = false) -> (CapturedConsole, ScriptedLineReader) {
        let captured = CapturedConsole()
        let reader = ScriptedLineReader(inputs, interactive: interactive)
        HomeREPL(reader: reader, console: captured.console(), catalog: { PackCatalog(packs: []) }).run()
        return (captured, reader)
    }

    @Test func helpListsEverySlashCommandWithOneLineEach() {
        let (captured, _) = run([.line("/help")])
        for entry in HomeCommand.menu {
            let lines = captured.out.split(separator: "\n").filter { $0.hasPrefix("  \(entry.synopsis) ") }
            #expect(lines.count == 1, "\(entry.synopsis)")
            #expect(lines.first?.hasSuffix(entry.abstract) == true)
        }
        #expect(HomeCommand.names == ["/practice", "/personas", "/sessions", "/review", "/help", "/quit"])
    }

    @Test func quitStopsBeforeTheNextLine() {
        let (captured, reader) = run([.line("/quit"), .line("/help")])
        #expect(captured.out.isEmpty)
        #expect(reader.prompts.count == 1)
    }

    @Test func unknownCommandSuggestsTheClosest() {
        let (captured, _) = run([.line("/qiut")])
        #expect(captured.out == "Unknown command '/qiut'. Did you mean /quit? Type /help for the list.\n")
    }

    @Test func unknownCommandFarFromAnyGetsNoSuggestion() {
        let (captured, _) = run([.line("/xyzzy")])
        #expect(captured.out == "Unknown command '/xyzzy'. Type /help for the list.\n")
    }

    @Test func speechAtHomeExplainsCommands() {
        let (captured, _) = run([.line("Hi Maya!")])
        #expect(captured.out.hasPrefix("Commands start with '/'"))
    }

    @Test func badArgumentsShowTheUsage() {
        let (captured, _) = run([.line("/practice maya-chen extra")])
        #expect(captured.out == "Unexpected argument 'extra'. Usage: /practice [<persona>]\n")
    }

    @Test func commandHelpFlagShowsItsLine() {
        let (captured, _) = run([.line("/practice --help")])
        #expect(captured.out == "/practice [<persona>]  Start a practice conversation.\n")
    }

    @Test func blankLinesAreIgnored() {
        let (captured, reader) = run([.line(""), .line("   "), .end])
        #expect(captured.out.isEmpty)
        #expect(reader.prompts.count == 3)
    }

    @Test func interruptOnAnEmptyLineSaysHowToLeaveAndKeepsGoing() {
        let (captured, reader) = run([.interrupt(discarded: ""), .interrupt(discarded: "half a line"), .end])
        #expect(captured.out == "(To leave, type /quit or press Ctrl-D.)\n")
        #expect(reader.prompts.count == 3)
    }

    @Test func interactiveSessionsGreetAndPipedOnesDoNot() {
        #expect(run([.end], interactive: true).0.out.contains("Type /help"))
        #expect(run([.end], interactive: false).0.out.isEmpty)
    }

    @Test func personasListsTheCatalog() throws {
        let captured = CapturedConsole()
        let catalog = PackCatalog(packs: [try PackLoader.bundled()])
        HomeREPL(reader: ScriptedLineReader(lines: ["/personas"]), console: captured.console(), catalog: { catalog }).run()
        #expect(captured.out.hasPrefix("ID "))
        #expect(captured.out.contains("maya-chen"))
        #expect(captured.out.split(separator: "\n").count == catalog.allPersonas.count + 1)
    }

    @Test func tabCompletesCommandsAndPersonaIDs() {
        #expect(HomeREPL.complete("/he", personaIDs: []).candidates == ["/help"])
        #expect(HomeREPL.complete("/p", personaIDs: []).candidates == ["/personas", "/practice"])
        #expect(HomeREPL.complete("", personaIDs: []).candidates.count == HomeCommand.names.count)
        let ids = ["maya-chen", "marcus-webb", "ana-lopez"]
        let persona = HomeREPL.complete("/practice ma", personaIDs: ids)
        #expect(persona == Completion(replacing: 2, candidates: ["marcus-webb", "maya-chen"]))
        #expect(persona.commonPrefix == "ma")
        #expect(HomeREPL.complete("hello", personaIDs: ids).candidates.isEmpty)
        #expect(HomeREPL.complete("/help me", personaIDs: ids).candidates.isEmpty)
    }
}
