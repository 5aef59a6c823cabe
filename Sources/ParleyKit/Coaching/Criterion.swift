/// The ten criteria of SPEC section 5, in the report's order.
public enum Criterion: String, Sendable, Hashable, CaseIterable {
    case restatedPurpose = "restated_purpose"
    case respectedTime = "respected_time"
    case askedReferral = "asked_referral"
    case plannedFollowUp = "planned_follow_up"
    case avoidedJobAsk = "avoided_job_ask"
    case introducedSelf = "introduced_self"
    case askedOpenQuestions = "asked_open_questions"
    case letThemTalk = "let_them_talk"
    case thanked
    case offeredHelp = "offered_help"

    /// SPEC section 5's default weight; a pack's `rubric.weights` may replace it.
    public var defaultWeight: Int {
        switch self {
        case .restatedPurpose, .respectedTime, .askedReferral, .plannedFollowUp: 20
        case .avoidedJobAsk: 8
        case .introducedSelf, .askedOpenQuestions: 3
        case .letThemTalk, .thanked, .offeredHelp: 2
        }
    }

    /// The five that carry most of the score.
    public var isMain: Bool { defaultWeight >= 8 }

    /// How the report names it to the learner.
    public var title: String {
        switch self {
        case .restatedPurpose: "Restated your purpose"
        case .respectedTime: "Respected the time"
        case .askedReferral: "Asked who else to talk to"
        case .plannedFollowUp: "Planned the follow-up"
        case .avoidedJobAsk: "Did not ask for a job"
        case .introducedSelf: "Introduced yourself"
        case .askedOpenQuestions: "Asked open questions"
        case .letThemTalk: "Let them do the talking"
        case .thanked: "Thanked them"
        case .offeredHelp: "Offered help in return"
        }
    }

    /// The habit to practise when it fails, for "work on next".
    public var nextStep: String {
        switch self {
        case .restatedPurpose: "say why you are there — to learn, not for a job — before your first question"
        case .respectedTime: "keep to the agreed time: acknowledge the warning, ask one last question, then close"
        case .askedReferral: "before you close, ask who else you should talk to"
        case .plannedFollowUp: "ask whether you may stay in touch, and send a thank-you note"
        case .avoidedJobAsk: "keep job questions out of the conversation"
        case .introducedSelf: "give a two-sentence overview of yourself early on"
        case .askedOpenQuestions: "ask at least three open questions (what, how, tell me about)"
        case .letThemTalk: "keep your turns short and let them do most of the talking"
        case .thanked: "thank them before you go"
        case .offeredHelp: "ask what you can do for them in return"
        }
    }
}
