/// Why a session could not be written. The messages are lowercase and name the path.
public enum SessionWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotCreate(path: String, reason: String)
    /// The file exists and the writer was asked for a new one.
    case alreadyExists(path: String)
    case notARegularFile(path: String)
    case cannotWrite(path: String, reason: String)
    /// Turns must be appended in order, numbered from 1.
    case turnOutOfOrder(path: String, expected: Int, got: Int)
    /// An event must follow a turn that has been written.
    case eventAfterUnwrittenTurn(path: String, afterTurn: Int, lastTurn: Int)
    /// Nothing can be written after the end record, or after `close()`.
    case closed(path: String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason): "cannot create directory \(path): \(reason)"
        case .cannotCreate(let path, let reason): "cannot create \(path): \(reason)"
        case .alreadyExists(let path): "cannot create \(path): a file with that name already exists"
        case .notARegularFile(let path): "cannot save a session to \(path): not a regular file"
        case .cannotWrite(let path, let reason): "cannot write to \(path): \(reason)"
        case .turnOutOfOrder(let path, let expected, let got):
            "\(path): turn \(got) appended where turn \(expected) was expected"
        case .eventAfterUnwrittenTurn(let path, let afterTurn, let lastTurn):
            "\(path): event after turn \(afterTurn) appended when the last turn written is \(lastTurn)"
        case .closed(let path): "\(path): the session is already closed"
        }
    }
}
