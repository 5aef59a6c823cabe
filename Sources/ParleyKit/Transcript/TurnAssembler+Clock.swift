/// The clock of an imported transcript: its timestamps, or the speaking clock of SPEC section 6.
extension TurnAssembler {
    /// Sets each turn's clock and duration. With timestamps, a turn lasts until its cue ends or the
    /// next turn starts; a turn without one starts where the one before it ends. A timestamp earlier
    /// than the turn before is kept at that turn's time, with a warning.
    func timeTurns(_ turns: inout [Turn], _ utterances: [ImportedUtterance], _ warnings: inout [Diagnostic]) {
        let timed = utterances.contains { $0.clock != nil }
        var previousEnd = 0.0
        var previousStart = 0.0
        for index in turns.indices {
            let utterance = utterances[index]
            let spoken = clock.seconds(toSay: turns[index].text, by: turns[index].speaker)
            guard timed else {
                turns[index].clock = previousEnd
                turns[index].duration = spoken
                previousEnd = SpeakingClock.rounded(previousEnd + spoken)
                continue
            }
            var start = utterance.clock ?? previousEnd
            if start < previousStart {
                warnings.append(
                    Diagnostic(
                        file: file, line: utterance.line, column: utterance.column, severity: .warning,
                        message: "time \(TranscriptTime.text(start)) is earlier than the turn before it "
                            + "(\(TranscriptTime.text(previousStart))); using \(TranscriptTime.text(previousStart))"))
                start = previousStart
            }
            turns[index].clock = SpeakingClock.rounded(start)
            let nextStart = utterances[(index + 1)...].first?.clock
            let duration = utterance.end.map { $0 - start } ?? nextStart.map { $0 - start } ?? spoken
            turns[index].duration = SpeakingClock.rounded(max(duration, 0))
            previousStart = start
            previousEnd = start + max(duration, 0)
        }
    }

    /// Where SPEC section 7 puts the time warning in an imported transcript: when the remaining
    /// time reaches the default `warn_before`, if the conversation got that far.
    static func warning(turns: [Turn], minutes: Int) -> TranscriptEvent.TimeWarning? {
        let slot = Double(minutes * 60)
        let warnAt = slot - Double(Persona.defaultWarnBefore(minutes: minutes).components.seconds)
        guard let last = turns.last, last.end >= warnAt else { return nil }
        return TranscriptEvent.TimeWarning(clock: warnAt, afterTurn: turns.count { $0.clock < warnAt })
    }
}
