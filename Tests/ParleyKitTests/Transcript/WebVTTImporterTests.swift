import Foundation
import Testing

@testable import ParleyKit

extension TranscriptTests {
    @Suite("WebVTT captions")
    struct WebVTTImporterTests {
        @Test func readsZoomCaptionsWithNamePrefixes() throws {
            let loaded = try TranscriptLoader.load(file: TranscriptFixtures.path("zoom.vtt"))
            #expect(loaded.transcript.format == .webvtt)
            #expect(
                TranscriptFixtures.summary(loaded.transcript) == [
                    "1 learner Alex Kim @1: Hi Maya, thanks for making the time today. I know you only have twenty minutes.",
                    "2 persona Maya Chen @7: Of course! Happy to help & glad you reached out. "
                        + "And I'm curious what brings you here.",
                    "3 learner Alex Kim @16: I'm exploring a move into UX research.",
                ])
            #expect(loaded.transcript.turns.map(\.duration) == [5, 8, 4])
            #expect(loaded.warnings.isEmpty)
        }

        @Test func readsTeamsCaptionsWithVoiceTags() throws {
            let loaded = try TranscriptLoader.load(file: TranscriptFixtures.path("teams.vtt"))
            #expect(
                TranscriptFixtures.summary(loaded.transcript) == [
                    "1 learner Alex Kim @1: Good morning, Maya! I'm really glad we could talk.",
                    "2 persona Maya Chen @5.5: Morning! Me too <3",
                    "3 learner Alex Kim @62: How did you get started?",
                ])
        }

        @Test func meNamesTheLearner() throws {
            let loaded = try TranscriptLoader.load(
                file: TranscriptFixtures.path("teams.vtt"), options: ImportOptions(me: "MAYA CHEN"))
            #expect(loaded.transcript.turns.map(\.speaker) == [.persona, .learner, .persona])
        }

        @Test func splitsACueWithTwoVoices() throws {
            let text = """
                WEBVTT

                00:01.000 --> 00:04.000
                <v Alex>Hi!</v>
                <v Maya>Hello, Alex.</v>

                00:04.000 --> 00:06.000
                <v Maya>Welcome.

                """
            let transcript = try TranscriptFixtures.load(text, file: "c.vtt").transcript
            #expect(
                TranscriptFixtures.summary(transcript) == [
                    "1 learner Alex @1: Hi!",
                    "2 persona Maya @1: Hello, Alex. Welcome.",
                ])
        }

        @Test func stripsTagsAndDecodesEntities() {
            let cue = WebVTTCueText(
                "<v.first.loud Esmé Ortiz>Tom &amp; Jerry&#39;s <b>new</b> <00:00:02.000>show &gt; &unknown; a < b</v>")
            #expect(cue.segments == [.init(voice: "Esmé Ortiz", text: "Tom & Jerry's new show > &unknown; a < b")])
            #expect(WebVTTCueText("plain &nbsp; text").segments == [.init(voice: nil, text: "plain text")])
        }

        @Test func reportsBadTimingLines() {
            let text = "WEBVTT\n\n1\n00:01.000 -> 00:02.000\nAlex: Hi\n\n00:0x.000 --> 00:03.000\nMaya: Hello\n"
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load(text, file: "c.vtt") } == [
                    "c.vtt:4:1: error: expected a cue timing line like '00:01:02.500 --> 00:01:05.000'",
                    "c.vtt:7:1: error: cue start time '00:0x.000' is not a time: expected hh:mm:ss.ttt or mm:ss.ttt",
                ])
        }

        @Test func aCueWithoutAnySpeakerBeforeItIsAnError() {
            let text = "WEBVTT\n\n00:01.000 --> 00:02.000\n[music]\n\n00:02.000 --> 00:03.000\n<v Alex>Hi\n"
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load(text, file: "c.vtt") } == [
                    "c.vtt:4:1: error: cue has no speaker and none comes before it: start it with '<v Name>' or 'Name:'"
                ])
        }

        @Test func captionsWithoutSpeakersAreAnError() {
            let text = "WEBVTT\n\n00:01.000 --> 00:02.000\nhello there\n\n00:02.000 --> 00:03.000\ngeneral kenobi\n"
            #expect(
                TranscriptFixtures.problems { try TranscriptFixtures.load(text, file: "c.vtt") } == [
                    "c.vtt: error: no speakers found: cues need a '<v Name>' voice tag or a 'Name:' prefix"
                ])
        }

        @Test func aFileWithoutCuesIsAnError() {
            let path = TranscriptFixtures.path("no-cues.vtt")
            #expect(
                TranscriptFixtures.problems { try TranscriptLoader.load(file: path) } == [
                    "\(path): error: no cues found: expected cue timing lines like '00:00:01.000 --> 00:00:04.000'"
                ])
        }
    }
}
