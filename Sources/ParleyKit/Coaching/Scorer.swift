/// Decides the criteria of SPEC section 5 from a transcript alone, so a practice session, a
/// plain-text transcript and WebVTT captions are scored by the same code (docs/rubric.md).
public struct Scorer: Sendable {
    private let detector: SignalDetector
    private let weights: [Criterion: Int]
    /// Persona topic id → TIARA category, for questions the persona answered from a topic.
    private let topicCategories: [String: Topic.Category]

    /// - Parameters:
    ///   - rubric: a pack's weights and extra signal phrases.
    ///   - persona: the persona practised with, when known: its topics tell questions' categories.
    ///   - detector: hears learner lines; by default one built with the rubric's phrases.
    public init(rubric: Rubric = Rubric(), persona: Persona? = nil, detector: SignalDetector? = nil) {
        var phrases: [Signal: [String]] = [:]
        for (name, examples) in rubric.phrases {
            if let signal = Signal(rawValue: name) { phrases[signal, default: []] += examples }
        }
        self.detector = detector ?? SignalDetector(phrases: phrases)
        var weights: [Criterion: Int] = [:]
        for criterion in Criterion.allCases {
            weights[criterion] = rubric.weights[criterion.rawValue] ?? criterion.defaultWeight
        }
        self.weights = weights
        var categories: [String: Topic.Category] = [:]
        for topic in persona?.topics ?? [] where topic.category != .other { categories[topic.id] = topic.category }
        topicCategories = categories
    }

    public func score(_ transcript: Transcript) -> ScoreReport {
        let turns = hear(transcript)
        let facts = ScoringFacts(transcript: transcript, turns: turns)
        let verdicts = Criterion.allCases.map { criterion in
            decide(criterion, facts, weight: weights[criterion] ?? criterion.defaultWeight)
        }
        let total = verdicts.reduce(0) { $0 + $1.weight }
        let passed = verdicts.filter(\.passed).reduce(0) { $0 + $1.weight }
        let score = total == 0 ? 0 : Int((Double(passed) * 100 / Double(total)).rounded())
        return ScoreReport(
            persona: transcript.header.persona, minutes: transcript.slotMinutes,
            elapsedSeconds: transcript.elapsedSeconds, ended: facts.ended, score: score, verdicts: verdicts,
            warningClock: facts.warning?.clock, shape: facts.shape, turns: turns)
    }

    /// Every turn with what is heard in it; learner lines are heard afresh, whatever the file says.
    func hear(_ transcript: Transcript) -> [HeardTurn] {
        let turns = transcript.turns
        let hearings = turns.map { $0.speaker == .learner ? detector.hear($0.text) : nil }
        // A bid split around a word of listening: the second half carries the ask, and neither half
        // is an offer of help.
        var bidEnds = Set<Int>(), bidHalves = Set<Int>()
        for index in turns.indices {
            guard let hearing = hearings[index], let joined = joinedTurns(turns, hearings, at: index),
                joined.contains(.jobAsk)
            else { continue }
            if !hearing.contains(.jobAsk) {
                bidEnds.insert(index)
                bidHalves.formUnion([index - 2, index])
            } else if !joined.contains(.giveBack) {
                // The second half bids on its own ("So even just a few hours a week, if you ever need
                // someone."), and the offer before it was its first half, not help in return.
                bidHalves.insert(index - 2)
            }
        }
        // The other side's names, to hear a learner finding them on the call: "Hi, is this Janet?"
        let theirNames = Set(
            turns.filter { $0.speaker == .persona }.flatMap { $0.name.lowercased().split { !$0.isLetter }.map(String.init) })
        return turns.indices.map { index in
            let turn = turns[index]
            guard let hearing = hearings[index] else { return HeardTurn(turn: turn) }
            // Small talk, or a line whose only questions are small talk ("Can you hear me okay? I'm
            // in my studio, the wifi is patchy.").
            let line = hearing.normalized
            let asking = line.sentences.filter(\.endsWithQuestionMark)
            let smallTalk = SmallTalk.kind(of: line) != nil
                || (!asking.isEmpty && asking.allSatisfy { sentence in
                    let words = Array(line.tokens[sentence.range])
                    return SmallTalk.heard(in: words) || SmallTalk.isGreeting(words)
                        || SmallTalk.findsThem(words, named: theirNames)
                })
            var category: Topic.Category?
            if hearing.question != nil, !smallTalk {
                let answer = turns[(index + 1)...].first { $0.speaker == .persona }
                category = answer?.topic.flatMap { topicCategories[$0] } ?? TIARA.category(of: hearing.normalized.tokens)
            }
            var signals = Set(hearing.signals)
            if bidEnds.contains(index) { signals.insert(.jobAsk) }
            if bidHalves.contains(index) { signals.remove(.giveBack) }
            return HeardTurn(
                turn: turn, signals: signals, question: hearing.question, smallTalk: smallTalk, category: category)
        }
    }

    /// A bid for work split over two learner turns around a word of listening ("I've got the whole
    /// summer free." — "Mm-hm." — "So if the ward ever needs an extra pair of hands, I'd be there."):
    /// the two heard together, when they go together; the second carries the ask they make.
    private func joinedTurns(_ turns: [Turn], _ hearings: [Hearing?], at index: Int) -> Hearing? {
        guard index >= 2, let before = hearings[index - 2], let hearing = hearings[index], !before.contains(.jobAsk),
            turns[index - 1].speaker != .learner,
            Self.onlyListens(turns[index - 1].text)
                // "I'm free most of the summer." — (an answer) — "So if the team ever needs someone…":
                // a turn that opens with "so" goes on from the learner's statement before it.
                || (hearing.normalized.tokens.first.map(Self.goingOn.contains) == true && !turns[index - 2].text.contains("?"))
        else { return nil }
        return detector.hear(turns[index - 2].text + " " + turns[index].text)
    }

