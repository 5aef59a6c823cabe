/// Reads lines from standard input when it is not a terminal: no prompt, no escape sequences.
public final class PlainLineReader: LineReader {
    public let isInteractive = false
    public var completer: Completer?

    public init() {}

    public func readLine(prompt: String) -> LineInput {
        guard var line = Swift.readLine(strippingNewline: true) else { return .end }
        if line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }
}
