import Synchronization

/// Fixes small typos in the words signals are heard by ("shoud" → "should", "anyon" → "anyone"),
/// and only in those: one edit for words of up to seven letters, two for longer ones, none for
/// words under four letters or words that are already correct English (`EnglishWords`).
public struct TypoCorrector: Sendable {
    /// Words already looked at, with what they became: people reuse their words, and the search
    /// over the vocabulary costs far more than a lookup. Bounded; cleared when full.
    private final class Memo: Sendable {
        let table = Mutex<[String: String]>([:])
    }
    private let memo = Memo()
    private static let memoLimit = 50_000

    /// Vocabulary words by first letter, as bytes: a typo keeps its first letter.
    private let byFirstLetter: [UInt8: [[UInt8]]]
    private let known: Set<String>
    /// Stems of known words, so inflections ("talking", "hiring") are never "corrected".
    private let knownStems: Set<String>

    public init(cueWords: Set<String>, knownWords: Set<String> = TypoCorrector.commonWords) {
        var buckets: [UInt8: [[UInt8]]] = [:]
        for word in cueWords.sorted() where word.count >= 4 && word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) {
            let bytes = Array(word.utf8)
            buckets[bytes[0], default: []].append(bytes)
        }
        byFirstLetter = buckets
        known = knownWords.union(cueWords)
        knownStems = Set(known.map(Stemmer.stem))
    }

    public func correct(_ token: String) -> String {
        if let known = memo.table.withLock({ $0[token] }) { return known }
        let corrected = search(token)
        memo.table.withLock { table in
            if table.count >= Self.memoLimit { table.removeAll(keepingCapacity: true) }
            table[token] = corrected
        }
        return corrected
    }

    private func search(_ token: String) -> String {
        let bytes = Array(token.utf8)
        guard bytes.count >= 4, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }), let bucket = byFirstLetter[bytes[0]],
            !known.contains(token), !EnglishWords.contains(token), !knownStems.contains(Stemmer.stem(token))
        else { return token }
        var best: (word: [UInt8], distance: Int)?
        for candidate in bucket where abs(candidate.count - bytes.count) <= 2 {
            // A four-letter word is only ever missing a letter ("ther" → "there") or has two letters
            // swapped ("tiem" → "time"): "part" is not "past".
            if bytes.count == 4, candidate.count != 5, !(candidate.count == 4 && Self.isSwap(bytes, candidate)) { continue }
            let limit = min(candidate.count, bytes.count) >= 8 ? 2 : 1
            guard abs(candidate.count - bytes.count) <= limit else { continue }
            let distance = EditDistance.between(bytes, candidate)
            guard distance <= limit else { continue }
            // On a tie, a word the typo is the start of wins: "ther" is "there" sooner than "their".
            if let current = best {
                let better = distance < current.distance
                    || (distance == current.distance && candidate.starts(with: bytes) && !current.word.starts(with: bytes))
                guard better else { continue }
            }
            best = (candidate, distance)
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) } ?? token
    }

    /// True when `a` is `b` with two neighbouring letters swapped.
    static func isSwap(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let differing = a.indices.filter { a[$0] != b[$0] }
        return differing.count == 2 && differing[1] == differing[0] + 1
            && a[differing[0]] == b[differing[1]] && a[differing[1]] == b[differing[0]]
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
        "saying", "says", "paying", "playing", "praying", "laying", "buying", "lying", "dying", "weighing",
        "fielding", "sending", "spending", "lending", "mending", "ending", "bending", "tending", "pending",
        "hearing", "bearing", "tearing", "sharing", "caring", "daring", "staring", "storing", "scoring",
    ]
}
