/// The clock defaults of SPEC section 6, derived from what the persona file says.
extension Persona {
    /// The slot as a duration.
    public var slot: Duration { .seconds(minutes * 60) }

    /// When the persona warns that time is nearly up: `warn_before` if given; otherwise 3 minutes,
    /// or a fifth of the slot for slots under 15 minutes, doubled for a `busy` persona.
    public var effectiveWarnBefore: Duration {
        if let warnBefore { return warnBefore }
        let usual = Persona.defaultWarnBefore(minutes: minutes)
        return temperament == .busy ? usual * 2 : usual
    }

    /// How long past the slot the persona stays before leaving: `grace` if given, else 2 minutes.
    public var effectiveGrace: Duration { grace ?? Persona.defaultGrace }

    public static let defaultGrace: Duration = .seconds(120)

    /// The usual warning for a slot of this many minutes, before any temperament adjustment.
    /// Also used for imported transcripts (SPEC section 7).
    public static func defaultWarnBefore(minutes: Int) -> Duration {
        minutes < 15 ? .seconds(minutes * 60) / 5 : .seconds(180)
    }
}
