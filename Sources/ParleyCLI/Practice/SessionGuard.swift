import Foundation

/// Ends a saved session properly when the process is told to stop: SIGINT, SIGTERM, or SIGHUP
/// (the terminal was closed). The handler appends the session's `abandoned` end record, says where
/// the transcript is, and exits with 128 + the signal's number, as shells report it.
///
/// A signal handler may only make async-signal-safe calls, so everything it writes is prepared
/// beforehand: after each turn the session renders the end record it would write now into the
/// buffer not in use, then makes that buffer the active one with a single store. The handler
/// itself only calls `write`, `fsync` and `_exit`.
enum SessionGuard {
    private static let capacity = 4096
    nonisolated(unsafe) private static var active = 0
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var first: UnsafeMutablePointer<UInt8> = .allocate(capacity: capacity)
    nonisolated(unsafe) private static var second: UnsafeMutablePointer<UInt8> = .allocate(capacity: capacity)
    nonisolated(unsafe) private static var firstLength = 0
    nonisolated(unsafe) private static var secondLength = 0
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<UInt8> = .allocate(capacity: 4096)
    nonisolated(unsafe) private static var messageLength = 0
    private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var armed: [Int32] = []

    /// Installs the handlers for a session being written to `descriptor`.
    static func arm(descriptor: Int32, endRecord: String, notice: String) {
        update(endRecord: endRecord)
        let notice = Array(notice.utf8.prefix(capacity))
        for (index, byte) in notice.enumerated() { message[index] = byte }
        messageLength = notice.count
        Self.descriptor = descriptor
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in SessionGuard.handle(signal) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var unblock = sigset_t()
        sigemptyset(&unblock)
        armed = []
        for signal in signals {
            // A signal ignored when Parley started (`nohup`, a background job) stays ignored, as
            // the shell asked.
            var current = sigaction()
            sigaction(signal, nil, &current)
            if let handler = current.__sigaction_handler.sa_handler,
                unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
            {
                continue
            }
            sigaction(signal, &action, nil)
            sigaddset(&unblock, signal)
            armed.append(signal)
        }
        // A parent may hand down a mask that blocks these signals (some test runners and
        // supervisors do); blocked, they would never reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Prepares the end record to write if a signal came now.
    static func update(endRecord: String) {
        let bytes = Array((endRecord + "\n").utf8)
        guard bytes.count <= capacity else { return }
        if active == 0 {
            for (index, byte) in bytes.enumerated() { second[index] = byte }
            secondLength = bytes.count
            active = 1
        } else {
            for (index, byte) in bytes.enumerated() { first[index] = byte }
            firstLength = bytes.count
            active = 0
        }
    }

    /// Puts the default handlers back, once the session has written its own end record.
    static func disarm() {
        descriptor = -1
        for signal in armed { Foundation.signal(signal, SIG_DFL) }
        armed = []
    }

    private static func handle(_ signal: Int32) {
        let fd = descriptor
        if fd >= 0 {
            if active == 0 { _ = write(fd, first, firstLength) } else { _ = write(fd, second, secondLength) }
            _ = fsync(fd)
            _ = write(STDERR_FILENO, message, messageLength)
        }
        _exit(128 + signal)
    }
}
