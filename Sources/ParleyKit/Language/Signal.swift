/// What Parley can hear in a learner's line (SPEC section 4). The raw values are the contract's names.
public enum Signal: String, CaseIterable, Sendable, Hashable, Comparable {
    case purpose
    case jobAsk = "job_ask"
    case referralAsk = "referral_ask"
    case followUp = "follow_up"
    case timeAck = "time_ack"
    case wrapUp = "wrap_up"
    case thanks
    case giveBack = "give_back"
    case selfIntro = "self_intro"

    /// The signal's place in SPEC order, for ordering and for tables indexed by signal.
    public var ordinal: Int {
        switch self {
        case .purpose: 0
        case .jobAsk: 1
        case .referralAsk: 2
        case .followUp: 3
        case .timeAck: 4
        case .wrapUp: 5
        case .thanks: 6
        case .giveBack: 7
        case .selfIntro: 8
        }
    }

    public static func < (lhs: Signal, rhs: Signal) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Hashes the place, not the raw name: hearing looks signals up in sets on every cue.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

/// Whether a line asks an open question, a closed (yes/no, either/or) one, or none.
public enum QuestionKind: String, Sendable, Hashable {
    case open, closed
}
