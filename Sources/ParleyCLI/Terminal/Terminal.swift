import Foundation

/// Chooses how to read the learner's lines for the standard streams at hand.
public enum Terminal {
    /// True when a person is at a terminal on both standard input and output.
    public static var isInteractive: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// The terminal's width when standard output is one; nil for pipes and files.
    public static var outputWidth: Int? {
        isatty(STDOUT_FILENO) == 1 ? TextWrap.width : nil
    }

    /// libedit on a terminal, plain lines from a pipe or file.
    public static func lineReader(historyFile: URL?) -> any LineReader {
        if isInteractive, let reader = EditlineReader(historyFile: historyFile) {
            return reader
        }
        return PlainLineReader()
    }
}
