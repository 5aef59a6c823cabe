import ArgumentParser
import Foundation
import ParleyKit

/// One practice conversation at the prompt: reads the learner's lines, runs slash-commands, saves
/// every turn as it happens, and shows the persona's answers.
final class PracticeSession {
    /// How the session finished, for the caller to report.
    enum Exit: Equatable {
        /// The conversation ended (closed, time up, `/end`, end of input): show the report.
        case report
        /// `/quit`: the transcript is saved; no report.
        case quit
        /// Ctrl-C twice on an empty line: saved as abandoned; the process should exit 130.
        case interrupted
    }

    let conversation: Conversation
    private let entry: PackCatalog.Entry
    private let reader: any LineReader
    private let console: Console
    private let printer: ConversationPrinter
    private var writer: SessionWriter?
    private let echo: Bool

    init(
        entry: PackCatalog.Entry, conversation: Conversation, reader: any LineReader, console: Console,
        writer: SessionWriter?, width: Int
    ) {
        self.entry = entry
        self.conversation = conversation
        self.reader = reader
        self.console = console
        self.writer = writer
        self.printer = ConversationPrinter(console: console, width: width)
        self.echo = !reader.isInteractive
    }

    /// Runs the conversation to its end and writes the end record.
    func run(score: (Conversation) -> Int? = { _ in nil }) -> Exit {
        let previousCompleter = reader.completer
        reader.completer = { text in PracticeSession.complete(text) }
        defer { reader.completer = previousCompleter }
        if let writer {
            SessionGuard.arm(descriptor: writer.fileDescriptor, endRecord: abandonedRecord, notice: notice(writer.url.path))
        }
        printer.briefing(entry, savingTo: writer?.url.path)
        deliver(conversation.start())

        var exit = Exit.report
        var interruptedOnce = false
        reading: while conversation.ended == nil {
            let input = reader.readLine(prompt: console.style.prompt(printer.prompt(conversation)))
            if case .interrupt(let discarded) = input, discarded.isEmpty {
                if interruptedOnce {
                    exit = .interrupted
                    break reading
                }
                interruptedOnce = true
                console.print(console.style.dim("(Press Ctrl-C again to leave — your transcript is kept — or type /end to finish and see your score.)"))
                continue
            }
            interruptedOnce = false
            switch input {
            case .end:
                if reader.isInteractive { console.print("") }
                break reading
            case .interrupt:
                continue
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { continue }
                if text.hasPrefix("/") {
                    if echo { printer.echoCommand(text, conversation: conversation) }
                    switch command(text) {
                    case .stay: continue
                    case .end: break reading
                    case .quit:
                        exit = .quit
                        break reading
                    }
                }
                deliver(conversation.say(text))
            }
        }
        conversation.abandon()
        finish(score: score(conversation))
        return exit
    }

    // MARK: Saving and showing

    private func deliver(_ happenings: [Conversation.Happening]) {
        for happening in happenings {
            save(happening)
            if case .turn(let turn) = happening { printer.show(turn, conversation: conversation, echo: echo) }
        }
        SessionGuard.update(endRecord: abandonedRecord)
    }

    private func save(_ happening: Conversation.Happening) {
        guard let writer else { return }
        do {
            switch happening {
            case .turn(let turn): try writer.append(turn)
            case .event(let event): try writer.append(event)
            }
        } catch {
            SessionGuard.disarm()
            console.error("parley: \(error) — the conversation goes on, but it is no longer being saved.")
            self.writer = nil
        }
    }

    private func finish(score: Int?) {
        SessionGuard.disarm()
        guard let writer else { return }
        let ending = TranscriptEnding(ended: conversation.ended ?? .abandoned, elapsedSeconds: conversation.clock, score: score)
        do {
            try writer.finish(ending)
        } catch {
            console.error("parley: \(error)")
        }
    }

    private var abandonedRecord: String {
        SessionWriter.endRecordLine(TranscriptEnding(ended: .abandoned, elapsedSeconds: conversation.clock))
    }

    private func notice(_ path: String) -> String {
        "\nparley: stopped; the conversation so far is saved in \(path)\n"
    }

    /// The saved transcript's path, if the session is being saved.
    var savedPath: String? { writer?.url.path }

    // MARK: Slash-commands

    private enum Outcome { case stay, end, quit }

    private func command(_ text: String) -> Outcome {
        let words = SlashCommandLine.split(String(text.dropFirst()))
        guard let name = words.first, PracticeCommand.names.contains("/" + name) else {
            let typed = "/" + (words.first ?? "")
            let hint = SlashCommandLine.closest(to: typed, among: PracticeCommand.names).map { " Did you mean \($0)?" } ?? ""
            console.print("Unknown command '\(typed)'.\(hint) Type /help for the list; lines without '/' are said to \(conversation.persona.name).")
            return .stay
        }
        if words.dropFirst().contains("--help") || words.dropFirst().contains("-h") {
            if let usage = PracticeCommand.menu.first(where: { $0.synopsis.hasPrefix("/" + name) }) {
                console.print("\(usage.synopsis)  \(usage.abstract)")
            }
            return .stay
        }
        switch name {
        case "help":
            printHelp()
        case "time":
            console.print(TextWrap.wrap(printer.time(conversation), width: printer.width))
        case "hint":
            console.print(console.style.yellow("Hint: ") + TextWrap.wrap(conversation.hint, width: printer.width - 6))
        case "notes":
            let note = text.dropFirst("/notes".count).trimmingCharacters(in: .whitespaces)
            guard !note.isEmpty else {
                console.print("Usage: /notes TEXT — for example: /notes ask about the move into research")
                return .stay
            }
            save(conversation.note(note))
            console.print(console.style.dim(writer == nil ? "(Noted; this session is not being saved.)" : "(Noted in your transcript.)"))
        case "end":
            return .end
        case "quit":
            return .quit
        default:
            printHelp()
        }
        return .stay
    }

    private func printHelp() {
        let menu = PracticeCommand.menu
        let width = menu.map(\.synopsis.count).max() ?? 0
        console.print("Anything you type without '/' is said to \(conversation.persona.name). Commands:")
        for entry in menu {
            let padding = String(repeating: " ", count: width - entry.synopsis.count)
            console.print("  " + console.style.bold(entry.synopsis) + padding + "  " + entry.abstract)
        }
        console.print("Keys: Tab completes commands, ↑/↓ recall earlier lines, Ctrl-C clears the line, Ctrl-D ends the conversation.")
    }

    static func complete(_ text: String) -> Completion {
        guard text.hasPrefix("/"), !text.contains(" ") else { return Completion(replacing: 0, candidates: []) }
        return Completion.matching(text, among: PracticeCommand.names)
    }
}
