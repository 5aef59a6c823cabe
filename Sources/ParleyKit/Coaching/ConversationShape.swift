/// The conversation as call-analytics tools show it: who talked how much, the longest stretch,
/// the questions asked and the TIARA categories they covered.
public struct ConversationShape: Sendable, Equatable {
    public var learnerWords: Int
    public var otherWords: Int
    /// The learner's longest turn by words, if the learner spoke.
    public var longestTurn: (number: Int, words: Int, seconds: Double?)?
    public var openQuestions: Int
    public var closedQuestions: Int
    /// TIARA categories the learner's questions covered, in TIARA order.
    public var categories: [Topic.Category]

    /// The learner's share of all words, 0–1 (0 when nothing was said).
    public var learnerShare: Double {
        let total = learnerWords + otherWords
        return total == 0 ? 0 : Double(learnerWords) / Double(total)
    }

    /// TIARA's five, in order.
    public static let tiara: [Topic.Category] = [.trends, .insights, .advice, .resources, .assignments]

    public static func == (lhs: ConversationShape, rhs: ConversationShape) -> Bool {
        lhs.learnerWords == rhs.learnerWords && lhs.otherWords == rhs.otherWords
            && lhs.longestTurn?.number == rhs.longestTurn?.number && lhs.openQuestions == rhs.openQuestions
            && lhs.closedQuestions == rhs.closedQuestions && lhs.categories == rhs.categories
    }

    init(_ turns: [HeardTurn]) {
        let learner = turns.filter(\.isLearner)
        learnerWords = learner.reduce(0) { $0 + $1.words }
        otherWords = turns.filter { !$0.isLearner }.reduce(0) { $0 + $1.words }
        longestTurn = learner.max { $0.words < $1.words }.map { ($0.number, $0.words, $0.turn.duration) }
        let questions = learner.filter { $0.isOpenQuestion || $0.isClosedQuestion }
        openQuestions = questions.count(where: \.isOpenQuestion)
        closedQuestions = questions.count(where: \.isClosedQuestion)
        let covered = Set(questions.compactMap(\.category))
        categories = Self.tiara.filter(covered.contains)
    }
}
