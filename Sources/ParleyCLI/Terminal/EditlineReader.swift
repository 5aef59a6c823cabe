import CEditline
import Foundation

/// Line editing on a terminal through libedit: Emacs keys, history kept in a file,
/// Tab completion from the caller, Ctrl-C that clears the line.
public final class EditlineReader: LineReader {
    public let isInteractive = true
    public var completer: Completer?

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: URL?
    private var prompt: UnsafeMutablePointer<CChar>?
    /// Set by the Ctrl-C key function, read after `el_gets` returns.
    private var interruption: (discarded: String, charactersAfterCursor: Int)?

    /// The most lines the history file keeps.
    public static let historyLimit = 1000
    /// Brackets the invisible (colour) parts of a prompt, as EL_PROMPT_ESC asks.
    static let promptEscape: CChar = 1

    /// - Parameter historyFile: where history is loaded from and saved to; nil keeps it in memory.
    public init?(programName: String = "parley", historyFile: URL?) {
        // libedit decodes keys by the C locale; without UTF-8, accents and emoji break.
        _ = parley_use_utf8_locale()
        guard let editor = parley_el_init(programName) else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyFile = historyFile

        parley_history_set_size(history, Int32(Self.historyLimit))
        parley_history_set_unique(history, 1)
        if let historyFile { parley_history_load(history, historyFile.path) }

        parley_el_set_clientdata(editor, Unmanaged.passUnretained(self).toOpaque())
        parley_el_set_editor(editor, "emacs")
        parley_el_set_history(editor, history)
        parley_el_set_signal(editor, 1)
        parley_el_set_prompt(editor, editlinePrompt, Self.promptEscape)
        // Ctrl-C is a key here, not a signal, so it can clear the line without killing anything.
        parley_el_set_tty_edit(editor, "-isig")
        parley_el_add_function(editor, "parley-interrupt", "Clear the line", editlineInterrupt)
        parley_el_bind(editor, "^C", "parley-interrupt")
        parley_el_add_function(editor, "parley-complete", "Complete the word", editlineComplete)
        parley_el_bind(editor, "^I", "parley-complete")
        el_source(editor, nil)
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(prompt)
    }

    public func readLine(prompt text: String) -> LineInput {
        free(prompt)
        prompt = strdup(text)
        interruption = nil
        var count: Int32 = 0
        let raw = el_gets(editor, &count)
        if let interrupted = interruption {
            let move = interrupted.charactersAfterCursor > 0 ? "\u{1B}[\(interrupted.charactersAfterCursor)C" : ""
            parley_write_stdout(move + "^C\n")
            return .interrupt(discarded: interrupted.discarded)
        }
        guard let raw, count > 0 else {
            if count == 0 { parley_write_stdout("\n") }
            return .end
        }
        var line = String(decoding: UnsafeRawBufferPointer(start: raw, count: Int(count)), as: UTF8.self)
        while line.last == "\n" || line.last == "\r" { line.removeLast() }
        remember(line)
        return .line(line)
    }

    /// Adds a line to history and saves the file at once, so a killed session keeps it.
    private func remember(_ line: String) {
        let entry = line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        parley_history_enter(history, entry)
        guard let historyFile else { return }
        let directory = historyFile.deletingLastPathComponent()
        try? FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // Created owner-only before libedit writes it: history holds what the learner typed.
        let fd = open(historyFile.path, O_WRONLY | O_CREAT, 0o600)
        if fd >= 0 { close(fd) }
        parley_history_save(history, historyFile.path)
    }

    fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { prompt }

    fileprivate func interrupt() -> UInt8 {
        let info = el_line(editor).pointee
        let length = info.lastchar - info.buffer
        let discarded = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
        let wide = el_wline(editor).pointee
        let after = wide.lastchar - wide.cursor
        interruption = (discarded, after)
        el_cursor(editor, Int32(after))
        el_deletestr(editor, Int32(wide.lastchar - wide.buffer))
        return UInt8(CC_NEWLINE)
    }

    fileprivate func complete() -> UInt8 {
        guard let completer else { return UInt8(CC_REFRESH_BEEP) }
        let info = el_line(editor).pointee
        let before = String(
            decoding: UnsafeRawBufferPointer(start: info.buffer, count: info.cursor - info.buffer), as: UTF8.self)
        let completion = completer(before)
        guard !completion.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(before.suffix(completion.replacing))
        if completion.candidates.count == 1, let only = completion.candidates.first {
            let rest = only.hasPrefix(typed) ? String(only.dropFirst(typed.count)) : only
            el_insertstr(editor, rest + " ")
            return UInt8(CC_REFRESH)
        }
        let common = completion.commonPrefix
        if common.count > typed.count, common.hasPrefix(typed) {
            el_insertstr(editor, String(common.dropFirst(typed.count)))
            return UInt8(CC_REFRESH)
        }
        parley_write_stdout("\n" + completion.candidates.joined(separator: "  ") + "\n")
        return UInt8(CC_REDISPLAY)
    }
}

private func reader(_ editor: OpaquePointer?) -> EditlineReader? {
    guard let editor, let data = parley_el_get_clientdata(editor) else { return nil }
    return Unmanaged<EditlineReader>.fromOpaque(data).takeUnretainedValue()
}

private let editlinePrompt: parley_prompt_fn = { editor in
    reader(editor)?.promptPointer
}

private let editlineInterrupt: parley_key_fn = { editor, _ in
    reader(editor)?.interrupt() ?? UInt8(CC_NORM)
}

private let editlineComplete: parley_key_fn = { editor, _ in
    reader(editor)?.complete() ?? UInt8(CC_NORM)
}
