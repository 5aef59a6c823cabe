import Foundation

/// Colour and emphasis for people's output: on only for a terminal, never with `NO_COLOR` or `TERM=dumb`.
public struct TerminalStyle: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The style for a file descriptor, by the no-color.org convention.
    public static func detect(
        fileDescriptor: Int32 = STDOUT_FILENO,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return TerminalStyle(enabled: false) }
        if environment["TERM"] == "dumb" { return TerminalStyle(enabled: false) }
        return TerminalStyle(enabled: isatty(fileDescriptor) == 1)
    }

    public static let plain = TerminalStyle(enabled: false)

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// A prompt for libedit: colour codes bracketed so they take no columns.
    public func prompt(_ text: String, escape: Character = "\u{1}") -> String {
        guard enabled else { return text }
        return "\(escape)\u{1B}[1;36m\(escape)\(text)\(escape)\u{1B}[0m\(escape)"
    }
}
