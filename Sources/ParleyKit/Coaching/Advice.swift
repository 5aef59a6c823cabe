import Foundation

/// What to do next time, for each way a criterion can fail: concrete, and quoting the learner's own
/// line and its time where that helps (docs/rubric.md).
enum Advice {
    static let askedReferral =
        "Before you close, ask: \"Is there anyone else you think I should talk to?\" One conversation should lead to the next."
    static let plannedFollowUp =
        "Ask whether you may stay in touch: \"Would it be all right if I reached out again with a question or two?\" — and send a thank-you note within a day."
    static let introducedSelf =
        "Early on, give a two-sentence overview of yourself: what you study or do now, and what draws you to the field."
    static let thanked = "Thank them before you go: \"Thank you so much for your time.\""
    static let offeredHelp = "Ask what you can do for them: \"Is there anything I can do to help you?\""
    static let purposeLine = "\"I'm exploring this field and hoping to learn how you see it — I'm not looking for a job.\""

    static func noPurpose(_ firstQuestion: HeardTurn?) -> String {
        guard let firstQuestion else {
            return "You never said why you asked for the conversation. Say it in your first lines: \(purposeLine)"
        }
        return "You went straight to \(quote(firstQuestion)) without saying why you asked for the conversation. "
            + "Before your first question, say: \(purposeLine)"
    }

    static func latePurpose(question: HeardTurn?, purpose: HeardTurn) -> String {
        let opening = question.map { "You opened with \(quote($0)) and only said why you were there at \(clock(purpose)). " }
            ?? "You only said why you were there at \(clock(purpose)) (turn \(purpose.number)). "
        return opening + "Say it in your first lines, before your first question: \(purposeLine)"
    }

    static func noClose(_ facts: ScoringFacts) -> String {
        let name = facts.otherName == "they" ? "them" : facts.otherName
        return "The conversation stopped without you closing it. When you have asked what you came for, thank \(name) and close: \"I'll let you get back to your day.\""
    }

    static func timeUp(_ facts: ScoringFacts) -> String {
        var text = "\(facts.otherName.capitalizedFirst) had to leave before you closed."
        if let warning = facts.warning { text += " The time warning came at \(ClockText.format(warning.clock))." }
        return text + " Once it comes, acknowledge it (\"I know we're nearly out of time\"), ask your one most important remaining question, then close."
    }

    static func ranOver(_ close: HeardTurn, _ facts: ScoringFacts) -> String {
        "Your closing line came at \(clock(close)), past the agreed \(Int(facts.slotSeconds / 60)) minutes, and you had not pointed out the time. "
            + "When the slot runs out, say so and let them decide: \"I see we're at time — should we stop here?\""
    }

    static func keptAsking(_ questions: [HeardTurn], _ facts: ScoringFacts) -> String {
        let warned = facts.warning.map { "at \(ClockText.format($0.clock))" } ?? ""
        let examples = questions.prefix(2).map { "\(quote($0)) at \(clock($0))" }.joined(separator: " and ")
        return "After the time warning \(warned) you asked \(questions.count) more questions without acknowledging the time — "
            + "\(examples). Acknowledge it first (\"I know we're nearly out of time\"), ask at most one last question, then close."
    }

    static func avoidedJobAsk(_ asks: [HeardTurn], _ facts: ScoringFacts) -> String {
        guard let first = asks.first else { return "" }
        return "You asked \(quote(first)) at \(clock(first)). This conversation is for learning: leave openings to them — "
            + "if they think you fit one, they will say so. If a job question slips out, say plainly that you came to learn."
    }

    static func referralInsteadOfJob(_ ask: HeardTurn) -> String {
        let sentence = sentences(ask.turn.text).first { mentionsReferral($0) } ?? ask.turn.text
        return "You asked to be referred for a job (\"\(shortened(sentence))\") but not for people to learn from. Ask instead: \"Is there anyone else you think I should talk to?\""
    }

    static func mentionsReferral(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("refer") || lower.contains("recommend me") || lower.contains("put in a word")
    }

    static func openQuestions(open: Int, closed: [HeardTurn]) -> String {
        let counts = "You asked \(open) open question\(open == 1 ? "" : "s") and \(closed.count) closed one\(closed.count == 1 ? "" : "s")"
        guard let example = closed.first else {
            return counts + ". Prepare three to five open questions — what, how, tell me about — such as \"What does a typical week look like for you?\""
        }
        return counts + ", like \(quote(example)). Open them up — \"What…\", \"How…\", \"Tell me about…\" — so they answer with stories and advice, not yes or no."
    }

    static func letThemTalk(_ shape: ConversationShape, _ facts: ScoringFacts) -> String {
        guard shape.learnerWords + shape.otherWords > 0 else {
            return "Nothing was said. Ask short, open questions and let them do most of the talking."
        }
        let share = Int((shape.learnerShare * 100).rounded())
        var text = "You spoke \(share)% of the words; aim for 40% or less."
        if let longest = shape.longestTurn {
            text += " Your longest turn ran \(longest.words) words."
        }
        return text + " Keep your questions short and let them answer at length."
    }

    /// A learner line in quotes, shortened at a word boundary; for a line that asks, the sentence
    /// that asks ("So what does a PM do all day?" rather than the background before it).
    static func quote(_ turn: HeardTurn) -> String {
        "\"\(shortened(asking(turn.turn.text)))\""
    }

    /// The first sentence of `text` that ends with a question mark, else all of it.
    static func asking(_ text: String) -> String {
        let parts = sentences(text)
        guard parts.count > 1, let question = parts.first(where: { $0.hasSuffix("?") }) else { return text }
        return question
    }

    /// `text` split after each `.`, `!` and `?`.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if ".!?".contains(character) {
                sentences.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    static func shortened(_ text: String, limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:—-")) + "…"
    }

    static func clock(_ turn: HeardTurn) -> String { ClockText.format(turn.turn.clock) }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
