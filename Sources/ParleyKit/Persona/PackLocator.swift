import Foundation

/// Finds packs in SPEC order: `--pack` directories, `PARLEY_PACKS`, every directory under
/// `$XDG_DATA_HOME/parley/packs` (default `~/.local/share/parley/packs`), then the bundled pack.
public struct PackLocator: Sendable {
    /// Directories given with `--pack`, in order.
    public var packDirectories: [String]
    public var environment: [String: String]
    public var limits: PackLimits

    public init(
        packDirectories: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
        limits: PackLimits = .standard
    ) {
        self.packDirectories = packDirectories
        self.environment = environment
        self.limits = limits
    }

    /// Where a pack directory was found.
    public enum Origin: Sendable, Equatable {
        case option, environment, dataHome
    }

    /// The pack directories to load, in order, without the bundled pack; the same directory appears once.
    public func directories() -> [(path: String, origin: Origin)] {
        var found: [(String, Origin)] = packDirectories.map { ($0, .option) }
        let fromEnvironment = (environment["PARLEY_PACKS"] ?? "").split(separator: ":").map(String.init)
        found += fromEnvironment.map { ($0, .environment) }
        let packsHome = ParleyPaths(environment: environment).packs.path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packsHome)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (packsHome as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                found.append((path, .dataHome))
            }
        }
        var seen: Set<String> = []
        return found.filter { seen.insert(Self.canonical($0.0)).inserted }
    }

    /// Every pack that loads, bundled last, with the diagnostics of those that do not.
    /// A missing `--pack` directory is an error; a missing `PARLEY_PACKS` entry only a warning.
    public func locate() -> (packs: [Pack], diagnostics: [Diagnostic]) {
        var packs: [Pack] = []
        var diagnostics: [Diagnostic] = []
        for (path, origin) in directories() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                let severity: Diagnostic.Severity = origin == .option ? .error : .warning
                let from = origin == .option ? "--pack" : "PARLEY_PACKS"
                diagnostics.append(
                    Diagnostic(file: path, severity: severity, message: "no such pack directory (from \(from))"))
                continue
            }
            let (pack, problems) = PackLoader.check(directory: path, limits: limits)
            diagnostics += problems
            if let pack { packs.append(pack) }
        }
        do {
            packs.append(try PackLoader.bundled())
        } catch {
            diagnostics += error.diagnostics
        }
        return (packs, diagnostics)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
