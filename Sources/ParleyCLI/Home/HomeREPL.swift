import ArgumentParser
import ParleyKit

/// The interactive home: `parley` with no arguments.
public final class HomeREPL {
    private let reader: any LineReader
    private let console: Console
    private let paths: ParleyPaths
    private let loadCatalog: () -> PackCatalog
    private var loadedCatalog: PackCatalog?

    /// - Parameter catalog: the personas on offer, loaded when first needed.
    public init(
        reader: any LineReader, console: Console, paths: ParleyPaths = ParleyPaths(),
        catalog: @escaping () -> PackCatalog
    ) {
        self.reader = reader
        self.paths = paths
        self.console = console
        self.loadCatalog = catalog
    }

    private var catalog: PackCatalog {
        if let loadedCatalog { return loadedCatalog }
        let catalog = loadCatalog()
        loadedCatalog = catalog
        return catalog
    }

    /// The ids Tab offers after `/practice `.
    private var personaIDs: [String] {
        let table = PersonaTable(catalog: catalog)
        return catalog.allPersonas.map(table.displayID)
    }

    /// Reads and runs commands until `/quit` or the end of input.
    public func run() {
        reader.completer = { [unowned self] text in Self.complete(text, personaIDs: self.personaIDs) }
        if reader.isInteractive {
            console.print(console.style.bold("Parley \(ParleyVersion.current)") + " — rehearse informational interviews.")
            console.print(console.style.dim("Type /help for commands, /quit or Ctrl-D to leave."))
        }
        let prompt = console.style.prompt("parley › ")
        while true {
            switch reader.readLine(prompt: prompt) {
            case .end:
                return
            case .interrupt(let discarded):
                if discarded.isEmpty {
                    console.print(console.style.dim("(To leave, type /quit or press Ctrl-D.)"))
                }
            case .line(let line):
                if handle(line) == .quit { return }
            }
        }
    }

    enum Outcome { case stay, quit }

    /// Runs one line typed at the home prompt.
    func handle(_ line: String) -> Outcome {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .stay }
        guard text.hasPrefix("/") else {
            console.print("Commands start with '/': type /practice to start a conversation, or /help for the list.")
            return .stay
        }
        let words = SlashCommandLine.split(String(text.dropFirst()))
        guard let name = words.first, HomeCommand.names.contains("/" + name) else {
            let typed = "/" + (words.first ?? "")
            let hint = SlashCommandLine.closest(to: typed, among: HomeCommand.names).map { " Did you mean \($0)?" } ?? ""
            console.print("Unknown command '\(typed)'.\(hint) Type /help for the list.")
            return .stay
        }
        let usage = HomeCommand.menu.first { $0.synopsis.hasPrefix("/" + name) }
        if words.contains("--help") || words.contains("-h"), let usage {
            console.print("\(usage.synopsis)  \(usage.abstract)")
            return .stay
        }
        do {
            return run(try HomeCommand.parseAsRoot(words))
        } catch {
            let message = HomeCommand.message(for: error)
            let problem = message.isEmpty ? "Could not read '\(text)'." : message
            let sentence = problem.hasSuffix(".") ? problem : problem + "."
            console.print(sentence + (usage.map { " Usage: \($0.synopsis)" } ?? ""))
            return .stay
        }
    }

    private func run(_ command: any ParsableCommand) -> Outcome {
        switch command {
        case is HomeCommand.Quit:
            return .quit
        case is HomeCommand.Help:
            printHelp()
        case let practice as HomeCommand.Practice:
            startPractice(practice.persona)
        case is HomeCommand.Personas:
            console.print(PersonaTable(catalog: catalog).text(style: console.style, width: Terminal.outputWidth))
        case is HomeCommand.Sessions:
            let listing = SessionListing(index: SessionIndex(directory: paths.sessions))
            console.print(listing.text(style: console.style, sessionsPath: paths.sessions.path))
            if !listing.index.entries.isEmpty { console.print(console.style.dim("Type /review N to go through one.")) }
        case let review as HomeCommand.Review:
            reviewSession(review.number)
        default:
            printHelp()
        }
        return .stay
    }

    /// `/review [N]`: a saved session turn by turn, with its report.
    private func reviewSession(_ number: Int) {
        let index = SessionIndex(directory: paths.sessions)
        guard let entry = index.entry(number: number) else {
            console.print(index.entries.isEmpty ? "No saved sessions yet. Type /practice to start one." : "There is no session \(number); /sessions lists them.")
            return
        }
        let report = Scorer().score(entry.transcript)
        let document = ReviewDocument(transcript: entry.transcript, report: report, source: entry.path)
        console.print(ReviewRenderer(style: console.style, width: Terminal.outputWidth ?? TextWrap.width).text(document))
    }

    /// `/practice [ID]`: a conversation at this prompt, saved to the sessions folder; then home again.
    private func startPractice(_ name: String?) {
        let entry: PackCatalog.Entry
        if let name {
            do {
                entry = try catalog.resolve(name)
            } catch {
                console.print("\(error.description.prefix(1).uppercased() + error.description.dropFirst()). Type /personas to see who is available.")
                return
            }
        } else if reader.isInteractive {
            guard let chosen = PersonaChooser(catalog: catalog, reader: reader, console: console).choose() else { return }
            entry = chosen
        } else if let first = catalog.allPersonas.first {
            entry = first
        } else {
            console.print("No personas found. Add a pack to \(ParleyPaths().data.path)/packs.")
            return
        }
        do {
            _ = try PracticeRunner(entry: entry, paths: paths).run(
                reader: reader, console: console, width: Terminal.outputWidth ?? TextWrap.width)
        } catch {
            // The runner has said what went wrong; the learner stays at home.
        }
        reader.completer = { [unowned self] text in Self.complete(text, personaIDs: self.personaIDs) }
    }

    private func printHelp() {
        let menu = HomeCommand.menu
        let width = menu.map(\.synopsis.count).max() ?? 0
        console.print("Commands:")
        for entry in menu {
            let padding = String(repeating: " ", count: width - entry.synopsis.count)
            console.print("  " + console.style.bold(entry.synopsis) + padding + "  " + entry.abstract)
        }
        console.print("Keys: Tab completes, ↑/↓ recall earlier lines, Ctrl-C clears the line, Ctrl-D leaves.")
    }

    /// Tab completion: slash-command names, then persona ids after `/practice `.
    static func complete(_ text: String, personaIDs: [String]) -> Completion {
        if !text.contains(" ") {
            return text.hasPrefix("/") || text.isEmpty
                ? Completion.matching(text, among: HomeCommand.names) : Completion(replacing: 0, candidates: [])
        }
        if text.hasPrefix("/practice "), text.split(separator: " ").count <= 2 {
            return Completion.matching(text, among: personaIDs)
        }
        return Completion(replacing: 0, candidates: [])
    }
}
