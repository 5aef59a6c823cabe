/// The personas of several packs, in pack order, named by `id` or `PACK/ID`.
///
/// A bare id that several packs use resolves to the first pack in order (the order of
/// `PackLocator`: `--pack`, `PARLEY_PACKS`, the data directory, bundled); `clashes` lists the others.
public struct PackCatalog: Sendable, Equatable {
    /// One persona with the pack it belongs to.
    public struct Entry: Sendable, Equatable {
        public var pack: Pack
        public var persona: Persona

        /// `PACK/ID`, which always names this entry unless two packs share a directory name.
        public var qualifiedID: String { "\(pack.id)/\(persona.id)" }
    }

    public var packs: [Pack]

    public init(packs: [Pack]) {
        self.packs = packs
    }

    /// Every persona, pack by pack, in file order within a pack.
    public var allPersonas: [Entry] {
        packs.flatMap { pack in pack.personas.map { Entry(pack: pack, persona: $0) } }
    }

    /// The persona named `id` or `PACK/ID`, or nil.
    public func persona(named name: String) -> Entry? {
        if let slash = name.firstIndex(of: "/") {
            let packID = String(name[..<slash])
            let personaID = String(name[name.index(after: slash)...])
            guard let pack = packs.first(where: { $0.id == packID }), let persona = pack.persona(id: personaID)
            else { return nil }
            return Entry(pack: pack, persona: persona)
        }
        return allPersonas.first { $0.persona.id == name }
    }

    /// The persona named `name`, or an error that suggests a close name.
    public func resolve(_ name: String) throws(PersonaLookupError) -> Entry {
        if let entry = persona(named: name) { return entry }
        let candidates = allPersonas.map(\.persona.id) + allPersonas.map(\.qualifiedID)
        throw .notFound(name, suggestion: KeySuggestion.closest(to: name, in: candidates))
    }

    /// Every persona that `id` could mean, the one it resolves to first; empty or one when there is no clash.
    public func clashes(for id: String) -> [Entry] {
        allPersonas.filter { $0.persona.id == id }
    }

    /// Ids used by more than one pack, each with all its entries, in catalog order.
    public var clashingIDs: [(id: String, entries: [Entry])] {
        var order: [String] = []
        var groups: [String: [Entry]] = [:]
        for entry in allPersonas {
            if groups[entry.persona.id] == nil { order.append(entry.persona.id) }
            groups[entry.persona.id, default: []].append(entry)
        }
        return order.compactMap { id in groups[id].flatMap { $0.count > 1 ? (id, $0) : nil } }
    }
}
