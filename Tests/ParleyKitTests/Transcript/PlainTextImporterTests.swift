import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("Plain-text transcripts")
    struct PlainTextImporterTests {
        @Test func readsHeadersTimestampsAndContinuations() throws {
            let loaded = try TranscriptLoader.load(file: TranscriptFixtures.path("interview.txt"))
            let transcript = loaded.transcript
            #expect(transcript.format == .text)
            #expect(transcript.header.persona == nil)
            #expect(transcript.ended == nil)
            #expect(transcript.slotMinutes == 20)
            #expect(
                TranscriptFixtures.summary(transcript) == [
                    "1 learner Alex @0: Hi Maya, thanks so much for making the time.",
                    "2 persona Maya Chen @4: Of course! Good to meet you.",
                    "3 learner Alex @8: I'm exploring a move into UX research and hoping to learn how you see the field. "
                        + "I'm not looking for a job right now. Note: I said this a bit too fast.",
                    "4 persona Maya Chen @21: Happy to help. What would you like to know?",
                    "5 learner Alex @25: How did you get into UX research?",
                    "6 persona Maya Chen @3725: I started out as a psychology student, then found my way into usability testing.",
                ])
            #expect(transcript.turns[0].duration == 4)
            #expect(transcript.turns.allSatisfy { $0.signals.isEmpty && $0.topic == nil })
            #expect(loaded.warnings.isEmpty)
            // The 20-minute slot's warning (3 minutes before the end) falls before the last turn.
            #expect(transcript.timeWarning == TranscriptEvent.TimeWarning(clock: 1020, afterTurn: 5))
        }

        @Test func usesTheSpeakingClockWithoutTimestamps() throws {
            let transcript = try TranscriptLoader.load(file: TranscriptFixtures.path("untimed.txt")).transcript
            #expect(transcript.slotMinutes == 30)
            #expect(transcript.turns.map(\.name) == ["Sam", "Jordan Alvarez", "Sam", "Jordan Alvarez", "Sam"])
            #expect(
                transcript.turns[3].text.hasSuffix(
                    "engineers about what we can build. So my advice is: talk to people."))
            // 9 words → 3.6 s; 2 words → the 2 s minimum; 8 words → 3.2 s; 24 words → 9.6 s.
            #expect(transcript.turns.map(\.clock) == [0, 3.6, 5.6, 8.8, 18.4])
            #expect(transcript.turns.map(\.duration) == [3.6, 2, 3.2, 9.6, 2])
            #expect(transcript.elapsedSeconds == 20.4)
            #expect(transcript.timeWarning == nil)
        }

        @Test func meChoosesTheLearnerCaseInsensitively() throws {
            let text = "Alex: Hi.\nMaya Chen (she/her): Hello!\nAlex: Thanks.\n"
            let byOption = try TranscriptFixtures.load(text, options: ImportOptions(me: "maya chen")).transcript
            #expect(byOption.turns.map(\.speaker) == [.persona, .learner, .persona])
            #expect(byOption.learnerName == "Maya Chen (she/her)")
            let byHeader = try TranscriptFixtures.load("# me: MAYA CHEN (she/her)\n" + text).transcript
            #expect(byHeader.turns.map(\.speaker) == [.persona, .learner, .persona])
            let overridden = try TranscriptFixtures.load("# me: Maya Chen\n" + text, options: ImportOptions(me: "alex"))
            #expect(overridden.transcript.turns.map(\.speaker) == [.learner, .persona, .learner])
        }

        @Test func anUnknownLearnerListsTheSpeakers() {
            let text = "# me: Sasha\nAlex: Hi.\nMaya: Hello!\n"
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load(text) } == [
                    "t.txt:1:1: error: '# me: Sasha' matches no speaker; the speakers are 'Alex', 'Maya'"
                ])
            #expect(
                TranscriptFixtures.problems {
                    try TranscriptFixtures.load(text, options: ImportOptions(me: "Sam"))
                } == ["t.txt: error: --me 'Sam' matches no speaker; the speakers are 'Alex', 'Maya'"])
        }

        @Test func minutesOptionOverridesTheHeader() throws {
            let text = "# minutes: 20\nAlex: Hi.\nMaya: Hello!\n"
            #expect(try TranscriptFixtures.load(text, options: ImportOptions(minutes: 45)).transcript.slotMinutes == 45)
        }

        @Test func onlyNameShapedLabelsStartTurns() throws {
            let text = """
                Alex: My one question is: how did you start?
                Maya: Honestly: luck.
                Here's the thing: nobody plans it.
                Dr. J. Smith-O'Neil: Can I add something?
                Alex: Please do. What I wonder, really: why research?
                Maya: Because people are interesting.
                Dr. J. Smith-O'Neil: Agreed.
                It was 10:30 at night: we were still testing.

                """
            let transcript = try TranscriptFixtures.load(text).transcript
            #expect(
                TranscriptFixtures.summary(transcript) == [
                    "1 learner Alex @0: My one question is: how did you start?",
                    "2 persona Maya @3.2: Honestly: luck. Here's the thing: nobody plans it.",
                    "3 persona Dr. J. Smith-O'Neil @6.4: Can I add something?",
                    "4 learner Alex @8.4: Please do. What I wonder, really: why research?",
                    "5 persona Maya @11.6: Because people are interesting.",
                    "6 persona Dr. J. Smith-O'Neil @13.6: Agreed. It was 10:30 at night: we were still testing.",
                ])
        }

        @Test func aOneOffLabelAfterTwoSpeakersContinuesTheTurn() throws {
            let text = "Alex: Hi.\nMaya: Hello.\nThe short answer: yes.\nAlex: Great.\n"
            let transcript = try TranscriptFixtures.load(text).transcript
            #expect(transcript.turns.map(\.text) == ["Hi.", "Hello. The short answer: yes.", "Great."])
        }

        @Test func reportsLinesBeforeAnySpeakerAndBadHeaders() {
            let text = "Interview notes, March 3\n# minutes: twenty\n[00:75] Alex: Hi.\nMaya: Hello.\n"
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load(text) } == [
                    "t.txt:1:1: error: expected 'Speaker: text' (a line without a speaker continues the turn before it, "
                        + "and there is none yet; start a title line with '# ' to make it a header)",
                    "t.txt:2:12: error: '# minutes:' needs a whole number of minutes from 1 to 1440, like '# minutes: 20'",
                    "t.txt:3:2: error: '00:75' is not a time: expected [mm:ss] or [hh:mm:ss]",
                ])
        }

        @Test func aTimestampGoingBackwardsIsAWarning() throws {
            let loaded = try TranscriptFixtures.load("[01:00] Alex: Hi.\n[00:30] Maya: Hello.\n")
            #expect(loaded.transcript.turns.map(\.clock) == [60, 60])
            #expect(
                loaded.warnings.map(\.description) == [
                    "t.txt:2:9: warning: time 0:30 is earlier than the turn before it (1:00); using 1:00"
                ])
        }

        @Test func oneSpeakerIsAWarning() throws {
            let loaded = try TranscriptFixtures.load("Alex: Hi.\nAlex: Anyone there?\n")
            #expect(loaded.transcript.turns.count == 2)
            #expect(
                loaded.warnings.map(\.description) == [
                    "t.txt: warning: only one speaker, 'Alex': the other side of the conversation is missing"
                ])
        }

        @Test func bracketsThatAreNotTimesAreText() throws {
            let transcript = try TranscriptFixtures.load("Alex: Hi.\n[laughs] Maya: Hello.\nMaya: So.\n").transcript
            #expect(transcript.turns.map(\.text) == ["Hi. [laughs] Maya: Hello.", "So."])
        }
    }
}
