import Foundation
/// Hears the signals of SPEC section 4 in a learner's line: cue patterns over normalised words,
/// with vetoes for look-alikes, negation scope, and typo tolerance on cue words. Build one and
/// reuse it: building compiles every pattern; hearing a line is cheap.
public struct SignalDetector: Sendable {
    struct Rule: Sendable {
        var signal: Signal
        var source: String
        /// Written with a leading `@`: heard only in a line spoken to the listener (see `addressed`).
        var addressedOnly: Bool
        /// Written with a leading `,` (after any `@`): heard only within one comma-delimited clause.
        var oneClause = false
        /// Written with a leading `+` (before any other mark): a job ask that offers the learner's own
        /// time or labour, so an offer of help heard in the same line is that bid, not help in return.
        var bid = false
    }

    struct Veto: Sendable {
        /// Where the veto must match: over the cue itself or anywhere in its sentence (`!`), each on
        /// the cue's side of a turning word (`turns`), or anywhere in the line (`!!`, for a reason
        /// the learner gives in the next sentence:
        /// "Could I send you my resume? I'd value your take on how it reads.").
        enum Scope: Sendable { case cue, sentence, line }
        /// The veto's number in `table`.
        var pattern: Int
        var source: String
        var scope: Scope
        /// Patterns (written after ` unless `, separated by ` || `) any of which, matching in the
        /// veto's scope, lifts it: "who else should I talk to about the hiring side?" still asks
        /// for people, though a word of hiring usually makes an introduction a job ask.
        var unless: [Int] = []
        /// Written with `,` after the marks: the veto's own words lie within one comma-delimited
        /// clause. "I have to run the numbers" is an errand; "I have to run, the bus is here" is not.
        var oneClause = false

        /// Whether the veto holds over `scope` of `line`.
        func holds(_ table: PatternTable, _ ids: [Int32], _ scope: Range<Int>, _ line: NormalizedLine) -> Bool {
            let found = oneClause
                ? table.matches(pattern, ids: ids, range: scope).contains { line.clause[$0.lowerBound] == line.clause[$0.upperBound - 1] }
                : table.matchesAnywhere(pattern, ids: ids, range: scope)
            return found && !unless.contains { table.matchesAnywhere($0, ids: ids, range: scope) }
        }
    }

    /// Every rule's, veto's and the polite wish's pattern; a rule's number is its index in `rules`.
    private let table: PatternTable
    private let rules: [Rule]
    /// The signal of each rule, by number: read for every rule tried, so kept apart from `rules`.
    private let ruleSignals: [Signal]
    /// Rule numbers to try at a word: for the word numbered `id`, `startRules[startOffsets[id]..<
    /// startOffsets[id + 1]]` holds those that start with it, then those that may start anywhere;
    /// the bucket after the last word's holds the latter alone, for words no pattern names.
    private let startOffsets: [Int32]
    private let startRules: [Int32]
    /// The vetoes of each signal, by `Signal.ordinal`.
    private let vetoes: [[Veto]]
    public let normalizer: TextNormalizer
    private let questions = QuestionClassifier()
    private let model: SignalModel?
    /// How sure the model must be before it adds a signal the rules did not hear.
    private let threshold: Double
    /// A polite wish to know one thing: see `isPoliteQuestion`.
    private let politeWish: Int
    /// By lexicon number, whether the word is one of `labourVerbs`: looked up without hashing.
    private let labourVerbMask: [Bool]
    /// By lexicon number, whether the word opens a condition: "if", "whenever", "when".
    private let conditionMask: [Bool]

    /// - Parameters:
    ///   - phrases: a pack's `rubric.phrases`: extra example phrases per signal.
    ///   - model: the learned layer; `nil` hears with the cue patterns alone.
    ///   - threshold: how sure the model must be to add a signal (cross-validation tries others).
    public init(
        phrases: [Signal: [String]] = [:], model: SignalModel? = .bundled, threshold: Double = SignalModel.threshold
    ) {
        self.model = model
        self.threshold = threshold
        let concepts = SignalRules.concepts
        var patterns = SignalRules.patterns.map { signal, source in
            var body = Substring(source)
            let bid = body.hasPrefix("+")
            if bid { body = body.dropFirst() }
            let addressedOnly = body.hasPrefix("@")
            if addressedOnly { body = body.dropFirst() }
            let oneClause = body.hasPrefix(",")
            if oneClause { body = body.dropFirst() }
            return (signal, CuePattern(String(body), concepts: concepts), addressedOnly, oneClause, bid)
        }
        let plain = TextNormalizer()
        for (signal, examples) in phrases.sorted(by: { $0.key < $1.key }) {
            for example in examples {
                let words = plain.normalize(example).tokens
                guard !words.isEmpty else { continue }
                patterns.append((signal, CuePattern(words.joined(separator: " *1 "), concepts: [:]), false, false, false))
            }
        }
        let vetoPatterns = SignalRules.vetoes.map { signal, source in
            let scope: Veto.Scope = source.hasPrefix("!!") ? .line : source.hasPrefix("!") ? .sentence : .cue
            var body = source.dropFirst(scope == .line ? 2 : scope == .sentence ? 1 : 0)
            let oneClause = scope != .cue && body.hasPrefix(",")
            if oneClause { body = body.dropFirst() }
            let parts = body.components(separatedBy: " unless ")
            let unless = parts.count > 1 ? parts[1].components(separatedBy: " || ").map { CuePattern($0, concepts: concepts) } : []
            return (signal, scope, CuePattern(parts[0], concepts: concepts), unless, oneClause)
        }
        let polite = CuePattern(SignalRules.politeWish, concepts: concepts)
        let labour = CuePattern(Self.labourVerbs.sorted().joined(separator: "|"), concepts: concepts)
        let lexicon = CuePattern.lexicon(of: patterns.map(\.1) + vetoPatterns.flatMap { [$0.2] + $0.3 } + [polite, labour])
        var builder = PatternTable.Builder(lexicon: lexicon)
        for pattern in patterns { _ = builder.add(pattern.1) }
        var vetoes = [[Veto]](repeating: [], count: Signal.allCases.count)
        for (signal, scope, pattern, unless, oneClause) in vetoPatterns {
            let source = pattern.source + (unless.isEmpty ? "" : " unless " + unless.map(\.source).joined(separator: " || "))
            vetoes[signal.ordinal].append(Veto(
                pattern: builder.add(pattern), source: source, scope: scope, unless: unless.map { builder.add($0) },
                oneClause: oneClause))
        }
        politeWish = builder.add(polite)
        var byStart = [[Int32]](repeating: [], count: lexicon.count)
        var anywhere: [Int32] = []
        for (index, pattern) in patterns.map(\.1).enumerated() {
            if let words = pattern.startWords {
                for word in words { if let id = lexicon[word] { byStart[Int(id)].append(Int32(index)) } }
            } else {
                anywhere.append(Int32(index))
            }
        }
        var startOffsets: [Int32] = [0]
        var startRules: [Int32] = []
        for bucket in byStart + [[]] {
            startRules += bucket + anywhere
            startOffsets.append(Int32(startRules.count))
        }
        let rules = patterns.map { Rule(signal: $0.0, source: $0.1.source, addressedOnly: $0.2, oneClause: $0.3, bid: $0.4) }
        let cueWords = patterns.reduce(into: QuestionClassifier.vocabulary) { $0.formUnion($1.1.words) }
        var labourMask = [Bool](repeating: false, count: lexicon.count)
        for verb in Self.labourVerbs { if let id = lexicon[verb] { labourMask[Int(id)] = true } }
        self.labourVerbMask = labourMask
        var conditions = [Bool](repeating: false, count: lexicon.count)
        for word in ["if", "whenever", "when"] {
            guard let id = lexicon[word] else { preconditionFailure("\(word) is in no cue pattern") }
            conditions[Int(id)] = true
        }
        self.conditionMask = conditions
        self.table = PatternTable(builder)
        self.rules = rules
        self.ruleSignals = rules.map(\.signal)
        self.startOffsets = startOffsets
        self.startRules = startRules
        self.vetoes = vetoes
        self.normalizer = TextNormalizer(corrector: TypoCorrector(cueWords: cueWords))
    }

