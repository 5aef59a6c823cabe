import Foundation

/// A transcript laid out for review, turn by turn: the clock, what was heard in each learner line,
/// where the time warning came and the slot ended, which turns decided which criteria — then the
/// report. Rendered as Markdown, HTML or JSON here, and as text by the CLI.
public struct ReviewDocument: Sendable {
    public enum Item: Sendable {
        case turn(HeardTurn, decides: [Criterion])
        /// The persona's time warning (or where it falls in an imported transcript).
        case warning(clock: Double)
        /// The agreed slot ran out here.
        case slotEnd(clock: Double)
        /// A private note the learner took.
        case note(TranscriptEvent.Note)
    }

    public var title: String
    /// Where the transcript came from, as given on the command line.
    public var source: String
    public var transcript: Transcript
    public var report: ScoreReport
    public var items: [Item]

    public init(transcript: Transcript, report: ScoreReport, source: String) {
        self.transcript = transcript
        self.report = report
        self.source = source
        let name = transcript.header.persona?.name
        title = name.map { "Practice with \($0)" } ?? "Conversation in \((source as NSString).lastPathComponent)"
        let decided = report.decided
        let slot = Double(report.minutes * 60)
        var items: [Item] = []
        var slotMarked = false
        var pending = transcript.events
        let warningAfter = transcript.timeWarning?.afterTurn
        func flushEvents(through number: Int) {
            while let event = pending.first, event.afterTurn <= number {
                pending.removeFirst()
                switch event {
                case .warning(let warning): items.append(.warning(clock: warning.clock))
                case .note(let note): items.append(.note(note))
                }
            }
        }
        flushEvents(through: 0)
        for heard in report.turns {
            if !slotMarked, heard.turn.clock >= slot {
                // The warning comes before the slot's end when both fall before this turn.
                if let warningAfter, warningAfter < heard.number { flushEvents(through: heard.number - 1) }
                items.append(.slotEnd(clock: slot))
                slotMarked = true
            }
            items.append(.turn(heard, decides: decided[heard.number] ?? []))
            flushEvents(through: heard.number)
        }
        flushEvents(through: Int.max)
        self.items = items
    }

    /// "Score 82/100 · closed at 18:54 of 20:00 · warned at 17:00".
    public var summary: String {
        var parts = ["Score \(report.score)/100"]
        let ended: String
        switch report.ended {
        case .closed: ended = "closed"
        case .timeUp: ended = "time ran out"
        case .abandoned: ended = "ended without a close"
        }
        parts.append("\(ended) at \(ClockText.format(report.elapsedSeconds)) of \(ClockText.format(Double(report.minutes * 60)))")
        if let warning = report.warningClock { parts.append("time warning at \(ClockText.format(warning))") }
        return parts.joined(separator: " · ")
    }

    /// A signal as people read it: "job ask", "follow-up".
    public static func label(_ signal: Signal) -> String {
        switch signal {
        case .followUp: "follow-up"
        case .wrapUp: "wrap-up"
        case .timeAck: "time"
        case .selfIntro: "self-intro"
        case .giveBack: "offer"
        case .referralAsk: "referral ask"
        case .jobAsk: "job ask"
        default: signal.rawValue
        }
    }
}
