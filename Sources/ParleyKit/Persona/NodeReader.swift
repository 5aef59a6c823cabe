import Yams

/// Reads typed values out of a YAML node tree, collecting a diagnostic for every problem on the way.
final class NodeReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// A map's entries by key, after checking its keys against the schema.
    struct Fields {
        let node: Node
        var values: [String: Node]

        /// The value for `key`, treating an explicit null (`key:`) as absent.
        subscript(key: String) -> Node? {
            guard let value = values[key], !NodeReader.isNull(value) else { return nil }
            return value
        }
    }

    func error(_ message: String, at node: Node?) {
        diagnostics.append(Diagnostic(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message))
    }

    var errorCount: Int { diagnostics.count }

    /// Checks that `node` is a map with only `allowed` keys and every `required` one.
    func fields(_ node: Node, of what: String, allowed: [String], required: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            error("expected a map for \(what), found \(Self.kind(of: node))", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, !Self.isNull(key) else {
                error("expected a key name, found \(Self.kind(of: key))", at: key)
                continue
            }
            guard allowed.contains(name) else {
                error(Self.unknown("key", name, allowed: allowed), at: key)
                continue
            }
            values[name] = value
        }
        for key in required where values[key].map(Self.isNull) ?? true {
            if let value = values[key] {
                error("'\(key)' needs a value", at: value)
            } else {
                error("missing required key '\(key)' in \(what)", at: node)
            }
        }
        return Fields(node: node, values: values)
    }

    /// `unknown key 'greetng' (did you mean 'greeting'?)`, or the allowed names when nothing is close.
    static func unknown(_ noun: String, _ name: String, allowed: [String]) -> String {
        if let suggestion = KeySuggestion.closest(to: name, in: allowed) {
            return "unknown \(noun) '\(name)' (did you mean '\(suggestion)'?)"
        }
        return "unknown \(noun) '\(name)'; allowed: \(allowed.joined(separator: ", "))"
    }

    /// A non-empty string; any scalar is taken as its text, so `version: 1.2` reads as "1.2".
    func string(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar, !Self.isNull(node) else {
            error("expected a string for '\(key)', found \(Self.kind(of: node))", at: node)
            return nil
        }
        guard !scalar.string.allSatisfy(\.isWhitespace) else {
            error("'\(key)' must not be empty", at: node)
            return nil
        }
        return scalar.string
    }

    func string(_ fields: Fields, _ key: String) -> String? {
        fields[key].flatMap { string($0, key: key) }
    }

    /// A list, each element read by `element`; nil elements (already diagnosed) are dropped.
    func list<T>(_ node: Node, key: String, nonEmpty: Bool, element: (Node) -> T?) -> [T]? {
        guard let sequence = node.sequence else {
            error("expected a list for '\(key)', found \(Self.kind(of: node))", at: node)
            return nil
        }
        if nonEmpty, sequence.isEmpty {
            error("'\(key)' must have at least one entry", at: node)
            return nil
        }
        return sequence.compactMap(element)
    }

    func stringList(_ node: Node, key: String, nonEmpty: Bool) -> [String]? {
        list(node, key: key, nonEmpty: nonEmpty) { string($0, key: key) }
    }

    /// A whole number within `range`.
    func integer(_ node: Node, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = node.scalar?.string, !Self.isNull(node) else {
            error("expected a whole number for '\(key)', found \(Self.kind(of: node))", at: node)
            return nil
        }
        guard let value = Int(text) else {
            error("expected a whole number for '\(key)', found '\(text)'", at: node)
            return nil
        }
        guard range.contains(value) else {
            let bounds =
                range.upperBound == .max
                ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            error("'\(key)' must be \(bounds), found \(value)", at: node)
            return nil
        }
        return value
    }

    func duration(_ node: Node, key: String, allowZero: Bool) -> Duration? {
        guard let text = string(node, key: key) else { return nil }
        guard let duration = Duration(packText: text) else {
            error("invalid duration '\(text)' for '\(key)': write it like 45s, 3m or 1m30s (at most 24h)", at: node)
            return nil
        }
        if !allowZero, duration == .zero {
            error("'\(key)' must be longer than 0s", at: node)
            return nil
        }
        return duration
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            error("invalid \(key) '\(text)'; expected one of: \(allowed)", at: node)
            return nil
        }
        return value
    }

    /// `^[a-z0-9]+(-[a-z0-9]+)*$`
    static func isIdentifier(_ text: String) -> Bool {
        text.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    func identifier(_ node: Node, key: String) -> String? {
        guard let text = string(node, key: key) else { return nil }
        guard Self.isIdentifier(text) else {
            error(
                "invalid \(key) '\(text)': use lowercase letters, digits and single '-' between them (like 'maya-chen')",
                at: node)
            return nil
        }
        return text
    }

    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "a map"
        case .sequence: "a list"
        case .scalar: isNull(node) ? "nothing" : "'\(node.scalar?.string.prefix(40) ?? "")'"
        case .alias: "an alias"
        }
    }
}
