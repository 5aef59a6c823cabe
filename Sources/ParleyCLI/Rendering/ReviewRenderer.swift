import ParleyKit

/// `parley review` for the terminal: the conversation turn by turn, then the report.
struct ReviewRenderer {
    var style: TerminalStyle
    var width: Int

    func text(_ document: ReviewDocument) -> String {
        var lines = [style.bold(document.title), style.dim(document.summary), ""]
        for item in document.items {
            switch item {
            case .turn(let heard, let decides):
                let clock = "[\(ClockText.format(heard.turn.clock))]"
                let name = heard.turn.name + " ›"
                let prefix = style.dim(clock) + " " + (heard.isLearner ? style.cyan(name) : style.bold(name))
                lines.append(TextWrap.hanging(prefix, plainPrefix: clock + " " + name, heard.turn.text, width: width))
                if heard.isLearner {
                    let note = document.annotation(heard, decides).joined(separator: " · ")
                    let wrapped = TextWrap.hanging("↳", plainPrefix: "↳", note, width: width - 4, indent: "  ")
                    lines.append(style.dim(wrapped.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")))
                }
            case .warning(let clock):
                lines.append(style.yellow("  ── \(ClockText.format(clock)) the time warning ──"))
            case .slotEnd(let clock):
                lines.append(style.red("  ── \(ClockText.format(clock)) the agreed time is up ──"))
            case .note(let note):
                lines.append(style.dim("  (your note: \(note.text))"))
            }
        }
        lines.append("")
        lines.append(ScoreReportRenderer(style: style, width: width).text(document.report))
        return lines.joined(separator: "\n")
    }
}
