/// What a persona says at each moment of SPEC section 6: the pack's own words where it gives them,
/// else Parley's plain defaults (docs/persona-format.md lists them).
struct PersonaLines: Sendable {
    let reactions: Reactions

    var askPurpose: String { reactions.askPurpose ?? "Happy to chat — before we dive in, what are you hoping to get out of our conversation?" }
    var jobAsk: String { reactions.jobAsk ?? "I'm not involved in hiring, and I thought this was more of a conversation about the work itself." }
    var referralNone: String { reactions.referralNone ?? "Let me think about who would be good and get back to you." }
    var followUp: String { reactions.followUp ?? "Of course — feel free to reach out any time." }
    var thanks: String { reactions.thanks ?? "You're very welcome!" }
    var giveBack: String { reactions.giveBack ?? "That's kind of you — nothing comes to mind right now, but I appreciate the offer." }
    var timeWarning: String { reactions.timeWarning ?? "Just so you know, I only have a few minutes left." }
    var timeUp: String { reactions.timeUp ?? "I'm sorry, I really have to go now — I have another meeting." }
    var goodbye: String { reactions.goodbye ?? "Good luck with everything!" }
    var smallTalk: String { reactions.smallTalk ?? "Doing well, thanks for asking!" }
    var fallback: [String] {
        reactions.fallback.isEmpty
            ? ["Hmm, I'm not sure I have a good answer to that.", "That's a bit outside what I work on, to be honest."]
            : reactions.fallback
    }

    // Moments the pack format has no key for; Parley's words, kept short and neutral.

    /// After the learner explains why they came or who they are, and asks nothing; said in turn, so
    /// a learner who introduces themself and then states their purpose hears two different lines.
    static let acknowledgements = [
        "That's helpful to know — what would you like to ask me?",
        "Great, that gives me a good picture. Where would you like to start?",
        "Makes sense. Ask me anything — I'm happy to help.",
    ]
    /// Before answering the question that was put on hold by `ask_purpose`.
    static let resumeAfterPurpose = "That helps, thanks."
    /// When the learner answers the persona's own small talk ("doing well, thanks!").
    static let smallTalkAnswered = "Glad to hear it!"
    /// When the learner points out the time early on.
    static let timeFine = "Thanks for keeping an eye on the time — we're fine for now."
    /// When the learner points out the time once it is running short: the persona lets them decide.
    static let timeShort = "Thanks for noticing — I can stay a couple more minutes if there's something else you'd like to ask."
    /// A chatty persona's own asides after an answer, chosen by the seed.
    static let chattyAsides = [
        "Sorry, I do go on once I get started!",
        "Anyway — you can tell I could talk about this all day.",
        "But listen to me rambling — where was I?",
        "Ha, that reminds me of a dozen other stories, but I'll spare you.",
    ]
}
