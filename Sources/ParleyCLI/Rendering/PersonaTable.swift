import ParleyKit

/// The personas of a catalog as a readable table, or as JSON for scripts.
struct PersonaTable {
    let catalog: PackCatalog

    /// The name a learner types: the bare id, or PACK/ID when another pack has the same id.
    func displayID(_ entry: PackCatalog.Entry) -> String {
        catalog.clashes(for: entry.persona.id).count > 1 ? entry.qualifiedID : entry.persona.id
    }

    /// - Parameter width: the terminal's columns; role and organization are shortened to fit. Nil: never shorten.
    func text(style: TerminalStyle, width: Int? = nil) -> String {
        let header = ["ID", "NAME", "ROLE", "ORGANIZATION", "MIN", "PACK"]
        let allRows = catalog.allPersonas.map { entry in
            [displayID(entry), entry.persona.name, entry.persona.role, entry.persona.organization,
             String(entry.persona.minutes), entry.pack.id]
        }
        guard !allRows.isEmpty else { return "No personas found." }
        var widths = header.indices.map { column in ([header] + allRows).map { $0[column].count }.max() ?? 0 }
        if let width {
            // Shorten the longer of role (2) and organization (3) until the table fits.
            while widths.reduce(2 * (widths.count - 1), +) > width {
                let column = widths[2] >= widths[3] ? 2 : 3
                guard widths[column] > 12 else { break }
                widths[column] -= 1
            }
        }
        let rows = allRows.map { row in
            row.enumerated().map { index, cell in
                cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let gap = String(repeating: " ", count: widths[index] - cell.count)
                if index == 4 { return gap + cell }  // minutes, right-aligned
                return index == cells.count - 1 ? cell : cell + gap
            }.joined(separator: "  ")
        }
        return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
    }

    func json() -> String {
        let items = catalog.allPersonas.map { entry in
            JSONValue.object([
                ("id", .string(displayID(entry))),
                ("name", .string(entry.persona.name)),
                ("role", .string(entry.persona.role)),
                ("organization", .string(entry.persona.organization)),
                ("field", .string(entry.persona.field)),
                ("minutes", .int(entry.persona.minutes)),
                ("temperament", .string(entry.persona.temperament.rawValue)),
                ("pack", .string(entry.pack.id)),
            ])
        }
        return JSONValue.array(items).rendered(pretty: true)
    }
}
