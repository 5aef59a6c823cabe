import ArgumentParser
import ParleyKit

extension PackCatalog {
    /// The persona a learner named on the command line; an unknown name is a usage error (exit 64).
    func resolveOrExit(_ name: String, console: Console) throws -> Entry {
        do {
            return try resolve(name)
        } catch {
            console.error("parley: \(error.description); 'parley personas list' shows who is available.")
            throw ExitCode.validationFailure
        }
    }
}