    public func hear(_ text: String) -> Hearing {
        let line = normalizer.normalize(text)
        // What the learned layer makes of each sentence heard alone, worked out once for all who ask.
        let alone = model.map { SentenceGuesses(model: $0, line: line) }
        var cues: [Hearing.Cue] = []
        var found: Set<Signal> = []
        var purposeRanges: [Range<Int>] = []
        // A job cue kept to lines spoken to the listener matched in a line that tells instead.
        var toldSearch = false
        let ids = table.numbers(line.tokens)
        let unnamed = startOffsets.count - 2
        // The sentences in which a job ask and an offer were heard, to tell an offer beside an ask
        // from one that is the ask.
        var askSentences = Set<Int>(), offerSentences = Set<Int>()
        // The sentences of referral asks, and where each follow-up cue matched: contact words in the
        // ask for a name are the introduction's, not a later contact with the listener.
        var referralSentences = Set<Int>(), referralRanges: [Range<Int>] = [], followUps: [(sentence: Int, range: Range<Int>, pattern: String)] = []
        // A job ask heard by a pattern that offers the learner's own time or labour (`Rule.bid`).
        var labourOffered = false
        for (sentenceIndex, sentence) in line.sentences.enumerated() {
            var vetoCache = [[Range<Int>]?](repeating: nil, count: Signal.allCases.count)
            var scopedVetoes: [ScopedVeto] = []
            let parts = Self.turns(line, in: sentence)
            for start in sentence.range {
                let bucket = ids[start] >= 0 ? Int(ids[start]) : unnamed
                for slot in Int(startOffsets[bucket])..<Int(startOffsets[bucket + 1]) {
                    let index = Int(startRules[slot])
                    guard let range = table.match(index, ids: ids, at: start, range: sentence.range) else { continue }
                    if rules[index].oneClause, line.clause[range.lowerBound] != line.clause[range.upperBound - 1] { continue }
                    var signal = ruleSignals[index]
                    let negated =
                        Self.negatable.contains(signal) && isNegated(line, at: range.lowerBound, end: range.upperBound, sentence: sentence.range)
                    if negated {
                        guard signal == .jobAsk else { continue }
                        signal = .purpose
                        if negationTellsOfOthers(line, before: range.upperBound, sentence: sentence.range) { continue }
                        // Nor is a negation inside a question an aim stated: "Do you follow up with
                        // applicants who don't get the job?"
                        if inQuestionClause(line, at: range.lowerBound, sentence: sentence.range) {
                            continue
                        }
                    } else if rules[index].addressedOnly && !addressed(line, sentence, cue: range) {
                        toldSearch = true
                        continue
                    } else if vetoed(
                        signal, range, ids, sentence.range, parts: parts, line: 0..<ids.count, &vetoCache, &scopedVetoes,
                        words: line)
                        || (Self.statementsOnly.contains(signal)
                            && inQuestionClause(line, at: range.lowerBound, sentence: sentence.range))
                    {
                        continue
                    }
                    // Contact planned with someone else: "I'll follow up with Marcus like you suggested".
                    if signal == .followUp, contactsElsewhere(line, ids, in: range) { continue }
                    // Labour offered for one event, with no word of work, pay or a stretch of time,
                    // is help: "Could I take something off your plate, like helping set up on the day?"
                    if signal == .jobAsk, rules[index].bid {
                        let words = line.tokens[sentence.range]
                        if Self.namesOneEvent(words), !offersSelf(words),
                            !words.contains(where: Self.jobWords.contains)
                        {
                            signal = .giveBack
                        }
                    }
                    if signal == .purpose { purposeRanges.append(range) }
                    if signal == .jobAsk {
                        askSentences.insert(sentenceIndex)
                        if rules[index].bid { labourOffered = true }
                    }
                    if signal == .giveBack { offerSentences.insert(sentenceIndex) }
                    if signal == .referralAsk { referralSentences.insert(sentenceIndex); referralRanges.append(range) }
                    if signal == .followUp { followUps.append((sentenceIndex, range, rules[index].source)) }
                    guard !found.contains(signal) else { continue }
                    found.insert(signal)
                    let words = line.tokens[range].joined(separator: " ")
                    cues.append(.init(signal: signal, words: words, pattern: rules[index].source, negated: negated))
                }
            }
        }
        var settled = found
        // A reason for the call that is the job itself is no purpose: "So the real reason I asked to
        // meet is that I'm hoping you have a spot on your team for me."
        if found.contains(.jobAsk), found.contains(.purpose), !cues.contains(where: { $0.signal == .purpose && $0.negated }),
            !purposeRanges.isEmpty, purposeRanges.allSatisfy({ range in
                let sentence = line.sentences.firstIndex { $0.range.contains(range.lowerBound) }
                return sentence.map(askSentences.contains) == true
                    && !line.tokens[range].contains { Self.learningWords.contains($0) || Self.ownAimWords.contains($0) || Self.aimNegations.contains($0) }
            })
        {
            cues.removeAll { $0.signal == .purpose }
            found.remove(.purpose)
        }
        // "Would you feel comfortable introducing me to Dr. Reyes over email?", "if anyone comes to
        // mind who I should speak to, could you drop me a line?": the contact is the introduction's.
        // A later contact the learner plans, or aimed at the listener, stays: "…and can I stay in
        // touch?", "…and I'll of course let you know how it goes".
        if !referralSentences.isEmpty, !followUps.isEmpty {
            let kept = followUps.filter { match in
                guard referralSentences.contains(match.sentence) else { return true }
                if speaksToListener(line, in: match.range) { return true }
                if referralRanges.contains(where: { $0.overlaps(match.range) }) { return false }
                let clause = line.clause[match.range.lowerBound]
                let before = (max(0, match.range.lowerBound - 4)..<match.range.lowerBound).filter { line.clause[$0] == clause }
                return (before + Array(match.range)).contains { ["i", "we"].contains(line.tokens[$0]) }
            }
            if let first = kept.first {
                let words = line.tokens[first.range].joined(separator: " ")
                if let index = cues.firstIndex(where: { $0.signal == .followUp }) {
                    cues[index] = .init(signal: .followUp, words: words, pattern: first.pattern, negated: false)
                }
            } else {
                cues.removeAll { $0.signal == .followUp }
                found.remove(.followUp)
            }
        }
        if !purposeRanges.isEmpty, isPoliteQuestion(line, ids, purposeRanges) {
            cues.removeAll { $0.signal == .purpose }
            found.remove(.purpose)
            settled.insert(.purpose)
        }
        // A resume sent along with a job ask belongs to the ask; sent for the person's own take on
        // it ("I'd value your honest read"), it plans a later contact.
        if found.contains(.jobAsk) {
            let application = SignalRules.concepts["application", default: []]
            let resumeSentences = line.sentences.map { line.tokens[$0.range] }.filter { $0.contains(where: application.contains) }
                .map { " " + $0.joined(separator: " ") + " " }
            cues.removeAll { cue in
                cue.signal == .followUp && resumeSentences.contains { $0.contains(" " + cue.words + " ") }
            }
            found = Set(cues.map(\.signal))
            // Nor may the learned layer hear that follow-up again.
            if !resumeSentences.isEmpty { settled.insert(.followUp) }
        }
        // An introduction asked for in the words of a role is the job ask, not a referral ask:
        // "Could you introduce me to whoever runs your internship programme, so I can put my name forward?"
        if found.contains(.jobAsk), found.contains(.referralAsk),
            let referral = cues.first(where: { $0.signal == .referralAsk })
        {
            let forRole = line.sentences.contains { sentence in
                let words = line.tokens[sentence.range]
                let text = " " + words.joined(separator: " ") + " "
                guard let at = text.range(of: " " + referral.words + " ") else { return false }
                let after = text[at.lowerBound...]
                if after.split(separator: " ").contains(where: { Self.jobWords.contains(String($0)) }) { return true }
                // Or the introduction is there so the learner can bid: "…so I can put my name for it?"
                return cues.contains { cue in
                    guard cue.signal == .jobAsk, let bid = after.range(of: " " + cue.words + " ") else { return false }
                    return [" so i can ", " so i could ", " so that i can ", " so that i could "].contains {
                        after[..<bid.upperBound].contains($0)
                    }
                }
            }
            // Or the job ask is the next or the last sentence, and nothing says the meeting is to
            // learn: "Could you introduce me to your HR lead? I'd really like to apply for the
            // coordinator opening."
            let beside = !referralSentences.isEmpty
                && referralSentences.allSatisfy { index in askSentences.contains { abs($0 - index) <= 1 } }
                && !line.tokens.contains(where: Self.learningWords.contains)
            if forRole || beside {
                cues.removeAll { $0.signal == .referralAsk }
                found.remove(.referralAsk)
                settled.insert(.referralAsk)
            }
        }
        // A contact of the learner's offered to the listener is help, not an ask for a name: "I know
        // someone at the council who deals with planning, happy to put you in touch."
        if found.contains(.referralAsk), !referralSentences.isEmpty,
            referralSentences.allSatisfy({ index in
                offerSentences.contains(index) && !Self.learnerHelped(line.tokens[line.sentences[index].range])
            })
        {
            cues.removeAll { $0.signal == .referralAsk }
            found.remove(.referralAsk)
            settled.insert(.referralAsk)
        }
        // A wish to hear another person's account, beside the ask to meet them, is that meeting's
        // reason, not this call's: "Could you introduce me to someone in your marketing team? I'd
        // just like to hear how their role differs from yours." Unless it says what the learner is
        // not after, or that they are here for advice: "not for a job, just to learn".
        if found.contains(.referralAsk), let purpose = cues.firstIndex(where: { $0.signal == .purpose }), !cues[purpose].negated {
            let words = cues[purpose].words.split(separator: " ")
            // Or every purpose comes in a sentence after the ask, so gives its reason: "Is there anyone in the
            // county planning office you'd feel okay connecting me with? I want to see what the public
            // side of zoning looks like."
            let firstAsk = referralSentences.min().flatMap { isQuestion(line.sentences[$0], line) ? $0 : nil }
            let afterAsk = firstAsk.map { ask in
                !purposeRanges.isEmpty && purposeRanges.allSatisfy { range in
                    let sentence = line.sentences.firstIndex { $0.range.contains(range.lowerBound) } ?? -1
                    return sentence > ask && !line.tokens[range].contains {
                        Self.ownAimWords.contains($0) || Self.reasonWords.contains($0) || SignalRules.negators.contains($0)
                    }
                }
            } ?? false
            if afterAsk || words.contains(where: { Self.othersAccountWords.contains(String($0)) }),
                !words.contains(where: { Self.ownAimWords.contains(String($0)) }), !hasNegatedIntent(line)
            {
                cues.remove(at: purpose)
                found.remove(.purpose)
                settled.insert(.purpose)
            }
        }
        if let model, let alone {
            // A word or two cut off by a dropped call say nothing the learned layer can weigh.
            let last = text.last { !$0.isWhitespace }
            let spoken = line.droppingCutOffClause(endingWith: last)
            // Cut off at the end: a dash or dots, or no mark after a word no sentence ends on ("…thank
            // you so much for everything Sandra, I'll").
            let cutOff = last.map { "-\u{2014}\u{2013}\u{2026}".contains($0) } == true || text.hasSuffix("...")
                || (last?.isLetter == true && line.tokens.last.map(Self.unfinishedEndings.contains) == true)
            cues += learnedCues(
                model, line, heardAs: spoken, alone: alone, ids, heard: settled,
                toldSearch: toldSearch, cutOff: cutOff)
        }
        // Help offered in a line heard as a job ask is one or the other. With a word of work, pay or
        // a stretch of time it is the bid itself ("if your team ever needs an extra pair of hands,
        // even just for the summer, I'm totally free"); without, it is an offer ("whenever your
        // team needs a spare designer for a game jam, call me"). But an offer in a sentence of its own
        // stands beside an ask with a word of work: "I'd be glad to share my survey data if it helps.
        // Also, is your team hiring at the moment?"
        // The sentence that gives help beside a bid (see `giftBesideBid`), heard alone at most once.
        var giftHeard: String??
        func giftBeside() -> String? {
            if let giftHeard { return giftHeard }
            let words = alone.flatMap { giftBesideBid($0, line, ids, asks: askSentences) }
            giftHeard = .some(words)
            return words
        }
        if cues.contains(where: { $0.signal == .jobAsk }), cues.contains(where: { $0.signal == .giveBack }) {
            let selfOffered = labourOffered || offersSelf(line) || slotOfferWords(line, ids) != nil
                || servesTheirClients(line, in: offerSentences)
                || cues.contains { $0.signal == .jobAsk && $0.pattern == "learned" && ($0.confidence ?? 0) >= Self.certainJobAsk }
            let bid = selfOffered || line.tokens.contains { Self.jobWords.contains($0) || Self.bidWords.contains($0) }
            // A thing given in a sentence of its own stands beside a bid too: "I'd be glad to share my
            // eviction data if it helps your team. And if your office ever needs an extra pair of hands
            // this summer, I'm totally free."
            let offersApart = offerSentences.subtracting(askSentences)
            // So does one the model hears alone before a bid: see `giftBesideBid`.
            let apart = giftBeside() != nil
                || !offersApart.isEmpty
                && (!selfOffered
                    && askSentences.contains { index in
                        line.tokens[line.sentences[index].range].contains { Self.jobWords.contains($0) || Self.bidWords.contains($0) }
                    }
                    || offersApart.contains { index in
                        let words = line.tokens[line.sentences[index].range]
                        return !offersSelf(words) && Self.namesGift(words)
                    })
            if !apart { cues.removeAll { $0.signal == (bid ? .giveBack : .jobAsk) } }
        } else if let index = cues.firstIndex(where: { $0.signal == .giveBack }),
            offersSelf(line, near: offerSentences) || servesTheirClients(line, in: offerSentences)
                || slotOfferWords(line, ids).map({ !favourAtOneEvent(line, slot: $0) }) == true,
            // Someone else offered in the offer's sentence or the one before ("I know a guy who fixes
            // old Hobarts. Want his number?"); "my dad" in a story further back offers no one.
            offerSentences.isEmpty
                ? !offersOther(line.tokens[...])
                : !offerSentences.contains(where: { index in
                    offersOther(line.tokens[line.sentences[max(0, index - 1)].range.lowerBound..<line.sentences[index].range.upperBound])
                })
        {
            // The learner offering themselves for a stretch of time or without pay bids for work:
            // "I've got the whole summer, so if the lab ever needs someone to help out, I'm there."
            // A thing given in a sentence of its own stays beside a bid made in another: "happy to
            // send you the cleaned dataset if it's useful. and if your office ever takes on summer
            // help, i'm around all of june and july".
            let words = line.sentences.map { line.tokens[$0.range] }
            // Help at one event is a gift too: "I'd be glad to help at the hospital's blood drive next
            // month if you need volunteers. And honestly, if the ED ever needs an extra pair of hands
            // on weekends…, I'm totally free."
            let gifts = offerSentences.filter {
                !offersSelf(words[$0]) && Self.namesGift(words[$0])
            }
            // The place offered for may sit in a sentence of its own too: "…so if the venue need someone
            // on the big nights, I can do the evenings. Also I can send you her contact if you want."
            let slot = gifts.isEmpty ? nil : slotOfferWords(line, ids).map { " " + $0 + " " }
            let bids = words.indices.filter { sentence in
                !gifts.contains(sentence)
                    && (offersSelf(words[sentence]) || slot.map { (" " + words[sentence].joined(separator: " ") + " ").contains($0) } == true)
            }
            if !gifts.isEmpty, let bid = bids.first {
                cues.append(.init(signal: .jobAsk, words: words[bid].joined(separator: " "), pattern: "labour offered for a stretch", negated: false))
            } else {
                cues[index].signal = .jobAsk
                cues.removeAll { $0.signal == .giveBack }
            }
        } else if !cues.contains(where: { $0.signal == .jobAsk }), !settled.contains(.jobAsk),
            let words = labourOfferWords(line, ids), !hasNegatedIntent(line) || waivesPay(line)
        {
            // Labour offered for a stretch of time or without pay, though no offer of help was heard:
            // "Could I help in the warehouse during peak season?", "I'd gladly muck in whenever you
            // get swamped".
            cues.append(.init(signal: .jobAsk, words: words, pattern: "labour offered for a stretch", negated: false))
        } else if !cues.contains(where: { $0.signal == .jobAsk }), !settled.contains(.jobAsk),
            let words = workersAskedFor(line), !hasNegatedIntent(line)
        {
            // "Any chance you're looking for animators?", "Is the studio after more sound designers?"
            cues.append(.init(signal: .jobAsk, words: words, pattern: "asked whether they seek workers", negated: false))
        } else if !cues.contains(where: { $0.signal == .jobAsk }), !settled.contains(.jobAsk),
            let words = slotOfferWords(line, ids), !hasNegatedIntent(line) || waivesPay(line)
        {
            // The learner offered for a place the team may need filled, though no offer was heard:
            // "If you're ever short a chippy on a job, give us a bell." At one event, it is help
            // offered: "If the sponsored walk needs someone handing out water, I'm in!"
            if !favourAtOneEvent(line, slot: words) {
                cues.append(.init(signal: .jobAsk, words: words, pattern: "offered for a place on the team", negated: false))
            } else if !cues.contains(where: { $0.signal == .giveBack }), !settled.contains(.giveBack), !vetoedAnywhere(.giveBack, line, ids) {
                cues.append(.init(signal: .giveBack, words: words, pattern: "help offered at one event", negated: false))
            }
        } else if !cues.contains(where: { $0.signal == .jobAsk }), !settled.contains(.jobAsk),
            let words = sameFavourForMe(line), !hasNegatedIntent(line)
        {
            // "My cousin got her start at your clinic because someone vouched for her. Could you do
            // the same for me?"
            cues.append(.init(signal: .jobAsk, words: words, pattern: "asked for what got someone else hired", negated: false))
        }
        // Help given in a sentence of its own beside a bid made in another is both: "I'll send you the
        // link to that GIS plugin after this, it'll save you hours. And if your team ever needs an extra
        // mapper over the summer, I'm around."
        if line.sentences.count > 1, cues.contains(where: { $0.signal == .jobAsk }),
            !cues.contains(where: { $0.signal == .giveBack }), let words = giftBeside()
        {
            cues.append(.init(signal: .giveBack, words: words, pattern: "help given beside a bid", negated: false))
        }
        if let alone, !cues.contains(where: { $0.signal == .jobAsk }), let bid = bidInOneSentence(alone, line),
            !hasNegatedIntent(line)
        {
            // The bid's sentence offers nothing beside it, unless heard alone it does.
            if !bid.alsoOffers {
                cues.removeAll { $0.signal == .giveBack && (" " + bid.words + " ").contains(" " + $0.words + " ") }
            }
            cues.append(.init(signal: .jobAsk, words: bid.words, pattern: "learned in one sentence", negated: false))
        }
        var question = questions.classify(line)
        // "I'm not after a job, I just want to understand what the work involves" says why they came.
        if question?.soft == true, cues.contains(where: { $0.signal == .purpose }) { question = nil }
        return Hearing(text: text, normalized: line, cues: cues, question: question?.kind, questionCue: question?.cue)
    }

    /// In a long turn of story, a bid the model is sure of in one sentence heard alone, which the
    /// stray words of the rest drown: "We had a resident go down on a night shift last month… Thank
    /// you for being so real about the hard parts. I already pick up PRN at two homes so if St
    /// Brigid's ever needs PRN aides on nights please put my name down, I'd jump at it." The sentence,
    /// heard alone as a line, must be a job ask too, so its own vetoes hold.
    private func bidInOneSentence(_ alone: SentenceGuesses, _ line: NormalizedLine) -> (words: String, alsoOffers: Bool)? {
        guard line.sentences.count > 1, line.tokens.count > Self.longLine else { return nil }
        for index in line.sentences.indices {
            let sentence = line.sentences[index]
            let words = line.tokens[sentence.range]
            guard words.count >= Self.shortestBid,
                words.contains(where: { Self.jobWords.contains($0) || Self.jobAnchors.contains($0) }),
                alone[index][.jobAsk] ?? 0 >= Self.sureJobAsk
            else { continue }
            let text = words.joined(separator: " ")
            let heard = hear(text + (sentence.endsWithQuestionMark ? "?" : "."))
            if heard.contains(.jobAsk) { return (text, heard.contains(.giveBack)) }
        }
        return nil
    }

    /// The fewest words a sentence heard alone for a bid may have.
    static let shortestBid = 5

