/// Tells open questions (what, how, why…, "tell me about…", "walk me through…") from closed ones
/// (yes/no and either/or) and from lines that ask nothing. A line with both counts as open: the
/// learner has invited the person to talk.
struct QuestionClassifier: Sendable {
    static let whWords: Set<String> = ["what", "how", "why", "where", "when", "which", "who", "whom", "whose"]
    static let auxiliaries: Set<String> = [
        "is", "are", "am", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "have",
        "has", "had", "may", "might", "shall", "any", "anyone", "anything", "anybody", "is", "ok", "okay",
    ]
    /// Words a question may start with before its real first word ("so, what…").
    static let fillers: Set<String> = [
        "so", "and", "but", "also", "ok", "well", "oh", "hi", "hey", "hello", "um", "um", "uh", "right", "yes",
        "great", "cool", "wow", "anyway", "then", "now", "actually", "honestly", "sorry", "quick", "question",
        "last", "thing", "okay", "alright", "ah", "hmm", "interesting", "nice", "gotcha", "awesome", "lovely",
        "perfect", "sure", "thanks", "thank", "you", "just", "out", "of", "curiosity", "a", "follow", "up",
        "another", "one", "more", "final", "my", "next", "second", "first", "maybe", "please", "or",
    ]
    /// After a wh-word, words that show a question even without a question mark ("how did u start").
    static let whFollowers: Set<String> = [
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "have", "has",
        "had", "made", "makes", "got", "kind", "sort", "type", "types", "skills", "advice", "led", "drew",
        "brought", "inspired", "keeps", "motivates", "surprised", "much", "many", "long", "often", "about",
        "else", "exactly", "happens", "helped", "parts", "part", "would", "does", "qualities", "tools",
    ]
    /// Requests for elaboration; the second word list says what may follow the first.
    static let openRequests: [(String, Set<String>)] = [
        ("tell", ["me", "us"]), ("walk", ["me", "us"]), ("talk", ["me"]), ("describe", []), ("explain", []),
        ("elaborate", []), ("expand", ["on"]), ("share", ["how", "what", "why", "more", "about", "a", "your", "some"]),
        ("understand", ["how", "what", "why", "where", "which"]), ("hear", ["about", "how", "what", "why", "more", "your"]),
        ("curious", ["about", "how", "what", "why", "where", "which", "to"]),
        ("interested", ["in", "to"]), ("wondering", ["how", "what", "why", "where", "which", "who", "when"]),
        ("wonder", ["how", "what", "why", "where", "which", "who", "when"]),
        ("sense", ["of"]), ("overview", ["of"]), ("picture", ["of"]),
    ]

    /// Words worth correcting typos in, for questions ("ther" → "there").
    static var vocabulary: Set<String> {
        whWords.union(auxiliaries).union(["there", "anyone", "anything", "anybody", "advice", "describe", "explain", "through"])
    }

    func classify(_ line: NormalizedLine) -> (kind: QuestionKind, cue: String)? {
        var closed: String?
        for sentence in line.sentences {
            let words = Array(line.tokens[sentence.range])
            guard let first = words.firstIndex(where: { !Self.fillers.contains($0) }) else {
                if sentence.endsWithQuestionMark { closed = closed ?? words.joined(separator: " ") }
                continue
            }
            if let open = openCue(words, from: first, marked: sentence.endsWithQuestionMark) { return (.open, open) }
            if sentence.endsWithQuestionMark || isAuxiliaryQuestion(words, from: first) {
                closed = closed ?? words[first..<min(words.count, first + 3)].joined(separator: " ")
            }
        }
        return closed.map { (.closed, $0) }
    }

    private func openCue(_ words: [String], from first: Int, marked: Bool) -> String? {
        let head = words[first]
        if Self.whWords.contains(head) {
            let next = first + 1 < words.count ? words[first + 1] : ""
            // "what a day!" and "when i was a kid…" ask nothing; "what do you…" and "how did u…" do.
            if marked || Self.whFollowers.contains(next) || next == "you" || next == "your" {
                return words[first..<min(words.count, first + 3)].joined(separator: " ")
            }
        }
        // "how long / what made you…" after a comma or "i'm curious, what…" inside a marked question.
        if marked, let wh = words.indices.first(where: { Self.whWords.contains(words[$0]) && $0 > first }),
            wh + 1 < words.count, Self.whFollowers.contains(words[wh + 1]) || words[wh + 1] == "you"
        {
            let leading = words[first]
            if !Self.auxiliaries.contains(leading) || ["would", "could", "can"].contains(leading) {
                return words[wh..<min(words.count, wh + 3)].joined(separator: " ")
            }
        }
        for index in first..<words.count {
            for (verb, followers) in Self.openRequests where words[index] == verb {
                let next = index + 1 < words.count ? words[index + 1] : ""
                if followers.isEmpty || followers.contains(next) {
                    if verb == "interested" || verb == "curious" || verb == "hear" || verb == "understand" {
                        // Only as a request: "I'd love to hear about…", "I'm curious how…".
                        guard index >= 1, ["am", "love", "to", "was", "really", "so", "also", "i", "just"].contains(words[index - 1]) else { continue }
                        if verb == "interested", next == "in", !words[(index + 2)...].contains(where: Self.whWords.contains) { continue }
                    }
                    if verb == "sense" || verb == "overview" || verb == "picture" {
                        // "give me a sense of…" asks; "I'm after an honest picture of the job" states.
                        let before = words[max(first, index - 4)..<index]
                        guard before.contains("me") || before.contains("us") else { continue }
                    }
                    if verb == "describe" || verb == "explain" {
                        guard index == first || ["you", "me", "to", "please", "can", "could", "would"].contains(words[index - 1]) else { continue }
                    }
                    return words[index..<min(words.count, index + 3)].joined(separator: " ")
                }
            }
        }
        return nil
    }

    private func isAuxiliaryQuestion(_ words: [String], from first: Int) -> Bool {
        guard Self.auxiliaries.contains(words[first]), first + 1 < words.count else { return false }
        // "Have a good rest of your day!" wishes; it does not ask.
        if ["have", "has", "had"].contains(words[first]), ["a", "an", "the"].contains(words[first + 1]) { return false }
        let subjects: Set<String> = [
            "you", "i", "we", "they", "it", "there", "he", "she", "your", "this", "that", "anyone", "someone",
            "people", "most", "any", "tips", "advice", "the", "a",
        ]
        return subjects.contains(words[first + 1]) || ["any", "anyone", "anything", "anybody"].contains(words[first])
    }
}
