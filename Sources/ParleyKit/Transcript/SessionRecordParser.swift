import Foundation

/// Builds a `Transcript` from a session file's records, one at a time, checking their order:
/// the header first, turns numbered from 1, events after turns already read, nothing after the end.
struct SessionRecordParser {
    static let recordTypes = ["session", "turn", "warning", "note", "end"]

    let file: String
    var diagnostics: [Diagnostic] = []
    private var header: TranscriptHeader?
    private var sawRecord = false
    private var sawSession = false
    private var turns: [Turn] = []
    private var events: [TranscriptEvent] = []
    private var ending: TranscriptEnding?

    init(file: String) {
        self.file = file
    }

    mutating func read(_ value: Any, line: TranscriptSource.Line) {
        guard let object = value as? [String: Any] else {
            fail(line, "expected a JSON object (one record per line), not \(SessionRecordFields.describe(value))")
            return
        }
        guard let type = object["type"] as? String else {
            fail(line, object["type"] == nil ? "record has no 'type'" : "'type' must be a string")
            return
        }
        guard SessionRecordParser.recordTypes.contains(type) else {
            let known = SessionRecordParser.recordTypes.joined(separator: ", ")
            fail(line, "unknown record type '\(type)': expected one of \(known)")
            return
        }
        var fields = SessionRecordFields(object, type: type, line: line, file: file)
        defer { diagnostics += fields.diagnostics.sorted { ($0.column ?? 0) < ($1.column ?? 0) } }
        checkOrder(type, &fields)
        switch type {
        case "session": header = readHeader(&fields)
        case "turn": readTurn(&fields).map { turns.append($0) }
        case "warning": readWarning(&fields).map { events.append(.warning($0)) }
        case "note": readNote(&fields).map { events.append(.note($0)) }
        default: ending = readEnding(&fields)
        }
        sawRecord = true
        sawSession = sawSession || type == "session"
    }

    /// The transcript, or every problem found.
    func finish() throws(DiagnosticError) -> Transcript {
        var diagnostics = diagnostics
        if diagnostics.isEmpty, header == nil {
            diagnostics.append(Diagnostic(file: file, message: "no session header: the file holds no complete record"))
        }
        guard diagnostics.isEmpty, let header else { throw DiagnosticError(diagnostics) }
        return Transcript(format: .session, header: header, turns: turns, events: events, ending: ending)
    }

    private mutating func checkOrder(_ type: String, _ fields: inout SessionRecordFields) {
        if !sawRecord, type != "session" {
            fields.report("type", "the first record must be the session header (\"type\":\"session\"), not '\(type)'")
        } else if sawSession, type == "session" {
            fields.report("type", "a second 'session' record: a file holds one session")
        } else if ending != nil {
            fields.report("type", "'\(type)' record after the 'end' record")
        }
    }

    private mutating func fail(_ line: TranscriptSource.Line, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line.number, column: 1, message: message))
        sawRecord = true
    }

    var lastTurnNumber: Int { turns.last?.number ?? 0 }
    var lastClock: Double { turns.last?.clock ?? 0 }
}