    /// Signals the model is confident of that the cue patterns missed, unless a veto for the signal
    /// matches anywhere in the line, a negation says what the learner is not after (for job and
    /// referral asks), or — for statements about the learner — every sentence is a question.
    private func learnedCues(
        _ model: SignalModel, _ line: NormalizedLine, heardAs spoken: NormalizedLine, alone: SentenceGuesses, _ ids: [Int32],
        heard: Set<Signal>, toldSearch: Bool, cutOff: Bool
    ) -> [Hearing.Cue] {
        let (probabilities, rows) = model.hear(spoken)
        // Over a long run-on, stray words from every sentence add up; the model must be surer.
        let required = line.tokens.count > Self.longLine ? max(Self.longLineThreshold, threshold) : threshold
        var cues: [Hearing.Cue] = []
        for signal in Signal.allCases where !heard.contains(signal) {
            guard let probability = probabilities[signal], probability >= required else { continue }
            // A purpose's anchors are read in their sense (`anchorsPurpose`): "I'm here to learn", not
            // "this semester I take one pharmacology class here".
            if signal == .purpose {
                if !line.tokens.indices.contains(where: { Self.anchorsPurpose(line.tokens, at: $0) }) { continue }
            } else if let anchors = Self.learnedAnchors[signal], !line.tokens.contains(where: anchors),
                // Someone they named, asked to talk to the learner: "would marco be up for a quick chat with me?"
                !(signal == .referralAsk && Self.talksWithMe(line.tokens))
            {
                continue
            }
            // A veto written for a cue's own words ("help with", "when … starts") holds anywhere in
            // the line for a guess, since a guess has no words of its own; but a sure job ask keeps
            // only the vetoes of whole sentences: "could I leave my CV with you for when the season
            // starts?" asks, though "when the season starts" alone would not.
            let cueVetoes = !(signal == .jobAsk && probability >= Self.sureJobAsk)
            // Over several sentences, a veto in one leaves a guess the model makes of another alone:
            // "I'm not looking for you to sort me out a job. I'm getting out in March after twelve
            // years, last four as a supply sergeant" introduces, though "I'm not looking" would not.
            // (Only an introduction, an acknowledgement of the time or an offer: a purpose, an ask or a
            // close is read across its sentences — "I'd really like a job here. What would it take to
            // get hired?" gives no reason for the call.)
            if vetoedAnywhere(signal, line, ids, cueVetoes: cueVetoes),
                !Self.heardBySentence.contains(signal)
                    || !heardAloneUnvetoed(signal, alone, line, ids, required: required, cueVetoes: cueVetoes)
            {
                // A bid vetoed as one event's need is still help offered at it: "If the exhibition
                // opening needs an extra pair of hands on the night, just let me know."
                if signal == .jobAsk, !heard.contains(.giveBack), !cues.contains(where: { $0.signal == .giveBack }),
                    favourAtOneEvent(line), !vetoedAnywhere(.giveBack, line, ids)
                {
                    cues.append(.init(signal: .giveBack, words: line.tokens.joined(separator: " "), pattern: "help offered at one event", negated: false))
                }
                continue
            }
            // Unless the negation waives pay: "I'd honestly drop my shifts for it, I wouldn't even need paying."
            if Self.negatable.contains(signal), hasNegatedIntent(line, doubtIsNoDenial: signal == .referralAsk),
                !(signal == .jobAsk && waivesPay(line))
            {
                continue
            }
            if Self.statementsOnly.contains(signal), line.sentences.allSatisfy({ isQuestion($0, line) }) { continue }
            // A job ask asks the listener, or offers on a condition ("If the kitchen ends up
            // short-staffed, I can start…"): "My CV is pretty short — one year as a research
            // assistant" tells. Nor is a job search told ("I'm looking for a job in marketing right
            // now") a reason for the call.
            if signal == .jobAsk, !line.tokens.contains("if"), !line.sentences.contains(where: { addressed(line, $0) }) {
                continue
            }
            if signal == .purpose, toldSearch { continue }
            // A close is short: in a long turn of story, "that's so good… I do everything in 3D
            // view" winds nothing down.
            if signal == .wrapUp, line.tokens.count > Self.longClose { continue }
            // Nor does a line cut off at its end close: "Okay, well, thank you so much for all of
            // that, and now I…" was closing perhaps, but the close was never said. (A close the rules
            // hear whole, "I'll let you go, thanks so mu—", still closes.)
            if signal == .wrapUp, cutOff { continue }
            // Past a short line, a close needs a word of ending, leaving or the time, not only a
            // word of praise or possession: "Oh, that's a great tip. I do have a roof junction…".
            // Nor does thanks close on a weak word: "That's really good to hear. Thank you so much for
            // all of this, Hannah, I'll—".
            if signal == .wrapUp, heard.contains(.thanks) || line.tokens.count > Self.shortClose,
                !line.tokens.contains(where: { Self.wrapWords.contains($0) && !Self.weakWrapWords.contains($0) })
            {
                continue
            }
            // Nor is a follow-up planned in a long story: "…so I had to write a second email to the CEO".
            if signal == .followUp, line.tokens.count > Self.longClose { continue }
            // Nor is contact planned with someone else, in a line that says nothing to the listener
            // ("I'll message Leila on LinkedIn like you suggested") or nothing of a later contact
            // ("I'll write to both of them this week. Would you like a copy of my chapter?").
            if signal == .followUp, contactsElsewhere(line, ids),
                !speaksToListener(line, in: line.tokens.indices) || !line.tokens.contains(where: Self.laterContactWords.contains)
            {
                continue
            }
            // An introduction speaks of the learner, not of "my cousin" or "my manager".
            if signal == .selfIntro, !speaksOfSelf(line) { continue }
            // Asking to meet people at their company, or offering to help it, is no job ask unless a
            // word of jobs or hiring says otherwise — or, beside an offer, a stretch of time or work
            // without pay: "if you're short on hands at the vineyard, count me in for the whole three
            // weeks".
            if signal == .jobAsk, !heard.isDisjoint(with: [.referralAsk, .giveBack]),
                !line.tokens.contains(where: Self.jobWords.contains),
                !(probability >= Self.certainJobAsk && heard.contains(.giveBack) && !heard.contains(.referralAsk)),
                !(heard.contains(.giveBack) && offersSelf(line))
            {
                continue
            }
            // Nor are they help: times offered for a call planned give nothing unless something is offered.
            if signal == .giveBack, heard.contains(.followUp), Self.plansAMeeting(line.tokens),
                !line.tokens.contains(where: Self.givingWords.contains)
            {
                continue
            }
            // Times offered for a later call with them are no bid: "I'm off Thursday and Friday next
            // week, so if a quick follow-up call ever suits you, I could do any time those days."
            if signal == .jobAsk, heard.contains(.followUp), probability < Self.certainJobAsk,
                !line.tokens.contains(where: { Self.jobWords.contains($0) || Self.bidWords.contains($0) })
            {
                continue
            }
            // Help at one event, with no word of work or pay and no stretch of time, is a favour,
            // not a bid: "If the charity shop's Christmas fair needs someone on face painting, sign me up."
            // The favour is help offered, unless the line is vetoed as one.
            if signal == .jobAsk, favourAtOneEvent(line) {
                if !heard.contains(.giveBack), !vetoedAnywhere(.giveBack, line, ids) {
                    cues.append(.init(signal: .giveBack, words: line.tokens.joined(separator: " "), pattern: "help offered at one event", negated: false))
                }
                continue
            }
            // Heard already as help at one event.
            if signal == .giveBack, cues.contains(where: { $0.signal == .giveBack }) { continue }
            // Over a long run of story, help is offered in a sentence that offers, which the model
            // hears alone: "I also have a friend who's a product designer and she's been informally
            // mentoring me…" offers nothing.
            if signal == .giveBack, line.tokens.count > Self.longLine, line.sentences.count > 1,
                !line.sentences.indices.contains(where: { index in
                    line.tokens[line.sentences[index].range].contains(where: Self.offeringWords.contains)
                        && alone[index][.giveBack] ?? 0 >= threshold
                })
            {
                continue
            }
            // Over a long run-on, a bid names the work, the hiring or the time offered: "Do you have
            // to be good at maths? Because… I can do a stock take in my head…" asks none.
            if signal == .jobAsk, line.tokens.count > Self.longLine,
                !line.tokens.contains(where: { Self.jobWords.contains($0) || Self.bidWords.contains($0) }), !offersSelf(line)
            {
                continue
            }
            // Nor does a guess turn a heard offer into a bid: only a sure one ("happy to help with
            // the student placements" offers help with their work).
            if signal == .jobAsk, heard.contains(.giveBack), probability < Self.longLineThreshold { continue }
            let strongest = model.strongest(rows: rows, for: signal)
            cues.append(.init(
                signal: signal, words: strongest.joined(separator: ", "), pattern: "learned",
                negated: false, confidence: probability))
        }
        return cues
    }

    /// The learned layer's guesses for each sentence of one line heard alone, each worked out at most
    /// once however many checks ask for it (an offer beside a bid, a guess vetoed in another
    /// sentence, help in a long story, a bid in one sentence).
    final class SentenceGuesses {
        private let model: SignalModel
        private let line: NormalizedLine
        private var heard: [Int: [Signal: Double]] = [:]

        init(model: SignalModel, line: NormalizedLine) {
            self.model = model
            self.line = line
        }

        subscript(sentence: Int) -> [Signal: Double] {
            if let known = heard[sentence] { return known }
            let probabilities = model.hear(line.sentence(sentence)).probabilities
            heard[sentence] = probabilities
            return probabilities
        }
    }

    /// Whether, in a line of several sentences, one sentence heard alone carries `signal` at least as
    /// surely as `required`, with no veto of its own.
    private func heardAloneUnvetoed(
        _ signal: Signal, _ alone: SentenceGuesses, _ line: NormalizedLine, _ ids: [Int32], required: Double, cueVetoes: Bool
    ) -> Bool {
        guard line.sentences.count > 1 else { return false }
        return line.sentences.indices.contains { index in
            let range = line.sentences[index].range
            guard !range.isEmpty else { return false }
            guard let probability = alone[index][signal], probability >= required else { return false }
            return !vetoedAnywhere(signal, line.sentence(index), Array(ids[range]), cueVetoes: cueVetoes)
        }
    }

    /// The words of a sentence that gives one thing (`namesGift`) or offers someone else, heard alone
    /// as help and not as a bid, before a sentence that bids; `nil` when none. A sentence after the
    /// bid more often tells what the bid would bring ("Are there any vacancies in your team? I can
    /// share my profile.").
    private func giftBesideBid(_ guesses: SentenceGuesses, _ line: NormalizedLine, _ ids: [Int32], asks: Set<Int>) -> String? {
        let anchors = Self.learnedAnchors[.giveBack]
        var gift: Int?
        for index in line.sentences.indices {
            let words = line.tokens[line.sentences[index].range]
            guard words.count >= 3 else { continue }
            let probabilities = guesses[index]
            let job = probabilities[.jobAsk] ?? 0
            if asks.contains(index) || job >= threshold || offersSelf(words) {
                if let gift { return line.tokens[line.sentences[gift].range].joined(separator: " ") }
                return nil
            }
            if gift == nil, probabilities[.giveBack] ?? 0 >= Self.giftAlone, job < Self.unsureJobAsk,
                anchors.map({ words.contains(where: $0) }) ?? true,
                !words.contains(where: Self.jobWords.contains),
                Self.namesGift(words) || offersOther(words),
                !vetoedAnywhere(.giveBack, line.sentence(index), Array(ids[line.sentences[index].range]))
            {
                gift = index
            }
        }
        return nil
    }

    /// Words of ending, leaving, the time or the day; the learned layer closes a conversation only
    /// in a line holding one.
    static let wrapWords: Set<String> = [
        "go", "all", "everything", "questions", "question", "wrap", "wrapping", "end", "ending", "stop", "stopping",
        "leave", "leaving", "bye", "goodbye", "byee", "care", "day", "time", "enough", "keep", "hold", "done",
        "sign", "covers", "covered", "cover", "last", "finish", "finished", "off", "rest", "weekend", "evening",
        "afternoon", "morning", "lunch", "night", "week", "later", "soon", "back", "list", "it", "there", "here",
        "now", "let", "cheers", "ciao", "cya", "see", "talk", "speak", "meeting", "call", "gone", "run", "dash",
        "head", "close", "closing", "conclude", "wind", "winding", "free", "release", "hang", "disturb", "bother",
        "bugging", "bug", "taken", "take", "taking", "up", "over", "quit", "good", "great", "nice", "lovely",
        "well", "further", "longer", "anymore", "any", "else", "from", "me", "mine", "side", "bit", "got", "wanted",
        "had", "have", "need", "needed", "asked", "eat", "whole", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "today", "tonight",
    ]

    /// Words of learning, asking, deciding or aim (with the prefixes in `learnedAnchors`); the
    /// learned layer hears a purpose only in a line holding one.
    static let purposeWords: Set<String> = [
        "know", "hear", "picture", "sense", "idea", "feel", "feeling", "guidance", "tips", "pointers", "brain",
        "chat", "conversation", "call", "talk", "here", "reason", "goal", "aim", "purpose", "hoping", "hope",
        "why", "reached", "not", "no", "never", "questions", "question", "see", "find", "figure", "gather",
        "get", "wisdom", "view", "views", "input", "thoughts", "take", "opinion", "honest", "realistic", "reality",
        "realities", "fit", "suit", "right", "decide", "deciding", "choose", "choosing", "between", "whether",
        "ask", "talking", "speaking", "pick", "direction", "stage", "crossroads", "torn", "read", "next", "step",
        "wondering", "wonder", "considering", "thinking", "weighing", "options", "path",
    ]

    /// Whether the word at `index` anchors a learned purpose (`learnedAnchors`): "here" only as the
    /// learner's presence, "take" only as someone's view ("your take"), not "I take one class".
    static func anchorsPurpose(_ tokens: [String], at index: Int) -> Bool {
        let before = index > 0 ? tokens[index - 1] : ""
        let after = index + 1 < tokens.count ? tokens[index + 1] : ""
        switch tokens[index] {
        case "here":
            return ["am", "are", "be", "is", "was", "were", "m", "im"].contains(before)
                || ["to", "for", "because", "just", "mostly", "mainly", "really", "today", "purely", "only", "simply"].contains(after)
        case "take":
            return ["your", "ur", "honest", "realistic", "different", "fresh", "insider", "personal", "a", "the"].contains(before)
        default:
            return purposeAnchor(tokens[index])
        }
    }

    /// The purpose's anchor among `learnedAnchors`, looked up once.
    static let purposeAnchor: @Sendable (String) -> Bool = learnedAnchors[.purpose] ?? { @Sendable _ in true }

    /// "I'd love to understand what the promotion path looks like", on its own, asks one question
    /// politely; with the learner's background or reasons in the line ("…before I pick my
    /// electives", "I'm switching into HR, and I'd like to understand…") it says why they came.
    private func isPoliteQuestion(_ line: NormalizedLine, _ ids: [Int32], _ purposes: [Range<Int>]) -> Bool {
        // A word of listening before it is no sentence of its own: "Yeah. So I'd be keen to find out
        // how you actually got into conservation?"
        let spoken = line.sentences.filter { sentence in
            !line.tokens[sentence.range].allSatisfy(Self.listeningOnly.contains)
        }
        guard spoken.count == 1, let sentence = spoken.first,
            !line.tokens.contains(where: Self.purposeContext.contains)
        else { return false }
        // "I'd love to learn about your work" wishes to learn about the whole of it: why they came.
        let words = line.tokens[sentence.range]
        if words.indices.dropFirst().dropLast().contains(where: {
            words[$0 - 1] == "about" && words[$0] == "your" && Self.wholeWork.contains(words[$0 + 1])
        }) {
            return false
        }
        let wishes = table.matches(politeWish, ids: ids, range: sentence.range)
        return purposes.allSatisfy { purpose in wishes.contains { $0.overlaps(purpose) } }
    }

    /// Words that make a sentence of listening only: "Yeah.", "Oh wow, okay."
    static let listeningOnly: Set<String> = [
        "yeah", "yes", "yep", "ok", "okay", "right", "sure", "um", "uh", "oh", "ah", "mm", "so", "well", "alright",
        "cool", "great", "wow", "hmm", "ha", "haha", "gotcha", "nice", "interesting", "totally", "absolutely",
    ]

    /// Their work as a whole: a wish to learn about it is no single question.
    static let wholeWork: Set<String> = ["work", "job", "role", "career", "experience", "path", "field", "industry"]

    /// Words that tie a wish to understand to the learner's own situation.
    static let purposeContext: Set<String> = [
        "before", "because", "since", "reason", "decide", "deciding", "pick", "choose", "choosing", "career",
        "careers", "field", "industry", "today", "call", "chat", "conversation", "exploring", "explore",
        "switch", "switching", "move", "moving", "considering", "thinking", "future", "myself", "my", "am",
        "student", "job", "not", "whether", "if", "me", "generally", "overall", "broadly", "landscape", "sector",
    ]

    /// Words of contact, sending or a later time; the learned layer plans a follow-up only in a
    /// line holding one (or a word starting "email" or "messag").
    static let followAnchors: Set<String> = [
        "touch", "contact", "send", "sending", "sent", "share", "sharing", "update", "updates", "updated", "later",
        "again", "linkedin", "connect", "connected", "note", "reach", "check", "ping", "write", "writing", "hear",
        "hearing", "coffee", "call", "catch", "know", "back", "forward", "pass", "drop", "shoot", "link", "copy",
        "results", "report", "future", "soon", "next", "month", "months", "week", "weeks", "year", "sometime",
        "occasionally", "loop", "posted", "informed", "follow", "following", "text", "dm", "dms", "inbox", "chat",
        "chats", "talk", "speak", "meet", "reconnect", "circle", "line", "mail", "post", "thank", "card", "letter",
        "draft", "portfolio", "look", "glance", "feedback", "progress", "stay", "exchange", "regular",
        "expect", "bounce", "run", "pick", "bother", "bug", "once", "after", "when", "down", "shared", "spring",
        "summer", "autumn", "fall", "turns", "goes", "went", "data",
    ]

