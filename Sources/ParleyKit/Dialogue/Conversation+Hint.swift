/// `/hint`: what a career coach sitting beside the learner would suggest next, from what the
/// conversation has heard so far and where the clock stands.
extension Conversation {
    public var hint: String {
        if ended != nil {
            return "The conversation is over. Within a day, send a short thank-you note that mentions something specific you learned."
        }
        let learnerLines = turns.count { $0.speaker == .learner }
        let firstName = persona.name.split(separator: " ").first.map(String.init) ?? persona.name
        let late = warned || remaining <= warnBeforeSeconds
        let pastSlot = remaining <= 0

        if pastSlot, !heard.contains(.timeAck) {
            return "You are past the agreed \(persona.minutes) minutes. Say so (\"I see we're at time — I don't want to keep you\") and let \(firstName) decide whether to go on."
        }
        if cooled {
            return "\(firstName) cooled after the job question. Say plainly that you came to learn, not to ask for a job: \"To be clear, I'm not looking for a job — I'm here to learn from your experience.\""
        }
        if !heard.contains(.purpose) {
            return "Restate why you asked for this conversation: \"I'm exploring \(persona.field.lowercased()) and hoping to learn how you see it — I'm not looking for a job.\""
        }
        if late {
            var missing: [String] = []
            if !heard.contains(.timeAck) { missing.append("acknowledge the time (\"I know we're nearly out of time\")") }
            if !heard.contains(.referralAsk) { missing.append("ask whether there is anyone else you should talk to") }
            if !heard.contains(.followUp) { missing.append("ask if you may stay in touch") }
            if !heard.contains(.thanks) { missing.append("thank them") }
            missing.append("close (\"I'll let you get back to your day\")")
            return "Time is nearly up: " + Self.list(missing) + "."
        }
        if persona.temperament == .guarded, !heard.contains(.selfIntro) {
            return "\(firstName) is reserved with strangers. Give a two-sentence overview of who you are and what you have done so far."
        }
        if !heard.contains(.selfIntro), learnerLines < 4 {
            return "Give a brief overview of yourself: your studies or work so far, and what draws you to \(persona.field.lowercased())."
        }
        let open = questionCount[.open, default: 0]
        if open < 3 || remaining > slotSeconds / 2 {
            if let topic = unaskedTopic() {
                let example = topic.asks.first ?? ""
                let category = topic.category == .other ? "" : " (\(topic.category.rawValue))"
                return "Ask an open question about something you have not covered yet\(category), for example: \"\(example)\""
            }
        }
        if !heard.contains(.referralAsk) {
            return "Ask for names: \"Is there anyone else you think I should talk to?\""
        }
        if !heard.contains(.giveBack) {
            return "Offer something back: \"Is there anything I can do to help you?\""
        }
        if !heard.contains(.followUp) {
            return "Plan the follow-up: \"Would it be all right if I got in touch again with a question or two?\""
        }
        return "You have covered the essentials. Thank \(firstName) and close: \"Thank you — I'll let you get back to your day.\""
    }

    /// The first topic not answered yet, preferring a TIARA category not covered yet.
    private func unaskedTopic() -> Topic? {
        let reached = Set(topicsReached)
        let coveredCategories = Set(persona.topics.filter { reached.contains($0.id) }.map(\.category))
        let fresh = persona.topics.filter { !reached.contains($0.id) }
        return fresh.first { $0.category != .other && !coveredCategories.contains($0.category) } ?? fresh.first
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
