/// What the caller knows better than the file: `score --me NAME --minutes N`.
public struct ImportOptions: Sendable, Equatable {
    /// The minutes the CLI should accept for `--minutes`.
    public static let minutesRange = 1...1440

    /// The learner's name, matched case-insensitively against the transcript's speakers.
    /// Ignored for saved sessions, which record who the learner was.
    public var me: String?
    /// The agreed slot, overriding the file's (`# minutes:`, or a session's persona slot).
    public var minutes: Int?

    public init(me: String? = nil, minutes: Int? = nil) {
        self.me = me
        self.minutes = minutes
    }
}
