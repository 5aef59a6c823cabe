/// Something the persona can talk about, reached by learner lines like its `asks`.
public struct Topic: Sendable, Equatable {
    /// TIARA's categories, plus `other`.
    public enum Category: String, Sendable, Equatable, CaseIterable {
        case trends, insights, advice, resources, assignments, other
    }

    public var id: String
    public var category: Category
    /// Example learner lines that should reach this topic; never empty.
    public var asks: [String]
    /// Said in turn each time the topic is reached; the last one repeats. Never empty.
    public var replies: [Reply]

    public init(id: String, category: Category = .other, asks: [String], replies: [Reply]) {
        self.id = id
        self.category = category
        self.asks = asks
        self.replies = replies
    }
}
