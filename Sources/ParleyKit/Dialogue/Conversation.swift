import Foundation

/// One practice conversation with a persona (SPEC section 6): hears each learner line, answers it
/// the way the persona would, and keeps the simulated clock.
///
/// The conversation computes; it does no input or output. Each call returns what happened, in
/// order — the learner's turn first — so the caller can put the learner's turn on disk before it
/// shows the persona's answer.
public final class Conversation {
    /// Something that happened, for the caller to save and show.
    public enum Happening: Sendable, Equatable {
        case turn(Turn)
        case event(TranscriptEvent)
    }

    public let persona: Persona
    public let seed: UInt64
    /// How close a line that asks nothing must come to a topic's asks to be answered from it.
    static let statementTopicScore = 0.6
    public let learnerName: String
    public private(set) var turns: [Turn] = []
    public private(set) var events: [TranscriptEvent] = []
    /// Seconds on the simulated clock.
    public private(set) var clock: Double = 0
    /// Set once the conversation is over; nothing more can be said.
    public private(set) var ended: TranscriptEnding.Reason?

    private let detector: SignalDetector
    private let matcher: TopicMatcher
    private let lines: PersonaLines
    private let speaking: SpeakingClock
    private var random: SeededGenerator
    /// Everything the learner has said so far, as signals.
    public private(set) var heard: Set<Signal> = []
    /// Learner questions so far, by kind.
    public private(set) var questionCount: [QuestionKind: Int] = [:]
    /// Topics the persona has answered, in order (first time each).
    public private(set) var topicsReached: [String] = []
    private var replyCursor: [String: Int] = [:]
    private var fallbackCursor: Int
    private var referralCursor = 0
    private var acknowledgementCursor = 0
    /// After a job ask: shorter answers and no referral until the learner says again they came to learn.
    public private(set) var cooled = false
    private var askedPurpose = false
    /// The topic asked about when the persona stopped to ask what the call is for; answered once
    /// the learner explains.
    private var heldTopic: String?
    private var heldQuestion = false
    public private(set) var warned = false

    /// - Parameters:
    ///   - detector: hears the learner's lines; build it with the pack's `rubric.phrases`.
    ///   - seed: decides the persona's free choices (a chatty persona's asides, where its fallbacks start).
    public init(persona: Persona, detector: SignalDetector, seed: UInt64, learnerName: String = "You") {
        self.persona = persona
        self.detector = detector
        self.seed = seed
        self.learnerName = learnerName
        matcher = TopicMatcher(topics: persona.topics)
        lines = PersonaLines(reactions: persona.reactions)
        speaking = SpeakingClock(personaWordsPerMinute: persona.wordsPerMinute)
        random = SeededGenerator(seed: seed)
        fallbackCursor = random.below(max(1, lines.fallback.count))
    }

    // MARK: The clock

    public var slotSeconds: Double { Double(persona.slot.wholeSeconds) }
    public var warnBeforeSeconds: Double { Double(persona.effectiveWarnBefore.wholeSeconds) }
    public var graceSeconds: Double { Double(persona.effectiveGrace.wholeSeconds) }
    /// Seconds left in the slot; negative once it has run over.
    public var remaining: Double { slotSeconds - clock }

    // MARK: Talking

    /// The persona's greeting: the first turn. A chatty persona adds small talk of its own.
    public func start() -> [Happening] {
        guard turns.isEmpty else { return [] }
        var text = persona.greeting
        if persona.temperament == .chatty { text += " " + lines.smallTalk }
        return [personaTurn([Part(text)])]
    }

