/// The Porter2 ("Snowball English") stemmer, so "recommending", "recommended" and "recommendations"
/// meet at one word. Words with letters outside a–z (and `'`), and words of one or two letters, are
/// returned unchanged.
public enum Stemmer {
    public static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ ($0 >= 97 && $0 <= 122) || $0 == 39 }) else { return word }
        if let exception = exceptions[word] { return exception }
        var stemmer = Porter2(bytes)
        return stemmer.run()
    }

    static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl",
        "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli", "singly": "singl", "sky": "sky",
        "news": "news", "howe": "howe", "atlas": "atlas", "cosmos": "cosmos", "bias": "bias", "andes": "andes",
    ]
    /// Words whose R1 begins after this prefix rather than after the first vowel–consonant pair.
    static let regionPrefixes = ["arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers"]
}

/// The algorithm's steps over the word's bytes; `Y` (89) marks a consonant y.
private struct Porter2 {
    var w: [UInt8]
    var r1 = 0
    var r2 = 0

    init(_ word: [UInt8]) { w = word }

    mutating func run() -> String {
        if w.first == 39 { w.removeFirst() }
        guard !w.isEmpty else { return finish() }
        markConsonantY()
        computeRegions()
        step0()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        return finish()
    }

    func finish() -> String { String(decoding: w.map { $0 == 89 ? 121 : $0 }, as: UTF8.self) }

    static func isVowel(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121
    }
    func vowel(_ i: Int) -> Bool { Self.isVowel(w[i]) }

    mutating func markConsonantY() {
        if w[0] == 121 { w[0] = 89 }
        for i in 1..<w.count where w[i] == 121 && vowel(i - 1) { w[i] = 89 }
    }

    mutating func computeRegions() {
        if let prefix = Stemmer.regionPrefixes.first(where: starts) {
            r1 = prefix.utf8.count
        } else {
            r1 = region(after: 0)
        }
        r2 = region(after: r1)
    }

    func starts(_ prefix: String) -> Bool { w.starts(with: prefix.utf8) }

    /// The position after the first non-vowel that follows a vowel, searching from `start`.
    func region(after start: Int) -> Int {
        var i = start + 1
        while i < w.count {
            if !vowel(i) && vowel(i - 1) { return i + 1 }
            i += 1
        }
        return w.count
    }

    func ends(_ suffix: String) -> Bool {
        let s = suffix.utf8
        return w.count >= s.count && w[(w.count - s.count)...].elementsEqual(s)
    }
    /// The longest of `suffixes` the word ends with.
    func longest(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where ends(suffix) && suffix.utf8.count > (best?.utf8.count ?? -1) { best = suffix }
        return best
    }
    func inR1(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r1 }
    func inR2(_ suffix: String) -> Bool { w.count - suffix.utf8.count >= r2 }
    mutating func replace(_ suffix: String, with replacement: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: replacement.utf8)
    }
    func hasVowel(before end: Int) -> Bool { (0..<max(0, end)).contains { vowel($0) } }

    /// Ends with a vowel followed by a non-vowel other than w, x or Y and preceded by a non-vowel, or
    /// is a vowel followed by a non-vowel and nothing else.
    func endsWithShortSyllable() -> Bool {
        let n = w.count
        if ends("past") { return true }
        if n == 2 { return vowel(0) && !vowel(1) }
        guard n >= 3 else { return false }
        let last = w[n - 1]
        return !vowel(n - 3) && vowel(n - 2) && !vowel(n - 1) && last != 119 && last != 120 && last != 89
    }

    mutating func step0() {
        if let s = longest(["'s'", "'s", "'"]) { w.removeLast(s.utf8.count) }
    }

    mutating func step1a() {
        guard let s = longest(["sses", "ied", "ies", "s", "us", "ss"]) else { return }
        switch s {
        case "sses": replace(s, with: "ss")
        case "ied", "ies": replace(s, with: w.count - 3 > 1 ? "i" : "ie")
        case "s": if w.count >= 2, hasVowel(before: w.count - 2) { w.removeLast() }
        default: break
        }
    }

    mutating func step1b() {
        guard let s = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
        let before = w.count - s.utf8.count
        let stem = String(decoding: w[..<before], as: UTF8.self)
        if s == "eed" || s == "eedly" {
            // "proceed", "exceed", "succeed" keep their ending.
            if inR1(s), !["succ", "proc", "exc"].contains(stem) { replace(s, with: "ee") }
            return
        }
        if s == "ing" {
            // "dying" → "die"; "inning", "outing", "evening" and the like stay whole.
            if before == 2, w[1] == 121 || w[1] == 89, !vowel(0) {
                w = [w[0]] + Array("ie".utf8)
                return
            }
            if ["even", "cann", "inn", "earr", "herr", "out"].contains(stem) { return }
        }
        guard hasVowel(before: before) else { return }
        w.removeLast(s.utf8.count)
        if ends("at") || ends("bl") || ends("iz") {
            w.append(101)
        } else if w.count >= 2, let last = w.last, w[w.count - 2] == last, "bdfgmnprt".utf8.contains(last) {
            // "hopping" → "hop", but "adding" keeps "add".
            if !(w.count == 3 && "aeo".utf8.contains(w[0])) { w.removeLast() }
        } else if r1 == w.count, endsWithShortSyllable() {
            w.append(101)
        }
    }

    mutating func step1c() {
        guard w.count > 2, let last = w.last, last == 121 || last == 89, !vowel(w.count - 2) else { return }
        w[w.count - 1] = 105
    }

    static let step2: [String: String] = [
        "tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent", "izer": "ize",
        "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate", "alism": "al", "aliti": "al",
        "alli": "al", "fulness": "ful", "ousli": "ous", "ousness": "ous", "iveness": "ive", "iviti": "ive",
        "biliti": "ble", "bli": "ble", "ogi": "og", "ogist": "og", "fulli": "ful", "lessli": "less", "li": "",
    ]
    static let step2Keys = Array(step2.keys)

    mutating func step2() {
        guard let s = longest(Self.step2Keys), inR1(s) else { return }
        let before = w.count - s.utf8.count
        if s == "ogi" {
            guard before > 0, w[before - 1] == 108 else { return }
        } else if s == "li" {
            guard before > 0, "cdeghkmnrt".utf8.contains(w[before - 1]) else { return }
        }
        replace(s, with: Self.step2[s]!)
    }

    static let step3: [String: String] = [
        "tional": "tion", "ational": "ate", "alize": "al", "icate": "ic", "iciti": "ic", "ical": "ic",
        "ful": "", "ness": "", "ative": "",
    ]
    static let step3Keys = Array(step3.keys)

    mutating func step3() {
        guard let s = longest(Self.step3Keys), inR1(s) else { return }
        if s == "ative", !inR2(s) { return }
        replace(s, with: Self.step3[s]!)
    }

    static let step4 = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti",
        "ous", "ive", "ize", "ion",
    ]

    mutating func step4() {
        guard let s = longest(Self.step4), inR2(s) else { return }
        if s == "ion" {
            let before = w.count - 3
            guard before > 0, w[before - 1] == 115 || w[before - 1] == 116 else { return }
        }
        w.removeLast(s.utf8.count)
    }

    mutating func step5() {
        guard let last = w.last else { return }
        if last == 101 {
            if inR2("e") {
                w.removeLast()
            } else if inR1("e") {
                w.removeLast()
                if endsWithShortSyllable() { w.append(101) }
            }
        } else if last == 108, inR2("l"), w.count >= 2, w[w.count - 2] == 108 {
            w.removeLast()
        }
    }
}
