/// Small talk a learner offers before or between questions ("how's your week going?"), which the
/// persona answers with its `small_talk` line. Heard on normalised words, so "how's ur week" counts.
enum SmallTalk {
    /// Word sequences; `*` stands for any one word.
    private static let openings: [[String]] = [
        ["how", "are", "you"], ["how", "are", "things"], ["how", "have", "you", "been"],
        ["how", "is", "it", "going"], ["how", "is", "everything"], ["how", "is", "your", "day"],
        ["how", "is", "your", "week"], ["how", "is", "your", "morning"], ["how", "is", "your", "afternoon"],
        ["how", "is", "your", "weekend"], ["how", "was", "your", "weekend"], ["how", "was", "your", "week"],
        ["how", "was", "your", "day"], ["how", "has", "the", "week"],
        // The part of the day just had, or the trip to the call: "How was the morning?"
        ["how", "was", "the", "morning"], ["how", "was", "your", "morning"], ["how", "is", "the", "morning"],
        ["how", "was", "the", "afternoon"], ["how", "was", "your", "afternoon"], ["how", "is", "the", "day"],
        ["how", "was", "the", "drive"], ["how", "was", "your", "drive"], ["how", "was", "the", "commute"],
        ["how", "was", "your", "commute"], ["how", "was", "the", "trip"], ["how", "was", "your", "trip"],
        ["how", "was", "the", "flight"], ["how", "was", "your", "flight"],
        ["how", "has", "your", "day"], ["how", "has", "your", "week"], ["how", "is", "the", "week"], ["how", "is", "your", "*", "going"],
        ["how", "are", "you", "doing"], ["how", "is", "life"], ["how", "is", "work"], ["how", "is", "the", "weather"],
        ["what", "is", "new"], ["what", "is", "up"], ["hope", "you", "are", "well"], ["hope", "you", "are", "doing"],
        ["hope", "you", "are", "having"], ["hope", "your", "week"], ["hope", "your", "day"], ["hope", "the", "week"],
        // Their night or shift just had: "hope last night's shift wasn't too mad?"
        ["hope", "last", "night"], ["hope", "your", "shift"], ["hope", "the", "shift"], ["hope", "your", "night"],
        ["hope", "the", "night"], ["hope", "your", "morning"],
        // Their shift just ended: "You just finish the night shift? You must be tired."
        ["you", "just", "finish"], ["you", "just", "finished"], ["you", "just", "got", "off"], ["you", "just", "come", "off"],
        ["you", "must", "be", "tired"], ["you", "must", "be", "exhausted"], ["you", "must", "be", "knackered"],
        ["good", "weekend"], ["busy", "week"], ["was", "it", "a", "busy"], ["been", "a", "busy"], ["how", "is", "the", "new", "year"],
        // Checking the call itself.
        ["can", "you", "hear", "me"], ["can", "you", "see", "me"], ["you", "hear", "me", "okay"],
        ["you", "hear", "me", "ok"], ["is", "my", "audio"], ["is", "my", "mic"], ["is", "my", "sound"],
        ["is", "my", "video"], ["is", "my", "connection"], ["is", "the", "audio"], ["is", "the", "sound"],
        ["is", "the", "video"], ["is", "the", "connection"], ["audio", "ok"], ["audio", "okay"], ["am", "i", "coming", "through"],
        ["can", "you", "hear", "us"], ["you", "can", "hear", "me"], ["you", "can", "see", "me"], ["do", "you", "hear", "me"],
        ["hear", "me", "alright"], ["hear", "me", "fine"], ["hear", "me", "well"], ["hear", "me", "clearly"],
        ["is", "this", "working"], ["you", "are", "breaking", "up"], ["you", "cut", "out"],
        ["on", "mute"], ["screen", "froze"], ["video", "froze"], ["video", "frozen"], ["share", "my", "screen"],
        ["see", "my", "screen"], ["my", "wifi"], ["my", "internet"], ["my", "connection"], ["a", "lag"],
        ["say", "that", "again"], ["you", "still", "there"], ["still", "a", "good", "time"],
        ["is", "now", "a", "good", "time"], ["is", "now", "still"], ["is", "that", "you"], ["are", "you", "there"],
        ["can", "see", "you"], ["can", "hear", "you"], ["cannot", "hear"], ["can", "not", "hear"], ["cannot", "see", "you"],
        ["can", "not", "see", "you"], ["hear", "anything"],
        // The weekend, holidays and the weather.
        ["good", "holiday"], ["your", "holiday"], ["the", "holidays"], ["plans", "for", "the", "weekend"],
        ["any", "plans", "for"], ["how", "was", "the", "weekend"], ["get", "up", "to", "anything"],
        ["do", "anything", "fun"], ["do", "anything", "nice"], ["anything", "fun"], ["up", "to", "much"],
        // Asking back: "How about yours?"
        ["how", "about", "yours"], ["how", "about", "you"], ["what", "about", "yours"], ["what", "about", "you"],
        ["and", "yours"],
        ["the", "weather"], ["is", "it", "raining"], ["is", "it", "snowing"], ["is", "it", "cold"], ["is", "it", "hot"],
        ["is", "it", "sunny"], ["is", "it", "warm"], ["is", "it", "nice", "out"], ["sunny", "where", "you", "are"],
        ["raining", "where", "you", "are"], ["is", "it", "as", "*", "where", "you", "are"], ["is", "it", "as", "*", "there"],
        ["so", "hot", "today"], ["so", "cold", "today"], ["been", "a", "long", "week"], ["had", "a", "long", "day"],
        // What is behind them on the call: "Oh, is that a modular synth behind you?"
        ["behind", "you"], ["in", "the", "background"], ["is", "that", "your", "dog"], ["is", "that", "your", "cat"],
    ]

