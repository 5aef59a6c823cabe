/// A scripted professional the learner practises with; one persona file in a pack.
public struct Persona: Sendable, Equatable {
    /// How the persona behaves in conversation (SPEC section 6).
    public enum Temperament: String, Sendable, Equatable, CaseIterable {
        case warm, busy, guarded, chatty
    }

    public var id: String
    public var name: String
    public var role: String
    public var organization: String
    public var field: String
    /// The agreed length of the conversation, 3...120.
    public var minutes: Int
    public var temperament: Temperament
    public var wordsPerMinute: Int
    /// As written in the file; see `effectiveWarnBefore` for the value to use.
    public var warnBefore: Duration?
    /// As written in the file; see `effectiveGrace` for the value to use.
    public var grace: Duration?
    public var briefing: String
    public var greeting: String
    public var topics: [Topic]
    public var referrals: [Referral]
    public var reactions: Reactions

    public init(
        id: String, name: String, role: String, organization: String, field: String, minutes: Int,
        temperament: Temperament = .warm, wordsPerMinute: Int = Persona.defaultWordsPerMinute,
        warnBefore: Duration? = nil, grace: Duration? = nil, briefing: String, greeting: String,
        topics: [Topic], referrals: [Referral] = [], reactions: Reactions = Reactions()
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.organization = organization
        self.field = field
        self.minutes = minutes
        self.temperament = temperament
        self.wordsPerMinute = wordsPerMinute
        self.warnBefore = warnBefore
        self.grace = grace
        self.briefing = briefing
        self.greeting = greeting
        self.topics = topics
        self.referrals = referrals
        self.reactions = reactions
    }

    public static let defaultWordsPerMinute = 150
    public static let minutesRange = 3...120
    public static let wordsPerMinuteRange = 60...400

    public func topic(id: String) -> Topic? {
        topics.first { $0.id == id }
    }
}
