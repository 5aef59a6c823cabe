import ArgumentParser
import Foundation
import ParleyKit

/// `--script FILE`: the learner's lines, one per turn. Blank lines are skipped; lines starting with
/// `/` are slash-commands, as at the prompt.
enum ScriptFile {
    static let maximumBytes = 1 << 20

    /// The script's lines; a problem is printed as `file:line:col: error: …` and exits 1.
    static func lines(at path: String, console: Console) throws -> [String] {
        do {
            return try read(path)
        } catch {
            DiagnosticPrinter(console: console).print(error.diagnostics)
            throw ExitCode(1)
        }
    }

    static func read(_ path: String) throws(DiagnosticError) -> [String] {
        func fail(_ message: String, _ line: Int? = nil, _ column: Int? = nil) -> DiagnosticError {
            DiagnosticError([Diagnostic(file: path, line: line, column: column, message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a script of learner lines") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot read the file") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        guard data.count <= maximumBytes else {
            throw fail("the script is larger than 1 MiB; a script holds one learner line per turn")
        }
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw fail("the file holds binary data (a NUL byte), not lines of text", line, column) }
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            case .emptyInput: break decoding
            case .error: throw fail("the file is not UTF-8 text (invalid byte sequence)", line, column)
            }
        }
        return String(decoding: data, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
