/// Whom a planned contact is with. A follow-up plans later contact with the person on the call; a
/// learner who will "follow up with Marcus like you suggested", "reach out to the union office
/// next" or "write to both of them this week" plans contact with someone else.
extension SignalDetector {
    /// Who a contact verb's object names.
    enum ContactTarget { case listener, elsewhere }

    /// Verbs of getting in touch, whose object is the person contacted: "email Sunita", "reach out
    /// to the recruiter", "get in touch with her", "follow up with your HR person".
    static let contactVerbs: Set<String> = [
        "email", "emailed", "emailing", "message", "messaged", "messaging", "write", "writing", "wrote", "ping",
        "pinged", "pinging", "call", "calling", "ring", "ringing", "text", "texted", "texting", "contact",
        "contacting", "contacted", "reach", "reaching", "reached", "follow", "following", "followed", "dm",
        "touch", "talk", "speak", "connect", "connecting", "add", "find", "look", "drop", "dropping", "shoot",
        "shooting",
    ]

    /// Verbs of sending, whose person follows "to" or "with": "send it to my old professor",
    /// "share the notes with the team"; "send you the link" sends to the listener.
    static let sendingVerbs: Set<String> = [
        "send", "sending", "sent", "forward", "forwarding", "pass", "passing", "share", "sharing", "mail", "post",
    ]

    /// Words between a contact verb and whom it names: "reach out to", "get in touch with", "send a
    /// quick note to".
    static let contactLinkWords: Set<String> = [
        "out", "up", "back", "to", "with", "in", "touch", "across", "again", "directly", "straight", "also", "first",
        "then", "right", "away", "quickly", "properly", "over", "on", "a", "an", "quick", "short", "brief",
        "line", "note", "message", "email", "dm", "definitely", "probably", "maybe", "just",
    ]

    /// Words after a stranded "to" or "with", whose person came before the verb.
    static let strandedFollowers: Set<String> = [
        "in", "at", "about", "from", "on", "if", "and", "or", "who", "when", "too", "as", "first", "next", "there",
        "here", "directly", "instead",
    ]

    /// Words of a later contact beside one with someone else: "…and let you know how it goes",
    /// "…and stay in touch".
    static let laterContactWords: Set<String> = [
        "touch", "posted", "updated", "update", "linkedin", "again", "later", "soon", "future", "back", "know", "hear",
        "note", "card", "email", "message", "send", "sending", "loop", "report",
    ]

    /// Words for the listener as the one contacted.
    static let contactListenerWords: Set<String> = ["you", "u", "ya", "yourself", "yall"]

    /// What "your" names when it is the listener's own address or place: "I'll email your work
    /// address", "send a handwritten card to your office".
    static let listenerAddressWords: Set<String> = [
        "email", "inbox", "address", "number", "phone", "mobile", "work", "personal", "linkedin", "dms", "dm",
        "account", "profile", "handle", "cell", "office", "desk", "studio", "clinic", "lab", "practice", "shop",
        "workplace", "door", "home", "house",
    ]

    /// Pronouns for people other than the listener.
    static let thirdPersonWords: Set<String> = [
        "them", "him", "her", "both", "everyone", "everybody", "someone", "somebody", "anyone", "anybody",
        "people", "folks", "each", "whoever", "whomever", "em",
    ]

    /// Words that open a name for people: "the union office", "my old lecturer", "a recruiter".
    static let contactDeterminers: Set<String> = ["the", "a", "an", "my", "his", "their", "our", "that", "this", "these", "those", "your"]

    /// People and bodies a learner may contact instead of the listener.
    static let contactPeopleWords: Set<String> = others.union([
        "guy", "guys", "woman", "women", "man", "lady", "person", "people", "folks", "recruiter", "recruiters",
        "director", "lead", "office", "team", "department", "union", "company", "hr", "coordinator", "admissions",
        "clinic", "school", "college", "agency", "council", "firm", "founder", "owner", "editor", "chef", "coach",
        "contact", "contacts", "alumni", "alum", "organiser", "organizer", "committee", "group", "society",
        "association", "charity", "recruiting", "careers", "centre", "center", "desk", "hiring", "rep", "nurse",
        "doctor", "engineer", "head", "chair", "dean", "registrar", "staff", "admin", "secretary", "assistant",
        "officer", "gentleman", "lab", "practice", "studio", "agent", "principal", "counsellor", "counselor",
        "professors", "teachers", "partners", "mentors", "instructor",
        // Bodies one writes to: "I will follow up with the APICS chapter".
        "chapter", "institute", "board", "network", "club", "guild", "branch",
    ])

    /// Tokens that are not words of English but are no one's name either.
    static let notNames: Set<String> = [
        "linkedin", "whatsapp", "instagram", "insta", "twitter", "slack", "discord", "tmrw", "asap", "gonna",
        "wanna", "gotta", "okay", "thanks", "thx", "pls", "plz", "tonite", "sometime", "zoom", "teams", "email",
        "emails", "dms", "yall", "bluesky", "tiktok", "facebook", "messenger", "signal", "telegram", "wechat",
    ]

