import Testing

@testable import ParleyCLI

@Suite("Wrapping text for the terminal")
struct TextWrapTests {
    @Test func wrapsAtTheWidthWithTheIndent() {
        let wrapped = TextWrap.wrap("one two three four five six", width: 24, indent: "  ")
        #expect(wrapped == "  one two three four\n  five six")
    }

    @Test func reflowJoinsHardBreaksAndKeepsParagraphs() {
        let block = "Maya leads research\n  at Lumen Health.\n\n\nShe mentors\ncareer changers.\n"
        #expect(TextWrap.reflow(block) == "Maya leads research at Lumen Health.\n\nShe mentors career changers.")
    }

    @Test func aReflowedBriefingFollowsANarrowTerminal() {
        let block = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk\nllll mmmm"
        let lines = TextWrap.wrap(TextWrap.reflow(block), width: 30).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 })
        #expect(lines.count == 3)
    }
}
