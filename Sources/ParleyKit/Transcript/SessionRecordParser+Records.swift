/// Reading each kind of session record's fields (docs/transcripts.md).
extension SessionRecordParser {
    func readHeader(_ fields: inout SessionRecordFields) -> TranscriptHeader? {
        fields.rejectUnknownKeys(["format", "persona", "pack", "seed", "minutes", "started"])
        let format = fields.int("format")
        if let format, format > TranscriptHeader.currentFormat {
            fields.report(
                "format",
                "session format \(format) is newer than this version of parley reads "
                    + "(\(TranscriptHeader.currentFormat)); update parley")
        } else if let format, format < 1 {
            fields.report("format", "'format' must be 1 or more, not \(format)")
        }
        var persona: TranscriptPersona?
        if let object = fields.object("persona") {
            var inner = SessionRecordFields(object, type: "persona", line: fields.line, file: fields.file)
            inner.rejectUnknownKeys(["id", "name"])
            if let id = inner.string("id"), let name = inner.string("name") {
                persona = TranscriptPersona(id: id, name: name)
            }
            fields.diagnostics += inner.diagnostics
        }
        let pack = fields.string("pack", required: false)
        persona?.pack = pack
        let seed = fields.int("seed", required: false)
        let minutes = fields.int("minutes", required: false)
        if let minutes, !ImportOptions.minutesRange.contains(minutes) {
            fields.report("minutes", "'minutes' must be from 1 to 1440, not \(minutes)")
        }
        let startedText = fields.string("started", required: false)
        let started = startedText.flatMap(SessionDate.date(from:))
        if let startedText, started == nil {
            fields.report(
                "started", "'started' must be an ISO-8601 date like 2025-03-14T15:09:26Z, not '\(startedText)'")
        }
        guard let format else { return nil }
        return TranscriptHeader(formatVersion: format, persona: persona, seed: seed, minutes: minutes, started: started)
    }

    func readTurn(_ fields: inout SessionRecordFields) -> Turn? {
        fields.rejectUnknownKeys(["n", "speaker", "name", "text", "clock", "duration", "signals", "topic"])
        let number = fields.int("n")
        let speakerText = fields.string("speaker")
        let speaker = speakerText.flatMap(Turn.Speaker.init(rawValue:))
        if let speakerText, speaker == nil {
            fields.report("speaker", "'speaker' must be 'learner' or 'persona', not '\(speakerText)'")
        }
        let name = fields.string("name")
        let text = fields.string("text")
        let clock = fields.seconds("clock")
        let duration = fields.seconds("duration", required: false)
        let signals = fields.strings("signals")
        let topic = fields.string("topic", required: false)
        if let number, number != lastTurnNumber + 1 {
            fields.report(
                "n", "turn \(number) where turn \(lastTurnNumber + 1) was expected (turns count from 1 without gaps)")
        }
        if let clock, clock < lastClock {
            fields.report("clock", "'clock' \(clock) is earlier than the turn before it (\(lastClock))")
        }
        for signal in signals ?? [] where Signal(rawValue: signal) == nil {
            let known = Signal.allCases.map(\.rawValue).joined(separator: ", ")
            fields.report("signals", "unknown signal '\(signal)': expected one of \(known)")
        }
        guard let number, let speaker, let name, let text, let clock, let signals else { return nil }
        return Turn(
            number: number, speaker: speaker, name: name, text: text, clock: clock, duration: duration,
            signals: signals, topic: topic)
    }

    func readWarning(_ fields: inout SessionRecordFields) -> TranscriptEvent.TimeWarning? {
        fields.rejectUnknownKeys(["clock", "after_turn"])
        let clock = fields.seconds("clock")
        let afterTurn = readAfterTurn(&fields)
        guard let clock, let afterTurn else { return nil }
        return TranscriptEvent.TimeWarning(clock: clock, afterTurn: afterTurn)
    }

    func readNote(_ fields: inout SessionRecordFields) -> TranscriptEvent.Note? {
        fields.rejectUnknownKeys(["clock", "after_turn", "text"])
        let clock = fields.seconds("clock", required: false)
        let afterTurn = readAfterTurn(&fields)
        let text = fields.string("text")
        guard let afterTurn, let text else { return nil }
        return TranscriptEvent.Note(text: text, clock: clock, afterTurn: afterTurn)
    }

    func readEnding(_ fields: inout SessionRecordFields) -> TranscriptEnding? {
        fields.rejectUnknownKeys(["ended", "elapsed_seconds", "score"])
        let endedText = fields.string("ended")
        let ended = endedText.flatMap(TranscriptEnding.Reason.init(rawValue:))
        if let endedText, ended == nil {
            fields.report("ended", "'ended' must be closed, time_up or abandoned, not '\(endedText)'")
        }
        let elapsed = fields.seconds("elapsed_seconds")
        let score = fields.int("score", required: false)
        if let score, !(0...100).contains(score) {
            fields.report("score", "'score' must be from 0 to 100, not \(score)")
        }
        guard let ended, let elapsed else { return nil }
        return TranscriptEnding(ended: ended, elapsedSeconds: elapsed, score: score)
    }

    private func readAfterTurn(_ fields: inout SessionRecordFields) -> Int? {
        guard let afterTurn = fields.int("after_turn") else { return nil }
        guard (0...lastTurnNumber).contains(afterTurn) else {
            let turns = lastTurnNumber == 1 ? "1 turn" : "\(lastTurnNumber) turns"
            fields.report("after_turn", "'after_turn' is \(afterTurn), but only \(turns) came before it")
            return nil
        }
        return afterTurn
    }
}
