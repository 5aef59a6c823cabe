#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few POSIX calls `SessionWriter` makes, named so that its own `close()` and `write` do not hide them.
enum SessionFileCalls {
    /// `open(2)`, retried on `EINTR`; -1 with `errno` set on failure.
    static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        var descriptor: Int32
        repeat {
            descriptor = open(path, flags, mode)
        } while descriptor < 0 && errno == EINTR
        return descriptor
    }

    static func closeFile(_ descriptor: Int32) {
        _ = close(descriptor)
    }

    /// Writes all of `bytes` with as few `write(2)` calls as the kernel allows (normally one).
    /// Returns 0, or the `errno` of the failure.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// `fsync(2)`; 0, or the `errno` of the failure. `EINVAL` (a file that cannot be synced,
    /// such as a pipe) is not a failure.
    static func sync(_ descriptor: Int32) -> Int32 {
        fsync(descriptor) == 0 || errno == EINVAL ? 0 : errno
    }

    /// `strerror` in the lowercase style of Parley's messages.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
