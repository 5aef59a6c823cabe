/// What one read from the learner produced.
public enum LineInput: Equatable, Sendable {
    /// A finished line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed (possibly empty) was cleared.
    case interrupt(discarded: String)
    /// End of input: Ctrl-D on an empty line, or the end of a pipe or script.
    case end
}

/// Suggests completions for the word before the cursor.
public struct Completion: Equatable, Sendable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }
}

/// Given the text before the cursor, what could complete it.
public typealias Completer = (String) -> Completion

/// Where the learner's lines come from: a line editor on a terminal, a pipe, or a test's script.
public protocol LineReader: AnyObject {
    /// True when a person types at a terminal; false for pipes, scripts and tests.
    var isInteractive: Bool { get }
    /// Called on Tab; readers without line editing ignore it.
    var completer: Completer? { get set }
    /// Shows `prompt` (when interactive) and reads one line.
    func readLine(prompt: String) -> LineInput
}

extension Completion {
    /// The candidates from `words` that start with the last word of `text`.
    public static func matching(_ text: String, among words: [String]) -> Completion {
        let word = text.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let found = words.filter { $0.hasPrefix(word) }.sorted()
        return Completion(replacing: word.count, candidates: found)
    }

    /// The longest prefix every candidate shares.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