    /// Hears a learner's line and returns the learner's turn and everything the persona says back.
    public func say(_ text: String) -> [Happening] {
        guard ended == nil else { return [] }
        let hearing = detector.hear(text)
        let signals = Set(hearing.signals)
        var happened = turns.isEmpty ? start() : []
        happened.append(learnerTurn(text, signals: hearing.signals))

        let earlierPurpose = heard.contains(.purpose)
        heard.formUnion(signals)
        if let kind = hearing.question { questionCount[kind, default: 0] += 1 }
        if signals.contains(.purpose) { cooled = false }

        let smallTalkKind = SmallTalk.kind(of: hearing.normalized)
        let smallTalk = smallTalkKind != nil
        // A request (names, a job, a later contact, an offer) is answered as that request, not as a
        // topic; a statement of purpose or background reaches a topic only when it also asks.
        let requests: Set<Signal> = [.referralAsk, .jobAsk, .giveBack]
        let statements: Set<Signal> = [.purpose, .selfIntro, .wrapUp, .thanks, .timeAck]
        let topic: String? =
            signals.isDisjoint(with: requests.union([.followUp]))
                && (hearing.question != nil || signals.isDisjoint(with: statements))
                && !smallTalk
            ? matcher.match(hearing.topicText).best.flatMap { match in
                // A remark that asks nothing ("congrats on the grant!") reaches a topic only when it
                // is unmistakably about one.
                hearing.question != nil || match.score >= Self.statementTopicScore ? match.topicID : nil
            } : nil

        // A closing line that asks nothing ends the conversation, whatever the clock says. A bid or
        // a request for names said on the way out, with no question ("and if you ever need a
        // tester over the summer, I'm your guy. Anyway, I'll let you get back to the build."), is
        // answered in the goodbye: the learner still closed.
        if signals.contains(.wrapUp), hearing.question == nil, topic == nil {
            var parts: [Part] = []
            if signals.contains(.jobAsk) {
                cooled = true
                parts.append(Part(lines.jobAsk))
            }
            if signals.contains(.referralAsk) { parts.append(Part(nextReferral())) }
            if signals.contains(.giveBack) { parts.append(Part(lines.giveBack)) }
            if signals.contains(.followUp) { parts.append(Part(lines.followUp)) }
            if signals.contains(.thanks) { parts.append(Part(lines.thanks)) }
            parts.append(Part(lines.goodbye))
            happened.append(personaTurn(parts))
            ended = .closed
            return happened
        }
        if clock >= slotSeconds + graceSeconds {
            happened.append(personaTurn([Part(lines.timeUp)]))
            ended = .timeUp
            return happened
        }

        let held = heldTopic
        let wasHeld = heldQuestion
        heldTopic = nil
        heldQuestion = false
        var parts: [Part] = []
        var answeredTopic: String?
        var asides = false

        if signals.contains(.jobAsk) {
            cooled = true
            parts.append(Part(lines.jobAsk))
        } else {
            let asksAboutWork = topic != nil || (hearing.question != nil && !smallTalk && signals.isDisjoint(with: requests.union([.followUp, .timeAck])))
            if asksAboutWork, !earlierPurpose, !signals.contains(.purpose), !askedPurpose {
                askedPurpose = true
                heldTopic = topic
                heldQuestion = true
                parts.append(Part(lines.askPurpose))
            } else if let topic {
                parts.append(reply(to: topic))
                answeredTopic = topic
                asides = true
            } else if wasHeld, signals.contains(.purpose) || signals.contains(.selfIntro) {
                if let held {
                    parts.append(Part(PersonaLines.resumeAfterPurpose))
                    parts.append(reply(to: held))
                    answeredTopic = held
                    asides = true
                } else {
                    parts.append(Part(nextAcknowledgement()))
                }
            }
            if signals.contains(.referralAsk) { parts.append(Part(nextReferral())) }
            if signals.contains(.giveBack) { parts.append(Part(lines.giveBack)) }
            if signals.contains(.followUp) { parts.append(Part(lines.followUp)) }
            if parts.isEmpty {
                if smallTalkKind == .opening {
                    parts.append(Part(lines.smallTalk))
                } else if smallTalkKind == .answer {
                    parts.append(Part(PersonaLines.smallTalkAnswered))
                } else if signals.contains(.purpose) || signals.contains(.selfIntro) {
                    parts.append(Part(nextAcknowledgement()))
                } else if signals.contains(.thanks) {
                    // "Thanks for making the time" is thanks first.
                    parts.append(Part(lines.thanks))
                } else if signals.contains(.timeAck) {
                    parts.append(Part(warned || remaining <= warnBeforeSeconds ? PersonaLines.timeShort : PersonaLines.timeFine))
                    // "I know we're nearly at time, but is there a project I could try?" still asks.
                    if hearing.question != nil, !smallTalk { parts.append(Part(nextFallback())) }
                } else {
                    parts.append(Part(nextFallback()))
                }
            }
        }
        if asides, persona.temperament == .chatty, random.below(3) == 0 {
            let asides = PersonaLines.chattyAsides
            parts.append(Part(asides[random.below(asides.count)]))
        }
        happened.append(personaTurn(parts, topic: answeredTopic))
        happened += afterPersonaSpoke()
        return happened
    }

    /// A private note; it takes no time and is never heard or scored.
    public func note(_ text: String) -> Happening {
        let note = TranscriptEvent.Note(text: text, clock: clock, afterTurn: turns.count)
        events.append(.note(note))
        return .event(.note(note))
    }

    /// Ends a conversation that the learner left without closing (`/end`, end of input, an interrupt).
    /// Returns the ending; a conversation that already ended keeps its own.
    @discardableResult
    public func abandon() -> TranscriptEnding.Reason {
        if let ended { return ended }
        ended = .abandoned
        return .abandoned
    }

