import Foundation

/// Where the CLI writes: standard output and error in the program, buffers in tests.
public final class Console {
    public let style: TerminalStyle
    /// The style for standard error, which may be a terminal when standard output is not.
    public let errorStyle: TerminalStyle
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void

    public init(
        style: TerminalStyle, errorStyle: TerminalStyle? = nil,
        out: @escaping (String) -> Void, err: @escaping (String) -> Void
    ) {
        self.style = style
        self.errorStyle = errorStyle ?? style
        self.writeOut = out
        self.writeErr = err
    }

    /// The process's own standard output and error.
    public static func standard() -> Console {
        Console(
            style: .detect(),
            errorStyle: .detect(fileDescriptor: STDERR_FILENO),
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    public func print(_ text: String = "") { writeOut(text + "\n") }
    public func error(_ text: String) { writeErr(text + "\n") }
}

/// Collects what a console wrote, for tests.
public final class CapturedConsole {
    public private(set) var out = ""
    public private(set) var err = ""

    public init() {}

    public func console(style: TerminalStyle = .plain) -> Console {
        Console(style: style, out: { [unowned self] in self.out += $0 }, err: { [unowned self] in self.err += $0 })
    }
}