    /// Days and months, typed with a capital but no one's name: "follow up on Monday".
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter",
    ]

    /// Whether the word at `index` is most likely someone's name: typed with a capital inside its
    /// sentence ("Amir"), or no word of English nor of the cue patterns.
    private func isLikelyName(_ line: NormalizedLine, _ ids: [Int32], at index: Int) -> Bool {
        let token = line.tokens[index]
        guard token.allSatisfy(\.isLetter), !Self.notNames.contains(token), !Self.calendarWords.contains(token) else { return false }
        if line.names.contains(index), token.count >= 3 { return true }
        return token.count >= 4 && ids[index] < 0 && !EnglishWords.contains(token)
    }

    /// Whom the contact verb at `verb` names, within its clause, or nil when it does not say.
    func contactTarget(_ line: NormalizedLine, _ ids: [Int32], verb: Int) -> ContactTarget? {
        let tokens = line.tokens
        let clause = line.clause[verb]
        var index = verb + 1
        if Self.sendingVerbs.contains(tokens[verb]) {
            guard index < tokens.count, line.clause[index] == clause else { return nil }
            if Self.contactListenerWords.contains(tokens[index]) { return .listener }
            // The person sent to follows "to" or "with": "send it over to my old professor".
            let end = min(tokens.count, verb + 6)
            guard let to = (index..<end).first(where: { line.clause[$0] == clause && ["to", "with"].contains(tokens[$0]) })
            else { return nil }
            index = to + 1
        }
        var seen = 0
        while index < tokens.count, line.clause[index] == clause, seen < 6 {
            let token = tokens[index]
            // A stranded "to" or "with" has its person before the verb: "a name or two I could reach
            // out to in product marketing", "anyone I should talk to?".
            if token == "to" || token == "with" {
                let next = index + 1
                if next >= tokens.count || line.clause[next] != clause || Self.strandedFollowers.contains(tokens[next]) {
                    return .elsewhere
                }
            }
            if Self.contactListenerWords.contains(token) { return .listener }
            if Self.thirdPersonWords.contains(token) { return .elsewhere }
            if Self.contactDeterminers.contains(token) {
                // Up to five words on: "our district's ed tech coordinator".
                let next = ((index + 1)..<min(tokens.count, index + 6)).filter { line.clause[$0] == clause }.map { tokens[$0] }
                if token == "your", let first = next.first, Self.listenerAddressWords.contains(first) { return .listener }
                if next.contains(where: Self.contactPeopleWords.contains) { return .elsewhere }
                // "the codebook" is a thing sent along, not a name: "I'll send it over tonight with the codebook".
                return nil
            } else if !Self.contactLinkWords.contains(token) {
                return isLikelyName(line, ids, at: index) ? .elsewhere : nil
            }
            index += 1
            seen += 1
        }
        return nil
    }

    /// Words after "you" that make it the subject of a remark about someone else: "the woman you
    /// mentioned", "like you suggested".
    static let youRemarkWords: Set<String> = [
        "mentioned", "suggested", "said", "recommended", "named", "gave", "told", "introduced", "pointed", "shared",
        "sent", "know", "met", "listed", "flagged", "put", "linked", "talked", "spoke", "described", "brought",
        "were", "was", "had", "have", "work", "worked", "used", "did",
    ]

    /// Words of someone else receiving what the listener sent: "once he's had your email".
    static let receivedWords: Set<String> = ["had", "got", "gets", "seen", "received", "receives", "read", "reads"]

    /// Whether the listener is spoken to in `range` other than in thanks ("thank you") or in a
    /// remark about someone else ("the woman you mentioned").
    func speaksToListener(_ line: NormalizedLine, in range: Range<Int>) -> Bool {
        let tokens = line.tokens
        return range.contains { index in
            let token = tokens[index]
            guard Self.contactListenerWords.contains(token) || token == "your" else { return false }
            if index > 0, ["thank", "thanks", "ty"].contains(tokens[index - 1]) { return false }
            if index + 1 < tokens.count, Self.youRemarkWords.contains(tokens[index + 1]) { return false }
            // "once he's had your email": the listener's words reach someone else.
            if index > 0, Self.receivedWords.contains(tokens[index - 1]) { return false }
            if token == "your" {
                // "your HR person" is someone else; "your email" is the listener's.
                let next = tokens[(index + 1)..<min(tokens.count, index + 3)]
                return !next.contains(where: Self.contactPeopleWords.contains)
            }
            return true
        }
    }

    /// Whether the contact verbs in `range` (or, with nil, the line) all name someone else and the
    /// clauses holding them say nothing to the listener: "I'll message Leila on LinkedIn like you
    /// suggested", "I'm going to reach out to the union office next".
    func contactsElsewhere(_ line: NormalizedLine, _ ids: [Int32], in range: Range<Int>? = nil) -> Bool {
        let scope = range ?? line.tokens.indices
        var elsewhere = false
        for index in scope where Self.contactVerbs.contains(line.tokens[index]) || Self.sendingVerbs.contains(line.tokens[index]) {
            switch contactTarget(line, ids, verb: index) {
            case .listener: return false
            case .elsewhere:
                let clause = line.clause[index]
                let clauseRange = line.clause.indices.filter { line.clause[$0] == clause }
                guard let first = clauseRange.first, let last = clauseRange.last else { continue }
                if speaksToListener(line, in: first..<(last + 1)) { return false }
                elsewhere = true
            case nil: continue
            }
        }
        // A follow-up joined to a contact with someone else is with them too: "I'll reach out to him
        // this week and follow up if I don't hear back."
        if !elsewhere, let range, range.lowerBound > 0, line.tokens[range.lowerBound - 1] == "and",
            line.tokens[range.lowerBound] == "follow", !speaksToListener(line, in: range),
            let verb = (max(0, range.lowerBound - 12)..<(range.lowerBound - 1)).last(where: { Self.contactVerbs.contains(line.tokens[$0]) }),
            line.sentences.contains(where: { $0.range.contains(verb) && $0.range.contains(range.lowerBound) }),
            contactTarget(line, ids, verb: verb) == .elsewhere
        {
            return true
        }
        return elsewhere
    }
}
