import Foundation

/// Where sessions are saved when the learner names no file.
extension SessionWriter {
    /// `<directory>/<yyyy-mm-dd-HHMMSS>-<persona>.jsonl` in `timeZone`; from `attempt` 2 on, a
    /// `-<attempt>` suffix before the extension. Without a persona the name ends in `-session`.
    public static func defaultURL(
        in directory: URL, personaID: String?, started: Date, timeZone: TimeZone = .current, attempt: Int = 1
    ) -> URL {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: started)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        let stamp =
            "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))-"
            + "\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
        let suffix = attempt > 1 ? "-\(attempt)" : ""
        return directory.appendingPathComponent("\(stamp)-\(fileNamePart(personaID))\(suffix).jsonl")
    }

    /// Starts a session in `paths.sessions` at the first free `defaultURL`, never replacing a file:
    /// each attempt is an exclusive create, so two sessions started in the same second both survive.
    public static func createInSessions(
        _ paths: ParleyPaths = ParleyPaths(), header: TranscriptHeader, timeZone: TimeZone = .current
    ) throws(SessionWriterError) -> SessionWriter {
        let started = header.started ?? Date()
        var attempt = 1
        while true {
            let url = defaultURL(
                in: paths.sessions, personaID: header.persona?.id, started: started, timeZone: timeZone,
                attempt: attempt)
            do {
                return try SessionWriter(url: url, header: header, creation: .newFile)
            } catch .alreadyExists where attempt < maximumAttempts {
                attempt += 1
            }
        }
    }

    private static let maximumAttempts = 1000

    /// A persona id made safe for a file name: lowercase letters, digits and single dashes.
    static func fileNamePart(_ personaID: String?) -> String {
        var part = ""
        for scalar in (personaID ?? "").lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                part.unicodeScalars.append(scalar)
            } else if !part.isEmpty, !part.hasSuffix("-") {
                part += "-"
            }
        }
        while part.hasSuffix("-") { part.removeLast() }
        return part.isEmpty ? "session" : String(part.prefix(60))
    }
}
