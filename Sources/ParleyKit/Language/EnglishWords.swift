/// Real English words (SCOWL's American and British lists, 4 to 14 letters), so the typo corrector
/// never turns one into a cue word that looks like it: "least" is not "last", "heard" not "hard".
enum EnglishWords {
    static let all: Set<String> = {
        var words = Set<String>(minimumCapacity: 70_000)
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) { words.insert(String(word)) }
        return words
    }()

    static func contains(_ word: String) -> Bool { all.contains(word) }
}
