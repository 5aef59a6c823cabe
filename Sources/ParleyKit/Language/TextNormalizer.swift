/// Turns a learner's line into `NormalizedLine` words. Only the first `maxCharacters` characters are
/// read, so a pasted megabyte costs no more than a long sentence.
public struct TextNormalizer: Sendable {
    public static let maxCharacters = 2_000

    private let corrector: TypoCorrector?

    public init(corrector: TypoCorrector? = nil) {
        self.corrector = corrector
    }

    public func normalize(_ text: String) -> NormalizedLine {
        var tokens: [String] = []
        var clause: [Int] = []
        var sentences: [NormalizedLine.Sentence] = []
        var sentenceStart = 0
        var clauseNumber = 0
        var word = String.UnicodeScalarView()
        /// The word began with a capital letter and is not the first of its sentence: a name
        /// ("Dr. Feld"), which the typo corrector leaves alone.
        var named = false
        var names = Set<Int>()
        /// Letters of the word typed in lowercase; "HR" (none) is an acronym, not "hr" for an hour.
        var lowercaseLetters = 0

        func closeSentence(question: Bool) {
            if tokens.count > sentenceStart {
                sentences.append(.init(range: sentenceStart..<tokens.count, endsWithQuestionMark: question))
            } else if question, let last = sentences.indices.last {
                sentences[last].endsWithQuestionMark = true
            }
            sentenceStart = tokens.count
            clauseNumber += 1
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            // "I'll drop you a line after the test, anyway, how do you find it?" is two sentences run
            // together: a word that changes the subject after a comma starts a new one.
            let typed = String(word)
            if clause.last.map({ $0 != clauseNumber }) == true, tokens.count > sentenceStart,
                Self.subjectChanges.contains(typed)
            {
                closeSentence(question: false)
            }
            let expanded = lowercaseLetters == 0 && Self.acronyms.contains(typed) ? [typed] : expand(typed)
            if named, expanded.count == 1, expanded[0] != "i" { names.insert(tokens.count) }
            for token in expanded {
                tokens.append(named ? token : corrector?.correct(token) ?? token)
                clause.append(clauseNumber)
            }
            word.removeAll()
            named = false
            lowercaseLetters = 0
        }
        func endSentence(question: Bool) {
            flushWord()
            closeSentence(question: question)
        }

        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count > Self.maxCharacters { break }
            switch scalar {
            case "a"..."z":
                word.append(scalar)
                lowercaseLetters += 1
            case "0"..."9":
                word.append(scalar)
            case "A"..."Z":
                if word.isEmpty, tokens.count > sentenceStart { named = true }
                word.append(Unicode.Scalar(scalar.value + 32)!)
            case "'", "\u{2019}", "\u{2018}", "`":
                if !word.isEmpty { word.append("'") }
            case "?":
                endSentence(question: true)
            case "." where Self.titles.contains(String(word)):
                // "Dr. Feld" is one sentence.
                flushWord()
            case ".", "!", ";", "\n", "\u{2026}":
                endSentence(question: false)
            case ",", ":", "(", ")", "\u{2014}", "\u{2013}", "\"", "\u{201C}", "\u{201D}":
                flushWord()
                clauseNumber += 1
            case "-" where word.isEmpty:
                // A hyphen after a space is a dash typed as one ("I have to run - lecture in 5 min"); inside
                // a word ("follow-up") it only splits the word.
                clauseNumber += 1
            default:
                if scalar.properties.isAlphabetic {
                    // Accented letters: keep them lowercased so "café" stays one word.
                    word.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                } else {
                    flushWord()
                }
            }
        }
        endSentence(question: false)
        var line = NormalizedLine(tokens: tokens, clause: clause, sentences: sentences)
        line.names = names
        return line
    }

    /// Contractions and chat spellings as plain words.
    func expand(_ raw: String) -> [String] {
        var word = raw
        while word.hasSuffix("'") { word.removeLast() }
        if let mapped = Self.chat[word] { return mapped }
        guard let apostrophe = word.firstIndex(of: "'") else { return [word] }
        let stem = String(word[..<apostrophe])
        let suffix = String(word[word.index(after: apostrophe)...])
        switch suffix {
        case "t" where stem.hasSuffix("n"):
            let base = String(stem.dropLast())
            switch base {
            case "wo": return ["will", "not"]
            case "ca": return ["can", "not"]
            case "sha": return ["shall", "not"]
            default: return [base, "not"]
            }
        case "m": return [stem, "am"]
        case "re": return [stem, "are"]
        case "ve": return [stem, "have"]
        case "ll": return [stem, "will"]
        case "d": return [stem, "would"]
        case "s":
            if stem == "let" { return ["let", "us"] }
            return Self.isContractingS.contains(stem) ? [stem, "is"] : [stem]
        default: return [word.replacingOccurrences(of: "'", with: "")]
        }
    }

    /// Words that, first after a comma, leave one subject for another and so start a sentence.
    static let subjectChanges: Set<String> = ["anyway", "anyways", "anyhow"]
    /// Chat spellings that, typed in capitals, are acronyms: "HR" is human resources, "hr" an hour;
    /// "an ID certificate" is instructional design, "id" is "I'd".
    static let acronyms: Set<String> = ["hr", "id"]

    /// Abbreviations after which a full stop does not end the sentence.
    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "prof", "st", "mt", "jr", "sr", "vs", "etc", "dept", "univ"]

    static let isContractingS: Set<String> = [
        "it", "that", "what", "there", "here", "who", "how", "where", "when", "he", "she", "this", "everything",
        "nothing", "something", "which", "why",
    ]

    static let chat: [String: [String]] = {
        var table: [String: [String]] = [
            "im": ["i", "am"], "ive": ["i", "have"], "youre": ["you", "are"], "u": ["you"], "ya": ["you"],
            "ur": ["your"], "r": ["are"], "whom": ["who"], "wat": ["what"], "wut": ["what"], "greatful": ["grateful"], "pls": ["please"], "plz": ["please"], "thx": ["thanks"], "gr8": ["great"], "l8r": ["later"], "2moro": ["tomorrow"], "2morrow": ["tomorrow"], "thnx": ["thanks"],
            "thanx": ["thanks"], "ty": ["thank", "you"], "tysm": ["thank", "you", "so", "much"],
            "tyvm": ["thank", "you", "very", "much"], "wanna": ["want", "to"], "gonna": ["going", "to"],
            "gotta": ["got", "to"], "idk": ["i", "do", "not", "know"], "whats": ["what", "is"],
            "thats": ["that", "is"], "theres": ["there", "is"], "hows": ["how", "is"], "ppl": ["people"],
            "abt": ["about"], "rn": ["right", "now"], "cuz": ["because"], "coz": ["because"], "bc": ["because"],
            "tbh": [], "lol": [], "btw": [], "imo": [], "imho": [], "haha": [], "hahaha": [], "lmao": [],
            "convo": ["conversation"], "info": ["information"], "sth": ["something"], "smth": ["something"],
            "tmrw": ["tomorrow"], "tmr": ["tomorrow"], "msg": ["message"], "mins": ["minutes"], "min": ["minutes"],
            "hrs": ["hours"], "hr": ["hour"], "okay": ["ok"], "k": ["ok"], "cv": ["resume"], "résumé": ["resume"],
            "favour": ["favor"], "realise": ["realize"], "realised": ["realized"], "programme": ["program"],
            "organisation": ["organization"], "thankyou": ["thank", "you"], "thanku": ["thank", "you"],
            "sm": ["so", "much"], "appreciated": ["appreciate"], "w": ["with"], "b4": ["before"], "2day": ["today"],
            "lemme": ["let", "me"], "gimme": ["give", "me"], "kinda": ["kind", "of"], "sorta": ["sort", "of"],
            "dunno": ["do", "not", "know"], "any1": ["anyone"], "some1": ["someone"], "luv": ["love"], "yr": ["year"], "yrs": ["years"],
            "thnks": ["thanks"], "thanq": ["thank", "you"], "bcuz": ["because"], "yall": ["you", "all"], "whos": ["who", "is"], "cant": ["can", "not"],
            "wont": ["will", "not"], "dont": ["do", "not"], "id": ["i", "would"], "ill": ["i", "will"],
        ]
        for base in ["did", "does", "is", "are", "was", "were", "would", "could", "should", "have", "has", "had"] {
            table[base + "nt"] = [base, "not"]
        }
        return table
    }()
}
