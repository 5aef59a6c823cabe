/// One problem found in an input file, printed as `path:line:col: error: message`.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error
        case warning
    }

    /// The file as the user named it (or `personas/<file>` for the bundled pack).
    public var file: String
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based, counted in Unicode scalars; nil when unknown.
    public var column: Int?
    public var severity: Severity
    /// Lowercase, without a trailing period.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these diagnostics is an error (warnings alone do not fail validation).
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