    /// Words of work, hiring or being taken on; with `jobWords`, the learned layer hears a job ask
    /// only in a line holding one.
    static let jobAnchors: Set<String> = [
        "hire", "hired", "hires", "recruit", "recruits", "recruited", "employ", "employed", "apply", "applying",
        "applied", "apprentice", "apprenticeship", "trainee", "intern", "cv", "resume", "portfolio", "considered",
        "consider", "mind", "name", "take", "taking", "put", "work", "shift", "shifts", "gig", "gigs",
        "intake", "freelance", "freelancer", "volunteer", "volunteers", "hands", "helper", "start", "available",
        "free", "paid", "unpaid", "role", "spare", "extra", "openings", "vacancy", "cover", "contract",
        "join", "joining", "slot", "room", "space", "bodies", "staff", "short", "need", "needs", "use", "assistant",
        "junior", "summer", "temp", "runner", "position", "positions", "shadowing", "trial", "keep", "refer",
        "referral", "recommend", "manager", "hr", "recruiter", "scheme", "programme",
        "program", "projects", "jump", "headcount", "shot", "newcomer", "stretched", "hand", "onto", "graduate",
        // Time given: "any chance of some hours at the deli? even just sundays".
        "hours", "weekend", "weekends", "saturdays", "sundays", "mornings", "evenings", "nights", "season", "seasonal",
        "relief", "crew", "spend", "longer", "post",
        // A place on a list or a bench: "could you add me to your list of supply teachers?"
        "freelancers", "bench", "roster", "list", "rota", "call", "gap", "opening",
    ]

    /// Words that make an offer of help a bid for work: pay, experience, a stretch of time or
    /// regular work, being taken on or kept in mind, a junior place on the team.
    static let bidWords: Set<String> = [
        "unpaid", "pay", "paid", "salary", "experience", "summer", "months", "weeks", "intern", "interning", "hire",
        "hired", "apply", "applying", "considered", "consider", "mind", "employ", "employed", "contract", "temp",
        "shift", "shifts", "trial", "volunteer", "volunteering", "placement", "name", "trainee", "trainees",
        "tomorrow", "start", "staffed", "freelance", "freelancer", "freelancers", "cheap", "rates", "regular", "regularly", "weekly",
        "labouring", "laboring", "season", "crew", "apprentice", "apprentices", "interns", "junior", "juniors", "short",
        "permanent", "tools", "rota", "sparky", "stuck", "assistant",
    ]

    /// Things made to be read, which a word of pay or time may name: "salary survey", "weekly digest".
    static let documentWords: Set<String> = [
        "survey", "surveys", "data", "report", "reports", "guide", "benchmark", "benchmarks", "bands", "figures",
        "numbers", "study", "research", "spreadsheet", "transparency", "newsletter", "digest", "podcast", "article",
        "booklet", "booklets", "leaflet", "leaflets", "flyers", "brochure", "brochures",
    ]

    /// Words of a stretch of time or regular work given, of work without pay, or of a humble role
    /// on the team: with an offer of help they make it an offer of the learner themselves.
    static let stretchWords: Set<String> = [
        "summers", "july", "june", "august", "unpaid", "salary", "interning", "regularly", "weekly",
        "labouring", "laboring", "runner", "stagehand", "shifts", "cheap", "labourer", "laborer", "labourers",
        "swamped", "overflow", "slammed", "drowning", "retainer", "ongoing", "fortnight", "monthly", "workload", "backlog",
    ]
    /// Pairs of words that say the same: "the summer", "between terms", "for nothing".
    static let stretchPairs: Set<String> = [
        "the summer", "this summer", "summer break", "whole summer", "all summer", "this semester",
        "this term", "reading week", "between semesters",
        "between terms", "between contracts", "couple months", "couple weeks", "for months", "for weeks", "those weeks",
        "six weeks", "for nothing", "without pay", "no pay", "without payment", "without salary",
        "every week", "whole season", "a regular", "regular basis", "for as long", "school holidays",
        "short staffed", "short handed", "days a", "day a", "work as", "afternoons a", "mornings a", "evenings a",
        "hours a",
        "foot in", "for board", "between jobs", "most weekdays", "most days", "while i",
        "free from", "available from", "most afternoons", "most mornings", "trial week", "trial day", "trial shift",
        "trial period", "spare shift", "extra shift", "second man", "own tools", "own van",
        "at weekends", "on weekends", "on saturdays", "on sundays", "peak season", "busy season", "busy weeks",
        "busy period", "busy times", "christmas period", "festive period", "freelance basis", "ongoing basis",
        "few weeks", "part time", "free all", "are busy", "get busy", "free every", "busy weekend",
        "busy weekends", "whole month", "whole week", "whole year", "cover saturdays", "cover sundays", "cover weekends",
        "cover evenings", "cover nights", "shift going", "shifts going",
        "are swamped", "are stretched", "free pair", "christmas rush", "extra bodies", "and weekends",
        "need paying", "most evenings", "on nights", "night shifts", "full time", "match days",
        "close season", "off season", "falls behind", "fall behind", "falling behind", "gets behind", "get behind",
        "every evening", "the weekends", "few evenings", "few mornings", "few afternoons", "few nights", "few weekends",
        "couple weekends", "next season", "off sick", "weekend shift", "weekend shifts", "night rota",
        "evening shift", "evening shifts", "day shifts",
        "tax season", "exam season", "wedding season", "festival season", "holiday season", "lambing season",
        "nights a", "of weeks", "of months", "the season", "year round", "all year", "to nothing", "mate rates",
        "days each", "days per",
        // Days of the week for a regular spell ("I can do Tuesdays and Thursdays"); "I'm free most
        // Saturdays" alone may only say when one event could be helped with.
        "on mondays", "on tuesdays", "on wednesdays", "on thursdays", "on fridays", "tuesdays and", "thursdays and",
        "mondays and", "wednesdays and", "fridays and", "do evenings", "do nights", "do weekends",
        "summer holiday", "summer holidays", "about hours", "any hours", "flexible hours", "odd hours",
        "tech week", "get through", "panto season", "at harvest", "over harvest", "during harvest", "through harvest",
        "harvest time",
        // Work that piles up for a stretch ("come spring when the permits pile up"), a whole month,
        // nights, a run of weekdays ("I can do Tuesday to Thursday").
        "pile up", "piles up", "piling up", "whole of", "for nights", "monday to", "tuesday to",
        "wednesday to", "thursday to", "mondays to", "tuesdays to",
        // Two weekdays named for a regular spell: "I can come Tuesday and Thursday mornings".
        "monday and", "tuesday and", "wednesday and", "thursday and", "friday and",
    ]

    /// Words of doing work for someone: with a modal of offering they offer the learner's labour.
    static let labourVerbs: Set<String> = [
        "help", "helping", "volunteer", "volunteering", "work", "working", "do", "doing", "cover", "covering", "drive",
        "pick", "take", "muck", "pitch", "assist", "handle", "serve", "answer", "join", "come", "chip", "run",
        "interpret", "translate", "sweep", "staff", "man", "invigilate",
    ]
    /// Words of thinking or expecting that put "I'd be doing…" in the past or in someone's head.
    static let thoughtWords: Set<String> = [
        "thought", "expected", "assumed", "imagined", "figured", "pictured", "hoped", "said", "told", "wish", "wished",
        "offered", "used",
    ]
    /// Last words no sentence ends on: a line that stops on one, with no mark after it, was cut off.
    static let unfinishedEndings: Set<String> = [
        "i", "will", "would", "to", "the", "a", "an", "and", "or", "but", "my", "your", "of", "for", "with", "because",
        "if", "we",
    ]
    /// Verbs that, just before "I …", ask the listener's advice: "you'd recommend I join".
    static let adviceVerbs: Set<String> = ["recommend", "suggest", "advise", "recommended", "suggested", "advised"]
    /// Things that "I could do" may describe: "a project I could do", "anything I can do".
    static let thingWords: Set<String> = [
        "project", "projects", "thing", "things", "something", "anything", "course", "courses", "stuff", "exercise",
        "exercises", "way", "ways", "skills", "skill", "certificate", "cert", "work", "reading", "else",
    ]
    /// The listener's team or workplace, named in place of "you": "would the club want someone…".
    static let teamWords: Set<String> = [
        "club", "team", "firm", "office", "shop", "practice", "clinic", "lab", "studio", "kitchen", "salon", "site",
        "warehouse", "archive", "library", "museum", "school", "ward", "company", "charity", "crew", "depot",
        "yard", "bar", "restaurant", "garage", "farm", "hotel", "bakery", "workshop", "station", "newsroom", "agency",
        "theatre", "theater", "venue", "boat", "stall", "vets", "orchard", "guys", "deli", "pottery", "brewery",
        "pharmacy", "surgery", "pub", "cafe", "gym", "gallery", "stables", "kennels", "nursery", "hospital", "council",
        "mill", "market",
    ]
    /// Words that address the listener.
    static let addressWords: Set<String> = ["you", "your", "u", "ur", "yours", "ya", "yall"]
    /// Words that take back an offer of labour: "I couldn't help", "I'd never work unpaid".
    static let offerNegations: Set<String> = ["not", "never", "no", "cannot"]
    /// Modals of will, which offer without a "to": "I could help", "let me help".
    static let willModals: Set<String> = ["could", "can", "would", "will", "let"]
    /// Question words that make "can I do…" a request for advice.
    static let askingWords: Set<String> = ["what", "how", "where", "which", "why", "who", "when", "whether"]
    /// Words that offer: "I could…", "I'd happily…", "happy to…", "could I…", "let me…".
    static let offerModals: Set<String> = [
        "could", "can", "would", "will", "happy", "glad", "willing", "love", "keen", "able", "let", "open",
        "thrilled", "delighted", "eager",
    ]

    /// The words in which the learner offers their own labour ("i would gladly muck", "could i help",
    /// "happy to pick", "open to me volunteering"), or nil. The offer must not be negated.
    private func labourOfferWords(_ line: NormalizedLine, _ ids: [Int32]) -> String? {
        let tokens = line.tokens
        for index in ids.indices where ids[index] >= 0 && labourVerbMask[Int(ids[index])] {
            // Most lines fail here, cheaply: no "i", "me" or "to" just before the verb.
            let near = tokens[max(0, index - 5)..<index]
            // "me and my cousin have a van, we could do the collections": "we" with the learner in it.
            let weWithMe = near.contains("we") && zip(tokens, tokens.dropFirst()).contains { first, second in
                (first == "me" && second == "and") || (first == "and" && second == "i")
                    || (first == "my" && Self.otherPeopleWords.contains(second))
            }
            guard near.contains("i") || near.contains("me") || near.last == "to" || weWithMe else { continue }
            let sentence = line.sentences.first { $0.range.contains(index) }?.range ?? tokens.indices
            let before = tokens[max(sentence.lowerBound, index - 5)..<index]
            guard !before.contains(where: Self.offerNegations.contains) else { continue }
            // "What can I do this summer to build experience?" asks for advice, not to be taken on;
            // "I thought I'd be doing field work" tells of the past.
            let lead = tokens[sentence.lowerBound..<index]
            guard !lead.contains(where: { Self.askingWords.contains($0) || Self.thoughtWords.contains($0) }) else { continue }
            // "Is there a listserv you'd recommend I join while I'm still a student?" asks for advice.
            if lead.suffix(3).contains(where: Self.adviceVerbs.contains) { continue }
            // "I'll do that this week" takes advice; it offers no work.
            if tokens[index] == "do", before.last == "will", index + 1 < tokens.count, ["that", "it", "this"].contains(tokens[index + 1]) {
                continue
            }
            // Nor does advice taken with the thing put first, or said whole: "Okay, that I can do",
            // "I can do that."
            if tokens[index] == "do", before.count >= 3, ["that", "this", "which"].contains(before[before.endIndex - 3]),
                before[before.endIndex - 2] == "i"
            {
                continue
            }
            if tokens[index] == "do", ["can", "could"].contains(before.last ?? ""), index + 2 == sentence.upperBound,
                ["that", "it", "this"].contains(tokens[index + 1])
            {
                continue
            }
            // A course the learner takes is their own study: "so I could probably do the BASIS course in
            // the evenings then".
            if ["do", "take", "finish", "start", "sit"].contains(tokens[index]),
                tokens[(index + 1)..<min(sentence.upperBound, index + 5)].contains(where: Self.studyWords.contains)
            {
                continue
            }
            // Times offered for a call, not work: "so if a quick follow-up call ever suits you, I could do
            // any time those days. … I can do evenings too, whatever's easier on your end."
            // ("I can do any shift, give me a call" still offers work.)
            if tokens[index] == "do", index + 1 < sentence.upperBound, Self.timesOffered.contains(tokens[index + 1]),
                !(index + 2 < sentence.upperBound && (Self.bidWords.contains(tokens[index + 2]) || Self.jobWords.contains(tokens[index + 2])
                    || Self.workNouns.contains(tokens[index + 2]))),
                Self.plansAMeeting(tokens)
            {
                continue
            }
            // Coming to see them is no labour: "I'll come find you at the careers fair on Thursday and say hi".
            if tokens[index] == "come" {
                let after = tokens[(index + 1)..<min(sentence.upperBound, index + 3)].filter { $0 != "and" }
                if let next = after.first, Self.comingToSee.contains(next) { continue }
            }
            // An ability shown, not offered: "a project I could do on my own this summer to show I can
            // work with housing data".
            if before.contains(where: { ["show", "prove", "demonstrate"].contains($0) }) { continue }
            // A thing made for them, not work: "Ha, I could do you a whole lesson on PAHs."
            if tokens[index] == "do", index + 2 < sentence.upperBound, tokens[index + 1] == "you",
                ["a", "an"].contains(tokens[index + 2])
            {
                continue
            }
            // Work told somewhere else, with no word to them in its sentence: "I'll be working twenty hours
            // a week at the campus library over the summer".
            if tokens[index] == "working", before.last == "am" || (before.last == "be" && before.contains("will")),
                (index + 1..<max(index + 1, min(sentence.upperBound - 1, index + 9))).contains(where: {
                    ["at", "for"].contains(tokens[$0]) && ["the", "my", "a"].contains(tokens[$0 + 1])
                }),
                !tokens[sentence].contains(where: { Self.addressWords.contains($0) })
            {
                continue
            }
            // "is there a project I could do this summer?" asks about a thing to do, not to be taken on.
            if let pronoun = before.lastIndex(where: { $0 == "i" || $0 == "me" }), pronoun > sentence.lowerBound,
                Self.thingWords.contains(tokens[pronoun - 1]),
                // "is there any way I could volunteer…" asks to, as "could I" does.
                !(tokens[pronoun - 1] == "way" && pronoun >= 2 && tokens[pronoun - 2] == "any")
            {
                continue
            }
            // "i/me" and a modal before the verb, in either order ("i could help", "could i help",
            // "let me help", "open to me volunteering"), or "happy to" opening an offer.
            let hasSelf = before.contains("i") || before.contains("me") || weWithMe
            // A modal of will ("could", "would", "let") offers as it stands; one of feeling ("love",
            // "happy") only with a "to": "I love it. I also help at the food bank" tells.
            let hasModal = before.indices.contains { position in
                guard Self.offerModals.contains(tokens[position]) else { return false }
                return Self.willModals.contains(tokens[position]) || tokens[position..<index].contains("to")
            }
            let happyTo = before.suffix(2).first.map { ["happy", "glad", "willing"].contains($0) } == true
                && before.last == "to"
            // The offer is made to them: "you" or "your" in the line, or "could I…" asked.
            let inverted = zip(before, before.dropFirst()).contains { Self.offerModals.contains($0) && $1 == "i" }
            guard inverted || tokens.contains(where: { Self.addressWords.contains($0) || Self.teamWords.contains($0) })
            else { continue }
            // The stretch of time belongs to this offer: its sentence or the next ("Can I help out with
            // intake while I'm there? I'm free most mornings until October."), not a story elsewhere.
            let next = line.sentences.first { $0.range.lowerBound >= sentence.upperBound }?.range
            let reach = sentence.lowerBound..<(next?.upperBound ?? sentence.upperBound)
            // Rough work offered for free puts the learner forward: "I'd sweep floors for free just to be on a real site".
            let freeLabour = Self.concreteLabour.contains(tokens[index])
                && zip(tokens[reach], tokens[reach].dropFirst()).contains { $0 == "for" && $1 == "free" }
            if (hasSelf && hasModal) || happyTo, offersSelf(tokens[reach]) || servesTheirClients(tokens[reach]) || freeLabour {
                return tokens[before.startIndex...index].joined(separator: " ")
            }
        }
        return nil
    }

