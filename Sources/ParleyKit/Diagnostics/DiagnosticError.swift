/// A batch of diagnostics thrown together, so a caller sees every problem at once.
public struct DiagnosticError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line, in the order they were found.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
