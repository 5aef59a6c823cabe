/// Someone the persona suggests when the learner asks who else to talk to.
public struct Referral: Sendable, Equatable {
    public var name: String
    public var role: String
    /// What the persona says when giving this referral.
    public var reply: String

    public init(name: String, role: String, reply: String) {
        self.name = name
        self.role = role
        self.reply = reply
    }
}
