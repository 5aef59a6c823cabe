/// A `Name:` at the start of a line, in plain text and in WebVTT cues without a voice tag.
///
/// Prose has colons too ("Note: I said…", "So my advice is: network"), so a label counts as a
/// speaker only when it looks like a name — 1 to 4 words (a trailing parenthesis such as
/// `(she/her)` aside), at most 40 characters, a letter first, no sentence punctuation
/// (`. ? ! , ; "`, though `Dr.` and `J.` are fine), not a word such as `Note` or `Date` — and
/// `Acceptance` then keeps only labels that speak more than once, or are among the first two
/// speakers, or are the learner's name.
struct SpeakerLabel: Equatable {
    /// The name as written, trimmed.
    var name: String
    /// The text after the colon, trimmed.
    var text: Substring
    /// Where the name starts in its line.
    var nameStart: String.Index

    /// The label at the start of `line`, if it has the shape of a name.
    static func parse(_ line: Substring) -> SpeakerLabel? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let after = line[line.index(after: colon)...]
        guard after.first.map({ $0.isWhitespace }) ?? true else { return nil }
        let raw = line[..<colon]
        guard let start = raw.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let name = raw[start...].droppingTrailingWhitespace()
        guard isNameShaped(name) else { return nil }
        return SpeakerLabel(name: String(name), text: after.droppingOuterWhitespace(), nameStart: start)
    }

    static func isNameShaped(_ name: Substring) -> Bool {
        guard (1...40).contains(name.unicodeScalars.count), name.first?.isLetter == true else { return false }
        let core = withoutParenthesis(name)
        let words = core.split(whereSeparator: \.isWhitespace)
        let wordCount = words.count { word in word.contains { $0.isLetter || $0.isNumber } }
        guard (1...4).contains(wordCount), !core.contains(where: { "?!,;\"“”()[]{}<>".contains($0) }) else {
            return false
        }
        // A period is fine only in abbreviations and initials: `Dr.`, `J.`, `A.J.` — capitalised, 1–3 letters.
        for word in words where word.contains(".") {
            let parts = word.split(separator: ".")
            guard parts.allSatisfy({ $0.count <= 3 && $0.first?.isUppercase == true }) else { return false }
        }
        return !neverSpeakers.contains(key(core))
    }

    /// `name` without a trailing `(…)`, trimmed: `Alex Kim (she/her)` → `Alex Kim`.
    static func withoutParenthesis(_ name: Substring) -> Substring {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex,
            name.distance(from: open, to: name.endIndex) <= 32
        else { return name }
        return name[..<open].droppingTrailingWhitespace()
    }

    /// The form in which two names compare equal: lowercased, spaces collapsed.
    static func key<S: StringProtocol>(_ name: S) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `given` (from `--me` or `# me:`) names `speaker`, with or without its parenthesis.
    static func matches(_ given: String, _ speaker: String) -> Bool {
        let wanted = key(given)
        return wanted == key(speaker) || wanted == key(withoutParenthesis(Substring(speaker)))
    }

    /// Labels that head notes and preambles, never a speaker.
    static let neverSpeakers: Set<String> = [
        "note", "notes", "nb", "n.b.", "ps", "p.s.", "edit", "update", "aside", "fyi", "todo", "reminder", "tip",
        "re", "date", "time", "location", "attendees", "participants", "subject", "title", "topic", "meeting",
        "duration", "recorded", "transcript", "summary", "agenda",
    ]

    /// Decides which labels in one file are speakers, from every label the file holds.
    struct Acceptance {
        private var accepted: Set<String> = []

        /// - Parameters:
        ///   - labels: every name-shaped label in file order.
        ///   - learner: the name given by `--me` or `# me:`, always a speaker.
        init(labels: [String], learner: String?) {
            var counts: [String: Int] = [:]
            var firstTwo: [String] = []
            for label in labels {
                let key = SpeakerLabel.key(label)
                counts[key, default: 0] += 1
                if firstTwo.count < 2, !firstTwo.contains(key) { firstTwo.append(key) }
            }
            accepted = Set(counts.filter { $0.value > 1 }.keys).union(firstTwo)
            if let learner {
                accepted.formUnion(labels.filter { SpeakerLabel.matches(learner, $0) }.map { SpeakerLabel.key($0) })
            }
        }

        func accepts(_ label: String) -> Bool { accepted.contains(SpeakerLabel.key(label)) }
    }
}
