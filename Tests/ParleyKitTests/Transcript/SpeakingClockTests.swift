import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("SpeakingClock")
    struct SpeakingClockTests {
        @Test func countsWordsWithLettersOrDigits() {
            #expect(SpeakingClock.wordCount("Hi — I'm Alex, a 2nd-year student 🙂") == 6)
            #expect(SpeakingClock.wordCount("  ") == 0)
        }

        @Test func timesAtEachSpeakersPaceWithATwoSecondFloor() {
            let clock = SpeakingClock(learnerWordsPerMinute: 150, personaWordsPerMinute: 120)
            let ten = "one two three four five six seven eight nine ten"
            #expect(clock.seconds(toSay: ten, by: .learner) == 4)
            #expect(clock.seconds(toSay: ten, by: .persona) == 5)
            #expect(clock.seconds(toSay: "Yes.", by: .learner) == 2)
            #expect(SpeakingClock.seconds(words: 7, wordsPerMinute: 150) == 2.8)
        }
    }

    @Suite("Speaker labels")
    struct SpeakerLabelTests {
        @Test(arguments: [
            "Alex", "Maya Chen", "Dr. Maya Chen", "Ana de la Cruz", "Alex Kim (she/her)", "J.R.", "O'Neil",
            "Speaker 2", "me", "Zoë", "陈美",
        ])
        func namesAreSpeakers(name: String) {
            #expect(SpeakerLabel.parse("\(name): Hello"[...])?.name == name)
        }

        @Test(arguments: [
            "Note", "So my advice is to", "Well, honestly", "Really?", "I was told so.", "Date", "Said so.",
            "\"Quoted\"", "2024",
        ])
        func prosePrefixesAreNot(prefix: String) {
            #expect(SpeakerLabel.parse("\(prefix): more text"[...]) == nil)
        }

        @Test func theColonMustEndTheLabel() {
            #expect(SpeakerLabel.parse("Alex:hello"[...]) == nil)
            #expect(SpeakerLabel.parse("Alex:"[...])?.text == "")
        }
    }
}
