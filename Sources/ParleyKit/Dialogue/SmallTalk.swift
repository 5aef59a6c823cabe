/// Small talk a learner offers before or between questions ("how's your week going?"), which the
/// persona answers with its `small_talk` line. Heard on normalised words, so "how's ur week" counts.
enum SmallTalk {
    /// Word sequences; `*` stands for any one word.
    private static let openings: [[String]] = [
        ["how", "are", "you"], ["how", "are", "things"], ["how", "have", "you", "been"],
        ["how", "is", "it", "going"], ["how", "is", "everything"], ["how", "is", "your", "day"],
        ["how", "is", "your", "week"], ["how", "is", "your", "morning"], ["how", "is", "your", "afternoon"],
        ["how", "is", "your", "weekend"], ["how", "was", "your", "weekend"], ["how", "was", "your", "week"],
        ["how", "was", "your", "day"], ["how", "is", "the", "week"], ["how", "is", "your", "*", "going"],
        ["how", "are", "you", "doing"], ["how", "is", "life"], ["how", "is", "work"], ["how", "is", "the", "weather"],
        ["what", "is", "new"], ["what", "is", "up"], ["hope", "you", "are", "well"], ["hope", "you", "are", "doing"],
        ["hope", "you", "are", "having"], ["hope", "your", "week"], ["hope", "your", "day"], ["hope", "the", "week"],
        ["good", "weekend"], ["busy", "week"], ["how", "is", "the", "new", "year"],
    ]

    /// Whether the line is small talk and nothing more: every sentence is small talk or a short
    /// greeting ("Hi Ines!", "Good morning").
    static func only(in line: NormalizedLine) -> Bool {
        guard heard(in: line.tokens) else { return false }
        return line.sentences.allSatisfy { sentence in
            sentence.range.count <= 3 || heard(in: Array(line.tokens[sentence.range]))
        }
    }

    static func heard(in tokens: [String]) -> Bool {
        guard !tokens.isEmpty else { return false }
        for start in tokens.indices {
            for opening in openings where start + opening.count <= tokens.count {
                var matches = true
                for (offset, word) in opening.enumerated() where word != "*" && tokens[start + offset] != word {
                    matches = false
                    break
                }
                if matches { return true }
            }
        }
        return false
    }
}
