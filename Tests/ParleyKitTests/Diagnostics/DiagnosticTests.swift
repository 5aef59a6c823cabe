import Testing

@testable import ParleyKit

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test func describesFileLineAndColumn() {
        let full = Diagnostic(
            file: "packs/a/maya.yaml", line: 3, column: 7, message: "expected a string for 'name', found a list")
        #expect(full.description == "packs/a/maya.yaml:3:7: error: expected a string for 'name', found a list")
        let lineOnly = Diagnostic(file: "a.yaml", line: 2, severity: .warning, message: "careful")
        #expect(lineOnly.description == "a.yaml:2: warning: careful")
        let fileOnly = Diagnostic(file: "a.yaml", message: "file is too large")
        #expect(fileOnly.description == "a.yaml: error: file is too large")
    }

    @Test func errorCarriesTheBatchInOrder() {
        let batch = DiagnosticError([
            Diagnostic(file: "a.yaml", line: 1, column: 1, message: "first"),
            Diagnostic(file: "a.yaml", line: 2, column: 1, severity: .warning, message: "second"),
        ])
        #expect(batch.description == "a.yaml:1:1: error: first\na.yaml:2:1: warning: second")
        #expect(batch.diagnostics.containsErrors)
        #expect(![Diagnostic(file: "a", severity: .warning, message: "w")].containsErrors)
    }
}
