import ArgumentParser

extension Parley {
    enum GradeFormat: String, ExpressibleByArgument, CaseIterable { case csv, json, markdown }

    struct Grade: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade many transcripts into one table, for instructors.")
        @Argument(help: "Transcript files or directories of them.") var paths: [String]
        @Option(help: "The table's format.") var format: GradeFormat = .csv
        func run() throws { throw NotBuiltYet.fail("grade", "grading") }
    }
}
