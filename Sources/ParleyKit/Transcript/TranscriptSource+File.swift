import Foundation

/// Reading a transcript file from disk.
extension TranscriptSource {
    /// The file's text; a missing, unreadable, oversized or binary file is an error naming it.
    static func read(path: String) throws(DiagnosticError) -> TranscriptSource {
        func fail(_ message: String) -> DiagnosticError { DiagnosticError([Diagnostic(file: path, message: message)]) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a transcript file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumBytes {
            throw fail("file is too large for a transcript (over \(maximumBytes / 1024 / 1024) MB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail("cannot read the file (permission denied?)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw fail("cannot read the file: \(error.localizedDescription)")
        }
        return try decode(data, file: path)
    }
}