    /// Whole sentences that check the call after a drop: "I'm back now. Is that better?" (but "is
    /// that better than going private?" asks about the work).
    private static let connectionChecks: Set<[String]> = [
        ["is", "that", "better"], ["is", "this", "better"], ["is", "it", "better", "now"], ["is", "that", "better", "now"],
        ["better", "now"], ["any", "better"], ["is", "that", "any", "better"], ["how", "about", "now"], ["and", "now"],
    ]

    /// What a line of pure small talk does.
    enum Kind: Equatable {
        /// Asks after the persona or greets them ("how's your week?", "Hi Ines!"): they chat back.
        case opening
        /// Answers the persona's own small talk ("doing well, thanks!"): they acknowledge it.
        case answer
    }

    /// The line's kind when it is small talk and nothing more: every sentence is small talk, a
    /// short greeting ("Hi Ines!", "Good morning") or a short answer to "how are you?".
    static func kind(of line: NormalizedLine) -> Kind? {
        guard !line.sentences.isEmpty else { return nil }
        var opening = false
        for sentence in line.sentences {
            let words = Array(line.tokens[sentence.range])
            if heard(in: words) || isGreeting(words) {
                opening = true
            } else if !isAnswer(words) {
                return nil
            }
        }
        return opening ? .opening : .answer
    }

    /// "doing well, thanks", "pretty good!", "not bad, you?": a short reply to "how are you?".
    static func isAnswer(_ words: [String]) -> Bool {
        guard words.count <= 16 else { return false }
        let text = " " + words.joined(separator: " ") + " "
        guard answers.contains(where: { text.contains(" " + $0 + " ") }) else { return false }
        if words.allSatisfy(answerWords.contains) { return words.count <= 8 }
        // "It's going well, thanks, I actually took the afternoon off for this": a longer answer
        // that opens with one and asks nothing.
        let head = " " + words.prefix(5).joined(separator: " ") + " "
        return longAnswers.contains { head.contains(" " + $0 + " ") }
            && !words.contains(where: QuestionClassifier.whWords.contains)
    }

    private static let answers = [
        "doing well", "doing good", "doing great", "pretty good", "pretty well", "not bad", "i am good",
        "i am well", "i am great", "i am fine", "good thanks", "great thanks", "fine thanks", "well thanks",
        "all good", "cannot complain", "good good", "very well", "really good", "so good", "good thank",
        "great thank", "fine thank", "well thank", "busy but good", "good", "great", "fine", "going well",
        "going good", "going great",
    ]
    /// Openings that make a longer sentence an answer to "how are you?" ("I am good at stats" is not one).
    private static let longAnswers = [
        "going well", "going good", "going great", "doing well", "doing good", "doing great", "pretty good",
        "pretty well", "not bad", "good thanks", "great thanks", "fine thanks", "well thanks", "all good",
        "cannot complain", "busy but good",
    ]
    private static let answerWords: Set<String> = [
        "doing", "well", "good", "great", "pretty", "not", "bad", "i", "am", "fine", "thanks", "thank", "you",
        "all", "cannot", "complain", "very", "really", "so", "busy", "but", "and", "yourself", "too", "also",
        "oh", "yes", "yeah", "thx", "ty", "for", "asking", "quite", "hi", "hello", "hey", "overall",
        "a", "little", "bit", "nervous", "excited", "tired", "honestly", "actually", "though", "now",
    ]

    /// "hi", "hello ines", "good morning", "hey there": a greeting word and at most two more words.
    static func isGreeting(_ words: [String]) -> Bool {
        guard let first = words.first, words.count <= 3 else { return false }
        if greetings.contains(first) { return true }
        return first == "good" && words.count >= 2 && ["morning", "afternoon", "evening", "day"].contains(words[1])
    }

    /// Whether a question only finds the other side on the call by name: "Hi, is this Janet?",
    /// "Tom?", "are you Dr Okafor?", "Hello, good afternoon, is this Joanne?".
    static func findsThem(_ words: [String], named names: Set<String>) -> Bool {
        let rest = words.drop {
            greetings.contains($0) || ["oh", "um", "uh", "so", "ok", "okay", "yes", "yeah", "good", "there"].contains($0)
                || titles.contains($0)
        }
        guard let first = rest.first, rest.contains(where: names.contains) else { return false }
        // "Hi, is this Kwame? Kwame Osei?": the name alone, in full.
        return rest.count == 1 || rest.count <= 3 && rest.allSatisfy(names.contains) || rest.count <= 4 && (first == "is" || first == "are")
    }

    /// How a learner may address them: "Hey, hi, Ms. Albright?"
    private static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "madam"]

    private static let greetings: Set<String> = ["hi", "hello", "hey", "hiya", "howdy", "greetings", "morning", "afternoon", "evening"]

    static func heard(in tokens: [String]) -> Bool {
        guard !tokens.isEmpty else { return false }
        if connectionChecks.contains(tokens) { return true }
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
