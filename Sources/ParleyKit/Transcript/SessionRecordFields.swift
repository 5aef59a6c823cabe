import Foundation

/// Typed access to one session record's fields, collecting a diagnostic for each missing or
/// mistyped field at the column where its key appears.
struct SessionRecordFields {
    let object: [String: Any]
    let line: TranscriptSource.Line
    let file: String
    /// The record's `type`, for messages.
    let type: String
    var diagnostics: [Diagnostic] = []

    init(_ object: [String: Any], type: String, line: TranscriptSource.Line, file: String) {
        self.object = object
        self.type = type
        self.line = line
        self.file = file
    }

    /// Reports each key that is not in `known`.
    mutating func rejectUnknownKeys(_ known: [String]) {
        for key in object.keys.sorted() where !known.contains(key) && key != "type" {
            report(key, "unknown field '\(key)' in a '\(type)' record")
        }
    }

    mutating func string(_ key: String, required: Bool = true) -> String? {
        value(key, required: required, expected: "a string") { $0 as? String }
    }

    /// A whole number (`3` or `3.0`).
    mutating func int(_ key: String, required: Bool = true) -> Int? {
        value(key, required: required, expected: "a whole number") { value in
            guard let number = SessionRecordFields.number(value), number == number.rounded(), abs(number) < 1e15 else {
                return nil
            }
            return Int(number)
        }
    }

    /// A number of seconds, at least 0.
    mutating func seconds(_ key: String, required: Bool = true) -> Double? {
        value(key, required: required, expected: "a number of seconds, 0 or more") { value in
            SessionRecordFields.number(value).flatMap { $0 >= 0 && $0.isFinite ? $0 : nil }
        }
    }

    mutating func strings(_ key: String) -> [String]? {
        value(key, required: true, expected: "an array of strings") { value in
            guard let array = value as? [Any] else { return nil }
            let strings = array.compactMap { $0 as? String }
            return strings.count == array.count ? strings : nil
        }
    }

    mutating func object(_ key: String) -> [String: Any]? {
        value(key, required: false, expected: "an object") { $0 as? [String: Any] }
    }

    /// Reports a problem with `key`'s value at the key's column.
    mutating func report(_ key: String?, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line.number, column: column(of: key), message: message))
    }

    private mutating func value<T>(_ key: String, required: Bool, expected: String, _ convert: (Any) -> T?) -> T? {
        guard let raw = object[key] else {
            if required { report(nil, "'\(type)' record is missing '\(key)'") }
            return nil
        }
        if raw is NSNull, !required { return nil }
        guard let value = convert(raw) else {
            report(key, "'\(key)' must be \(expected), not \(SessionRecordFields.describe(raw))")
            return nil
        }
        return value
    }

    /// A JSON number (not a boolean) as a Double.
    static func number(_ value: Any) -> Double? {
        guard let number = value as? NSNumber, !isBoolean(number) else { return nil }
        return number.doubleValue
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        // JSONSerialization gives booleans the Objective-C type `c` (char); numbers are never chars.
        String(cString: number.objCType) == "c"
    }

    /// What a JSON value is, for messages: `a string ("x")`, `null`, `a number (3)`.
    static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber:
            return isBoolean(number) ? "a boolean (\(number.boolValue))" : "a number (\(number))"
        case let string as String: return "a string (\"\(string.prefix(30))\")"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "\(Swift.type(of: value))"
        }
    }

    /// The column of `"key"` followed by a colon in the line, or 1.
    private func column(of key: String?) -> Int {
        guard let key else { return 1 }
        var search = line.text[...]
        while let range = search.range(of: "\"\(key)\"") {
            if search[range.upperBound...].first(where: { !$0.isWhitespace }) == ":" {
                return line.column(of: range.lowerBound)
            }
            search = search[range.upperBound...]
        }
        return 1
    }
}
