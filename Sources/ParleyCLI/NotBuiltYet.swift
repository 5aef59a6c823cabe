import ArgumentParser

/// A command whose capability has not been built yet says so plainly and exits 69 (EX_UNAVAILABLE).
struct NotBuiltYet {
    static let exitCode = ExitCode(69)

    static func fail(_ command: String, _ what: String) -> ExitCode {
        Console.standard().error("parley \(command): not built yet — \(what) comes in a later version of Parley.")
        return exitCode
    }
}
