import Foundation

/// A transcript file's text, checked to be text and split into numbered lines.
struct TranscriptSource {
    /// One line without its line break.
    struct Line {
        /// 1-based.
        var number: Int
        var text: Substring

        /// The 1-based column of `index` in this line, counted in Unicode scalars.
        func column(of index: String.Index) -> Int {
            text.unicodeScalars[text.startIndex..<index].count + 1
        }

        var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    }

    /// The largest transcript Parley reads; a two-hour call's captions are a few hundred kilobytes.
    static let maximumBytes = 16 * 1024 * 1024

    var file: String
    var text: String
    var lines: [Line]
    /// Whether the last line ends with a line break (a torn session line does not).
    var endsWithLineBreak: Bool

    /// Splits `text` at `\n`, `\r\n` or `\r`; a leading byte-order mark is dropped.
    init(text: String, file: String) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        self.file = file
        self.text = text
        var lines: [Line] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(Line(number: lines.count + 1, text: text[start..<index]))
                start = next
            }
            index = next
        }
        endsWithLineBreak = start == text.endIndex
        if start < text.endIndex { lines.append(Line(number: lines.count + 1, text: text[start...])) }
        self.lines = lines
    }

    /// Decodes a file's bytes: UTF-8 (or UTF-16 with a byte-order mark). Empty files, NUL bytes
    /// and invalid UTF-8 are errors naming the place.
    static func decode(_ data: Data, file: String) throws(DiagnosticError) -> TranscriptSource {
        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> DiagnosticError {
            DiagnosticError([Diagnostic(file: file, line: line, column: column, message: message)])
        }
        guard data.count <= maximumBytes else {
            throw fail("file is too large for a transcript (over \(maximumBytes / 1024 / 1024) MB)")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw fail("file is not valid UTF-16 text") }
            return try checked(TranscriptSource(text: text, file: file))
        }
        let bytes = [UInt8](data)
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    throw fail("file is binary, not a transcript (it contains a NUL byte)", line: line, column: column)
                }
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            case .emptyInput: break decoding
            case .error: throw fail("file is not UTF-8 text (invalid byte sequence)", line: line, column: column)
            }
        }
        return try checked(TranscriptSource(text: String(decoding: bytes, as: UTF8.self), file: file))
    }

    private static func checked(_ source: TranscriptSource) throws(DiagnosticError) -> TranscriptSource {
        guard !source.text.allSatisfy(\.isWhitespace) else {
            throw DiagnosticError([Diagnostic(file: source.file, message: "file is empty")])
        }
        if source.text.unicodeScalars.contains("\0") {
            throw DiagnosticError([
                Diagnostic(file: source.file, message: "file is binary, not a transcript (it contains a NUL byte)")
            ])
        }
        return source
    }

    /// The first line with something on it.
    var firstContentLine: Line? { lines.first { !$0.isBlank } }
}
