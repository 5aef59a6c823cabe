/// How one criterion came out for one conversation.
public struct Verdict: Sendable, Equatable {
    public var criterion: Criterion
    public var passed: Bool
    public var weight: Int
    /// The transcript turns (1-based, all speakers) that decided it, in order.
    public var evidence: [Int]
    /// For a failed criterion, what to do next time; nil when it passed.
    public var advice: String?

    public init(criterion: Criterion, passed: Bool, weight: Int, evidence: [Int] = [], advice: String? = nil) {
        self.criterion = criterion
        self.passed = passed
        self.weight = weight
        self.evidence = Array(Set(evidence)).sorted()
        self.advice = passed ? nil : advice
    }
}
