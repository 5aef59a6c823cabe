import Yams

/// Turns a pack file's bytes into a YAML node tree, refusing hostile input before and after parsing.
enum PackDocument {
    /// The root node, or nil with the diagnostics that explain why not.
    static func parse(_ bytes: [UInt8], file: String, limits: PackLimits) -> (Node?, [Diagnostic]) {
        func failure(_ message: String, _ line: Int? = nil, _ column: Int? = nil) -> (Node?, [Diagnostic]) {
            (nil, [Diagnostic(file: file, line: line, column: column, message: message)])
        }
        guard bytes.count <= limits.maxFileBytes else {
            return failure(PackFileReader.Problem.tooLarge(bytes: bytes.count, limit: limits.maxFileBytes).message)
        }
        let text: String
        switch decodeUTF8(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let bad):
            return failure("invalid UTF-8 at byte \(bad.offset); save the file as UTF-8", bad.line, bad.column)
        }
        if let (line, column) = aliasBeyondLimit(in: text, limit: limits.maxAliases) {
            return failure(
                "more than \(limits.maxAliases) YAML aliases ('*name'); packs may use only a few", line, column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, file: file, text: text)])
        } catch {
            return failure("cannot parse YAML: \(error)")
        }
        guard let root else { return failure("the file is empty", 1, 1) }
        if let problem = boundsProblem(root, file: file, limits: limits) { return (nil, [problem]) }
        return (root, [])
    }

    struct InvalidUTF8: Error {
        var offset: Int
        var line: Int
        var column: Int
    }

    /// The text, or where its first invalid byte is (line and column count the valid text before it).
    static func decodeUTF8(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var (offset, line, column) = (0, 1, 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            case .emptyInput:
                return .success(String(scalars))
            case .error:
                return .failure(InvalidUTF8(offset: offset, line: line, column: column))
            }
        }
    }

    /// Where the first alias beyond `limit` starts, if there is one.
    ///
    /// This runs before parsing and so cannot tell quoted text from YAML syntax: it counts everything
    /// libyaml could scan as an alias token — a `*` where a token can start (after a space, a line
    /// break or one of `[]{},:?"'`), then letters, digits, `-` or `_`, then a space, a line break or
    /// one of `?:,]}%@` and backquote. It may overcount, never undercount, which bounds what aliases
    /// can expand to before Yams builds (and hashes) the tree.
    static func aliasBeyondLimit(in text: String, limit: Int) -> (line: Int, column: Int)? {
        let scalars = Array(text.unicodeScalars)
        let terminators: Set<Unicode.Scalar> = ["?", ":", ",", "]", "}", "%", "@", "`"]
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        func isBlankOrEnd(_ index: Int) -> Bool {
            guard index < scalars.count else { return true }
            return [" ", "\t", "\r", "\n", "\u{0}", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalars[index])
        }
        let tokenEnds: Set<Unicode.Scalar> = ["[", "]", "{", "}", ",", ":", "?", "\"", "'", "\u{FEFF}"]
        func mayStartToken(_ index: Int) -> Bool {
            index == 0 || isBlankOrEnd(index - 1) || tokenEnds.contains(scalars[index - 1])
        }
        var (count, line, column, index) = (0, 1, 1, 0)
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*", mayStartToken(index) {
                var end = index + 1
                while end < scalars.count, isNameScalar(scalars[end]) { end += 1 }
                if end > index + 1, isBlankOrEnd(end) || terminators.contains(scalars[end]) {
                    count += 1
                    if count > limit { return (line, column) }
                }
            }
            if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            index += 1
        }
        return nil
    }

    /// Walks the whole tree without recursion, counting nodes as aliases expand them.
    static func boundsProblem(_ root: Node, file: String, limits: PackLimits) -> Diagnostic? {
        var stack: [(Node, Int)] = [(root, 1)]
        var visited = 0
        while let (node, depth) = stack.popLast() {
            visited += 1
            if visited > limits.maxNodes {
                return Diagnostic(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "the file has more than \(limits.maxNodes) YAML values (counting what aliases repeat)")
            }
            if depth > limits.maxDepth {
                return Diagnostic(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "nesting is deeper than \(limits.maxDepth) levels")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    stack.append((value, depth + 1)); stack.append((key, depth + 1))
                }
            case .sequence(let sequence):
                for element in sequence.reversed() { stack.append((element, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func make(_ message: String, _ mark: Mark?) -> Diagnostic {
            Diagnostic(file: file, line: mark?.line, column: mark?.column, message: message)
        }
        func make(_ message: String, _ place: (line: Int, column: Int)?) -> Diagnostic {
            Diagnostic(file: file, line: place?.line, column: place?.column, message: message)
        }
        func describe(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return "invalid YAML: \(problem)" }
            return "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line))"
        }
        switch error {
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            return make("nesting is too deep", mark)
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return make(describe(context, problem), mark)
        case .reader(let problem, let offset, _, _):
            let mark = offset.map { characterOffset in
                let prefix = text.prefix(characterOffset)
                let line = prefix.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
                let column = prefix.reversed().prefix { !$0.isNewline }.reduce(1) { $0 + $1.unicodeScalars.count }
                return (line: line, column: column)
            }
            return make("invalid YAML: \(problem)", mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return make("duplicate key \(keys) in the same map", context.mark)
        default:
            return Diagnostic(file: file, message: "cannot parse YAML: \(error)")
        }
    }
}
