/// Finds the allowed name closest to a misspelt one, for "did you mean …?" hints.
enum KeySuggestion {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let word = Array(word.lowercased())
        let scored = candidates.map { ($0, EditDistance.between(word, Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(2, word.count / 3)
        return best.1 <= allowed ? best.0 : nil
    }
}