    /// The transcript so far, as the scorer reads it.
    public func transcript(header: TranscriptHeader, score: Int? = nil) -> Transcript {
        Transcript(
            format: .session, header: header, turns: turns, events: events,
            ending: ended.map { TranscriptEnding(ended: $0, elapsedSeconds: clock, score: score) })
    }

    // MARK: Pieces

    /// Time checks after every persona answer: the persona leaves once the grace has run out, and
    /// warns once when the remaining time reaches `warn_before`.
    private func afterPersonaSpoke() -> [Happening] {
        guard ended == nil else { return [] }
        if clock >= slotSeconds + graceSeconds {
            ended = .timeUp
            return [personaTurn([Part(lines.timeUp)])]
        }
        if !warned, remaining <= warnBeforeSeconds {
            warned = true
            let warning = TranscriptEvent.TimeWarning(clock: clock, afterTurn: turns.count)
            events.append(.warning(warning))
            return [.event(.warning(warning)), personaTurn([Part(lines.timeWarning)])]
        }
        return []
    }

    /// Part of a persona turn: text, and how long it takes to say when a reply's `duration` says so.
    struct Part {
        var text: String
        var seconds: Double?

        init(_ text: String, seconds: Double? = nil) {
            self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            self.seconds = seconds
        }
    }

    /// The topic's next reply; short (its first sentence) while the persona is cool after a job ask,
    /// or guarded and the learner has not introduced themself. A reply's `duration` is kept,
    /// shortened in proportion when only the first sentence is said.
    private func reply(to topicID: String) -> Part {
        guard let topic = persona.topic(id: topicID) else { return Part(nextFallback()) }
        let index = replyCursor[topicID, default: 0]
        replyCursor[topicID] = index + 1
        if !topicsReached.contains(topicID) { topicsReached.append(topicID) }
        let chosen = topic.replies[min(index, topic.replies.count - 1)]
        let short = cooled || (persona.temperament == .guarded && !heard.contains(.selfIntro))
        let text = short ? Self.firstSentence(of: chosen.text) : chosen.text
        guard let duration = chosen.duration else { return Part(text) }
        let share = Double(SpeakingClock.wordCount(text)) / Double(max(1, SpeakingClock.wordCount(chosen.text)))
        return Part(text, seconds: Double(duration.wholeSeconds) * share)
    }

    private func nextReferral() -> String {
        guard !cooled, referralCursor < persona.referrals.count else { return lines.referralNone }
        defer { referralCursor += 1 }
        return persona.referrals[referralCursor].reply
    }

    private func nextAcknowledgement() -> String {
        let lines = PersonaLines.acknowledgements
        defer { acknowledgementCursor += 1 }
        return lines[acknowledgementCursor % lines.count]
    }

    private func nextFallback() -> String {
        let fallback = lines.fallback
        defer { fallbackCursor += 1 }
        return fallback[fallbackCursor % fallback.count]
    }

    private func learnerTurn(_ text: String, signals: [Signal]) -> Happening {
        let duration = speaking.seconds(toSay: text, by: .learner)
        let turn = Turn(
            number: turns.count + 1, speaker: .learner, name: learnerName, text: text, clock: clock,
            duration: duration, signals: signals.map(\.rawValue))
        return record(turn)
    }

    /// A persona turn of `parts`: each part takes its own `duration` or its words at the persona's
    /// pace; the turn takes at least the minimum a line takes.
    private func personaTurn(_ parts: [Part], topic: String? = nil) -> Happening {
        let spoken = parts.filter { !$0.text.isEmpty }
        let text = spoken.map(\.text).joined(separator: " ")
        let raw = spoken.reduce(0.0) { total, part in
            total + (part.seconds
                ?? Double(SpeakingClock.wordCount(part.text)) * 60 / Double(max(1, persona.wordsPerMinute)))
        }
        let duration = max(SpeakingClock.minimumSeconds, SpeakingClock.rounded(raw))
        let turn = Turn(
            number: turns.count + 1, speaker: .persona, name: persona.name, text: text, clock: clock,
            duration: duration, topic: topic)
        return record(turn)
    }

    private func record(_ turn: Turn) -> Happening {
        turns.append(turn)
        clock = SpeakingClock.rounded(clock + (turn.duration ?? 0))
        return .turn(turn)
    }

    /// The first sentence: up to the first `.`, `!` or `?` that is followed by a space (or the end).
    static func firstSentence(of text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var previous: Character?
        for index in trimmed.indices {
            let character = trimmed[index]
            if let previous, ".!?".contains(previous), character == " " {
                return String(trimmed[..<index])
            }
            previous = character
        }
        return trimmed
    }
}
