/// The pack compiled into Parley, so it works from any directory and from an installed binary.
///
/// Its files live in `BundledPack+Files.swift`, generated from `personas/` by `scripts/embed-personas`.
enum BundledPack {
    struct File: Sendable {
        var name: String
        var contents: String
    }

    /// Loaded once, with the same loader as any pack; diagnostics name `personas/<file>`.
    static let loaded: Result<Pack, DiagnosticError> = {
        let packFiles = files.filter { PackLoader.isPackFileName($0.name) }.map {
            PackLoader.File(name: $0.name, displayPath: "personas/\($0.name)", bytes: Array($0.contents.utf8))
        }
        let (pack, diagnostics) = PackLoader.assemble(
            packFiles, source: .bundled, directoryLabel: "personas", limits: .standard)
        guard let pack else { return .failure(DiagnosticError(diagnostics)) }
        return .success(pack)
    }()
}
