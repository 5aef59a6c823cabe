import Foundation

/// Matches a learner's line to the topic whose example asks it means: tf-idf cosine over stemmed
/// words with field synonyms folded together, mixing each topic's closest ask with all its asks
/// taken together. Below `threshold` the line
/// reaches no topic, and the persona answers with small talk or its fallback.
public struct TopicMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var topicID: String
        public var score: Double
        /// The example ask that scored best.
        public var ask: String
    }

    /// The best topic, if any clears the threshold, and the runner-up for explanations.
    public struct Result: Sendable, Equatable {
        public var best: Match?
        public var runnerUp: Match?
    }

    public static let defaultThreshold = 0.3
    /// How much of a topic's score comes from all its asks together rather than its closest ask.
    static let centroidShare = 0.6

    private struct Document: Sendable {
        var topicID: String
        var ask: String
        var weights: [String: Double]
        var grams: [String: Double]
    }

    private let documents: [Document]
    private let idf: [String: Double]
    private let gramIDF: [String: Double]
    private let threshold: Double
    private let normalizer = TextNormalizer()

    public init(topics: [(id: String, asks: [String])], threshold: Double = TopicMatcher.defaultThreshold) {
        let normalizer = TextNormalizer()
        let bags = topics.flatMap { topic in
            topic.asks.map { ask -> (String, String, [String], [String]) in
                let tokens = normalizer.normalize(ask).tokens
                return (topic.id, ask, Self.terms(tokens), Self.grams(tokens))
            }
        }
        var frequency: [String: Int] = [:]
        for (_, _, terms, _) in bags { for term in Set(terms) { frequency[term, default: 0] += 1 } }
        let count = Double(max(bags.count, 1))
        var idf: [String: Double] = [:]
        for (term, seen) in frequency { idf[term] = log(1 + count / Double(seen)) }
        var gramFrequency: [String: Int] = [:]
        for (_, _, _, grams) in bags { for gram in Set(grams) { gramFrequency[gram, default: 0] += 1 } }
        var gramIDF: [String: Double] = [:]
        for (gram, seen) in gramFrequency { gramIDF[gram] = log(1 + count / Double(seen)) }
        self.idf = idf
        self.gramIDF = gramIDF
        self.threshold = threshold
        documents = bags.map { topicID, ask, terms, grams in
            Document(
                topicID: topicID, ask: ask, weights: Self.weigh(terms, idf: idf), grams: Self.weigh(grams, idf: gramIDF))
        }
        // Each topic as one bag of all its asks: a paraphrase that shares a word with one ask and
        // another word with a second still comes close to the topic as a whole.
        var centroids: [String: Document] = [:]
        for (topicID, _, terms, grams) in bags {
            var document = centroids[topicID] ?? Document(topicID: topicID, ask: "", weights: [:], grams: [:])
            for term in terms { document.weights[term, default: 0] += 1 }
            for gram in grams { document.grams[gram, default: 0] += 1 }
            centroids[topicID] = document
        }
        self.centroids = centroids.mapValues { document in
            var weighed = document
            weighed.weights = Self.unit(document.weights.mapValues { $0.squareRoot() }, idf: idf)
            weighed.grams = Self.unit(document.grams.mapValues { $0.squareRoot() }, idf: gramIDF)
            return weighed
        }
    }

    private let centroids: [String: Document]

    private static func unit(_ counts: [String: Double], idf: [String: Double]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for (term, count) in counts { weights[term] = count * (idf[term] ?? 0) }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return weights.mapValues { $0 / norm }
    }

    public func match(_ text: String) -> Result {
        let tokens = normalizer.normalize(text).tokens
        let query = Self.weigh(Self.terms(tokens), idf: idf)
        let queryGrams = Self.weigh(Self.grams(tokens), idf: gramIDF)
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
                bestPerTopic[document.topicID] = Match(topicID: document.topicID, score: score, ask: document.ask)
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
    private static func weigh(_ terms: [String], idf: [String: Double]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for term in terms { weights[term, default: 0] += idf[term] ?? 0 }
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { return [:] }
        return weights.mapValues { $0 / norm }
    }

    /// Content words, synonyms folded, stemmed; plus `~me` when the line asks about the learner's
    /// own way ("how should I get into…") rather than the person's ("how did you get into…").
    static func terms(_ tokens: [String]) -> [String] {
        var terms: [String] = tokens.indices.compactMap { index in
            let token = tokens[index]
            guard !stopwords.contains(token) else { return nil }
            let stem = Stemmer.stem(token)
            let canonical = synonyms[token] ?? synonyms[stem] ?? stem
            // "what don't you like about it?" asks about the downsides.
            if canonical == "~like", tokens[max(0, index - 3)..<index].contains(where: { $0 == "not" || $0 == "never" }) {
                return "~dislike"
            }
            return canonical
        }
        if tokens.contains(where: learnerWords.contains) { terms.append("~me") }
        return terms
    }

    static let learnerWords: Set<String> = ["i", "me", "my", "someone", "somebody", "newcomer", "beginner", "student", "students"]

    static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "~day": ["day", "daily", "routine", "typical", "normal", "average", "week", "weekly", "shift", "workday", "days"],
            "~like": ["like", "enjoy", "love", "favorite", "favourite", "best", "rewarding", "satisfying", "meaningful", "excite", "exciting", "motivate", "motivated", "keeps", "worth"],
            "~dislike": ["dislike", "hate", "worst", "hardest", "frustrating", "frustrate", "annoying", "downside", "downsides", "drawback", "drawbacks", "tough", "difficult", "hard", "draining", "wear", "wears", "least", "challenge", "challenges", "challenging"],
            "~skill": ["skill", "skills", "ability", "abilities", "competency", "qualities", "quality", "strengths", "abilit"],
            "~advice": ["advice", "tip", "tips", "recommend", "recommendation", "suggest", "suggestion", "advise"],
            "~trend": ["trend", "trends", "future", "change", "changes", "changing", "direction", "heading", "evolving", "evolve", "years", "ai", "shifting"],
            "~resource": ["book", "books", "podcast", "podcasts", "resource", "resources", "read", "reading", "website", "websites", "newsletter", "newsletters", "communities", "community", "association", "associations", "publications", "magazine", "videos", "talks", "organisations", "organizations"],
            "~start": ["start", "started", "begin", "began", "break", "entry", "enter", "newcomer", "beginner", "starting", "first", "into", "end", "ended", "become", "became", "route", "journey", "got"],
            "~culture": ["culture", "environment", "atmosphere", "vibe"],
            "~pay": ["pay", "salary", "money", "compensation", "earn", "wage", "living"],
            "~hours": ["hours", "overtime", "balance", "crunch", "workload", "evenings", "nights", "weekends"],
            "~degree": ["degree", "master", "masters", "phd", "certification", "certifications", "certificate", "credential", "credentials", "qualification", "education", "school", "bootcamp", "bootcamps", "mba", "license", "licensure", "licensed", "grad", "program"],
            "~exercise": ["project", "exercise", "task", "assignment", "practise", "practice", "weekend", "mini"],
            "~grow": ["grow", "growth", "advance", "promotion", "path", "paths", "progression", "ladder", "lead", "later", "long", "term", "after"],
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
        "person", "part", "parts", "being", "be", "doing", "actually", "every", "good", "really", "aspect", "aspects", "them", "they", "their", "he", "she", "his", "her", "one", "all", "go", "going", "way", "well",
    ]
}
