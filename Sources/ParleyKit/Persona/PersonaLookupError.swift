/// Why a persona name did not resolve.
public enum PersonaLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String, suggestion: String?)

    public var description: String {
        switch self {
        case .notFound(let name, let suggestion?): "no persona '\(name)' (did you mean '\(suggestion)'?)"
        case .notFound(let name, nil): "no persona '\(name)'"
        }
    }
}
