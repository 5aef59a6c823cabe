import Yams

/// Reads `pack.yaml`: the pack's name, details and rubric.
enum ManifestDecoder {
    static let keys = ["name", "version", "author", "description", "rubric"]
    static let rubricKeys = ["weights", "phrases"]

    /// A pack without personas or source yet, or nil when the reader recorded any error.
    static func decode(_ root: Node, reader: NodeReader) -> Pack? {
        let errorsBefore = reader.errorCount
        guard let fields = reader.fields(root, of: "pack.yaml", allowed: keys, required: ["name"]) else { return nil }
        let name = reader.string(fields, "name")
        let version = reader.string(fields, "version")
        let author = reader.string(fields, "author")
        let description = reader.string(fields, "description")
        let rubric = fields["rubric"].map { Self.rubric($0, reader: reader) }
        guard reader.errorCount == errorsBefore, let name else { return nil }
        return Pack(
            name: name, version: version, author: author, description: description,
            rubric: (rubric ?? nil) ?? Rubric(), source: .bundled)
    }

    static func rubric(_ node: Node, reader: NodeReader) -> Rubric? {
        guard let fields = reader.fields(node, of: "'rubric'", allowed: rubricKeys, required: []) else { return nil }
        var rubric = Rubric()
        if let weights = fields["weights"] {
            for (criterion, value) in namedEntries(
                weights, key: "weights", names: Rubric.criterionIDs, noun: "criterion", reader: reader)
            {
                rubric.weights[criterion] = reader.integer(value, key: criterion, in: 0...Int.max)
            }
        }
        if let phrases = fields["phrases"] {
            for (signal, value) in namedEntries(
                phrases, key: "phrases", names: Rubric.signalNames, noun: "signal", reader: reader)
            {
                rubric.phrases[signal] = reader.stringList(value, key: signal, nonEmpty: true)
            }
        }
        return rubric
    }

    /// The entries of a map whose keys must come from `names`.
    private static func namedEntries(
        _ node: Node, key: String, names: [String], noun: String, reader: NodeReader
    ) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            reader.error("expected a map for '\(key)', found \(NodeReader.kind(of: node))", at: node)
            return []
        }
        return mapping.compactMap { entry in
            guard let name = entry.key.scalar?.string, names.contains(name) else {
                let name = entry.key.scalar?.string ?? NodeReader.kind(of: entry.key)
                reader.error(NodeReader.unknown(noun, name, allowed: names), at: entry.key)
                return nil
            }
            return (name, entry.value)
        }
    }
}
