import Foundation

/// Matches a learner's line to the topic whose example asks it means: tf-idf cosine over stemmed
/// words with field synonyms folded together, mixing each topic's closest ask with all its asks
/// taken together; a topic also knows the bundled personas' asks for topics of its id
/// (`SharedAsks`). Below `threshold` the line
/// reaches no topic, and the persona answers with small talk or its fallback.
public struct TopicMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var topicID: String
        public var score: Double
        /// The example ask that scored best.
        public var ask: String
        /// Whether that ask was borrowed from another bundled persona's topic of the same id.
        public var borrowed: Bool = false
        /// The words that asked in a way this kind of topic is asked about (`TopicIntents`).
        public var intent: String?
    }

    /// The best topic, if any clears the threshold, and the runner-up for explanations.
    public struct Result: Sendable, Equatable {
        public var best: Match?
        public var runnerUp: Match?

        public init(best: Match? = nil, runnerUp: Match? = nil) {
            self.best = best
            self.runnerUp = runnerUp
        }
    }

    public static let defaultThreshold = 0.22
    /// How much of a topic's score comes from all its asks together rather than its closest ask.
    static let centroidShare = 0.6
    /// How much a borrowed ask counts towards its topic as a whole; its own similarity counts in full.
    static let borrowedCentroidWeight = 0.3
    /// How much a line asked the way a common topic is asked about (`TopicIntents`) lifts it.
    static let intentBonus = 0.25

    private struct Document: Sendable {
        var topicID: String
        var ask: String
        var weights: [String: Double]
        var grams: [String: Double]
        var borrowed = false
    }

    private let documents: [Document]
    private let idf: [String: Double]
    private let gramIDF: [String: Double]
    private let threshold: Double
    private let normalizer = TextNormalizer()

    /// A persona's topics, each known by its own asks and by the asks of the bundled personas'
    /// topics with the same id.
    public init(topics: [Topic], threshold: Double = TopicMatcher.defaultThreshold) {
        self.init(
            topics: topics.map { ($0.id, $0.asks) }, threshold: threshold, shared: SharedAsks.byTopic,
            sharedWords: SharedAsks.commonWords)
    }

    /// `shared` holds more asks per topic id, heard only through `sharedWords` when given: each counts in full as a topic's closest ask, and at
    /// 0.3 of the weight in the topic's bag of all its asks (`borrowedCentroidWeight`).
    public init(
        topics: [(id: String, asks: [String])], threshold: Double = TopicMatcher.defaultThreshold,
        shared: [String: [String]] = [:], sharedWords: Set<String>? = nil
    ) {
        let normalizer = TextNormalizer()
        struct Bag {
            var topicID: String
            var ask: String
            var terms: [String]
            var grams: [String]
            var borrowed: Bool
        }
        var bags: [Bag] = []
        for topic in topics {
            let own = Set(topic.asks)
            let borrowed = (shared[topic.id] ?? []).filter { !own.contains($0) }
            for (ask, isBorrowed) in topic.asks.map({ ($0, false) }) + borrowed.map({ ($0, true) }) {
                var tokens = normalizer.normalize(ask).tokens
                if isBorrowed, let sharedWords { tokens = tokens.filter(sharedWords.contains) }
                bags.append(
                    Bag(topicID: topic.id, ask: ask, terms: Self.terms(tokens), grams: Self.grams(tokens), borrowed: isBorrowed))
            }
        }
        // How rare a word is, among the persona's own asks where it has any: a field's own words
        // ("data science") run through all of that persona's topics and tell none of them apart.
        // Words only borrowed asks use are weighed by how rare they are there.
        let own = bags.filter { !$0.borrowed }
        let idf = Self.rarity(own.map(\.terms), falling: Self.rarity(bags.map(\.terms)))
        let gramIDF = Self.rarity(own.map(\.grams), falling: Self.rarity(bags.map(\.grams)))
        let count = Double(max(own.count, 1))
        self.idf = idf
        self.gramIDF = gramIDF
        // As rare as a word can be: seen in no ask at all.
        unseenIDF = log(1 + count)
        self.threshold = threshold
        firstAsks = Dictionary(topics.compactMap { topic in topic.asks.first.map { (topic.id, $0) } }, uniquingKeysWith: { first, _ in first })
        documents = bags.map { bag in
            Document(
                topicID: bag.topicID, ask: bag.ask, weights: Self.weigh(bag.terms, idf: idf),
                grams: Self.weigh(bag.grams, idf: gramIDF), borrowed: bag.borrowed)
        }
        // Each topic as one bag of all its asks: a paraphrase that shares a word with one ask and
        // another word with a second still comes close to the topic as a whole.
        var centroids: [String: Document] = [:]
        for bag in bags {
            var document = centroids[bag.topicID] ?? Document(topicID: bag.topicID, ask: "", weights: [:], grams: [:])
            let weight = bag.borrowed ? Self.borrowedCentroidWeight : 1
            for term in bag.terms { document.weights[term, default: 0] += weight }
            for gram in bag.grams { document.grams[gram, default: 0] += weight }
            centroids[bag.topicID] = document
        }
        self.centroids = centroids.mapValues { document in
            var weighed = document
            weighed.weights = Self.unit(document.weights.mapValues { $0.squareRoot() }, idf: idf)
            weighed.grams = Self.unit(document.grams.mapValues { $0.squareRoot() }, idf: gramIDF)
            return weighed
        }
    }

    private let centroids: [String: Document]
    /// Each topic's first own ask, shown when only the way a line asks reached the topic.
    private let firstAsks: [String: String]
    private let unseenIDF: Double

    /// Inverse document frequency of every term in `documents`; terms they lack come from `falling`.
    private static func rarity(_ documents: [[String]], falling: [String: Double] = [:]) -> [String: Double] {
        var frequency: [String: Int] = [:]
        for terms in documents { for term in Set(terms) { frequency[term, default: 0] += 1 } }
        let count = Double(max(documents.count, 1))
        var idf = falling
        for (term, seen) in frequency { idf[term] = log(1 + count / Double(seen)) }
        return idf
    }

    private static func unit(_ counts: [String: Double], idf: [String: Double]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for (term, count) in counts { weights[term] = count * (idf[term] ?? 0) }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return weights.mapValues { $0 / norm }
    }

    public func match(_ text: String) -> Result {
        let line = normalizer.normalize(text)
        let tokens = line.tokens
        // A word no ask has ever used still counts against every topic: "what's your favourite
        // coffee place?" is mostly about coffee, which no topic knows, not about favourites.
        let query = Self.weigh(Self.terms(tokens), idf: idf, unseen: unseenIDF)
        let queryGrams = Self.weigh(Self.grams(tokens), idf: gramIDF, unseen: unseenIDF)
        guard !query.isEmpty || !queryGrams.isEmpty else { return Result() }
        var bestPerTopic: [String: Match] = [:]
        for document in documents {
            var words = 0.0
            for (term, weight) in query { words += weight * (document.weights[term] ?? 0) }
            var grams = 0.0
            for (gram, weight) in queryGrams { grams += weight * (document.grams[gram] ?? 0) }
            // Words decide; letter trigrams catch typos and compounds ("beekeeping", "keeping bees").
            let score = 0.75 * words + 0.25 * grams
            if score > (bestPerTopic[document.topicID]?.score ?? 0) {
                bestPerTopic[document.topicID] = Match(
                    topicID: document.topicID, score: score, ask: document.ask, borrowed: document.borrowed)
            }
        }
        for (topicID, centroid) in centroids {
            guard var match = bestPerTopic[topicID] else { continue }
            var words = 0.0
            for (term, weight) in query { words += weight * (centroid.weights[term] ?? 0) }
            var grams = 0.0
            for (gram, weight) in queryGrams { grams += weight * (centroid.grams[gram] ?? 0) }
            match.score = (1 - Self.centroidShare) * match.score + Self.centroidShare * (0.75 * words + 0.25 * grams)
            bestPerTopic[topicID] = match
        }
        for (topicID, words) in TopicIntents.matches(line) where centroids[topicID] != nil {
            var match = bestPerTopic[topicID] ?? Match(topicID: topicID, score: 0, ask: firstAsks[topicID] ?? "")
            match.score += Self.intentBonus
            match.intent = words
            bestPerTopic[topicID] = match
        }
        let ranked = bestPerTopic.values.sorted { ($0.score, $1.topicID) > ($1.score, $0.topicID) }
        let best = ranked.first.flatMap { $0.score >= threshold ? $0 : nil }
        return Result(best: best, runnerUp: ranked.dropFirst().first)
    }

    /// Letter trigrams of each content word as written, padded so short words count too.
    static func grams(_ tokens: [String]) -> [String] {
        tokens.filter { !stopwords.contains($0) }.flatMap { term -> [String] in
            let letters = Array("#" + term + "#")
            guard letters.count >= 3 else { return [] }
            return (0...(letters.count - 3)).map { String(letters[$0..<$0 + 3]) }
        }
    }

    /// Unit-length tf-idf weights.
    private static func weigh(_ terms: [String], idf: [String: Double], unseen: Double = 0) -> [String: Double] {
        var weights: [String: Double] = [:]
        for term in terms { weights[term, default: 0] += idf[term] ?? unseen }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return weights.mapValues { $0 / norm }
    }

    /// Content words, synonyms folded, stemmed; plus `~me` when the line asks about the learner's
    /// own way ("how should I get into…"), or else `~you` when it asks about the person's ("how did
    /// you get into…").
    static func terms(_ tokens: [String]) -> [String] {
        var terms: [String] = tokens.indices.compactMap { index in
            let token = tokens[index]
            guard !stopwords.contains(token) else { return nil }
            let stem = Stemmer.stem(token)
            let canonical = synonyms[token] ?? synonyms[stem] ?? stem
            // "what are you working on these days?" asks what is current, not what a day is like.
            if token == "days", index > 0, tokens[index - 1] == "these" { return "~now" }
            // "what don't you like about it?" asks about the downsides.
            if canonical == "~like", tokens[max(0, index - 3)..<index].contains(where: { $0 == "not" || $0 == "never" || $0 == "less" }) {
                return "~dislike"
            }
            return canonical
        }
        // The tense tells the person's own story ("how did you…") from where the work leads ("will
        // I…", "one day", "eventually").
        if tokens.contains(where: pastWords.contains) { terms.append("~past") }
        if tokens.contains(where: laterWords.contains) || (tokens.contains("one") && tokens.contains("day")) {
            terms.append("~later")
        }
        if tokens.contains(where: learnerWords.contains) {
            terms.append("~me")
        } else if tokens.contains(where: { $0 == "you" || $0 == "your" }) {
            terms.append("~you")
        }
        return terms
    }

    static let pastWords: Set<String> = ["did", "was", "were", "had", "became", "decided", "moved"]
    static let laterWords: Set<String> = ["someday", "eventually", "later", "future", "will", "next"]
    static let learnerWords: Set<String> = ["i", "me", "my", "someone", "somebody", "newcomer", "beginner", "student", "students"]

    static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "~day": ["day", "daily", "routine", "typical", "normal", "average", "week", "weekly", "shift", "workday", "days", "shadow", "shadowed", "shadowing", "ordinary", "usual", "usually", "weekday"],
            "~like": ["like", "enjoy", "love", "favorite", "favourite", "best", "rewarding", "satisfying", "meaningful", "excite", "exciting", "motivate", "motivated", "keeps", "worth", "gratifying", "gratify", "fulfilling", "fulfilled", "payoff", "coolest", "proud", "joy", "appeal", "appealing", "enjoyable", "fun"],
            "~dislike": ["dislike", "hate", "worst", "hardest", "frustrating", "frustrate", "annoying", "downside", "downsides", "drawback", "drawbacks", "tough", "difficult", "hard", "draining", "wear", "wears", "least", "challenge", "challenges", "challenging", "annoy", "annoys", "annoyed", "sucks", "suck", "stress", "stresses", "stressful", "unglamorous", "discouraging", "headache", "headaches", "bother", "bothers", "trying", "cons", "negatives", "pitfalls"],
            "~skill": ["skill", "skills", "ability", "abilities", "competency", "qualities", "quality", "strengths", "abilit", "capabilities", "capability", "competencies", "competence", "toolkit", "knack", "traits", "personality", "thrive", "thrives", "succeed", "succeeds", "suited", "talents", "talent"],
            "~advice": ["advice", "tip", "tips", "recommend", "recommendation", "suggest", "suggestion", "advise", "wisdom", "lessons"],
            "~trend": ["trend", "trends", "future", "change", "changes", "changing", "direction", "heading", "evolving", "evolve", "years", "ai", "shifting", "developments", "development", "innovation", "innovations", "emerging", "reshape", "reshaping", "disrupt", "disruption", "chatgpt", "automation", "automate", "automated", "outlook", "landscape", "next"],
            "~resource": ["book", "books", "podcast", "podcasts", "resource", "resources", "read", "reading", "website", "websites", "newsletter", "newsletters", "communities", "community", "association", "associations", "publications", "magazine", "videos", "talks", "organisations", "organizations", "texts", "memoir", "memoirs", "documentary", "documentaries", "lectures", "journals", "journal", "blog", "blogs", "youtube", "channels", "shelf", "informed", "conferences"],
            "~start": ["start", "started", "begin", "began", "break", "entry", "enter", "newcomer", "beginner", "starting", "first", "into", "end", "ended", "become", "became", "route", "journey", "got", "land", "landed", "road", "led", "unfolded", "story", "origin", "stumble", "stumbled", "switch", "switching", "leap", "transition", "retrain", "foot", "door", "pivot"],
            "~culture": ["culture", "environment", "atmosphere", "vibe", "coworkers", "coworker", "colleagues", "hierarchy", "hierarchical", "workplace", "collaborative", "competitive", "formal", "relaxed", "along", "stuffy", "cliquey", "morale"],
            "~pay": ["pay", "salary", "money", "compensation", "earn", "wage", "living", "remuneration", "salaries", "paycheque", "paycheck", "income", "afford", "benefits", "paid"],
            "~hours": ["hours", "overtime", "balance", "crunch", "workload", "evenings", "nights", "weekends", "flexible", "flexibility", "remote", "hybrid", "family", "vacation", "burnout", "personal"],
            "~degree": ["degree", "master", "masters", "phd", "certification", "certifications", "certificate", "credential", "credentials", "qualification", "education", "school", "bootcamp", "bootcamps", "mba", "license", "licensure", "licensed", "grad", "program", "bachelor", "bachelors", "doctorate", "diploma", "schooling", "university", "college", "exam", "exams", "qualifications", "chartered", "accredited"],
            "~exercise": ["project", "exercise", "task", "assignment", "practise", "practice", "weekend", "mini", "mock", "sample", "homework", "try"],
            "~now": ["currently", "lately", "recently", "moment", "present", "pipeline", "underway", "occupying", "nowadays"],
            "~grow": ["grow", "growth", "advance", "promotion", "path", "paths", "progression", "ladder", "lead", "later", "long", "term", "after", "promoted", "trajectory", "transferable", "exit", "senior", "ceiling"],
        ]
        var table: [String: String] = [:]
        for (canonical, words) in groups {
            for word in words { table[word] = canonical }
        }
        return table
    }()

    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "about", "is", "are",
        "was", "were", "be", "been", "am", "do", "does", "did", "you", "your", "yours", "i", "me", "my", "we", "us",
        "our", "it", "its", "this", "that", "these", "those", "there", "what", "how", "why", "when", "where", "which",
        "who", "can", "could", "would", "will", "should", "have", "has", "had", "any", "some", "if", "as", "by", "from",
        "up", "out", "just", "really", "very", "much", "more", "most", "also", "too", "not", "no", "yes", "ok",
        "so", "get", "kind", "sort", "thing", "things", "lot", "bit", "actually", "honestly", "please",
        "tell", "know", "think", "mean", "want", "wondering", "curious", "question", "questions", "someone", "people",
        "person", "part", "parts", "being", "be", "doing", "ever", "actually", "every", "good", "really", "aspect", "aspects", "them", "they", "their", "he", "she", "his", "her", "one", "all", "go", "going", "way", "well",
    ]
}
