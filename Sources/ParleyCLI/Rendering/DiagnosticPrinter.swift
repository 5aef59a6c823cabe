import ParleyKit

/// Writes diagnostics to standard error, one `path:line:col: error: message` line each.
struct DiagnosticPrinter {
    let console: Console

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let style = console.errorStyle
            let text = diagnostic.description
            switch diagnostic.severity {
            case .error: console.error(colour(text, "error:", style.red))
            case .warning: console.error(colour(text, "warning:", style.yellow))
            }
        }
    }

    private func colour(_ text: String, _ word: String, _ paint: (String) -> String) -> String {
        text.replacingOccurrences(of: " \(word) ", with: " \(paint(word)) ")
    }
}
