import ParleyKit

/// `parley practice` without a persona, at a terminal: a numbered list to choose from.
struct PersonaChooser {
    let catalog: PackCatalog
    let reader: any LineReader
    let console: Console

    /// The chosen persona, or nil when the learner leaves (Ctrl-D, or Ctrl-C on an empty line).
    func choose() -> PackCatalog.Entry? {
        let table = PersonaTable(catalog: catalog)
        let entries = catalog.allPersonas
        let ids = entries.map(table.displayID)
        console.print("Who would you like to talk to?")
        for (index, entry) in entries.enumerated() {
            let persona = entry.persona
            let number = String(index + 1).count < 2 ? " \(index + 1)" : "\(index + 1)"
            console.print(
                "  \(number). " + console.style.bold(ids[index]) + " — \(persona.name), \(persona.role) · \(persona.minutes) min · \(persona.temperament.rawValue)")
        }
        let previous = reader.completer
        reader.completer = { text in Completion.matching(text, among: ids) }
        defer { reader.completer = previous }
        while true {
            switch reader.readLine(prompt: console.style.prompt("number or id (Enter for 1) › ")) {
            case .end, .interrupt(discarded: ""):
                return nil
            case .interrupt:
                continue
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { return entries[0] }
                if let number = Int(text), (1...entries.count).contains(number) { return entries[number - 1] }
                if let index = ids.firstIndex(of: text) { return entries[index] }
                if let entry = try? catalog.resolve(text) { return entry }
                console.print("No persona '\(text)'. Type a number from 1 to \(entries.count), or an id (Tab completes).")
            }
        }
    }
}
