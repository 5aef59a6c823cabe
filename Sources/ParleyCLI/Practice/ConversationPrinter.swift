import ParleyKit

/// How a practice conversation looks on screen: the briefing card, each turn with the clock, and
/// the clock itself. Learner lines typed at a terminal are already on screen; lines from a script
/// or a pipe are echoed the same way, so the output reads as the conversation.
struct ConversationPrinter {
    let console: Console
    let width: Int

    var style: TerminalStyle { console.style }

    /// The prompt: the clock, then `you ›`.
    func prompt(_ conversation: Conversation) -> String {
        "[\(ClockText.format(conversation.clock)) / \(ClockText.format(conversation.slotSeconds))] you › "
    }

    func briefing(_ entry: PackCatalog.Entry, savingTo path: String?) {
        let persona = entry.persona
        console.print(style.bold(persona.name) + " — \(persona.role), \(persona.organization)")
        console.print(style.dim("\(persona.field) · \(persona.minutes)-minute call · pack \(entry.pack.id)"))
        console.print("")
        console.print(TextWrap.wrap(TextWrap.reflow(persona.briefing), width: width, indent: "  "))
        console.print("")
        var how = "You have \(persona.minutes) minutes. Type your side of the conversation; /hint suggests a next move, /time shows the clock, /end finishes and scores."
        if let path { how += " Saving to \(path)." }
        console.print(style.dim(TextWrap.wrap(how, width: width)))
        console.print("")
    }

    func show(_ turn: Turn, conversation: Conversation, echo: Bool) {
        switch turn.speaker {
        case .learner:
            guard echo else { return }
            let clock = "[\(ClockText.format(turn.clock)) / \(ClockText.format(conversation.slotSeconds))]"
            console.print(hanging(style.dim(clock) + " " + style.bold("you ›"), plainPrefix: clock + " you ›", turn.text))
        case .persona:
            let clock = "[\(ClockText.format(turn.clock))]"
            console.print(hanging(style.dim(clock) + " " + style.cyan(style.bold(turn.name + " ›")), plainPrefix: clock + " " + turn.name + " ›", turn.text))
            console.print("")
        }
    }

    /// A slash-command read from a script or a pipe, shown as if typed at the prompt.
    func echoCommand(_ text: String, conversation: Conversation) {
        console.print(style.dim(prompt(conversation) + text))
    }

    /// `/time`: where the clock stands, and what the persona will do when.
    func time(_ conversation: Conversation) -> String {
        let first = conversation.persona.name.split(separator: " ").first.map(String.init) ?? conversation.persona.name
        let used = ClockText.format(conversation.clock)
        let slot = ClockText.format(conversation.slotSeconds)
        var text = "\(used) used of the \(slot) agreed"
        let left = conversation.remaining
        text += left > 0 ? " · \(ClockText.spoken(left)) left." : " · \(ClockText.spoken(-left)) over."
        if let warning = conversation.events.lazy.compactMap({ if case .warning(let w) = $0 { w } else { nil } }).first {
            text += " \(first) mentioned the time at \(ClockText.format(warning.clock))."
        } else {
            let warnAt = conversation.slotSeconds - conversation.warnBeforeSeconds
            text += " \(first) will mention the time at \(ClockText.format(warnAt))."
        }
        let leaveAt = conversation.slotSeconds + conversation.graceSeconds
        text += " If you run on, \(first) leaves at \(ClockText.format(leaveAt))."
        return text
    }

    private func hanging(_ prefix: String, plainPrefix: String, _ text: String) -> String {
        TextWrap.hanging(prefix, plainPrefix: plainPrefix, text, width: width)
    }
}
