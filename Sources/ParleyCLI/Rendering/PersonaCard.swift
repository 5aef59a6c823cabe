import Foundation
import ParleyKit

/// A persona's briefing card: who they are, what research would have found, what to ask about.
struct PersonaCard {
    let entry: PackCatalog.Entry

    func text(style: TerminalStyle, width: Int) -> String {
        let persona = entry.persona
        var lines: [String] = []
        lines.append(style.bold(persona.name) + " — \(persona.role), \(persona.organization)")
        lines.append(style.dim(
            "\(persona.field) · \(persona.minutes)-minute slot · \(persona.temperament.rawValue) · pack \(entry.pack.id)"))
        lines.append("")
        lines.append(style.bold("Briefing"))
        lines.append(TextWrap.wrap(TextWrap.reflow(persona.briefing), width: width, indent: "  "))
        lines.append("")
        lines.append(style.bold("What \(persona.name.split(separator: " ").first.map(String.init) ?? persona.name) can talk about"))
        for topic in persona.topics {
            let example = topic.asks.first.map { " — e.g. \"\($0)\"" } ?? ""
            let category = topic.category == .other ? "" : " (\(topic.category.rawValue))"
            lines.append(TextWrap.wrap(topic.id + category + example, width: width, indent: "  "))
        }
        if !persona.referrals.isEmpty {
            lines.append("")
            let count = persona.referrals.count
            lines.append("They know \(count) \(count == 1 ? "person" : "people") worth talking to — ask, and they may introduce you.")
        }
        return lines.joined(separator: "\n")
    }
}
