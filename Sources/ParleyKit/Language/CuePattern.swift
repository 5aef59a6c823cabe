/// A small pattern over normalised words, in the spirit of ChatScript: `a|b` alternatives, `~set`
/// concept sets, `a_b` phrases, `x?` optional words, `*` (up to 3 words) or `*N` gaps, all in one sentence.
public struct CuePattern: Sendable {
    enum Element: Sendable {
        case words(Set<String>, phrases: [[String]], optional: Bool)
        case gap(Int)
    }

    /// An element over word numbers (see `compiled(with:)`): a bit per word of the lexicon.
    enum CompiledElement: Sendable {
        case words(bits: [UInt64], phrases: [[Int32]], optional: Bool)
        case gap(Int)
    }

    let source: String
    let elements: [Element]
    private(set) var compiled: [CompiledElement] = []

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

    /// Numbers every word the patterns name, for `compiled(with:)`.
    static func lexicon(of patterns: some Sequence<CuePattern>) -> [String: Int32] {
        let named = patterns.reduce(into: Set<String>()) { $0.formUnion($1.words) }
        var lexicon: [String: Int32] = [:]
        for (number, word) in named.sorted().enumerated() { lexicon[word] = Int32(number) }
        return lexicon
    }

    /// The pattern over word numbers: `lexicon` numbers every word any pattern names; a line's
    /// words are looked up once, and matching tests bits instead of hashing strings.
    func compiled(with lexicon: [String: Int32]) -> CuePattern {
        var copy = self
        let size = (lexicon.count + 63) / 64
        copy.compiled = elements.map { element in
            switch element {
            case .gap(let most): return .gap(most)
            case .words(let set, let phrases, let optional):
                var bits = [UInt64](repeating: 0, count: size)
                for word in set {
                    guard let id = lexicon[word] else { continue }
                    bits[Int(id) >> 6] |= 1 << UInt64(id & 63)
                }
                let numbered = phrases.map { $0.map { lexicon[$0] ?? -2 } }
                return .words(bits: bits, phrases: numbered, optional: optional)
            }
        }
        return copy
    }

    /// The match beginning at `start` over word numbers (-1: a word no pattern names), within `range`.
    func match(ids: [Int32], at start: Int, range: Range<Int>) -> Range<Int>? {
        match(ids, element: 0, at: start, limit: range.upperBound, started: false).map { start..<$0 }
    }

    /// Every match over word numbers inside `range`, at most one per starting word.
    func matches(ids: [Int32], range: Range<Int>) -> [Range<Int>] {
        range.compactMap { match(ids: ids, at: $0, range: range) }
    }

    private func match(_ ids: [Int32], element: Int, at position: Int, limit: Int, started: Bool) -> Int? {
        guard element < compiled.count else { return position }
        switch compiled[element] {
        case .gap(let most):
            for skip in 0...most where position + skip <= limit {
                if let end = match(ids, element: element + 1, at: position + skip, limit: limit, started: started) {
                    return end
                }
            }
            return nil
        case .words(let bits, let phrases, let optional):
            if position < limit {
                let id = ids[position]
                if id >= 0, bits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0,
                    let end = match(ids, element: element + 1, at: position + 1, limit: limit, started: true)
                {
                    return end
                }
            }
            for phrase in phrases where position + phrase.count <= limit {
                guard ids[position..<position + phrase.count].elementsEqual(phrase) else { continue }
                if let end = match(ids, element: element + 1, at: position + phrase.count, limit: limit, started: true) {
                    return end
                }
            }
            return optional ? match(ids, element: element + 1, at: position, limit: limit, started: started) : nil
        }
    }
}
