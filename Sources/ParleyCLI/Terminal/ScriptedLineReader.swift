/// Plays back a fixed list of inputs, for tests; records the prompts it was shown.
public final class ScriptedLineReader: LineReader {
    public let isInteractive: Bool
    public var completer: Completer?
    public private(set) var prompts: [String] = []
    private var inputs: ArraySlice<LineInput>

    public init(_ inputs: [LineInput], interactive: Bool = false) {
        self.inputs = inputs[...]
        self.isInteractive = interactive
    }

    public convenience init(lines: [String], interactive: Bool = false) {
        self.init(lines.map(LineInput.line), interactive: interactive)
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.popFirst() ?? .end
    }
}
