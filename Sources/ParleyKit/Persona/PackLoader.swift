import Foundation
import Yams

/// Loads and validates persona packs: a directory with `pack.yaml` and one persona per `*.yaml` file.
///
/// Reading a pack runs no code and reads nothing outside the pack: only regular `*.yaml`/`*.yml`
/// files listed directly in the directory (never `..`, never a sub-directory, never through a
/// symlink), each within `PackLimits`. Nothing in the format names another file.
public enum PackLoader {
    /// A file of a pack, already read: the name inside the pack and the path diagnostics show.
    struct File {
        var name: String
        var displayPath: String
        var bytes: [UInt8]
    }

    static let manifestNames = ["pack.yaml", "pack.yml"]

    /// Loads the pack in `directory`, or throws every problem found in it.
    public static func load(directory: URL, limits: PackLimits = .standard) throws(DiagnosticError) -> Pack {
        let (pack, diagnostics) = check(directory: directory.path, limits: limits)
        guard let pack, !diagnostics.containsErrors else { throw DiagnosticError(diagnostics) }
        return pack
    }

    /// The pack in the directory at `path` (nil when it has errors) and every diagnostic, warnings included.
    public static func check(
        directory path: String, limits: PackLimits = .standard
    ) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        let (files, problems) = readDirectory(path, limits: limits)
        guard let files else { return (nil, problems) }
        let source = Pack.Source.directory(URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL)
        let (pack, diagnostics) = assemble(files, source: source, directoryLabel: path, limits: limits)
        return (pack, problems + diagnostics)
    }

    /// Checks persona files, `pack.yaml` manifests and pack directories; empty when everything is valid.
    /// A directory is checked as a whole pack, `pack.yaml` as a manifest, any other file as one persona.
    public static func validate(paths: [String], limits: PackLimits = .standard) -> [Diagnostic] {
        paths.flatMap { path -> [Diagnostic] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return [Diagnostic(file: path, message: "no such file or directory")]
            }
            if isDirectory.boolValue { return check(directory: path, limits: limits).1 }
            switch PackFileReader.bytes(atPath: path, limit: limits.maxFileBytes, followSymlinks: true) {
            case .failure(let problem):
                return [Diagnostic(file: path, message: problem.message)]
            case .success(let bytes):
                let name = (path as NSString).lastPathComponent
                if manifestNames.contains(name) { return manifest(bytes, file: path, limits: limits).1 }
                return persona(bytes, file: path, limits: limits).diagnostics
            }
        }
    }

    /// Loads one persona file on its own, outside any pack.
    public static func loadPersona(file path: String, limits: PackLimits = .standard) throws(DiagnosticError) -> Persona
    {
        switch PackFileReader.bytes(atPath: path, limit: limits.maxFileBytes, followSymlinks: true) {
        case .failure(let problem):
            throw DiagnosticError([Diagnostic(file: path, message: problem.message)])
        case .success(let bytes):
            let result = persona(bytes, file: path, limits: limits)
            guard let persona = result.persona else { throw DiagnosticError(result.diagnostics) }
            return persona
        }
    }

    /// The pack built into Parley from the repository's `personas/`; diagnostics name `personas/<file>`.
    public static func bundled() throws(DiagnosticError) -> Pack {
        try BundledPack.loaded.get()
    }

    // MARK: - Reading

    /// The pack's files, or nil when the directory cannot be used at all.
    static func readDirectory(_ path: String, limits: PackLimits) -> ([File]?, [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            return (nil, [Diagnostic(file: path, message: "cannot read the pack directory")])
        }
        let yamlNames = names.filter(isPackFileName).sorted()
        let personaCount = yamlNames.filter { !manifestNames.contains($0) }.count
        guard personaCount <= limits.maxPersonaFiles else {
            let message = "the pack has \(personaCount) persona files; the limit is \(limits.maxPersonaFiles)"
            return (nil, [Diagnostic(file: path, message: message)])
        }
        var files: [File] = []
        var diagnostics: [Diagnostic] = []
        for name in yamlNames {
            let filePath = (path as NSString).appendingPathComponent(name)
            switch PackFileReader.bytes(atPath: filePath, limit: limits.maxFileBytes) {
            case .success(let bytes): files.append(File(name: name, displayPath: filePath, bytes: bytes))
            case .failure(let problem): diagnostics.append(Diagnostic(file: filePath, message: problem.message))
            }
        }
        return (files, diagnostics)
    }

    /// `*.yaml` and `*.yml`, but not hidden files such as editors' backups.
    static func isPackFileName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return !name.hasPrefix(".") && (lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml"))
    }

    // MARK: - Building

    /// Builds a pack from its files: the manifest, then each persona, then cross-file checks.
    static func assemble(
        _ files: [File], source: Pack.Source, directoryLabel: String, limits: PackLimits
    ) -> (Pack?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let manifests = files.filter { manifestNames.contains($0.name) }
        var pack: Pack?
        switch manifests.count {
        case 0:
            diagnostics.append(
                Diagnostic(
                    file: directoryLabel, message: "missing pack.yaml (a pack needs a manifest with at least a 'name')")
            )
        case 1:
            let result = manifest(manifests[0].bytes, file: manifests[0].displayPath, limits: limits)
            pack = result.0
            diagnostics += result.1
        default:
            diagnostics.append(
                Diagnostic(file: directoryLabel, message: "both pack.yaml and pack.yml; keep only pack.yaml"))
        }

        var personas: [Persona] = []
        var firstFile: [String: String] = [:]
        for file in files where !manifestNames.contains(file.name) {
            let result = persona(file.bytes, file: file.displayPath, limits: limits)
            diagnostics += result.diagnostics
            guard let persona = result.persona else { continue }
            if let other = firstFile[persona.id] {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: result.idMark?.line, column: result.idMark?.column,
                        message: "duplicate persona id '\(persona.id)' (also in \(other))"))
                continue
            }
            firstFile[persona.id] = file.displayPath
            personas.append(persona)
        }
        if files.count == manifests.count {
            diagnostics.append(
                Diagnostic(file: directoryLabel, severity: .warning, message: "the pack has no persona files"))
        }
        guard var pack, !diagnostics.containsErrors else { return (nil, diagnostics) }
        pack.personas = personas
        pack.source = source
        return (pack, diagnostics)
    }

    static func manifest(_ bytes: [UInt8], file: String, limits: PackLimits) -> (Pack?, [Diagnostic]) {
        let (root, problems) = PackDocument.parse(bytes, file: file, limits: limits)
        guard let root else { return (nil, problems) }
        let reader = NodeReader(file: file)
        let pack = ManifestDecoder.decode(root, reader: reader)
        return (pack, sorted(reader.diagnostics))
    }

    static func persona(
        _ bytes: [UInt8], file: String, limits: PackLimits
    ) -> (persona: Persona?, idMark: Mark?, diagnostics: [Diagnostic]) {
        let (root, problems) = PackDocument.parse(bytes, file: file, limits: limits)
        guard let root else { return (nil, nil, problems) }
        let reader = NodeReader(file: file)
        let persona = PersonaDecoder.decode(root, reader: reader)
        return (persona, root.mapping?["id"]?.mark, sorted(reader.diagnostics))
    }

    /// In the order of the file, for one file's diagnostics.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}
