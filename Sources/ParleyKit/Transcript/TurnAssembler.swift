/// Turns an imported transcript's utterances into a `Transcript`: who the learner is, the clock,
/// the slot and where the time warning falls (SPEC section 7).
struct TurnAssembler {
    var file: String
    var format: TranscriptFormat
    var options: ImportOptions
    /// A `# me:` header's name and line.
    var headerMe: (name: String, line: Int)?
    var headerMinutes: Int?
    /// The error when nothing was said, e.g. "no turns found: …".
    var nothingFound: String
    var clock = SpeakingClock()

    func assemble(_ utterances: [ImportedUtterance]) throws(DiagnosticError) -> LoadedTranscript {
        let spoken = utterances.filter { !$0.text.isEmpty }
        guard !spoken.isEmpty else { throw DiagnosticError([Diagnostic(file: file, message: nothingFound)]) }
        var warnings: [Diagnostic] = []
        let learnerKey = try learner(among: spoken)
        let speakers = distinctNames(spoken)
        if speakers.count == 1 {
            warnings.append(
                Diagnostic(
                    file: file, severity: .warning,
                    message: "only one speaker, '\(speakers[0])': the other side of the conversation is missing"))
        }
        var turns: [Turn] = []
        for (index, utterance) in spoken.enumerated() {
            let role: Turn.Speaker = SpeakerLabel.key(utterance.name) == learnerKey ? .learner : .persona
            turns.append(
                Turn(number: index + 1, speaker: role, name: utterance.name, text: utterance.text, clock: 0))
        }
        timeTurns(&turns, spoken, &warnings)
        let minutes = options.minutes ?? headerMinutes ?? Transcript.defaultMinutes
        let header = TranscriptHeader(minutes: minutes)
        let events = TurnAssembler.warning(turns: turns, minutes: minutes).map { [TranscriptEvent.warning($0)] } ?? []
        return LoadedTranscript(
            transcript: Transcript(format: format, header: header, turns: turns, events: events), warnings: warnings)
    }

    /// The learner's name key: `--me`, else `# me:`, else the first speaker.
    private func learner(among utterances: [ImportedUtterance]) throws(DiagnosticError) -> String {
        let names = distinctNames(utterances)
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        if let me = options.me {
            guard let name = names.first(where: { SpeakerLabel.matches(me, $0) }) else {
                throw DiagnosticError([
                    Diagnostic(file: file, message: "--me '\(me)' matches no speaker; the speakers are \(list)")
                ])
            }
            return SpeakerLabel.key(name)
        }
        if let (me, line) = headerMe {
            guard let name = names.first(where: { SpeakerLabel.matches(me, $0) }) else {
                throw DiagnosticError([
                    Diagnostic(
                        file: file, line: line, column: 1,
                        message: "'# me: \(me)' matches no speaker; the speakers are \(list)")
                ])
            }
            return SpeakerLabel.key(name)
        }
        return SpeakerLabel.key(names[0])
    }

    /// Each speaker's name as first written, in order of first appearance.
    private func distinctNames(_ utterances: [ImportedUtterance]) -> [String] {
        var seen: Set<String> = []
        return utterances.map(\.name).filter { seen.insert(SpeakerLabel.key($0)).inserted }
    }
}
