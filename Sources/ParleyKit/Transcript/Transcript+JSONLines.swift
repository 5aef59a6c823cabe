/// A whole transcript as a session file's lines, e.g. to save an imported transcript as a session.
extension Transcript {
    /// The records in file order: the header, each turn followed by the events after it, the end.
    /// Each string is one line, without its newline.
    public func sessionLines() -> [String] {
        var lines = [SessionRecord.header(header).rendered()]
        let lastTurn = turns.last?.number ?? 0
        func appendEvents(where include: (Int) -> Bool) {
            for event in events where include(event.afterTurn) {
                lines.append(SessionRecord.event(event).rendered())
            }
        }
        appendEvents { $0 <= 0 }
        for turn in turns {
            lines.append(SessionRecord.turn(turn).rendered())
            appendEvents { $0 == turn.number }
        }
        appendEvents { $0 > lastTurn }
        if let ending { lines.append(SessionRecord.ending(ending).rendered()) }
        return lines
    }

    /// `sessionLines()` joined, each line ending in a newline.
    public func sessionText() -> String {
        sessionLines().map { $0 + "\n" }.joined()
    }
}
