import Foundation

/// Collects output and writes it to standard output in large blocks, for commands that print
/// one line per input line at speed.
final class OutputBuffer {
    private var pending = ""
    private let limit: Int

    init(limit: Int = 1 << 16) {
        self.limit = limit
        pending.reserveCapacity(limit + 1024)
    }

    func line(_ text: String) {
        pending += text
        pending += "\n"
        if pending.utf8.count >= limit { flush() }
    }

    func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutput.write(Data(pending.utf8))
        pending.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
