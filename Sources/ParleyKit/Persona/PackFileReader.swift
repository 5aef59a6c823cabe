#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one file of a pack without following symlinks, blocking on FIFOs or reading past a size limit.
enum PackFileReader {
    enum Problem: Error, Equatable {
        case notFound
        case symlink
        case notRegularFile
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(String)

        var message: String {
            switch self {
            case .notFound: "no such file"
            case .symlink: "symbolic links are not read in a pack; copy the file into the pack instead"
            case .notRegularFile: "not a regular file"
            case .tooLarge(let bytes, let limit):
                "file is \(bytes) bytes; the limit is \(limit) bytes" + (limit == 1 << 20 ? " (1 MiB)" : "")
            case .unreadable(let reason): "cannot read the file: \(reason)"
            }
        }
    }

    /// The file's bytes, at most `limit` of them.
    /// - Parameter followSymlinks: true only for a file the user named on the command line.
    static func bytes(atPath path: String, limit: Int, followSymlinks: Bool = false) -> Result<[UInt8], Problem> {
        var flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC
        if !followSymlinks { flags |= O_NOFOLLOW }
        let descriptor = open(path, flags)
        guard descriptor >= 0 else { return .failure(openProblem(errno)) }
        defer { close(descriptor) }

        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.unreadable(errnoText(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }

        // The size is checked again while reading, in case the file grows after fstat.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errnoText(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        }
        return .success(bytes)
    }

    private static func openProblem(_ code: Int32) -> Problem {
        switch code {
        case ENOENT, ENOTDIR: .notFound
        case ELOOP: .symlink
        default: .unreadable(errnoText(code))
        }
    }

    private static func errnoText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
