/// One of a topic's replies.
public struct Reply: Sendable, Equatable {
    public var text: String
    /// The spoken length of the whole answer this text stands for; nil means "count the words".
    public var duration: Duration?

    public init(text: String, duration: Duration? = nil) {
        self.text = text
        self.duration = duration
    }
}
