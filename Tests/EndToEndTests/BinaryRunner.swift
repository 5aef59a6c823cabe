import Foundation

/// Runs the built `parley` binary the way a user's shell would, and collects what it did.
/// Its private home is removed when the runner goes, so test runs leave nothing in the temporary folder.
final class BinaryRunner: Sendable {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    /// The `parley` built beside this test binary (or `PARLEY_BIN`).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["PARLEY_BIN"] {
            return URL(fileURLWithPath: path)
        }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = me.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return me.deletingLastPathComponent().appendingPathComponent("parley")
    }

    /// A private home for the run, so tests never touch the user's files.
    let home: URL

    init() {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    func run(_ arguments: [String], stdin: Data = Data(), environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var env = ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LC_ALL": "C.UTF-8"]
        env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        env["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        env.merge(environment) { _, new in new }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Feed and drain concurrently so large inputs and outputs cannot deadlock on full pipes.
        let writer = Thread { input.fileHandleForWriting.write(stdin); try? input.fileHandleForWriting.close() }
        writer.start()
        let errData = LockedData()
        let reader = Thread { errData.set(error.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return Result(
            status: process.terminationStatus,
            out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData.value, as: UTF8.self))
    }

    func run(_ arguments: [String], input: String) throws -> Result {
        try run(arguments, stdin: Data(input.utf8))
    }
}

/// A value set once by another thread.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