    /// Whether a reply only shows the other side is listening: no question, and at most
    /// `backchannelWords` words or only words of listening ("Mm-hm, yeah, of course.").
    static func onlyListens(_ text: String) -> Bool {
        guard !text.contains("?") else { return false }
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }
        return words.count <= backchannelWords
            || (words.count <= 8 && words.allSatisfy { listeningWords.contains(String($0)) })
    }

    /// First words of a turn that carry on the learner's own turn before it.
    static let goingOn: Set<String> = ["so"]

    /// The most words a reply may have and still only show the other side is listening.
    static let backchannelWords = 3
    static let listeningWords: Set<String> = [
        "mm", "mm-hm", "mhm", "mm-hmm", "uh-huh", "hm", "hmm", "yeah", "yes", "yep", "right", "sure", "ok", "okay",
        "of", "course", "go", "on", "i", "see", "got", "it", "totally", "absolutely", "sounds", "good", "great",
        "fair", "enough", "makes", "sense", "oh", "ah", "ha", "alright", "cool", "nice", "uh", "um", "please",
    ]
}

/// What the criteria are decided from: the heard turns, the slot, the warning and the ending.
struct ScoringFacts {
    let turns: [HeardTurn]
    let learner: [HeardTurn]
    let slotSeconds: Double
    let warning: TranscriptEvent.TimeWarning?
    let ended: TranscriptEnding.Reason
    /// The learner's close, if they closed: see `close(in:)`.
    let close: HeardTurn?
    let shape: ConversationShape
    /// The other side's first name, for advice ("Maya had to leave…"); "they" when unknown.
    let otherName: String

    init(transcript: Transcript, turns: [HeardTurn]) {
        self.turns = turns
        learner = turns.filter(\.isLearner)
        shape = ConversationShape(turns)
        slotSeconds = Double(transcript.slotMinutes * 60)
        warning = transcript.timeWarning
        let name = transcript.header.persona?.name ?? turns.first { !$0.isLearner }?.turn.name
        otherName = name.flatMap { $0.split(separator: " ").first.map(String.init) } ?? "they"
        close = Self.close(in: learner).flatMap { Self.cutOffAtTheEnd($0, of: turns) ? nil : $0 }
        ended = transcript.ended ?? Self.inferEnding(turns: turns, close: close, slotSeconds: slotSeconds)
    }

    /// The learner's last line heard as `wrap_up`, if the conversation wound down after it: a close
    /// followed by two or more new questions about the work ("I have to go to a career fair
    /// tomorrow…" and the call goes on) did not end the conversation.
    static func close(in learner: [HeardTurn]) -> HeardTurn? {
        guard let index = learner.lastIndex(where: { $0.signals.contains(.wrapUp) }) else { return nil }
        return learner[(index + 1)...].filter(\.isWorkQuestion).count <= 1 ? learner[index] : nil
    }

    /// Whether a close is the learner's last turn and breaks off mid-sentence, the call dropping
    /// before it was said, with no goodbye from the other side after it: "Thank you so much for all
    /// of this, Denise, I'm gonna—" / "Renee? Hello? I think I lost you." The learner never closed.
    static func cutOffAtTheEnd(_ close: HeardTurn, of turns: [HeardTurn]) -> Bool {
        guard let index = turns.firstIndex(where: { $0.number == close.number }) else { return false }
        let after = turns[(index + 1)...]
        guard after.allSatisfy({ !$0.isLearner }) else { return false }
        let texts = after.map { $0.turn.text.lowercased() }
        // "okay thank you so much for everything, I really" / "Dani? I think I lost you. Well, if you
        // can hear me, good luck": a line left without an ending when the other side says the call
        // dropped was broken off, and a goodbye called after it does not make it a close.
        let lost = texts.contains { text in lostCall.contains { text.contains($0) } }
        let unended = !(close.turn.text.trimmingCharacters(in: .whitespacesAndNewlines).last.map { ".!?)".contains($0) } ?? false)
        if lost, close.isCutOff || unended { return true }
        return close.isCutOff && texts.allSatisfy { text in !farewells.contains { text.contains($0) } }
    }

    /// What the other side says when the call drops.
    static let lostCall = ["lost you", "you there?", "you still there", "can you hear me", "you cut out", "you froze", "call dropped"]

    /// What the other side says to see the learner off.
    static let farewells = [
        "bye", "take care", "good luck", "best of luck", "talk soon", "nice meeting", "nice talking", "nice to meet",
        "good to meet", "you're welcome", "my pleasure",
    ]

    /// An imported transcript has no end record: closed when the learner closed, time up when it ran
    /// past the slot and the default grace, else abandoned (docs/rubric.md).
    static func inferEnding(turns: [HeardTurn], close: HeardTurn?, slotSeconds: Double) -> TranscriptEnding.Reason {
        if close != nil { return .closed }
        let grace = Double(Persona.defaultGrace.components.seconds)
        if let last = turns.last, last.turn.end > slotSeconds + grace { return .timeUp }
        return .abandoned
    }

    /// Learner turns after the time warning.
    var afterWarning: [HeardTurn] {
        guard let warning else { return [] }
        return learner.filter { $0.number > warning.afterTurn }
    }

    func first(_ signal: Signal) -> HeardTurn? { learner.first { $0.signals.contains(signal) } }
}
