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
        "like", "yeah", "erm", "er", "basically", "seriously",
    ]
    /// After a wh-word, words that show a question even without a question mark ("how did u start").
    static let whFollowers: Set<String> = [
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "have", "has",
        "had", "made", "makes", "got", "kind", "sort", "type", "types", "skills", "advice", "led", "drew",
        "brought", "inspired", "keeps", "motivates", "surprised", "much", "many", "long", "often", "about",
        "else", "exactly", "happens", "helped", "parts", "part", "would", "does", "qualities", "tools",
        "gets", "drives", "drove", "excites", "bugs", "annoys", "frustrates", "worries", "matters",
        "counts", "helps", "stands", "sets", "happened", "changed", "surprises", "stresses", "scares",
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

    /// Words before a wh-word that make it a relative clause: "…someone who's made the switch?" stays closed.
    static let relatives: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "people", "person", "one", "ones", "those", "colleague",
        "colleagues", "friend", "friends", "coworker", "coworkers", "folks", "others", "vets", "alumni", "than",
        "sister", "brother", "contact", "contacts", "mentor", "manager", "student", "students", "clients", "time",
    ]

    /// Verbs of a wish to hear rather than a request ("I'd love to hear how…", "I'm curious what…"):
    /// without a question mark they ask only when nothing else in the line does.
    static let softRequests: Set<String> = ["understand", "hear", "curious", "interested", "wondering", "wonder", "sense", "overview", "picture", "share"]

    /// Questions a speaker asks themselves to find their place or their words.
    static let selfTalk: Set<String> = [
        "where was i", "how do i put this", "how do i put it", "how should i put it",
        "how should i put this", "what is the word", "what am i trying to say",
    ]

    /// - Returns: the kind, the words that decided it, and whether it rests only on a wish to hear
    ///   in a sentence without a question mark (a statement of purpose may carry one).
    func classify(_ line: NormalizedLine) -> (kind: QuestionKind, cue: String, soft: Bool)? {
        var closed: String?
        var soft: String?
        for sentence in line.sentences {
            let words = Array(line.tokens[sentence.range])
            guard let first = words.firstIndex(where: { !Self.fillers.contains($0) }) else {
                if sentence.endsWithQuestionMark { closed = closed ?? words.joined(separator: " ") }
                continue
            }
            // "…anyway, where was I?" asks the learner themselves.
            if Self.selfTalk.contains(words[first...].joined(separator: " ")) { continue }
            let marked = sentence.endsWithQuestionMark
            // "Should your team want a beta tester, I'm in." and "Were it useful, I could share my notes":
            // a condition put first by inversion, then a statement, asks nothing.
            if !marked, isInvertedCondition(line, sentence.range, first: sentence.range.lowerBound + first) { continue }
            // "In what ways has AI changed…", "To what extent…", "…thoughts on who?": a wh-word after a
            // preposition, or a wh-word closing a marked question, asks for more than yes or no.
            if let phrase = prepositionalWh(line, sentence.range, marked: marked) { return (.open, phrase, false) }
            // "Before we wrap up, can I ask what you'd do differently?": a wh-question asked for by
            // name is open wherever the sentence starts.
            if marked, let ask = words.indices.first(where: { index in
                index + 2 < words.count && Self.askingVerbs.contains(words[index]) && Self.whWords.contains(words[index + 1])
                    && (Self.whFollowers.contains(words[index + 2]) || Self.askedSubjects.contains(words[index + 2]))
                    // "can I ask what…" asks the wh-question; "do you mind if I ask how long…" asks leave.
                    && (words[index] != "ask" || index >= 2 && words[index - 1] == "i"
                        && ["can", "could", "may", "might"].contains(words[index - 2]))
            }) {
                return (.open, words[ask..<(ask + 3)].joined(separator: " "), false)
            }
            if marked, let last = words.last, Self.whWords.contains(last), words.count >= 2 {
                return (.open, words.suffix(2).joined(separator: " "), false)
            }
            // "ok real talk, what do u hate about it": a wh-question may open a later clause.
            if let clauseQuestion = clauseWhQuestion(line, sentence.range, marked: marked) { return (.open, clauseQuestion, false) }
            if !(marked && isSubordinateWhen(line, sentence.range, first: sentence.range.lowerBound + first)),
                let open = openCue(words, from: first, marked: marked)
            {
                let verb = open.split(separator: " ").first.map(String.init) ?? ""
                if marked || !Self.softRequests.contains(verb) { return (.open, open, false) }
                soft = soft ?? open
                continue
            }
            if marked || isAuxiliaryQuestion(words, from: first) {
                closed = closed ?? words[first..<min(words.count, first + 3)].joined(separator: " ")
            }
        }
        if let closed { return (.closed, closed, false) }
        return soft.map { (.open, $0, true) }
    }

    /// A wh-word opening a clause after the first, followed by what shows a question ("…, what do you…").
    private func clauseWhQuestion(_ line: NormalizedLine, _ range: Range<Int>, marked: Bool) -> String? {
        guard range.count > 2 else { return nil }
        // In a yes/no question, a later "when", "where", "who" or "which" clause is subordinate unless
        // it is inverted: "Do you ever get to see the results, when a study finishes?", "Is there
        // anyone…, who wouldn't mind me picking their brains?" — but "…, and where do you see it going?"
        let yesNo = line.tokens[range].first(where: { !Self.fillers.contains($0) }).map(Self.auxiliaries.contains) == true
        for index in range.lowerBound + 1..<range.upperBound - 1
        where Self.clauseWhWords.contains(line.tokens[index]) || Self.otherClauseWhWords.contains(line.tokens[index]) {
            if yesNo, Self.otherClauseWhWords.contains(line.tokens[index]),
                !(Self.auxiliaries.contains(line.tokens[index + 1]) && index + 2 < range.upperBound
                    && Self.askedSubjects.contains(line.tokens[index + 2]))
            {
                continue
            }
            let asks = line.clause[index] != line.clause[index - 1]
                ? opensQuestion(line, at: index, marked: marked)
                : opensUnpunctuatedQuestion(line, range, at: index)
            if asks { return line.tokens[index..<min(range.upperBound, index + 3)].joined(separator: " ") }
        }
        return nil
    }

    /// Whether the wh-word opening a clause asks: "…, which was great" and "…, when I was" are
    /// relative clauses; "…, what do you…" asks. In a marked question, any clause-opening wh-word
    /// asks ("In your company, which software do you use?") unless it opens a relative clause.
    private func opensQuestion(_ line: NormalizedLine, at index: Int, marked: Bool) -> Bool {
        let next = line.tokens[index + 1]
        guard Self.clauseWhWords.contains(line.tokens[index]) else {
            return marked && !Self.relativeFollowers.contains(next) && !Self.relatives.contains(line.tokens[index - 1])
        }
        return Self.whFollowers.contains(next) || next == "you" || next == "your"
            // "Quick q before I forget, what software do you use…?", "Choosing between two
            // candidates, what tips it for you?"
            || (marked && !Self.relatives.contains(line.tokens[index - 1]) && !Self.exclamations.contains(next))
    }

    /// Typed without punctuation, "…and what frustrates you about the job" or "…so where can I
    /// practise" still asks: a wh-word after "and" or "so", then what shows a question.
    private func opensUnpunctuatedQuestion(_ line: NormalizedLine, _ range: Range<Int>, at index: Int) -> Bool {
        guard Self.joiners.contains(line.tokens[index - 1]), index + 2 < range.upperBound else { return false }
        let next = line.tokens[index + 1], after = line.tokens[index + 2]
        return Self.clauseWhWords.contains(line.tokens[index])
            ? Self.whFollowers.contains(next) && !Self.statementWords.contains(after)
            : Self.auxiliaries.contains(next) && Self.askedSubjects.contains(after)
    }

    static let joiners: Set<String> = ["and", "so"]
    /// After "what is", a word that makes the clause a statement: "…and what is more".
    static let statementWords: Set<String> = ["more", "worse", "better", "important", "funny", "great", "weird", "crazy"]
    /// Verbs that name the asking of an embedded question: "can I ask what…", "I was wondering how…"
    /// ("let you know how it goes" asks nothing).
    static let askingVerbs: Set<String> = ["ask", "wondering", "wonder"]
    /// Who a question after "where can", "when do" or "which would" is about.
    static let askedSubjects: Set<String> = ["you", "i", "we", "people", "someone", "one", "a", "the", "your"]

    static let clauseWhWords: Set<String> = ["what", "how", "why"]

    static let prepositions: Set<String> = [
        "in", "at", "to", "by", "with", "for", "under", "from", "on", "of", "about", "into", "through", "during",
        "after", "before", "against", "towards", "toward", "within", "across",
    ]
    static let conditionalStarts: Set<String> = ["should", "were", "had"]
    /// What may open the main clause after an inverted condition.
    static let mainClauseStarts: Set<String> = [
        "i", "we", "count", "just", "feel", "let", "please", "happy", "glad", "drop", "give", "ping", "send",
        "shout", "that", "it", "my", "there", "then", "do", "you", "grab", "call", "email",
        "text", "message", "rope", "use", "consider",
    ]

    /// "Should the survey need extra hands, count me in": an inverted condition, then its main clause.
    private func isInvertedCondition(_ line: NormalizedLine, _ range: Range<Int>, first: Int) -> Bool {
        guard Self.conditionalStarts.contains(line.tokens[first]), first + 2 < range.upperBound else { return false }
        for index in first + 2..<range.upperBound where line.clause[index] != line.clause[index - 1] {
            return Self.mainClauseStarts.contains(line.tokens[index])
        }
        return false
    }

    /// A clause opening with a preposition and a wh-word: "In which ways…", "for what reason did…".
    private func prepositionalWh(_ line: NormalizedLine, _ range: Range<Int>, marked: Bool) -> String? {
        for index in range where index + 2 < range.upperBound
            && (index == range.lowerBound || line.clause[index] != line.clause[index - 1])
        {
            var start = index
            while start + 2 < range.upperBound, Self.fillers.contains(line.tokens[start]), line.clause[start] == line.clause[index] {
                start += 1
            }
            guard Self.prepositions.contains(line.tokens[start]),
                ["what", "which", "whose", "whom", "how"].contains(line.tokens[start + 1])
            else { continue }
            let after = line.tokens[start + 2]
            // "In what I've read so far…" is a relative clause, not a question.
            if !marked, ["i", "we", "you", "they", "he", "she", "it", "my"].contains(after) { continue }
            if !marked, !line.tokens[(start + 2)..<min(range.upperBound, start + 6)].contains(where: Self.whFollowers.contains) {
                continue
            }
            return line.tokens[start..<min(range.upperBound, start + 3)].joined(separator: " ")
        }
        return nil
    }
    /// "how lucky is that", "how cool": exclaims, does not ask.
    static let exclamations: Set<String> = [
        "lucky", "cool", "nice", "great", "interesting", "fun", "amazing", "funny", "wonderful", "awesome", "sweet",
        "lovely", "neat", "wild", "crazy", "sad", "weird", "strange", "kind", "generous", "exciting", "brilliant",
    ]
    /// Other wh-words open a clause that asks only in a marked question and not before these.
    static let otherClauseWhWords: Set<String> = ["which", "where", "who", "when"]
    static let relativeFollowers: Set<String> = ["was", "were", "is", "are", "has", "had", "i", "we", "they", "he", "she", "it", "made", "makes"]
    static let subordinators: Set<String> = ["when", "if", "once", "after", "before", "since", "while"]

    /// "When you joined, did you…?": a when-clause before a yes/no question leaves it closed.
    private func isSubordinateWhen(_ line: NormalizedLine, _ range: Range<Int>, first: Int) -> Bool {
        guard Self.subordinators.contains(line.tokens[first]),
            first + 1 < range.upperBound, !Self.whFollowers.contains(line.tokens[first + 1])
                || ["you", "your", "a", "the"].contains(line.tokens[first + 1])
        else { return false }
        for index in first + 2..<max(first + 2, range.upperBound - 1)
        where line.clause[index] != line.clause[first] && line.clause[index - 1] != line.clause[index] {
            if Self.whWords.contains(line.tokens[index]) { return false }
            if Self.auxiliaries.contains(line.tokens[index]) { return true }
        }
        return false
    }

    private func openCue(_ words: [String], from first: Int, marked: Bool) -> String? {
        let head = words[first]
        if Self.whWords.contains(head) {
            let next = first + 1 < words.count ? words[first + 1] : ""
            // "how competitive is vet school…", "which certs actually help…": unmarked, but a question.
            if ["how", "which"].contains(head), words.count - first >= 4, !Self.exclamations.contains(next),
                words[(first + 2)...].prefix(3).contains(where: Self.whFollowers.contains)
                    || (head == "which" && words[(first + 2)...].prefix(3).contains(where: { ["help", "helps", "matter", "matters", "work", "works", "pay", "pays"].contains($0) }))
            {
                return words[first..<min(words.count, first + 3)].joined(separator: " ")
            }
            // "what a day!" and "when i was a kid…" ask nothing; "what do you…" and "how did u…" do.
            // "Like when a site's really messed something up?" gives an example; it asks nothing new.
            let example = head == "when" && first > 0 && words[first - 1] == "like"
                && !Self.whFollowers.contains(next) && next != "you" && next != "your"
            if !example, marked || Self.whFollowers.contains(next) || next == "you" || next == "your" {
                return words[first..<min(words.count, first + 3)].joined(separator: " ")
            }
        }
        // "how long / what made you…" after a comma or "i'm curious, what…" inside a marked question.
        if marked, let wh = words.indices.first(where: { Self.whWords.contains(words[$0]) && $0 > first }),
            wh + 1 < words.count, Self.whFollowers.contains(words[wh + 1]) || words[wh + 1] == "you",
            !Self.relatives.contains(words[wh - 1])
        {
            let leading = words[first]
            if !Self.auxiliaries.contains(leading) || ["would", "could", "can", "may"].contains(leading) {
                return words[wh..<min(words.count, wh + 3)].joined(separator: " ")
            }
        }
        for index in first..<words.count {
            for (verb, followers) in Self.openRequests where words[index] == verb {
                let next = index + 1 < words.count ? words[index + 1] : ""
                if followers.isEmpty || followers.contains(next) {
                    if verb == "interested" || verb == "curious" || verb == "hear" || verb == "understand" {
                        // Only as a request: "I'd love to hear about…", "I'm curious how…".
                        // "help me understand what…" asks too.
                        guard index >= 1, ["am", "love", "to", "was", "really", "so", "also", "i", "just"].contains(words[index - 1])
                            || (verb == "understand" && index >= 2 && words[index - 1] == "me" && words[index - 2] == "help")
                        else { continue }
                        if verb == "interested", next == "in", !words[(index + 2)...].contains(where: Self.whWords.contains) { continue }
                    }
                    if verb == "sense" || verb == "overview" || verb == "picture" {
                        // "give me a sense of…" asks; "I'm after an honest picture of the job" states.
                        let before = words[max(first, index - 4)..<index]
                        guard before.contains("me") || before.contains("us") else { continue }
                    }
                    if verb == "share" {
                        // "could you share how…" asks; "happy to share what I'm seeing" offers.
                        guard index == first || ["you", "please", "kindly", "pls", "plz"].contains(words[index - 1]) else { continue }
                    }
                    if verb == "tell", index + 2 < words.count, ["if", "whether", "to", "that"].contains(words[index + 2]) { continue }
                    // "everybody tell me to wait", "people always tell me": what others say, not a request.
                    if verb == "tell", index > first,
                        ["everybody", "everyone", "people", "they", "he", "she", "always", "often", "keep", "kept"].contains(words[index - 1])
                    {
                        continue
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
        // "if anything comes up could u keep me in mind": a condition, then the question.
        if Self.subordinators.contains(words[first]),
            let inverted = words.indices.dropFirst(first + 2).dropLast().first(where: {
                ["could", "can", "would", "will", "do", "did", "does", "might"].contains(words[$0])
                    && ["you", "your", "someone", "anyone"].contains(words[$0 + 1])
            })
        {
            return isAuxiliaryQuestion(words, from: inverted)
        }
        guard Self.auxiliaries.contains(words[first]), first + 1 < words.count else { return false }
        // "do studios look at…", "is classroom management something…": a question without its mark.
        // "Do let me know" and "do keep in touch" ask nothing.
        if ["do", "does", "did", "is", "are"].contains(words[first]),
            !["let", "keep", "feel", "reach", "tell", "send", "have", "take", "come", "stay", "drop", "not", "so",
              "hope", "enjoy", "appreciate", "love", "think", "wish", "thank", "thanks", "really", "very", "much",
              "definitely", "greatly", "truly"].contains(words[first + 1]),
            // "Yes, now is better": a verdict after "now" or "that", with no subject asked about.
            !Self.verdicts.contains(words[first + 1])
        {
            return true
        }
        // "Have a good rest of your day!" wishes; it does not ask.
        if ["have", "has", "had"].contains(words[first]), ["a", "an", "the"].contains(words[first + 1]) { return false }
        return Self.subjects.contains(words[first + 1]) || ["any", "anyone", "anything", "anybody"].contains(words[first])
    }

    /// Words that follow "is" or "are" in a verdict rather than a question: "now is better".
    static let verdicts: Set<String> = [
        "better", "good", "fine", "great", "perfect", "worse", "clearer", "easier", "nice", "lovely", "brilliant",
        "amazing", "awesome", "helpful", "useful", "cool",
    ]

    /// Words that follow an auxiliary as its subject when a line asks: "is there…", "do you…".
    static let subjects: Set<String> = [
        "you", "i", "we", "they", "it", "there", "he", "she", "your", "this", "that", "anyone", "someone",
        "people", "most", "any", "tips", "advice", "the", "a",
    ]
}
