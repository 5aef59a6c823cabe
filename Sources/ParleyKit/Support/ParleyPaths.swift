import Foundation

/// Where Parley keeps the learner's files, following the XDG base directories.
public struct ParleyPaths: Sendable, Equatable {
    /// `$XDG_DATA_HOME/parley` (default `~/.local/share/parley`): sessions and installed packs.
    public var data: URL
    /// `$XDG_STATE_HOME/parley` (default `~/.local/state/parley`): line-editing history.
    public var state: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> URL {
            // The XDG spec says relative paths in these variables are invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        data = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("parley", isDirectory: true)
        state = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("parley", isDirectory: true)
    }

    public var history: URL { state.appendingPathComponent("history") }
    public var sessions: URL { data.appendingPathComponent("sessions", isDirectory: true) }
    public var packs: URL { data.appendingPathComponent("packs", isDirectory: true) }
}
