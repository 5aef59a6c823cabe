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

    public static func < (lhs: Signal, rhs: Signal) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a line asks an open question, a closed (yes/no, either/or) one, or none.
public enum QuestionKind: String, Sendable, Hashable {
    case open, closed
}
