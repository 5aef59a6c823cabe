import Foundation

/// The repository this test target sits in, for tests that read its docs and personas.
enum Repository {
    /// Tests/ParleyKitTests/Support/Repository.swift, four levels below the root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file or folder by its path from the root, such as "docs/rubric.md".
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
