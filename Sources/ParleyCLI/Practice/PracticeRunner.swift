import ArgumentParser
import Foundation
import ParleyKit

/// Starts a practice conversation — from `parley practice` or `/practice` at home — and reports
/// how it went.
struct PracticeRunner {
    /// Where the transcript goes.
    enum Saving: Equatable {
        case sessions
        case file(String)
        case none
    }

    var entry: PackCatalog.Entry
    var seed: Int?
    var saving: Saving = .sessions
    var format: TextOrJSON = .text
    var paths = ParleyPaths()

    /// Runs the conversation with `reader`, showing it on `console` (or, for JSON, on standard error
    /// while the report goes to standard output). Throws `ExitCode(1)` when the transcript cannot be
    /// created and `ExitCode(130)` when the learner pressed Ctrl-C twice to leave.
    func run(reader: any LineReader, console: Console, width: Int) throws -> PracticeSession.Exit {
        let seed = self.seed ?? Int.random(in: 0..<1_000_000)
        let header = TranscriptHeader(practising: entry.persona, pack: entry.pack.id, seed: seed, started: Date())
        let writer: SessionWriter?
        do {
            switch saving {
            case .none: writer = nil
            case .file(let path):
                writer = try SessionWriter(url: URL(fileURLWithPath: path), header: header, creation: .replacing)
            case .sessions: writer = try SessionWriter.createInSessions(paths, header: header)
            }
        } catch {
            console.error("parley: \(error)")
            throw ExitCode(1)
        }
        var phrases: [Signal: [String]] = [:]
        for (name, examples) in entry.pack.rubric.phrases {
            if let signal = Signal(rawValue: name) { phrases[signal, default: []] += examples }
        }
        let detector = SignalDetector(phrases: phrases)
        // Load the word lists and the learned weights now, before the first prompt, so the first
        // line is answered as quickly as the rest (and a Ctrl-C typed meanwhile finds the prompt).
        _ = detector.hear("warming up: is there anyone else I should talk to?")
        let conversation = Conversation(persona: entry.persona, detector: detector, seed: UInt64(seed))
        let scorer = Scorer(rubric: entry.pack.rubric, persona: entry.persona, detector: detector)
        let shown = format == .json ? Console(style: console.errorStyle, out: console.error, err: console.error) : console
        let session = PracticeSession(
            entry: entry, conversation: conversation, reader: reader, console: shown, writer: writer, width: width)
        var report: ScoreReport?
        let exit = session.run { conversation in
            report = scorer.score(conversation.transcript(header: header))
            return report?.score
        }
        if exit == .report, let report, format == .text {
            // The report's first lines say how the conversation ended.
            shown.print("")
            shown.print(ScoreReportRenderer(style: shown.style, width: width).text(report))
            if let path = writer?.url.path { shown.print(shown.style.dim("Transcript saved to \(path)")) }
        } else {
            summarize(conversation, savedTo: writer?.url.path, console: shown)
        }
        if exit == .interrupted { throw ExitCode(130) }
        if exit == .report, let report, format == .json { console.print(report.json.rendered()) }
        return exit
    }

    /// One line on how the conversation ended, and where it is saved.
    private func summarize(_ conversation: Conversation, savedTo path: String?, console: Console) {
        let first = conversation.persona.name.split(separator: " ").first.map(String.init) ?? conversation.persona.name
        let at = "\(ClockText.format(conversation.clock)) of the \(ClockText.format(conversation.slotSeconds)) agreed"
        let how: String
        switch conversation.ended ?? .abandoned {
        case .closed: how = "You closed the conversation at \(at)."
        case .timeUp: how = "\(first) had to leave at \(at)."
        case .abandoned: how = "The conversation stopped at \(at) without a close."
        }
        console.print(console.style.bold(how))
        if let path { console.print(console.style.dim("Transcript saved to \(path)")) }
    }
}
