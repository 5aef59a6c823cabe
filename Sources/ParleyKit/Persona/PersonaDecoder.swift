import Yams

/// Builds a `Persona` from a persona file's node tree, reporting every problem through a `NodeReader`.
enum PersonaDecoder {
    static let keys = [
        "id", "name", "role", "organization", "field", "minutes", "temperament", "words_per_minute",
        "warn_before", "grace", "briefing", "greeting", "topics", "referrals", "reactions",
    ]
    static let requiredKeys = [
        "id", "name", "role", "organization", "field", "minutes", "briefing", "greeting", "topics",
    ]
    static let topicKeys = ["id", "category", "asks", "replies"]
    static let replyKeys = ["text", "duration"]
    static let referralKeys = ["name", "role", "reply"]
    static let reactionKeys = Reactions.lineKeys.map(\.key) + ["fallback"]

    /// The persona, or nil when the reader recorded any error for it.
    static func decode(_ root: Node, reader: NodeReader) -> Persona? {
        let errorsBefore = reader.errorCount
        guard let fields = reader.fields(root, of: "a persona", allowed: keys, required: requiredKeys) else {
            return nil
        }
        let id = fields["id"].flatMap { reader.identifier($0, key: "id") }
        let name = reader.string(fields, "name")
        let role = reader.string(fields, "role")
        let organization = reader.string(fields, "organization")
        let field = reader.string(fields, "field")
        let minutes = fields["minutes"].flatMap { reader.integer($0, key: "minutes", in: Persona.minutesRange) }
        let temperament = fields["temperament"].map {
            reader.choice($0, key: "temperament", as: Persona.Temperament.self)
        }
        let wordsPerMinute = fields["words_per_minute"].map {
            reader.integer($0, key: "words_per_minute", in: Persona.wordsPerMinuteRange)
        }
        let warnBefore = fields["warn_before"].map { reader.duration($0, key: "warn_before", allowZero: true) }
        let grace = fields["grace"].map { reader.duration($0, key: "grace", allowZero: true) }
        if let minutes, let node = fields["warn_before"], let warn = warnBefore ?? nil, warn >= .seconds(minutes * 60) {
            reader.error("'warn_before' (\(warn.packText)) must be shorter than the \(minutes)-minute slot", at: node)
        }
        let briefing = reader.string(fields, "briefing")
        let greeting = reader.string(fields, "greeting")
        let topics = fields["topics"].flatMap { Self.topicList($0, reader: reader) }
        let referrals = fields["referrals"].map { node in
            reader.list(node, key: "referrals", nonEmpty: false) { Self.referral($0, reader: reader) }
        }
        let reactions = fields["reactions"].map { Self.reactions($0, reader: reader) }

        guard reader.errorCount == errorsBefore, let id, let name, let role, let organization, let field,
            let minutes, let briefing, let greeting, let topics
        else { return nil }
        return Persona(
            id: id, name: name, role: role, organization: organization, field: field, minutes: minutes,
            temperament: (temperament ?? nil) ?? .warm,
            wordsPerMinute: (wordsPerMinute ?? nil) ?? Persona.defaultWordsPerMinute,
            warnBefore: warnBefore ?? nil, grace: grace ?? nil, briefing: briefing, greeting: greeting,
            topics: topics, referrals: (referrals ?? nil) ?? [], reactions: (reactions ?? nil) ?? Reactions())
    }

    /// The topics, with duplicate ids reported at the second one.
    static func topicList(_ node: Node, reader: NodeReader) -> [Topic]? {
        var firstLine: [String: Int] = [:]
        return reader.list(node, key: "topics", nonEmpty: true) { element in
            guard let topic = Self.topic(element, reader: reader) else { return nil }
            let idNode = element.mapping?["id"]
            if let line = firstLine[topic.id] {
                reader.error("duplicate topic id '\(topic.id)' (first at line \(line))", at: idNode)
                return nil
            }
            firstLine[topic.id] = idNode?.mark?.line ?? 0
            return topic
        }
    }

    static func topic(_ node: Node, reader: NodeReader) -> Topic? {
        let errorsBefore = reader.errorCount
        guard let fields = reader.fields(node, of: "a topic", allowed: topicKeys, required: ["id", "asks", "replies"])
        else { return nil }
        let id = fields["id"].flatMap { reader.identifier($0, key: "id") }
        let category = fields["category"].map { reader.choice($0, key: "category", as: Topic.Category.self) }
        let asks = fields["asks"].flatMap { reader.stringList($0, key: "asks", nonEmpty: true) }
        let replies = fields["replies"].flatMap { node in
            reader.list(node, key: "replies", nonEmpty: true) { Self.reply($0, reader: reader) }
        }
        guard reader.errorCount == errorsBefore, let id, let asks, let replies else { return nil }
        return Topic(id: id, category: (category ?? nil) ?? .other, asks: asks, replies: replies)
    }

    /// A reply is a plain string or a map with `text` and an optional `duration`.
    static func reply(_ node: Node, reader: NodeReader) -> Reply? {
        if node.scalar != nil { return reader.string(node, key: "replies").map { Reply(text: $0) } }
        guard node.mapping != nil else {
            reader.error(
                "expected a reply (a string, or a map with 'text'), found \(NodeReader.kind(of: node))", at: node)
            return nil
        }
        let errorsBefore = reader.errorCount
        guard let fields = reader.fields(node, of: "a reply", allowed: replyKeys, required: ["text"]) else {
            return nil
        }
        let text = reader.string(fields, "text")
        let duration = fields["duration"].map { reader.duration($0, key: "duration", allowZero: false) }
        guard reader.errorCount == errorsBefore, let text else { return nil }
        return Reply(text: text, duration: duration ?? nil)
    }

    static func referral(_ node: Node, reader: NodeReader) -> Referral? {
        let errorsBefore = reader.errorCount
        guard let fields = reader.fields(node, of: "a referral", allowed: referralKeys, required: referralKeys)
        else { return nil }
        let name = reader.string(fields, "name")
        let role = reader.string(fields, "role")
        let reply = reader.string(fields, "reply")
        guard reader.errorCount == errorsBefore, let name, let role, let reply else { return nil }
        return Referral(name: name, role: role, reply: reply)
    }

    static func reactions(_ node: Node, reader: NodeReader) -> Reactions? {
        guard let fields = reader.fields(node, of: "'reactions'", allowed: reactionKeys, required: []) else {
            return nil
        }
        var reactions = Reactions()
        for (key, path) in Reactions.lineKeys {
            reactions[keyPath: path] = reader.string(fields, key)
        }
        if let fallback = fields["fallback"] {
            reactions.fallback = reader.stringList(fallback, key: "fallback", nonEmpty: true) ?? []
        }
        return reactions
    }
}
