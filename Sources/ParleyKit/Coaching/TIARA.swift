/// Tells which TIARA category (trends, insights, advice, resources, assignments) a learner's
/// question belongs to from its words, for transcripts without persona topics to go by.
enum TIARA {
    /// Phrases per category, over normalised words; the first category with a phrase in the line wins.
    private static let cues: [(Topic.Category, [[String]])] = [
        (.resources, [
            ["book"], ["books"], ["podcast"], ["podcasts"], ["association"], ["associations"], ["newsletter"],
            ["newsletters"], ["resources"], ["resource"], ["websites"], ["website"], ["blogs"], ["blog"],
            ["courses"], ["course"], ["certification"], ["certifications"], ["conferences"], ["conference"],
            ["read"], ["reading"], ["follow"], ["journals"], ["groups"], ["communities"], ["tools"],
        ]),
        (.trends, [
            ["future"], ["trend"], ["trends"], ["changing"], ["change"], ["changed"], ["changes"], ["next", "five"],
            ["next", "few", "years"], ["next", "ten"], ["ai"], ["automation"], ["going", "in"], ["heading"],
            ["outlook"], ["growing"], ["growth"], ["evolving"], ["evolve"], ["shift"], ["shifting"], ["direction"],
            ["industry", "going"], ["field", "going"], ["new"],
        ]),
        (.advice, [
            ["advice"], ["recommend"], ["suggest"], ["if", "you", "were"], ["in", "my", "shoes"], ["should", "i"],
            ["would", "you", "do"], ["tips"], ["tip"], ["prepare"], ["break", "into"], ["get", "into"],
            ["stand", "out"], ["skills"], ["skill"], ["wish", "you", "had", "known"], ["wish", "you", "knew"],
            ["starting", "out"], ["someone", "like", "me"], ["at", "my", "stage"], ["focus", "on"], ["learn", "first"],
        ]),
        (.assignments, [
            ["typical", "day"], ["typical", "week"], ["day", "to", "day"], ["day", "look"], ["week", "look"],
            ["projects"], ["project"], ["working", "on"], ["tasks"], ["responsibilities"], ["do", "all", "day"],
            ["your", "day"], ["your", "week"], ["routine"], ["spend", "your", "time"], ["hours"], ["team"],
            ["work", "on"], ["role", "involve"], ["job", "involve"], ["what", "do", "you", "do"],
        ]),
        (.insights, [
            ["like", "most"], ["like", "least"], ["enjoy"], ["favourite"], ["favorite"], ["surprised"],
            ["surprise"], ["surprising"], ["challenge"], ["challenges"], ["challenging"], ["hardest"], ["hard"],
            ["difficult"], ["frustrat"], ["rewarding"], ["best", "part"], ["worst", "part"], ["love"],
            ["get", "into"], ["got", "into"], ["path"], ["how", "did", "you"], ["why", "did", "you"], ["regret"],
            ["culture"], ["misconception"], ["expect"], ["different"], ["thrive"], ["stressful"], ["balance"],
        ]),
    ]

    /// The category of a question's words (normalised tokens), or nil when none fits.
    static func category(of tokens: [String]) -> Topic.Category? {
        for (category, phrases) in cues {
            for phrase in phrases where contains(tokens, phrase) { return category }
        }
        return nil
    }

    private static func contains(_ tokens: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= tokens.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            var matched = true
            for (offset, word) in phrase.enumerated() {
                let token = tokens[start + offset]
                // "frustrat" matches frustrating and frustrated.
                if word.count >= 8 ? !token.hasPrefix(word) : token != word {
                    matched = false
                    break
                }
            }
            if matched { return true }
        }
        return false
    }
}
