import Foundation

/// A persona pack: a manifest (`pack.yaml`) and the personas beside it.
public struct Pack: Sendable, Equatable {
    /// Where a pack was loaded from.
    public enum Source: Sendable, Equatable, Hashable {
        case directory(URL)
        /// The pack embedded in the binary, built from the repository's `personas/`.
        case bundled
    }

    public var name: String
    public var version: String?
    public var author: String?
    public var description: String?
    public var rubric: Rubric
    /// In file-name order.
    public var personas: [Persona]
    public var source: Source

    public init(
        name: String, version: String? = nil, author: String? = nil, description: String? = nil,
        rubric: Rubric = Rubric(), personas: [Persona] = [], source: Source
    ) {
        self.name = name
        self.version = version
        self.author = author
        self.description = description
        self.rubric = rubric
        self.personas = personas
        self.source = source
    }

    /// The name used in `PACK/ID`: the directory's last path component, or `bundled`.
    public var id: String {
        switch source {
        case .directory(let url): url.standardizedFileURL.lastPathComponent
        case .bundled: "bundled"
        }
    }

    public func persona(id: String) -> Persona? {
        personas.first { $0.id == id }
    }
}
