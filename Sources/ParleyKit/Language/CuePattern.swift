/// A small pattern over normalised words, in the spirit of ChatScript: `a|b` alternatives, `~set`
/// concept sets, `a_b` phrases, `x?` optional words, `*` (up to 3 words) or `*N` gaps, all in one sentence.
public struct CuePattern: Sendable {
    enum Element: Sendable {
        case words(Set<String>, phrases: [[String]], optional: Bool)
        case gap(Int)
    }

    let source: String
    let elements: [Element]

    /// - Parameter concepts: the `~name` sets the pattern may use.
    init(_ source: String, concepts: [String: Set<String>]) {
        self.source = source
        elements = source.split(separator: " ").map { part -> Element in
            if part.hasPrefix("*") { return .gap(Int(part.dropFirst()) ?? 3) }
            var text = String(part)
            let optional = text.hasSuffix("?")
            if optional { text.removeLast() }
            var words: Set<String> = []
            var phrases: [[String]] = []
            for alternative in text.split(separator: "|") {
                if alternative.contains("_") {
                    phrases.append(alternative.split(separator: "_").map(String.init))
                } else if alternative.hasPrefix("~") {
                    guard let concept = concepts[String(alternative.dropFirst())] else {
                        preconditionFailure("unknown concept \(alternative) in pattern '\(source)'")
                    }
                    words.formUnion(concept)
                } else {
                    words.insert(String(alternative))
                }
            }
            return .words(words, phrases: phrases, optional: optional)
        }
    }

    /// Every literal word the pattern can match, for the typo corrector's vocabulary.
    var words: Set<String> {
        elements.reduce(into: []) { result, element in
            if case .words(let set, let phrases, _) = element {
                result.formUnion(set)
                for phrase in phrases { result.formUnion(phrase) }
            }
        }
    }

    /// The words a match can begin with; nil when it can begin with anything (an optional first word).
    var startWords: Set<String>? {
        guard case .words(let set, let phrases, let optional) = elements.first, !optional else { return nil }
        return set.union(phrases.compactMap(\.first))
    }

    /// The match beginning at `start`, if any, within `range`.
    func match(in tokens: [String], at start: Int, range: Range<Int>) -> Range<Int>? {
        match(tokens, element: 0, at: start, limit: range.upperBound, started: false).map { start..<$0 }
    }

    /// Every match inside `range`, at most one per starting word.
    func matches(in tokens: [String], range: Range<Int>) -> [Range<Int>] {
        range.compactMap { match(in: tokens, at: $0, range: range) }
    }

    private func match(_ tokens: [String], element: Int, at position: Int, limit: Int, started: Bool) -> Int? {
        guard element < elements.count else { return position }
        switch elements[element] {
        case .gap(let most):
            for skip in 0...most where position + skip <= limit {
                if let end = match(tokens, element: element + 1, at: position + skip, limit: limit, started: started) {
                    return end
                }
            }
            return nil
        case .words(let set, let phrases, let optional):
            if position < limit, set.contains(tokens[position]),
                let end = match(tokens, element: element + 1, at: position + 1, limit: limit, started: true)
            {
                return end
            }
            for phrase in phrases where position + phrase.count <= limit {
                guard tokens[position..<position + phrase.count].elementsEqual(phrase) else { continue }
                if let end = match(tokens, element: element + 1, at: position + phrase.count, limit: limit, started: true) {
                    return end
                }
            }
            // An optional word may be skipped, but a match must not begin with a skipped word's gap.
            return optional ? match(tokens, element: element + 1, at: position, limit: limit, started: started) : nil
        }
    }
}
