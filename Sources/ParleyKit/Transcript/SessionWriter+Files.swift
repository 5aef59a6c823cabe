import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creating the session file and its directories for `SessionWriter`.
extension SessionWriter {
    /// Creates each missing directory of `directory` with mode 0700; existing ones are left as they are.
    static func makeDirectories(_ directory: URL) throws(SessionWriterError) {
        var missing: [String] = []
        var current = directory.standardizedFileURL.path
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for component in missing.reversed() where mkdir(component, 0o700) != 0 && errno != EEXIST {
            throw .cannotCreateDirectory(path: component, reason: SessionFileCalls.reason(errno))
        }
    }

    /// Opens `path` for appending, created with mode 0600 by `open(2)` itself.
    static func openFile(_ path: String, creation: Creation) throws(SessionWriterError) -> Int32 {
        var flags = O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC
        flags |= creation == .newFile ? O_EXCL : O_TRUNC
        let descriptor = SessionFileCalls.openFile(path, flags, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST, creation == .newFile { throw .alreadyExists(path: path) }
            throw .cannotCreate(path: path, reason: SessionFileCalls.reason(errno))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            SessionFileCalls.closeFile(descriptor)
            throw .notARegularFile(path: path)
        }
        // A replaced file keeps its old mode through O_TRUNC; tighten it before anything is written.
        if status.st_mode & 0o777 != 0o600, fchmod(descriptor, 0o600) != 0 {
            let failure = SessionFileCalls.reason(errno)
            SessionFileCalls.closeFile(descriptor)
            throw .cannotCreate(path: path, reason: failure)
        }
        return descriptor
    }

    /// Makes the new file's directory entry durable; best effort.
    static func syncDirectory(of url: URL) {
        let directory = SessionFileCalls.openFile(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return }
        _ = SessionFileCalls.sync(directory)
        SessionFileCalls.closeFile(directory)
    }
}
