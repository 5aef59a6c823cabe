import Foundation

/// Writes a practice session to a JSON Lines file as it happens (docs/transcripts.md).
///
/// The file is created owner-only (0600) in one `open(2)`, opened for appending, and each record
/// is a single `write(2)` of a whole line. Learner turns, the header and the end record are also
/// `fsync`ed before the call returns, so a crash, a kill or a closed terminal loses at most the
/// line being typed.
public final class SessionWriter {
    /// What to do when the file already exists.
    public enum Creation: Sendable, Equatable {
        /// Fail if the file exists (`O_EXCL`): the default, and always used for the sessions directory.
        case newFile
        /// Truncate an existing file (`O_TRUNC`), for a path the learner named with `--save-to`.
        /// The file is made 0600 before anything is written to it.
        case replacing
    }

    public let url: URL
    private var descriptor: Int32
    private var lastTurn = 0

    /// Creates the file (and any missing parent directories, 0700) and writes the header line.
    public init(url: URL, header: TranscriptHeader, creation: Creation = .newFile) throws(SessionWriterError) {
        self.url = url
        try SessionWriter.makeDirectories(url.deletingLastPathComponent())
        descriptor = try SessionWriter.openFile(url.path, creation: creation)
        SessionWriter.syncDirectory(of: url)
        try write(SessionRecord.header(header), sync: true)
    }

    deinit {
        if descriptor >= 0 { SessionFileCalls.closeFile(descriptor) }
    }

    /// Appends a turn; a learner turn is on disk before this returns.
    public func append(_ turn: Turn) throws(SessionWriterError) {
        guard turn.number == lastTurn + 1 else {
            throw .turnOutOfOrder(path: url.path, expected: lastTurn + 1, got: turn.number)
        }
        try write(SessionRecord.turn(turn), sync: turn.speaker == .learner)
        lastTurn = turn.number
    }

    /// Appends a time warning or a note, which must follow a turn already written.
    public func append(_ event: TranscriptEvent) throws(SessionWriterError) {
        guard event.afterTurn <= lastTurn, event.afterTurn >= 0 else {
            throw .eventAfterUnwrittenTurn(path: url.path, afterTurn: event.afterTurn, lastTurn: lastTurn)
        }
        try write(SessionRecord.event(event), sync: event.isNote)
    }

    /// Writes the end record, syncs and closes the file. Nothing can be appended afterwards.
    public func finish(_ ending: TranscriptEnding) throws(SessionWriterError) {
        try write(SessionRecord.ending(ending), sync: true)
        close()
    }

    /// The open file, for a signal handler that must write the end record without Swift's help;
    /// -1 once the file is closed.
    public var fileDescriptor: Int32 { descriptor }

    /// The end record as `finish` writes it, without the line break.
    public static func endRecordLine(_ ending: TranscriptEnding) -> String {
        SessionRecord.ending(ending).rendered()
    }

    /// Closes the file without an end record (the session reads as interrupted). Safe to call twice.
    public func close() {
        guard descriptor >= 0 else { return }
        SessionFileCalls.closeFile(descriptor)
        descriptor = -1
    }

    /// One `write(2)` of the whole line (repeated only if the kernel writes part of it).
    private func write(_ record: JSONValue, sync: Bool) throws(SessionWriterError) {
        guard descriptor >= 0 else { throw .closed(path: url.path) }
        let bytes = Array((record.rendered() + "\n").utf8)
        var failure = SessionFileCalls.writeAll(descriptor, bytes)
        if failure == 0, sync { failure = SessionFileCalls.sync(descriptor) }
        if failure != 0 { throw .cannotWrite(path: url.path, reason: SessionFileCalls.reason(failure)) }
    }
}

extension TranscriptEvent {
    fileprivate var isNote: Bool {
        if case .note = self { true } else { false }
    }
}
