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

    /// Numbers every word the patterns name, for a `PatternTable`.
    static func lexicon(of patterns: some Sequence<CuePattern>) -> [String: Int32] {
        let named = patterns.reduce(into: Set<String>()) { $0.formUnion($1.words) }
        var lexicon: [String: Int32] = [:]
        for (number, word) in named.sorted().enumerated() { lexicon[word] = Int32(number) }
        return lexicon
    }
}