    /// Whether the words speak of a call or meeting: "a quick follow-up call", not "a call for papers".
    static func plansAMeeting(_ tokens: [String]) -> Bool {
        tokens.indices.contains { index in
            meetingWords.contains(tokens[index]) && !(tokens[index] == "call" && index + 1 < tokens.count && tokens[index + 1] == "for")
        }
    }

    /// Whether the words ask for a talk with the learner: "a quick chat with me", "speak to me".
    static func talksWithMe(_ tokens: [String]) -> Bool {
        tokens.indices.dropLast(2).contains { index in
            ["chat", "talk", "speak"].contains(tokens[index]) && ["with", "to"].contains(tokens[index + 1]) && tokens[index + 2] == "me"
        }
    }

    /// Words of something given or done for them, beside a call planned.
    static let givingWords: Set<String> = ["help", "helps", "favour", "favor", "return", "send", "share", "introduce", "useful", "lend", "forward", "link"]

    /// Times a learner "can do" for a call: "I could do any time", "I can do evenings".
    static let timesOffered: Set<String> = [
        "any", "anytime", "whenever", "evenings", "mornings", "afternoons", "weekends", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
        "those", "either", "most", "early", "late", "lunchtime", "lunch",
    ]
    /// Work a learner may "do any" of: "I can do any shift".
    static let workNouns: Set<String> = ["work", "hours", "jobs", "job", "admin", "cover", "overtime", "nights", "days", "weekends"]
    /// Words of a call or meeting with the listener, for which times are offered.
    static let meetingWords: Set<String> = ["call", "chat", "coffee", "zoom", "catchup", "meeting", "facetime", "teams"]

    /// What the learner comes to do when they come to see someone, not to work: "come find you", "come and say hi".
    static let comingToSee: Set<String> = ["find", "see", "say", "meet", "visit", "chat", "hear", "listen", "watch", "introduce", "grab"]

    /// Things studied, which a learner "does" for themselves: "do the course in the evenings".
    static let studyWords: Set<String> = [
        "course", "courses", "module", "modules", "degree", "exam", "exams", "qualification", "qualifications",
        "certificate", "certification", "diploma", "class", "classes", "masters", "msc", "ma", "phd", "bootcamp",
    ]

    /// Words of what a team usually does, which make a question about workers one about its ways.
    static let practiceWords: Set<String> = ["mostly", "usually", "generally", "typically", "normally", "tend"]
    /// Words after which a question may name the workers a team seeks: "are you looking for…".
    static let seekingWords: Set<String> = [
        "looking", "need", "needing", "after", "want", "take", "takes", "taking",
    ]
    /// Roles a team takes people on for (SignalRules' `staffrole`), and a few more said alone.
    static let staffRoles: Set<String> = SignalRules.concepts["staffrole", default: []].union([
        "mechanic", "mechanics", "crew", "nurse", "nurses", "hands", "staff", "apprentices", "trainees", "interns",
        "juniors", "graduates", "grads",
    ])
    /// Words of the present or a coming season, which make "do you need anyone" a question about a place.
    static let nowWords: Set<String> = [
        "moment", "now", "currently", "season", "summer", "autumn", "winter", "spring", "christmas", "holidays",
        "weekends", "soon", "ever",
    ]
    /// Endings of words for people by their work: "animators", "welders", "illustrators", "chemists".
    static let workerEndings = ["ers", "ors", "ists", "ians", "ants", "ents"]
    /// Words with those endings that name no worker a team takes on, or people it serves.
    static let notWorkers: Set<String> = [
        "others", "answers", "papers", "numbers", "matters", "letters", "orders", "offers", "waters", "centers",
        "centres", "chapters", "filters", "folders", "markers", "posters", "printers", "computers", "monitors",
        "errors", "factors", "sectors", "customers", "clients", "members", "users", "partners", "investors",
        "sponsors", "donors", "suppliers", "vendors", "buyers", "readers", "viewers", "followers", "subscribers",
        "volunteers", "speakers", "mentors", "mentees", "students", "patients", "tenants", "residents", "parents",
        "participants", "applicants", "candidates", "layers", "covers", "powers", "towers", "corners", "borders",
        "barriers", "careers", "peers", "ideas", "favors", "favours", "colors", "colours", "flavors",
        "flavours", "doctors", "visitors", "competitors", "recruiters", "interviewers", "referrers", "contacts",
        "ingredients", "components", "documents", "comments", "elements", "events", "restaurants", "plants",
        "assignments", "investments", "requirements", "departments", "agents", "improvements", "tenders",
        "quarters", "headquarters", "summers", "winters", "mothers", "fathers", "brothers", "sisters", "daughters",
        "insiders", "outsiders", "leaders", "influencers", "pointers", "reminders", "stickers", "flyers", "fliers",
        "trainers", "headphones", "chargers", "containers", "drawers", "shoulders", "blankets", "tickets", "presents",
        "masters", "bachelors", "registers", "transfers", "waivers", "vouchers", "trousers", "updates", "buffers",
    ]

    /// Places of a kind, named in the plural: asked of, they are the market, not the listener's team.
    static let kindsOfPlace: Set<String> = [
        "firms", "companies", "employers", "agencies", "theatres", "theaters", "hospitals", "studios", "labs", "practices",
        "clinics", "schools", "shops", "restaurants", "kitchens", "councils", "banks", "charities", "nonprofits", "museums",
        "galleries", "bakeries", "hotels", "farms", "garages", "salons", "startups", "publishers", "newsrooms", "consultancies",
    ]

