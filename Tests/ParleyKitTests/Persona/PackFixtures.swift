import Foundation

@testable import ParleyKit

/// Temporary pack directories and persona texts for the persona tests.
enum PackFixtures {
    /// A fresh empty directory, removed by the caller's `defer`.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-persona-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `files` (name → text) into a new pack directory inside `parent`.
    @discardableResult
    static func pack(in parent: URL, named name: String, files: [String: String]) throws -> URL {
        let directory = parent.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (file, text) in files {
            try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return directory
    }

    static let manifest = "name: Test pack\n"

    /// A minimal valid persona with the given id.
    static func persona(id: String, name: String = "Sam Lee") -> String {
        """
        id: \(id)
        name: \(name)
        role: Data Analyst
        organization: Northwind
        field: Retail analytics
        minutes: 20
        briefing: Sam has worked at Northwind for two years.
        greeting: Hi, I'm Sam.
        topics:
          - id: day-to-day
            asks:
              - What is a typical day like?
            replies:
              - Mostly SQL and meetings.

        """
    }

    /// Validates `text` as a lone persona file and returns the diagnostics' descriptions,
    /// with the temporary path replaced by `p.yaml`.
    static func problems(persona text: String, file: String = "p.yaml") throws -> [String] {
        let directory = try temporaryDirectory()
        defer { remove(directory) }
        let path = directory.appendingPathComponent(file).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return PackLoader.validate(paths: [path]).map {
            $0.description.replacingOccurrences(of: directory.path + "/", with: "")
        }
    }
}
