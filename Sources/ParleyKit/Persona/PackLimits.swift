/// Bounds on what a pack may make Parley read, because packs come from third parties.
public struct PackLimits: Sendable, Equatable {
    /// A file larger than this is refused before it is parsed (1 MiB).
    public var maxFileBytes = 1 << 20
    /// Collections nested deeper than this are refused (a persona needs 6).
    public var maxDepth = 32
    /// YAML nodes per file, counting what aliases expand to.
    public var maxNodes = 100_000
    /// `*alias` references per file; anchors themselves are free.
    public var maxAliases = 16
    /// Persona files (`*.yaml`, `*.yml` besides the manifest) per pack directory.
    public var maxPersonaFiles = 200

    public init() {}

    public static let standard = PackLimits()
}