    /// The words of a question asking whether the team seeks workers of some kind, or nil: "any
    /// chance you're looking for animators?", "does the yard need welders right now?" Not "what do
    /// you look for in designers?" (how they hire), nor "are you looking for customers?".
    private func workersAskedFor(_ line: NormalizedLine) -> String? {
        let tokens = line.tokens
        // A question typed without its mark counts: "does the brewery ever need someone to wash kegs".
        for sentence in line.sentences where isQuestion(sentence, line) {
            let range = sentence.range
            // Most questions name no seeking and end here, cheaply.
            guard tokens[range].contains(where: Self.seekingWords.contains) else { continue }
            // "Say you were taking on a junior installer, what would make one stand out?" asks how
            // they choose; "Should you ever want beta testers, count me in" offers one favour.
            // Nor does "…or do you mostly want CS grads?": how they usually hire.
            if tokens[range].contains(where: {
                Self.askingWords.contains($0) || Self.favourWords.contains($0) || Self.practiceWords.contains($0)
            }) || tokens[range.lowerBound] == "should" {
                continue
            }
            for index in range where Self.seekingWords.contains(tokens[index]) {
                if tokens[index] == "looking", index + 1 >= range.upperBound || tokens[index + 1] != "for" { continue }
                // "Do you know if the regional theatres are taking on stage managers?" asks about the
                // field, unless the team is theirs.
                if tokens[range.lowerBound..<index].contains("know"), !tokens[range].contains(where: { $0 == "your" || $0 == "ur" }) {
                    continue
                }
                guard tokens[range.lowerBound..<index].contains(where: { Self.addressWords.contains($0) || Self.teamWords.contains($0) })
                else { continue }
                // Places of a kind asked of, not theirs: "Do firms in your area take on older trainees?"
                if (range.lowerBound..<index).contains(where: { at in
                    Self.kindsOfPlace.contains(tokens[at]) && !(at > range.lowerBound && ["your", "ur"].contains(tokens[at - 1]))
                }) {
                    continue
                }
                let taken = ["take", "takes", "taking"].contains(tokens[index])
                // "takes on apprentices": take only with "on". "Does your team take on career changers,
                // or mostly grads?" weighs one kind against another: how they hire.
                if taken, index + 1 >= range.upperBound || tokens[index + 1] != "on" || tokens[index...].prefix(12).contains("or") {
                    continue
                }
                let start = tokens[index] == "looking" || taken ? index + 2 : index + 1
                // "Did you always want to be a nurse?" wants to do, not someone.
                guard start < range.upperBound, tokens[start] != "to" else { continue }
                // "Does the club need anyone to coach the under-10s this season?": someone, for now.
                if tokens[start..<min(range.upperBound, start + 2)].contains(where: Self.slotWords.contains),
                    tokens[range].contains(where: Self.nowWords.contains), !tokens[range].contains(where: Self.favourWords.contains)
                {
                    return tokens[index..<min(range.upperBound, start + 2)].joined(separator: " ")
                }
                for at in start..<min(range.upperBound, start + 4) {
                    let word = tokens[at]
                    // "your workshop need mechanic?", "any stage crew", "a social media person".
                    if Self.staffRoles.contains(word) || (word == "person" && at > start) {
                        // "Do you need the paralegal certificate?" asks what the role takes.
                        if at + 1 < range.upperBound, Self.qualificationWords.contains(tokens[at + 1]) { break }
                        return tokens[index...at].joined(separator: " ")
                    }
                    guard word.count > 5, Self.workerEndings.contains(where: word.hasSuffix), !Self.notWorkers.contains(word)
                    else { continue }
                    return tokens[index...at].joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// What a role takes rather than who fills it: "the paralegal certificate".
    static let qualificationWords: Set<String> = [
        "certificate", "certification", "qualification", "qualifications", "license", "licence", "degree", "course",
        "exam", "exams", "training", "diploma",
    ]

    /// Words in which the learner puts themselves forward for work: "I'm your guy", "ring me", "give
    /// us a bell", "you know where I am", "my number", "keep me in mind", "I'm around", "I can start".
    static func putsSelfForward(_ tokens: ArraySlice<String>) -> Bool {
        let words = Array(tokens)
        func at(_ index: Int, _ options: Set<String>) -> Bool { index < words.count && options.contains(words[index]) }
        for index in words.indices {
            switch words[index] {
            case "i":
                if at(index + 1, ["am"]), at(index + 2, ["your"]),
                    at(index + 3, ["girl", "guy", "woman", "man", "lad", "gal", "bloke", "person", "boy", "lady", "fella"])
                {
                    return true
                }
                if at(index + 1, ["am"]), at(index + 2, Self.availableWords) { return true }
                // "I'd be up for it", "I'd be ready".
                if at(index + 1, ["would"]), at(index + 2, ["be"]), at(index + 3, ["up", "ready", "available", "free", "around"]) { return true }
                if at(index + 1, ["can", "could"]), at(index + 2, ["start"]) { return true }
                // Parts of the day offered: "I can do the evenings", "I could do nights".
                if at(index + 1, ["can", "could"]), at(index + 2, ["do", "cover", "work"]),
                    at(index + 3, daySpells) || at(index + 3, ["the", "any"]) && at(index + 4, daySpells)
                {
                    return true
                }
                if at(index + 1, ["would"]), at(index + 2, ["be"]), at(index + 3, ["there"]) { return true }
                // "I'm the first call", "I'd be first in line".
                if at(index + 1, ["am", "would"]), words[(index + 2)...].prefix(3).contains("first"),
                    words[(index + 2)...].prefix(4).contains(where: { ["call", "line", "choice"].contains($0) })
                {
                    return true
                }
                // Concrete work offered: "i could sweep up and wash hair", "i could interpret".
                if at(index + 1, ["could", "can", "will", "would"]),
                    at(index + 2, concreteLabour) || at(index + 2, gladWords) && at(index + 3, concreteLabour)
                {
                    return true
                }
            case "where":
                if at(index + 1, ["i"]), at(index + 2, ["am"]) { return true }
                if at(index + 1, ["to"]), at(index + 2, ["find"]), at(index + 3, ["me"]) { return true }
            case _ where Self.callWords.contains(words[index]):
                if at(index + 1, ["me", "us"]) { return true }
            case "give":
                if at(index + 1, ["me", "us"]), at(index + 2, ["a"]), at(index + 3, ["bell", "ring", "call", "shout", "buzz"]) {
                    return true
                }
            case "my":
                if at(index + 1, ["number", "details", "email", "mobile"]) { return true }
            case "away":
                // "a text away", "I'm two streets away".
                if index > 0, nearWords.contains(words[index - 1]) { return true }
            case "that":
                if at(index + 1, ["is"]), at(index + 2, ["me"]) { return true }
                if at(index + 1, ["would"]), at(index + 2, ["be"]), at(index + 3, ["me"]) { return true }
            case "sign", "pick":
                if at(index + 1, ["me"]) { return true }
            case "of":
                if index > 0, words[index - 1] == "think", at(index + 1, ["me"]) { return true }
            case "keep", "put", "consider":
                if at(index + 1, ["me"]), words[index] != "put" || at(index + 2, ["down", "forward"]) { return true }
            case "jump", "step":
                if at(index + 1, ["at", "in"]), words[index] == "jump" || words[index + 1] == "in" { return true }
            case "heartbeat":
                return true
            case "come":
                // "I'd come in", "I'd happily come in and do prep".
                if index > 0, words[index - 1] == "would" || index > 1 && words[index - 2] == "would" && Self.gladWords.contains(words[index - 1]) {
                    return true
                }
            case "one":
                // "I'd love to be the one you ring".
                if index > 0, words[index - 1] == "the", at(index + 1, ["you"]), at(index + 2, Self.callWords) { return true }
            default:
                break
            }
        }
        return false
    }

    /// Words of calling the learner: "ring me", "give us a shout", "the one you ring".
    static let callWords: Set<String> = ["ring", "call", "bell", "text", "phone", "shout", "message", "ping", "buzz", "holler", "hit"]
    /// Words of the learner at hand after "I am": "I'm around", "I'm yours", "I'm ready".
    static let availableWords: Set<String> = ["around", "about", "free", "available", "there", "down", "on", "up", "yours", "ready"]

    /// Words of a purpose that wish to hear someone's account: beside a referral ask, its reason.
    static let othersAccountWords: Set<String> = ["hear", "understand", "perspective"]
    /// Words of a purpose that say what this call is for, whatever else the line asks.
    static let ownAimWords: Set<String> = ["purely", "only", "here", "advice", "call", "chat", "conversation"]
    /// Words that give the reason for this call.
    static let reasonWords: Set<String> = ["reason", "why", "reached", "today", "emailed", "messaged", "wrote", "contacted"]

    /// Parts of the day a learner may offer to work: "I can do the evenings".
    static let daySpells: Set<String> = ["evenings", "nights", "weekends", "mornings", "afternoons", "lates", "earlies", "shifts"]
    /// What "away" follows when the learner is close at hand: "a text away", "two streets away".
    static let nearWords: Set<String> = [
        "call", "text", "phone", "message", "drive", "walk", "streets", "street", "minutes", "mins", "miles", "doors", "stops",
    ]

    /// Words of willingness between a modal and the labour offered: "I'd happily come in".
    static let gladWords: Set<String> = ["gladly", "happily", "totally", "definitely", "honestly", "really"]

    /// Work named for what it is, which puts the learner forward where "help" alone may only offer it.
    static let concreteLabour: Set<String> = [
        "sweep", "wash", "cover", "interpret", "invigilate", "staff", "man", "serve", "answer", "drive", "pick",
        "muck", "run", "cook", "clean",
    ]

    /// Words of a thing given rather than labour: "share my data", "send you the article".
    static let giftWords: Set<String> = ["share", "send", "lend", "forward", "introduce", "connect", "pass", "copy", "touch"]

    /// Words that may say a team is in need: "if you ever need…", "if the bar is short…", "whenever
    /// the lab could use…".
    static let slotNeedWords: Set<String> = ["need", "needs", "short", "stuck", "want", "wants", "use", "after"]
    /// Words of a team overstretched, which open a place as a need does: "if the warehouse is ever
    /// stretched", "if silage time gets mad", "if a camera op ever drops out".
    static let busyWords: Set<String> = [
        "stretched", "swamped", "slammed", "mad", "manic", "rammed", "overwhelmed", "behind", "drops", "sick",
        "busy", "hectic", "crazy", "gap", "gaps", "quits",
    ]
    /// Words that open a place for a person after a word of need: "someone", "another", "a fiddler".
    static let slotWords: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "another", "extra", "spare", "more", "cover", "staff", "crew", "bodies",
    ]
    /// What "a" or "an" after a need asks for when it is help, not a person: "if you need a hand".
    static let slotHelpWords: Set<String> = [
        "hand", "hands", "help", "favour", "favor", "eye", "eyes", "look", "chat", "quick", "bit", "break", "thing",
        "ride", "lift", "recommendation", "intro", "introduction", "contact", "name", "reference", "second", "time",
        "ideas", "words", "inspiration", "money", "cash", "space",
    ]
    /// Words of one favour or one event, which keep a place offered help: "if you ever need someone
    /// to look over a grant application", "if the fundraiser needs someone on the raffle table".
    static let favourWords: Set<String> = [
        "fundraiser", "raffle", "event", "events", "gala", "fair", "panel", "talk", "speak", "mentor", "mentoring",
        "judge", "proofread", "proofreading", "read", "review", "reviews", "eyes", "eys", "feedback", "beta", "test",
        "tester", "testers", "testing", "playtest", "letter", "draft", "drafts", "opinion", "advice", "workshop",
        "alumni", "volunteer", "volunteers", "students", "student", "class", "day", "demo",
        "sounding", "translate", "translation", "look", "perspective", "sanity", "jam", "charity", "launch", "focus",
        "voice", "deal", "clean", "quiz", "quizmaster", "opening", "open", "post", "share", "sharing", "model", "seat",
        "room", "chairs", "interview", "interviews", "holes", "errand", "errands", "stock",
    ]
    /// Whether a sentence offering help gives one thing: something shared or sent, help at one
    /// event, or one favour with no word of work or pay ("I'd be glad to translate your discharge
    /// sheets into French if that would ever help").
    static func namesGift(_ words: ArraySlice<String>) -> Bool {
        words.contains(where: giftWords.contains) || namesOneEvent(words)
            || namesFavour(words) && !words.contains { jobWords.contains($0) || bidWords.contains($0) }
    }

    /// Whether these words name one favour or event (`favourWords`); "speak" only as a talk given
    /// ("speak at your careers day"), not a language spoken ("I speak Romanian"); "stock" only as
    /// what is "in stock".
    static func namesFavour(_ tokens: ArraySlice<String>) -> Bool {
        tokens.indices.contains { index in
            guard favourWords.contains(tokens[index]) else { return false }
            // Whether a thing is "in stock" is an errand; stocking shelves is work.
            if tokens[index] == "stock" { return index > tokens.startIndex && tokens[index - 1] == "in" }
            guard tokens[index] == "speak" else { return true }
            return index + 1 < tokens.endIndex && ["at", "to", "on", "about", "with", "for"].contains(tokens[index + 1])
        }
    }

    /// People other than the learner who may be offered: "my sister's a bookkeeper, if you ever need one".
    static let otherPeopleWords: Set<String> = others.union([
        "mate", "mates", "housemate", "housemates", "guy", "wee", "old", "best", "grandad", "grandpa", "gran", "nan",
        "buddy", "buddies", "pal", "pals", "bro", "cuz",
    ])

    /// Whether a negation in the line waives pay rather than an intent: "don't even need paying".
    private func waivesPay(_ line: NormalizedLine) -> Bool {
        let tokens = line.tokens
        return tokens.indices.contains { index in
            ["paying", "paid", "pay", "payment", "wage", "wages"].contains(tokens[index])
                && tokens[max(0, index - 3)..<index].contains(where: Self.offerNegations.contains)
        }
    }

    /// Whether the line offers someone other than the learner: "my sister is a bookkeeper", "I know
    /// a guy who repairs tractors, want his number?" — but not "me and my mate could help".
    private func offersOther(_ tokens: ArraySlice<String>) -> Bool {
        let pairs = zip(tokens, tokens.dropFirst())
        // "me and my mate could help", "my sister and I could do it" — but not "oh, and I know a guy".
        let together = tokens.indices.dropLast().contains { index in
            let next = tokens.index(after: index)
            if tokens[index] == "me" && tokens[next] == "and" { return true }
            guard tokens[index] == "and", tokens[next] == "i" else { return false }
            let after = tokens.index(after: next)
            return after < tokens.endIndex && ["could", "can", "would", "will", "are", "am"].contains(tokens[after])
        }
        if together { return false }
        return pairs.contains { first, second in
            (first == "my" || first == "our") && Self.otherPeopleWords.contains(second)
                || first == "know" && ["a", "an", "someone", "somebody", "people", "loads", "plenty"].contains(second)
                // "I could put you in touch with our patrol director."
                || first == "touch" && second == "with" || first == "introduce" && second == "you"
        }
    }

    /// The words in which the learner offers themselves for a place the team may need filled, or
    /// nil: "if the bar ever needs someone to polish glasses on a Friday night, you know where I am",
    /// "if you're ever short a commis on a Sunday, ring me". One favour or one event stays help
    /// (`favourWords`), as does someone else offered or a question about how they fill places.
    private func slotOfferWords(_ line: NormalizedLine, _ ids: [Int32]) -> String? {
        let tokens = line.tokens
        for (position, sentence) in line.sentences.enumerated() {
            let range = sentence.range
            // Most lines have no condition and end here, cheaply.
            for condition in range where ids[condition] >= 0 && conditionMask[Int(ids[condition])] {
                for index in (condition + 1)..<min(range.upperBound, condition + 8)
                where Self.slotNeedWords.contains(tokens[index]) || Self.busyWords.contains(tokens[index]) {
                    if tokens[index] == "use", tokens[index - 1] != "could" { continue }
                    // A condition on their need, not the learner's: "if you ever need", not "if I get stuck".
                    guard !tokens[condition..<index].contains(where: { $0 == "i" || $0 == "we" }) else { continue }
                    guard !tokens[range.lowerBound..<index].contains(where: Self.askingWords.contains) else { continue }
                    // "if you ever want to grab a coffee" wants to do something, not someone.
                    guard index + 1 < range.upperBound, tokens[index + 1] != "to" else { continue }
                    let after = tokens[(index + 1)..<min(range.upperBound, index + 4)]
                    let place = after.indices.contains { at in
                        if Self.slotWords.contains(tokens[at]) { return true }
                        // "if you're ever stuck for pickers", "short of a chippy".
                        if at == index + 1, tokens[index] == "short" || tokens[index] == "stuck", tokens[at] == "for" || tokens[at] == "of",
                            at + 1 < range.upperBound, !Self.slotHelpWords.contains(tokens[at + 1])
                        {
                            return true
                        }
                        guard tokens[at] == "a" || tokens[at] == "an" || tokens[at] == "some", at + 1 < range.upperBound else {
                            return false
                        }
                        // "a second pair of hands" is a person, though "a second opinion" is help.
                        if tokens[at + 1] == "second", at + 2 < range.upperBound, tokens[at + 2] == "pair" { return true }
                        return !Self.slotHelpWords.contains(tokens[at + 1])
                    }
                    // "if you're ever short in the kitchen on a Saturday": short of hands, not of a thing.
                    let shortHanded = tokens[index] == "short" && index + 1 < range.upperBound
                        && ["in", "on", "at", "over", "during", "handed", "staffed"].contains(tokens[index + 1])
                        && !Self.slotHelpWords.contains(tokens[min(index + 2, range.upperBound - 1)])
                    guard place || shortHanded || Self.busyWords.contains(tokens[index]) else { continue }
                    let next = position + 1 < line.sentences.count
                        ? line.sentences[position + 1].range : range.upperBound..<range.upperBound
                    let reach = tokens[range.lowerBound..<next.upperBound]
                    // Someone else offered in the next sentence is help beside the place: "…I can do the
                    // evenings. Also my manager at the hotel gives a special rate, I can send you her contact."
                    guard !Self.namesFavour(reach), !offersOther(tokens[range]) else { continue }
                    // The learner puts themselves forward: "I'm your woman", "ring me", "you know where I
                    // am", "I'm around". "Count me in" or "happy to help" alone offers help as often.
                    guard Self.putsSelfForward(reach) else { continue }
                    return tokens[condition..<min(range.upperBound, index + 4)].joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// The words in which the learner asks for the favour that got someone else hired, or nil:
    /// "…because someone vouched for her. Could you do the same for me?", "I was kind of hoping you
    /// could be that person for me". Without a story of hiring in the line, "could you do that for
    /// me?" asks some other favour.
    private func sameFavourForMe(_ line: NormalizedLine) -> String? {
        let tokens = line.tokens
        // Most lines hold no "for me" and end here, before any word is looked up.
        guard tokens.indices.dropLast().contains(where: { tokens[$0] == "for" && tokens[$0 + 1] == "me" }),
            tokens.contains(where: { Self.hiredStoryWords.contains($0) || Self.jobWords.contains($0) })
        else { return nil }
        for index in tokens.indices where tokens[index] == "for" {
            guard index + 1 < tokens.count, tokens[index + 1] == "me" else { continue }
            let before = tokens[max(0, index - 5)..<index]
            let favour = before.indices.contains { at in
                (["do", "doing"].contains(tokens[at]) && at + 1 < index && ["same", "that", "this", "similar", "something"].contains(tokens[at + 1]))
                    || (tokens[at] == "same" && at > 0 && tokens[at - 1] == "the")
                    || (tokens[at] == "be" && at + 2 < index && tokens[at + 1] == "that" && ["person", "one", "someone"].contains(tokens[at + 2]))
            }
            if favour { return tokens[max(0, index - 5)...(index + 1)].joined(separator: " ") }
        }
        return nil
    }

    /// Words that say what the learner is not after: a purpose that holds one is no job ask's reason.
    static let aimNegations: Set<String> = ["not", "never", "no", "nothing", "without"]

    /// Words that say a meeting asked for is to learn: "introduce me to your HR lead, I'd love to
    /// hear how she got there".
    static let learningWords: Set<String> = [
        "learn", "learning", "hear", "understand", "advice", "insight", "insights", "perspective", "chat", "pick",
        "brain", "curious", "experience", "path", "questions", "else", "other", "others", "folks", "network",
    ]

    /// Whether these words have the learner as the one helped — "me" other than in an offer ("want
    /// me to…", "would you like me to…"), the learner's wish or thanks for the meeting ("I'd love to
    /// be put in touch", "I'd be grateful for the intro"), or the listener asked whom they know.
    static func learnerHelped(_ words: ArraySlice<String>) -> Bool {
        words.indices.contains { at in
            switch words[at] {
            case "me":
                return !(at > words.startIndex && ["want", "like", "let", "shall", "should"].contains(words[at - 1]))
            case "i":
                return words[(at + 1)..<min(words.endIndex, at + 4)].contains(where: Self.wishWords.contains)
            case "know":
                return at > words.startIndex && ["you", "u"].contains(words[at - 1])
            default:
                return false
            }
        }
    }

    /// Words of the learner wishing for a meeting: "I'd love to", "I'd be grateful", "I could talk".
    static let wishWords: Set<String> = ["love", "grateful", "appreciate", "talk", "reach", "meet", "speak", "chat", "ask", "hoping"]

    /// Words of a story of someone being hired: "got hired", "vouched for her", "forwarded her CV".
    static let hiredStoryWords: Set<String> = [
        "hired", "vouch", "vouched", "vouching", "cv", "resume", "referred", "recommended", "start", "taken", "word",
        "foot", "door", "trial", "apprenticeship", "internship", "placement", "recruited",
    ]

    /// Whether the line offers the learner for a stretch of time or without pay (`stretchWords`).
    private func offersSelf(_ line: NormalizedLine) -> Bool {
        offersSelf(line.tokens[...])
    }

    /// Whether the learner is offered for a stretch of time in the sentences of an offer or beside
    /// them: a story told three sentences earlier ("while I've been at home I've ended up running
    /// the PTA… every year") offers no stretch with "if you need someone on the water table on the
    /// day, count me in". Without the offer's sentences, the whole line.
    private func offersSelf(_ line: NormalizedLine, near offers: Set<Int>) -> Bool {
        guard !offers.isEmpty else { return offersSelf(line) }
        let near = Set(offers.flatMap { [$0 - 1, $0, $0 + 1] }).filter(line.sentences.indices.contains)
        return near.contains { offersSelf(line.tokens[line.sentences[$0].range]) }
    }

    /// Whether these words offer the learner for a stretch of time or without pay.
    private func offersSelf(_ tokens: ArraySlice<String>) -> Bool {
        // A month names the date of one event, not a stretch: "I can play a set at the fundraiser in June".
        let oneEvent = Self.namesOneEvent(tokens)
        // A word of pay or time naming a thing given is no stretch of work: "the salary survey I put
        // together", "our weekly newsletter".
        if tokens.indices.contains(where: { index in
            Self.stretchWords.contains(tokens[index]) && !(oneEvent && Self.monthWords.contains(tokens[index]))
                && !tokens[min(index + 1, tokens.endIndex)..<min(index + 3, tokens.endIndex)].contains(where: Self.documentWords.contains)
                // Nor is a season naming one event: "sixty volunteers for the summer fair".
                && !(index + 1 < tokens.endIndex && Self.seasonalEvents.contains(tokens[index + 1]))
                && !Self.describesAThing(tokens, at: index) && !Self.tellsWhereIAm(tokens, at: index)
        }) {
            return true
        }
        // A season worked through: "during inspection season", "for the whole season".
        if tokens.indices.contains(where: { index in
            (tokens[index] == "season" || tokens[index] == "seasons")
                && tokens[max(tokens.startIndex, index - 3)..<index].contains { Self.throughWords.contains($0) }
        }) {
            return true
        }
        return tokens.indices.dropLast().contains {
            Self.stretchPairFirsts.contains(tokens[$0]) && Self.stretchPairs.contains(tokens[$0] + " " + tokens[$0 + 1])
                && !($0 + 2 < tokens.endIndex && Self.seasonalEvents.contains(tokens[$0 + 2]))
                // "While I think of it" brings a thing up; it offers no stretch of time.
                && !(tokens[$0] == "while" && $0 + 2 < tokens.endIndex && Self.bringingUp.contains(tokens[$0 + 2]))
                && !Self.describesAThing(tokens, at: $0)
        }
    }

    /// Whether the word at `index` describes a thing rather than offering time: what a thing read
    /// is about ("an article about nurses sleeping after night shifts"), or what a thing the learner
    /// made was for ("I built a rota template that saved my life with fifty staff across three
    /// shifts"), so long as no new clause or offer comes between ("I made the switch from retail,
    /// so if you need someone over the summer…" offers the summer).
    static func describesAThing(_ tokens: ArraySlice<String>, at index: Int) -> Bool {
        if let about = tokens[max(tokens.startIndex, index - 8)..<index].lastIndex(where: { $0 == "about" || $0 == "on" }),
            tokens[max(tokens.startIndex, about - 4)..<about].contains(where: { Self.documentWords.contains($0) || Self.thingsMade.contains($0) })
        {
            return true
        }
        guard let made = tokens[max(tokens.startIndex, index - 24)..<index].lastIndex(where: Self.makingVerbs.contains)
        else { return false }
        // "…and shows who's falling behind" goes on saying what the thing does.
        return !tokens[made..<index].indices.contains { at in
            Self.clauseOpeners.contains(tokens[at])
                && !(tokens[at] == "and" && at + 1 < index && Self.thingDoes.contains(tokens[at + 1]))
        }
    }

    /// Whether a stretch of time tells where the learner already is, not time offered: "I'm there
    /// every weekend anyway", "I'm at the garden centre every Saturday".
    static func tellsWhereIAm(_ tokens: ArraySlice<String>, at index: Int) -> Bool {
        let before = tokens[max(tokens.startIndex, index - 5)..<index]
        guard let am = before.lastIndex(of: "am"), am > tokens.startIndex, tokens[am - 1] == "i", am + 1 < index else { return false }
        return tokens[am + 1] == "there" || tokens[am + 1] == "at"
    }

    /// Verbs that tell what a thing made does: "…and shows who's falling behind by the hour".
    static let thingDoes: Set<String> = [
        "shows", "tracks", "flags", "lists", "pulls", "covers", "gives", "lets", "counts", "highlights", "works", "spits",
    ]

    /// Things read, watched or written, besides `documentWords`.
    static let thingsMade: Set<String> = [
        "piece", "paper", "post", "blog", "book", "video", "thread", "chapter", "episode", "talk", "essay", "memo",
    ]
    /// Verbs of making a thing, in the past: a stretch of time after one tells what it was for.
    static let makingVerbs: Set<String> = ["built", "made", "wrote", "created", "designed", "developed", "compiled", "drafted", "coded"]
    /// Words that open a new clause or an offer, ending a description.
    static let clauseOpeners: Set<String> = [
        "if", "could", "can", "would", "will", "happy", "glad", "free", "available", "so", "and", "but", "i", "me",
    ]
    /// Words before "season" that make it a stretch worked through.
    static let throughWords: Set<String> = ["during", "through", "throughout", "over", "whole", "all", "every", "each"]

    /// Whether the offer's own sentences (or the whole line, when no pattern placed the offer) serve
    /// the team's clients: "you said the late deliveries mess up your exceptions. … Happy to send it
    /// over" names their deliveries in a sentence of its own and offers a thing.
    private func servesTheirClients(_ line: NormalizedLine, in sentences: Set<Int>) -> Bool {
        if sentences.isEmpty { return servesTheirClients(line.tokens[...]) }
        return sentences.contains { servesTheirClients(line.tokens[line.sentences[$0].range]) }
    }

    /// Whether these words offer work with the team's own clients: "I can do translations for the
    /// customers in your garage", "I could take the clients' bookings at the salon". The team's
    /// customers are its own work, which a learner doing is a bid.
    private func servesTheirClients(_ tokens: ArraySlice<String>) -> Bool {
        guard !Self.namesFavour(tokens) else { return false }
        // Telling them about their clients is insight, not work: "I can tell you where it usually
        // goes wrong with the deliveries on the store side."
        let tells = tokens.indices.contains { index in
            ["tell", "explain", "describe"].contains(tokens[index])
                && index + 1 < tokens.endIndex && ["you", "u"].contains(tokens[index + 1])
        }
        guard !tells else { return false }
        return tokens.indices.contains { index in
            Self.clientWords.contains(tokens[index])
                && tokens[max(tokens.startIndex, index - 3)..<index].contains { ["your", "ur", "the", "their"].contains($0) }
        }
    }

    /// The people or orders a team serves: its own work.
    static let clientWords: Set<String> = [
        "customers", "clients", "patrons", "diners", "guests", "bookings", "orders", "deliveries", "collections",
    ]

    /// Whether these words name one event: "the fundraiser", "on the day", "the blood drive" — but
    /// "one day" or "some day" say when, not which event, and a "gig" may be work.
    static func namesOneEvent(_ words: ArraySlice<String>) -> Bool {
        words.indices.contains { at in
            let before = at > words.startIndex ? words[at - 1] : ""
            if words[at] == "drive" { return driveKinds.contains(before) }
            // "on the night" names the event's night: "the registration desk on the night".
            if words[at] == "night", before == "the", at - 2 >= words.startIndex, words[at - 2] == "on" { return true }
            // "the charity run", "a sponsored walk", "the bake sale", "quiz night".
            if eventKindWords.contains(words[at]) { return driveKinds.contains(before) || eventKinds.contains(before) }
            // "I'd love that gig" is as often work as a concert.
            if words[at] == "gig" { return false }
            return oneEventWords.contains(words[at]) && !["one", "some", "every", "any"].contains(before)
        }
    }

    /// Whether the line offers help at one event, with no word of work or pay and no stretch of
    /// time: "If the practice open day in June needs someone on the welcome table, sign me up."
    /// With `slot`, the words of a place offered for (`slotOfferWords`): at one event, "someone" or
    /// "a hand" is help, but a place named ("a fiddler for the late-night session", "a dep for the
    /// touring show") is work.
    private func favourAtOneEvent(_ line: NormalizedLine, slot: String? = nil) -> Bool {
        let tokens = line.tokens
        if let slot, !slot.split(separator: " ").contains(where: { Self.helperWords.contains(String($0)) }) { return false }
        return Self.namesOneEvent(tokens[...]) && !offersSelf(line)
            && !tokens.indices.contains { index in
                // "the summer fair" dates the event, "the exhibition opening" and "the fundraiser gig"
                // name it: no summer of work, no opening on the team; "the trial booklets" are handed out.
                (Self.jobWords.contains(tokens[index]) || Self.bidWords.contains(tokens[index]))
                    && !(index + 1 < tokens.count
                        && (Self.oneEventWords.contains(tokens[index + 1]) || Self.documentWords.contains(tokens[index + 1])))
                    && !(index > 0 && (Self.oneEventWords.contains(tokens[index - 1]) || Self.eventKinds.contains(tokens[index - 1])))
            }
    }

    /// Words for someone to help, not a place named: "needs someone on the welcome table".
    static let helperWords: Set<String> = [
        "someone", "somebody", "anyone", "anybody", "people", "hand", "hands", "help", "helper", "helpers", "volunteer",
        "volunteers", "body", "bodies",
    ]

    /// Words that name one event after a word of its kind: "the charity run", "quiz night".
    static let eventKindWords: Set<String> = ["run", "walk", "ride", "swim", "sale", "night", "evening", "open", "count", "swap", "afternoon", "morning"]
    static let eventKinds: Set<String> = [
        "sponsored", "fun", "bake", "quiz", "awards", "launch", "opening", "open", "careers", "gala", "christmas", "summer", "midnight",
        "appreciation", "charity",
        "bird", "jumble", "plant", "clothes", "wellness", "taster", "training", "farm", "nature", "heritage", "guided",
    ]

    /// What a drive collects when it is one event: "a blood drive", "the food drive".
    static let driveKinds: Set<String> = ["blood", "food", "pledge", "membership", "toy", "book", "clothes", "clothing", "charity", "donation", "coat", "fundraising"]

    /// Events that happen once: a month beside one dates it.
    /// Events a season can name ("the summer fair", "the winter gala"); not "day", which a stretch
    /// spans too ("free all day").
    static let seasonalEvents: Set<String> = oneEventWords.subtracting(["day", "show", "match", "race", "launch", "panel"])
    static let oneEventWords: Set<String> = [
        "fundraiser", "gala", "launch", "raffle", "quiz", "panel", "fair", "wedding", "party", "5k", "10k", "marathon",
        "fete", "festival", "race", "day", "event", "match", "tournament", "show", "exhibition", "concert", "gig",
        "conference", "cleanup", "bioblitz", "hackathon", "expo", "parade", "carnival", "auction", "regatta", "telethon",
        "walkathon", "ceilidh",
    ]
    /// Months, which may date one event: "I can play a set at the fundraiser in June".
    static let monthWords: Set<String> = ["june", "july", "august"]

    /// Words after "while I" that bring a thing up rather than offer a stretch of time: "while I
    /// think of it", "while I remember".
    static let bringingUp: Set<String> = ["think", "remember", "recall", "mention", "mentioned"]

    /// The first words of `stretchPairs`, so that most word pairs are never joined to be looked up.
    static let stretchPairFirsts: Set<String> = Set(stretchPairs.map { String($0.prefix { $0 != " " }) })

    static let jobWords: Set<String> = SignalRules.concepts["job", default: []]
        .union(SignalRules.concepts["hiring", default: []]).union(SignalRules.concepts["application", default: []])

    static let longLine = 60
    /// Signals a guess may keep when a veto holds in another sentence of the line than the one the
    /// model hears them in alone.
    static let heardBySentence: Set<Signal> = [.selfIntro, .timeAck, .giveBack]
    /// Words an offer is made with: "I can…", "happy to…", "if you ever…", "want me to…".
    static let offeringWords: Set<String> = [
        "can", "could", "would", "will", "happy", "glad", "if", "want", "let", "offer", "offering", "anything",
        "return", "favour", "favor", "help", "love", "free", "gladly", "happily", "willing", "shall", "welcome",
    ]
    /// How sure the model must be of a job ask before vetoes of a cue's own words no longer stop it.
    static let sureJobAsk = 0.94
    /// So sure a job ask that it stands beside a heard offer with no word of work.
    static let certainJobAsk = 0.99
    /// Below this, a sentence heard alone is no bid: it may be help given beside one.
    static let unsureJobAsk = 0.5
    /// How sure the model must be that a sentence heard alone gives help beside a bid.
    static let giftAlone = 0.6
    static let longClose = 40
    static let shortClose = 24
    /// Words of `wrapWords` that anchor a learned close only in a short line.
    static let weakWrapWords: Set<String> = [
        "all", "it", "there", "here", "good", "great", "nice", "lovely", "well", "any", "from", "me", "mine", "up", "over",
        "side", "bit", "whole", "had", "have", "got", "need", "wanted", "asked", "else", "more", "take", "taking",
        "taken", "let", "see", "back", "free", "rest", "night",
    ]
    static let longLineThreshold = 0.95

    /// Signals the model may add only to a line holding one of their words: thanks needs a word of
    /// gratitude ("so much" alone is not thanks), a referral ask a person or an introduction, a
    /// self-introduction a word for the learner.
    static let learnedAnchors: [Signal: @Sendable (String) -> Bool] = [
        // An introduction speaks of the learner ("do most ABMs come in from undergrad?" does not).
        .selfIntro: { word in ["i", "my", "me", "myself", "here", "mine"].contains(word) },
        // A close says something of ending, leaving, the time or the day: "That's really helpful,
        // I'm going to steal that" does not close.
        .wrapUp: { word in wrapWords.contains(word) },
        // A purpose names what the learner came for: to learn, for advice, not for a job. A career
        // goal alone ("I'm trying to move into consulting") is background.
        .purpose: { word in
            purposeWords.contains(word) || word.hasPrefix("learn") || word.hasPrefix("understand")
                || word.hasPrefix("explor") || word.hasPrefix("insight") || word.hasPrefix("inform")
                || word.hasPrefix("advi") || word.hasPrefix("curio") || word.hasPrefix("perspective")
        },
        // A job ask names work, hiring or the learner being taken on: "Could you walk me through a
        // typical week on your team?" does not.
        .jobAsk: { word in
            jobWords.contains(word) || jobAnchors.contains(word)
        },
        // Later contact names a way of contact, a thing to send or a later time.
        .followUp: { word in followAnchors.contains(word) || word.hasPrefix("email") || word.hasPrefix("messag") },
        .thanks: { word in
            word.hasPrefix("thank") || word.hasPrefix("apprec") || word.hasPrefix("grate")
                || ["thx", "ty", "tysm", "cheers", "merci", "gracias", "ta", "gratitude", "thanx", "tnx"].contains(word)
        },
        .referralAsk: { word in
            SignalRules.concepts["people", default: []].contains(word)
                || ["introduce", "introduction", "introductions", "intro", "intros", "introducing", "connect",
                    "connecting", "names", "name", "contact", "contacts", "network", "touch", "refer", "recommend",
                    "suggest"].contains(word)
        },
    ]

    private func vetoedAnywhere(_ signal: Signal, _ line: NormalizedLine, _ ids: [Int32], cueVetoes: Bool = true) -> Bool {
        let list = vetoes[signal.ordinal]
        return line.sentences.contains { sentence in
            list.contains { veto in (cueVetoes || veto.scope != .cue) && veto.holds(table, ids, sentence.range, line) }
        }
    }

    /// Whether the last negation before `end` speaks of someone else or reports advice: "fair
    /// enough that you're not hiring", "my old manager used to say never work for free". Such a
    /// negated ask is no aim of the learner's.
    private func negationTellsOfOthers(_ line: NormalizedLine, before end: Int, sentence: Range<Int>) -> Bool {
        let tokens = line.tokens
        guard let negation = tokens[sentence.lowerBound..<min(end, sentence.upperBound)]
            .lastIndex(where: { ["not", "never", "no"].contains($0) })
        else { return false }
        // A team's hiring, whoever says it: "we're not hiring, got it" quotes the listener.
        if negation + 1 < tokens.count, ["hiring", "recruiting"].contains(tokens[negation + 1]) { return true }
        let lead = tokens[max(sentence.lowerBound, negation - 3)..<negation]
        if lead.contains(where: { ["i", "we", "me"].contains($0) }) { return false }
        return lead.contains(where: Self.othersNegating.contains)
    }

    /// Who, before a "not", makes the negation theirs and not the learner's; and words of reported advice.
    static let othersNegating: Set<String> = [
        "you", "u", "ur", "they", "team", "company", "firm", "there", "your", "say", "says", "said", "told", "tells",
        "who", "she", "he", "people", "candidates", "applicants",
    ]

    /// Whether the line negates an intent of the learner's; a negation of someone else's ("I know ur
    /// not hiring rn but if someone leaves the design team could u let me know first?") is not.
    /// With `doubtIsNoDenial`, "I don't know if…" denies nothing (for a referral ask: "Do you know
    /// other farm managers who can talk with me? … I dont know if fruit is the only thing for me").
    private func hasNegatedIntent(_ line: NormalizedLine, doubtIsNoDenial: Bool = false) -> Bool {
        line.sentences.contains { sentence in
            sentence.range.contains { index in
                isNegated(line, at: index, sentence: sentence.range, doubtIsNoDenial: doubtIsNoDenial)
                    && !negationTellsOfOthers(line, before: index + 1, sentence: sentence.range)
            }
        }
    }

    private func isQuestion(_ sentence: NormalizedLine.Sentence, _ line: NormalizedLine) -> Bool {
        sentence.endsWithQuestionMark
            || (!sentence.range.isEmpty && inQuestionClause(line, at: sentence.range.lowerBound, sentence: sentence.range))
    }

    /// People a learner may speak of as "my …": a line about them is no introduction.
    static let others: Set<String> = [
        "cousin", "friend", "friends", "sister", "brother", "mom", "mum", "dad", "mother", "father", "parents",
        "partner", "wife", "husband", "roommate", "flatmate", "classmate", "classmates", "colleague", "colleagues",
        "boss", "manager", "uncle", "aunt", "son", "daughter", "kids", "professor", "advisor", "adviser", "tutor",
        "teacher", "mentor", "neighbour", "neighbor", "girlfriend", "boyfriend", "sibling", "siblings", "coworker",
        "coworkers", "lecturer", "supervisor", "grandfather", "grandmother", "family",
    ]

    /// Whether a line speaks of the learner: "i", "me", "myself", "mine", or "my" before anything
    /// but another person.
    private func speaksOfSelf(_ line: NormalizedLine) -> Bool {
        line.tokens.indices.contains { index in
            switch line.tokens[index] {
            case "i", "me", "myself", "mine", "here": true
            case "my": index + 1 >= line.tokens.count || !Self.others.contains(line.tokens[index + 1])
            default: false
            }
        }
    }

    /// Words that speak to the listener, or of the learner being helped.
    static let listenerWords: Set<String> = ["you", "your", "yours", "yourself", "here", "me", "yall"]

    /// Whether the sentence of a cue speaks to the listener: a word for them (or for the learner as
    /// the one helped), or it asks. "I'm looking for a job in marketing right now" tells; "I'm
    /// looking for a job, anything going at your place?" asks.
    private func addressed(_ line: NormalizedLine, _ sentence: NormalizedLine.Sentence, cue: Range<Int>? = nil) -> Bool {
        // "So, about me: …, and I'm looking for a job in translation" introduces the learner.
        // A listener word in another clause is about something else: "I'm looking for an
        // internship in data, and I'd love to hear how you got into it".
        let scope = cue.map { cue in sentence.range.filter { line.clause[$0] == line.clause[cue.lowerBound] } } ?? Array(sentence.range)
        return scope.contains { index in
            Self.listenerWords.contains(line.tokens[index])
                && !(line.tokens[index] == "me" && index > 0 && line.tokens[index - 1] == "about")
        } || isQuestion(sentence, line)
    }

    /// Signals that are statements about the learner: inside a question ("What should a career
    /// changer do?", "Does a bank care what I majored in?") they are not heard.
    static let statementsOnly: Set<Signal> = [.purpose, .selfIntro]

    /// True when the clause holding `index` opens like a question: a wh-word, or an auxiliary verb
    /// followed by its subject.
    private func inQuestionClause(_ line: NormalizedLine, at index: Int, sentence: Range<Int>) -> Bool {
        var start = index
        while start > sentence.lowerBound, line.clause[start - 1] == line.clause[index] { start -= 1 }
        while start < index, QuestionClassifier.fillers.contains(line.tokens[start]) { start += 1 }
        let first = line.tokens[start]
        if QuestionClassifier.whWords.contains(first) {
            // "What I want out of this is…" states; a question puts its verb first ("what do I…").
            return !(start + 1 < line.tokens.count && line.tokens[start + 1] == "i")
        }
        guard QuestionClassifier.auxiliaries.contains(first), start + 1 < line.tokens.count else { return false }
        // "Could I message you after my final-year project is marked?" asks; it does not introduce.
        return ["you", "your", "a", "an", "the", "there", "it", "people", "most", "someone", "anyone", "i", "we"].contains(line.tokens[start + 1])
    }

    /// Signals a negation can cancel: "I'm not looking for a job" (purpose instead), "I don't need
    /// introductions". Others keep their cue: "I don't want to take too much of your time" still
    /// acknowledges the time.
    static let negatable: Set<Signal> = [.jobAsk, .referralAsk]

    /// Words that say what the learner is not doing when they follow a negation.
    static let intents: Set<String> = [
        "looking", "asking", "ask", "here", "after", "want", "wanting", "need", "needing", "trying", "planning",
        "expecting", "interested", "seeking", "about", "job", "jobs", "hunting", "searching", "requesting",
        "request", "fishing", "angling", "pushing", "selling", "pitching", "hoping", "reaching", "calling",
        "why", "what", "applying", "intend", "intending", "mean", "agenda", "job-hunting", "introductions", "pass", "tryna", "trynna",
        "forward", "passed", "forwarded",
        "referrals", "referral", "ask", "asks", "openings", "vacancies", "a", "an", "that", "expect", "hiring",
        "internship", "internships", "position", "positions", "role", "roles", "work", "employment", "know",
        "get", "getting", "land", "landing", "score", "snag", "secure", "chasing", "chase",
    ]

    /// Whether the word at `index` negates what follows. "Instead" and "rather" do only as "instead
    /// of" and "rather than": "people who went into consulting instead that I could reach out to"
    /// asks for them.
    private func negates(_ tokens: [String], at index: Int) -> Bool {
        let word = tokens[index]
        guard SignalRules.negators.contains(word) else { return false }
        // "someone without a degree" lacks a thing; it denies no intent ("without a job ask" still does).
        if word == "without", index + 2 < tokens.count, tokens[index + 1] == "a" || tokens[index + 1] == "an" {
            return SignalRules.concepts["job", default: []].contains(tokens[index + 2])
                || ["request", "pitch", "agenda", "referral"].contains(tokens[index + 2])
        }
        guard word == "instead" || word == "rather" else { return true }
        return index + 1 < tokens.count && tokens[index + 1] == (word == "instead" ? "of" : "than")
    }

    /// Words that may stand between a negation and what it negates across commas.
    static let hedges: Set<String> = ["like", "at", "all", "um", "uh", "erm", "literally", "totally", "in", "any", "way"]

    /// A negation shortly before the cue, in the same clause or past only `hedges`, that says what the
    /// learner is not after ("not looking for", "never ask", "rather than asking"); "I don't suppose
    /// you're hiring?" still asks.
    /// A negation inside the cue's own words counts whatever the clause: "I'm here to get advice, not a
    /// job" is not a job ask.
    private func isNegated(
        _ line: NormalizedLine, at start: Int, end: Int? = nil, sentence: Range<Int>, doubtIsNoDenial: Bool = false
    ) -> Bool {
        if let end, start + 1 < end {
            for index in start + 1..<end - 1 where negates(line.tokens, at: index)
                && Self.intents.contains(line.tokens[index + 1])
            {
                return true
            }
        }
        let from = max(sentence.lowerBound, start - 9)
        for index in from..<start where negates(line.tokens, at: index) {
            var next = index + 1
            while next < start, Self.negationFillers.contains(line.tokens[next]) || Self.hedges.contains(line.tokens[next]),
                !Self.intents.contains(line.tokens[next])
            {
                next += 1
            }
            guard next < line.tokens.count, Self.intents.contains(line.tokens[next]) else { continue }
            // Not knowing whether is doubt, not an intent denied: "I dont know if fruit is the only thing for me".
            if doubtIsNoDenial, line.tokens[next] == "know", next + 1 < line.tokens.count,
                Self.doubtWords.contains(line.tokens[next + 1])
            {
                continue
            }
            // A turning word ends the negation's reach: "I know you're not hiring but if there's ever a
            // gap for a junior dev I'd love a shot".
            if next < start, line.tokens[next..<start].contains(where: Self.turningWords.contains) { continue }
            // Across commas only hedges may stand between: "I'm not, like, at all, trying to get a job".
            if line.clause[index] == line.clause[start]
                || (next > index + 1 && line.tokens[index + 1..<next].allSatisfy(Self.hedges.contains))
            {
                return true
            }
        }
        return false
    }

    /// Words after "don't know" that make it doubt: "I don't know if…", "…whether…", "…what…".
    static let doubtWords: Set<String> = ["if", "whether", "what", "how", "why", "where", "when", "which"]

    /// Words a negation reaches across to the intent it denies: "not really going to ask for a job".
    static let negationFillers: Set<String> = [
        "really", "even", "just", "going", "to", "be", "than", "of", "gonna", "here", "am", "i", "is", "it", "set",
        "setting", "this", "call", "up", "request", "requested", "arrange", "arranged", "book", "booked", "chat",
    ]

    /// A signal, the part of a sentence (cut at turning words), and whether its sentence vetoes hold.
    struct ScopedVeto: Equatable {
        var signal: Signal
        var part: Int
        var vetoed: Bool
    }

    /// Whether a veto takes the cue of `signal` at `range`. `parts` is the sentence cut at turning
    /// words (`turns`); a veto over the cue or the sentence keeps to the cue's part: "My careers
    /// service said I shouldn't ask this, but are there any roles on your team?" reports advice,
    /// then asks.
    private func vetoed(
        _ signal: Signal, _ range: Range<Int>, _ ids: [Int32], _ sentence: Range<Int>, parts: [Range<Int>],
        line: Range<Int>, _ cache: inout [[Range<Int>]?], _ scoped: inout [ScopedVeto],
        words: NormalizedLine
    ) -> Bool {
        let list = vetoes[signal.ordinal]
        guard !list.isEmpty else { return false }
        let part = parts.first { $0.contains(range.lowerBound) } ?? sentence
        // Vetoes over the sentence or the line do not depend on the cue: decided once per part.
        // A few signals and parts per sentence: a list searched in order beats hashing.
        let scopedVeto: Bool
        if let known = scoped.first(where: { $0.signal == signal && $0.part == part.lowerBound }) {
            scopedVeto = known.vetoed
        } else {
            scopedVeto = list.contains { veto in
                guard veto.scope != .cue else { return false }
                return veto.holds(table, ids, veto.scope == .line ? line : part, words)
            }
            scoped.append(ScopedVeto(signal: signal, part: part.lowerBound, vetoed: scopedVeto))
        }
        if scopedVeto { return true }
        let ranges: [Range<Int>]
        if let cached = cache[signal.ordinal] {
            ranges = cached
        } else {
            // A cue veto's `unless` is looked for in the whole sentence, and only once the veto matched:
            // most vetoes match nothing.
            var found: [Range<Int>] = []
            for index in list.indices where list[index].scope == .cue {
                let pattern = list[index].pattern
                let hits = parts.flatMap { table.matches(pattern, ids: ids, range: $0) }
                guard !hits.isEmpty,
                    !list[index].unless.contains(where: { table.matchesAnywhere($0, ids: ids, range: sentence) })
                else { continue }
                found += hits
            }
            ranges = found
            cache[signal.ordinal] = ranges
        }
        return ranges.contains { $0.overlaps(range) }
    }

    /// Words that open a clause turning against the one before: "I know this isn't what today is
    /// for, but are you hiring?"
    static let turningWords: Set<String> = ["but", "though", "although", "however", "anyway", "anyways", "still"]

    /// The sentence cut where a clause opens with a turning word. A veto over a cue keeps to one
    /// part: the "what" of "what today is for" does not make "are you hiring" a question about
    /// hiring in general. In a question, a clause opening "so" turns too: "I know we're nearly out of
    /// time, so just quickly, how did you find your first mentor?" asks about the mentor, not the time.
    static func turns(_ line: NormalizedLine, in sentence: NormalizedLine.Sentence) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        let range = sentence.range
        var start = range.lowerBound
        for index in range where index > start && line.clause[index] != line.clause[index - 1]
            && (turningWords.contains(line.tokens[index]) || sentence.endsWithQuestionMark && line.tokens[index] == "so")
        {
            parts.append(start..<index)
            start = index
        }
        parts.append(start..<range.upperBound)
        return parts
    }
}

extension SignalDetector {
    /// For authors of rules: every cue pattern that matches the line, and what became of it —
    /// heard, negated, inside a question, or which veto took it. `parley dev trace` prints it.
    public func trace(_ text: String) -> [String] {
        let line = normalizer.normalize(text)
        let ids = table.numbers(line.tokens)
        let unnamed = startOffsets.count - 2
        var report = ["words: " + line.tokens.joined(separator: " ")]
        for sentence in line.sentences {
            for start in sentence.range {
                let bucket = ids[start] >= 0 ? Int(ids[start]) : unnamed
                for slot in Int(startOffsets[bucket])..<Int(startOffsets[bucket + 1]) {
                    let index = Int(startRules[slot])
                    let rule = rules[index]
                    guard let range = table.match(index, ids: ids, at: start, range: sentence.range) else { continue }
                    var fate: [String] = []
                    if rule.oneClause, line.clause[range.lowerBound] != line.clause[range.upperBound - 1] {
                        fate.append("crosses a clause")
                    }
                    if Self.negatable.contains(rule.signal),
                        isNegated(line, at: range.lowerBound, end: range.upperBound, sentence: sentence.range)
                    {
                        fate.append("negated")
                    }
                    let part = Self.turns(line, in: sentence).first { $0.contains(range.lowerBound) } ?? sentence.range
                    for veto in vetoes[rule.signal.ordinal] {
                        let scope = veto.scope == .line ? 0..<ids.count : part
                        let hits = veto.scope == .cue
                            ? Self.turns(line, in: sentence).flatMap { table.matches(veto.pattern, ids: ids, range: $0) }
                            : table.matches(veto.pattern, ids: ids, range: scope)
                        let applies = veto.scope == .cue
                            ? hits.contains { $0.overlaps(range) }
                                && !veto.unless.contains { table.matchesAnywhere($0, ids: ids, range: sentence.range) }
                            : veto.holds(table, ids, scope, line)
                        if applies { fate.append("vetoed by '\(veto.source)'") }
                    }
                    if rule.addressedOnly, !addressed(line, sentence, cue: range) {
                        fate.append("not spoken to the listener")
                    }
                    if rule.signal == .followUp, contactsElsewhere(line, ids, in: range) {
                        fate.append("contact with someone else")
                    }
                    if Self.statementsOnly.contains(rule.signal), inQuestionClause(line, at: range.lowerBound, sentence: sentence.range) {
                        fate.append("inside a question")
                    }
                    let words = line.tokens[range].joined(separator: " ")
                    report.append("\(rule.signal.rawValue) \"\(words)\" by '\(rule.source)': \(fate.isEmpty ? "heard" : fate.joined(separator: "; "))")
                }
            }
        }
        // What the learned layer makes of the line, and of each sentence alone when there are several.
        if let model {
            func guesses(_ line: NormalizedLine) -> String {
                let probabilities = model.hear(line).probabilities
                return Signal.allCases.compactMap { signal in
                    probabilities[signal].flatMap { $0 >= 0.1 ? "\(signal.rawValue) \(Int(($0 * 100).rounded()))%" : nil }
                }.joined(separator: ", ")
            }
            report.append("learned: " + guesses(line))
            if line.sentences.count > 1 {
                for index in line.sentences.indices {
                    report.append("  sentence \(index + 1): " + guesses(line.sentence(index)))
                }
            }
        }
        return report
    }
}
