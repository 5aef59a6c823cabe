/// The persona's own words for the moments of SPEC section 6; nil means "use Parley's default line".
public struct Reactions: Sendable, Equatable {
    public var askPurpose: String?
    public var jobAsk: String?
    public var referralNone: String?
    public var followUp: String?
    public var thanks: String?
    public var giveBack: String?
    public var timeWarning: String?
    public var timeUp: String?
    public var goodbye: String?
    public var smallTalk: String?
    /// Said in turn when nothing else fits; empty means "use Parley's defaults".
    public var fallback: [String]

    public init(
        askPurpose: String? = nil, jobAsk: String? = nil, referralNone: String? = nil, followUp: String? = nil,
        thanks: String? = nil, giveBack: String? = nil, timeWarning: String? = nil, timeUp: String? = nil,
        goodbye: String? = nil, smallTalk: String? = nil, fallback: [String] = []
    ) {
        self.askPurpose = askPurpose
        self.jobAsk = jobAsk
        self.referralNone = referralNone
        self.followUp = followUp
        self.thanks = thanks
        self.giveBack = giveBack
        self.timeWarning = timeWarning
        self.timeUp = timeUp
        self.goodbye = goodbye
        self.smallTalk = smallTalk
        self.fallback = fallback
    }

    /// The YAML keys of the single-line reactions, with the property each sets.
    static var lineKeys: [(key: String, path: WritableKeyPath<Reactions, String?>)] {
        [
            ("ask_purpose", \.askPurpose), ("job_ask", \.jobAsk), ("referral_none", \.referralNone),
            ("follow_up", \.followUp), ("thanks", \.thanks), ("give_back", \.giveBack),
            ("time_warning", \.timeWarning), ("time_up", \.timeUp), ("goodbye", \.goodbye),
            ("small_talk", \.smallTalk),
        ]
    }
}
