/// Fixes small typos in the words signals are heard by ("shoud" → "should", "anyon" → "anyone"),
/// and only in those: one edit for words of up to seven letters, two for longer ones, none for
/// words under four letters or words that are already correct English.
public struct TypoCorrector: Sendable {
    private let vocabulary: Set<String>
    /// A vocabulary word for each of its one- and two-letter deletions (symmetric delete).
    private let index: [String: [String]]
    private let known: Set<String>
    /// Stems of known words, so inflections ("talking", "hiring") are never "corrected".
    private let knownStems: Set<String>

    public init(cueWords: Set<String>, knownWords: Set<String> = TypoCorrector.commonWords) {
        let vocabulary = cueWords.filter { $0.count >= 4 }
        var index: [String: [String]] = [:]
        for word in vocabulary {
            for variant in Self.deletions(of: word, depth: word.count >= 8 ? 2 : 1) {
                index[variant, default: []].append(word)
            }
        }
        self.vocabulary = vocabulary
        self.index = index
        self.known = knownWords.union(cueWords)
        self.knownStems = Set(known.map(Stemmer.stem))
    }

    public func correct(_ token: String) -> String {
        guard token.count >= 4, !known.contains(token), !knownStems.contains(Stemmer.stem(token)),
            token.unicodeScalars.allSatisfy(\.isASCII),
            !token.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        else { return token }
        var candidates: [String] = index[token] ?? []
        for variant in Self.deletions(of: token, depth: token.count >= 8 ? 2 : 1) {
            if vocabulary.contains(variant) { candidates.append(variant) }
            candidates += index[variant] ?? []
        }
        var best: (word: String, distance: Int)?
        for candidate in Set(candidates) {
            // Typos rarely touch the first letter; "banking" must not become "thanking".
            guard candidate.first == token.first else { continue }
            let limit = min(candidate.count, token.count) >= 8 ? 2 : 1
            let distance = Self.distance(token, candidate)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.word) {
                best = (candidate, distance)
            }
        }
        return best?.word ?? token
    }

    static func deletions(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = []
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next: Set<String> = []
            for item in frontier where item.count > 2 {
                let characters = Array(item)
                for index in characters.indices {
                    var shorter = characters
                    shorter.remove(at: index)
                    next.insert(String(shorter))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// Everyday words that must never be "corrected" into a cue word that looks like them.
    public static let commonWords: Set<String> = [
        "hiking", "biking", "liking", "hiding", "firing", "wiring", "tiring", "their", "these", "those", "three",
        "where", "were", "here", "there", "then", "than", "them", "they", "what", "when", "with", "without",
        "work", "works", "worked", "word", "words", "world", "would", "could", "should", "shoulder", "cold", "hold",
        "told", "sold", "role", "roles", "rule", "rules", "rope", "time", "times", "tame", "team", "teams", "tell",
        "well", "will", "wall", "call", "calls", "talk", "talks", "walk", "walks", "take", "takes", "make", "makes",
        "like", "likes", "life", "live", "lives", "love", "loved", "move", "moved", "more", "most", "much", "must",
        "else", "also", "ease", "easy", "name", "names", "game", "games", "same", "came", "come", "some", "home",
        "hope", "hoped", "open", "opens", "over", "ever", "even", "every", "very", "many", "mind", "find", "kind",
        "fine", "line", "lines", "mine", "nine", "note", "notes", "vote", "voted", "keep", "kept", "week", "weeks",
        "need", "needs", "seed", "feed", "free", "tree", "help", "held", "hell", "hall", "half", "self", "sell",
        "send", "sent", "spend", "spent", "spell", "speak", "spoke", "sneak", "touch", "teach", "reach", "beach",
        "peach", "each", "back", "pack", "pick", "thank", "think", "thing", "things", "thin", "trying", "tying",
        "typing", "taking", "making", "having", "hearing", "heading", "reading", "leading", "learning", "earning",
        "warning", "wearing", "hiring", "firm", "firms", "form", "forms", "from", "farm", "informal", "normal",
        "about", "above", "abode", "other", "others", "mother", "brother", "anymore", "anyway", "answer", "answers",
        "honest", "honestly", "happy", "happen", "happens", "hobby", "person", "persons", "reason", "season",
        "lesson", "nurse", "nurses", "course", "courses", "source", "sources", "career", "careers", "carrier",
        "career's", "field", "fields", "yield", "still", "skill", "skills", "style", "title", "little", "later",
        "latter", "letter", "better", "butter", "after", "water", "enter", "center", "centre", "offer", "offers",
        "often", "soft", "soon", "sooner", "moon", "noon", "room", "zoom", "boom", "book", "books", "look", "looks",
        "took", "cook", "hook", "good", "food", "mood", "wood", "stood", "today", "tonight", "tomorrow", "data",
        "date", "dates", "late", "later", "plate", "state", "states", "stage", "page", "wage", "wages", "salary",
        "plan", "plans", "planning", "plane", "place", "places", "space", "pace", "face", "race", "rate", "rates",
    ]
}
