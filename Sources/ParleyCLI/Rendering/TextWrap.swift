import Foundation

/// Word wrapping for people's output.
enum TextWrap {
    /// The terminal's width on standard output, else `COLUMNS`, else 80; at least 40.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return max(40, Int(size.ws_col))
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return max(40, columns)
        }
        return 80
    }

    /// Text written with hard line breaks (a YAML `|` block) as flowing paragraphs: single line
    /// breaks become spaces; blank lines still separate paragraphs.
    static func reflow(_ text: String) -> String {
        text.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .split(separator: "", omittingEmptySubsequences: true)
            .map { $0.joined(separator: " ") }
            .joined(separator: "\n\n")
    }

    /// `text` wrapped at `width` columns, each line starting with `indent`; paragraphs kept.
    static func wrap(_ text: String, width: Int = TextWrap.width, indent: String = "") -> String {
        let limit = max(20, width - indent.count)
        return text.components(separatedBy: "\n").map { paragraph -> String in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= limit {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
            return lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// `prefix text` wrapped at `width`, continuation lines indented by `indent`; `plainPrefix` is
    /// `prefix` without colour codes, for measuring.
    static func hanging(_ prefix: String, plainPrefix: String, _ text: String, width: Int, indent: String = "    ") -> String {
        let wrapped = wrap(plainPrefix + " " + text, width: width)
        guard wrapped.hasPrefix(plainPrefix) else { return prefix + " " + text }
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        var out = [prefix + lines[0].dropFirst(plainPrefix.count)]
        if lines.count > 1 {
            let rest = lines.dropFirst().joined(separator: " ")
            out.append(wrap(rest, width: width, indent: indent))
        }
        return out.joined(separator: "\n")
    }
}
