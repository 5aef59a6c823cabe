import Foundation

/// The review as one self-contained HTML page — inline CSS, no scripts, nothing fetched — to read
/// in a browser and to print: a timeline of the call with the slot and warning marked, the
/// learner's turns annotated, then the report.
extension ReviewDocument {
    public var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title)) — Parley review</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <main>
            <header>
            <p class="kicker">Parley · informational interview review</p>
            <h1>\(Self.escape(title))</h1>
            <p class="summary"><span class="score">\(report.score)<small>/100</small></span> \(Self.escape(summaryWithoutScore))</p>
            </header>

            """
        out += timeline
        out += "<section class=\"report\">\n<h2>The report</h2>\n<ul class=\"criteria\">\n"
        for verdict in report.verdicts {
            let evidence = verdict.evidence.isEmpty
                ? "" : " <span class=\"evidence\">\(verdict.evidence.count == 1 ? "turn" : "turns") " + verdict.evidence.map { "<a href=\"#turn-\($0)\">\($0)</a>" }.joined(separator: ", ") + "</span>"
            out += "<li class=\"\(verdict.passed ? "pass" : "fail")\"><span class=\"mark\">\(verdict.passed ? "✓" : "✗")</span>"
                + "<span class=\"title\">\(Self.escape(verdict.criterion.title))</span> <span class=\"weight\">\(verdict.weight)</span>\(evidence)"
            if let advice = verdict.advice { out += "<p class=\"advice\">\(Self.escape(advice))</p>" }
            out += "</li>\n"
        }
        out += "</ul>\n"
        if let focus = report.nextFocus {
            out += "<p class=\"next\"><strong>Work on next:</strong> \(Self.escape(focus.criterion.nextStep)).</p>\n"
        }
        out += "<h3>The shape of the conversation</h3>\n<ul class=\"shape\">\n"
        out += shapeLines.map { "<li>\(Self.escape($0))</li>\n" }.joined()
        out += "</ul>\n</section>\n"
        out += "<section class=\"conversation\">\n<h2>The conversation, turn by turn</h2>\n<ol class=\"turns\">\n"
        for item in items {
            switch item {
            case .turn(let heard, let decides):
                let who = heard.isLearner ? "learner" : "other"
                let decisive = decides.isEmpty ? "" : " decisive"
                out += "<li id=\"turn-\(heard.number)\" class=\"turn \(who)\(decisive)\">"
                out += "<div class=\"meta\"><span class=\"clock\">\(ClockText.format(heard.turn.clock))</span>"
                out += "<span class=\"name\">\(Self.escape(heard.turn.name))</span><span class=\"n\">#\(heard.number)</span></div>"
                out += "<p class=\"text\">\(Self.escape(heard.turn.text))</p>"
                if heard.isLearner { out += badges(heard, decides) }
                out += "</li>\n"
            case .warning(let clock):
                out += "<li class=\"marker warning\">⏰ \(ClockText.format(clock)) — the time warning</li>\n"
            case .slotEnd(let clock):
                out += "<li class=\"marker slot\">⏱ \(ClockText.format(clock)) — the agreed time is up</li>\n"
            case .note(let note):
                out += "<li class=\"marker note\">📝 Your note: \(Self.escape(note.text))</li>\n"
            }
        }
        out += "</ol>\n</section>\n<footer>Made by Parley from \(Self.escape(source)). Criteria are explained in docs/rubric.md.</footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    private var summaryWithoutScore: String {
        summary.components(separatedBy: " · ").dropFirst().joined(separator: " · ")
    }

    /// The call as a bar: each turn where it fell on the clock, the slot and the warning marked.
    private var timeline: String {
        let slot = Double(report.minutes * 60)
        let end = max(slot, report.elapsedSeconds, report.turns.last.map { $0.turn.end } ?? 0, 1)
        func percent(_ seconds: Double) -> String { String(format: "%.2f%%", min(max(seconds / end, 0), 1) * 100) }
        var out = "<section class=\"timeline\" aria-label=\"Timeline\">\n<div class=\"bar\">\n"
        out += "<div class=\"slot\" style=\"width:\(percent(slot))\"></div>\n"
        let decided = report.decided
        for heard in report.turns {
            let duration = max(heard.turn.duration ?? 2, 1)
            let decisive = (decided[heard.number] ?? []).isEmpty ? "" : " decisive"
            out += "<a class=\"seg \(heard.isLearner ? "learner" : "other")\(decisive)\" href=\"#turn-\(heard.number)\" "
                + "style=\"left:\(percent(heard.turn.clock));width:\(percent(duration))\" title=\"#\(heard.number) "
                + "\(ClockText.format(heard.turn.clock)) \(Self.escape(heard.turn.name))\"></a>\n"
        }
        if let warning = report.warningClock {
            out += "<div class=\"line warning\" style=\"left:\(percent(warning))\"><span>warning \(ClockText.format(warning))</span></div>\n"
        }
        out += "<div class=\"line slotend\" style=\"left:\(percent(slot))\"><span>\(ClockText.format(slot)) slot</span></div>\n"
        out += "</div>\n<p class=\"legend\"><span class=\"key learner\"></span> you <span class=\"key other\"></span> them "
            + "<span class=\"key decisive\"></span> decided a criterion · 00:00 to \(ClockText.format(end))</p>\n</section>\n"
        return out
    }

    private func badges(_ heard: HeardTurn, _ decides: [Criterion]) -> String {
        var out = "<div class=\"badges\">"
        for signal in heard.signals.sorted() {
            let tone = signal == .jobAsk ? " bad" : ""
            out += "<span class=\"badge signal\(tone)\">\(Self.escape(Self.label(signal)))</span>"
        }
        if heard.smallTalk {
            out += "<span class=\"badge plain\">small talk</span>"
        } else if let question = heard.question {
            let category = heard.category.map { " · \($0.rawValue)" } ?? ""
            out += "<span class=\"badge plain\">\(question.rawValue) question\(category)</span>"
        }
        for criterion in decides {
            let passed = report.verdict(criterion)?.passed ?? false
            out += "<span class=\"badge decides \(passed ? "pass" : "fail")\">\(passed ? "✓" : "✗") \(Self.escape(criterion.title))</span>"
        }
        return out + "</div>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static let css = """
        :root { --ink:#1f2328; --muted:#5b636d; --line:#d8dee4; --you:#2f6fdf; --them:#8a949e; --pass:#1a7f37;
          --fail:#c62828; --warn:#b7791f; --paper:#ffffff; --wash:#f6f8fa; }
        * { box-sizing: border-box; }
        body { margin:0; background:var(--wash); color:var(--ink);
          font: 16px/1.55 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 880px; margin: 0 auto; padding: 32px 24px 48px; background: var(--paper); }
        header { border-bottom: 1px solid var(--line); padding-bottom: 16px; margin-bottom: 20px; }
        .kicker { margin:0; color:var(--muted); font-size:13px; letter-spacing:.04em; text-transform:uppercase; }
        h1 { margin: 4px 0 8px; font-size: 28px; }
        h2 { font-size: 20px; margin: 28px 0 12px; }
        h3 { font-size: 16px; margin: 20px 0 8px; }
        .summary { margin:0; color:var(--muted); display:flex; align-items:baseline; gap:12px; flex-wrap:wrap; }
        .score { font-size: 34px; font-weight: 700; color: var(--ink); }
        .score small { font-size: 16px; color: var(--muted); font-weight: 400; }
        .timeline { margin: 8px 0 4px; }
        .bar { position: relative; height: 34px; background: var(--wash); border: 1px solid var(--line); border-radius: 6px; margin-top: 22px; }
        .bar .slot { position:absolute; top:0; bottom:0; left:0; background:#fbfcfd; border-radius:6px 0 0 6px; }
        .seg { position:absolute; top:7px; height:20px; border-radius:3px; min-width:2px; }
        .seg.learner { background: var(--you); }
        .seg.other { background: #c3cad2; }
        .seg.decisive { outline: 2px solid var(--ink); outline-offset: 1px; }
        .line { position:absolute; top:-20px; bottom:-4px; border-left: 2px dashed var(--warn); }
        .line span { position:absolute; top:0; left:4px; font-size:12px; white-space:nowrap; color:var(--warn); }
        .line.slotend { border-left: 2px solid var(--fail); }
        .line.slotend span { color: var(--fail); top: auto; bottom: -20px; left: auto; right: 4px; }
        .legend { font-size: 13px; color: var(--muted); margin: 26px 0 0; }
        .key { display:inline-block; width:12px; height:12px; border-radius:2px; vertical-align:-1px; margin: 0 4px 0 10px; }
        .key.learner { background: var(--you); } .key.other { background: #c3cad2; }
        .key.decisive { outline: 2px solid var(--ink); background: var(--paper); }
        .criteria { list-style:none; padding:0; margin:0; }
        .criteria li { padding: 8px 0; border-bottom: 1px solid var(--line); }
        .mark { display:inline-block; width: 1.4em; font-weight:700; }
        .pass .mark { color: var(--pass); } .fail .mark { color: var(--fail); }
        .title { font-weight: 600; }
        .weight { color: var(--muted); font-size: 13px; margin-left: 4px; }
        .weight::after { content: " pts"; }
        .evidence { color: var(--muted); font-size: 13px; margin-left: 8px; }
        .evidence a { color: var(--you); }
        .advice { margin: 4px 0 0 1.4em; color: var(--ink); background: #fff8e6; border-left: 3px solid var(--warn); padding: 6px 10px; border-radius: 0 4px 4px 0; }
        .next { background: var(--wash); padding: 10px 12px; border-radius: 6px; }
        .shape { color: var(--muted); padding-left: 20px; }
        .turns { list-style:none; padding:0; margin:0; }
        .turn { padding: 10px 12px; margin: 8px 0; border-radius: 8px; border: 1px solid var(--line); break-inside: avoid; }
        .turn.learner { background: #f2f6fe; border-color: #cddcf7; margin-left: 48px; }
        .turn.other { background: var(--paper); margin-right: 48px; }
        .turn.decisive { border-left: 4px solid var(--ink); }
        .meta { font-size: 13px; color: var(--muted); display:flex; gap:10px; }
        .meta .name { font-weight: 600; color: var(--ink); }
        .meta .n { margin-left:auto; }
        .text { margin: 4px 0 0; white-space: pre-wrap; }
        .badges { margin-top: 6px; display:flex; flex-wrap:wrap; gap:6px; }
        .badge { font-size: 12px; padding: 1px 8px; border-radius: 999px; border: 1px solid var(--line); background: var(--paper); }
        .badge.signal { border-color: #9fbcf0; color: #1d4fa8; }
        .badge.signal.bad { border-color: #f0a3a3; color: var(--fail); }
        .badge.plain { color: var(--muted); }
        .badge.decides.pass { border-color: #9fd2ae; color: var(--pass); }
        .badge.decides.fail { border-color: #f0a3a3; color: var(--fail); }
        .marker { text-align:center; font-size: 13px; margin: 12px 0; padding: 4px; border-top: 1px dashed var(--line); border-bottom: 1px dashed var(--line); }
        .marker.warning { color: var(--warn); } .marker.slot { color: var(--fail); } .marker.note { color: var(--muted); font-style: italic; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print { body { background: #fff; } main { max-width:none; padding:0; } a { color: inherit; text-decoration: none; }
          .turn.learner { margin-left: 24px; } .turn.other { margin-right: 24px; } }
        """
}
