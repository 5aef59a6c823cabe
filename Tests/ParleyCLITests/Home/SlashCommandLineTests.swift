import Testing

@testable import ParleyCLI

@Suite("Slash-command words")
struct SlashCommandLineTests {
    @Test func splitsOnSpacesAndKeepsQuotedWords() {
        #expect(SlashCommandLine.split("notes  remember to ask") == ["notes", "remember", "to", "ask"])
        #expect(SlashCommandLine.split("practice \"maya chen\" 'x y'") == ["practice", "maya chen", "x y"])
        #expect(SlashCommandLine.split("a \"\" b") == ["a", "", "b"])
        #expect(SlashCommandLine.split("   ").isEmpty)
    }

    @Test func editDistanceCountsEdits() {
        #expect(SlashCommandLine.editDistance("help", "help") == 0)
        #expect(SlashCommandLine.editDistance("hlep", "help") == 2)
        #expect(SlashCommandLine.editDistance("", "abc") == 3)
        #expect(SlashCommandLine.editDistance("quit", "quiet") == 1)
    }
}
