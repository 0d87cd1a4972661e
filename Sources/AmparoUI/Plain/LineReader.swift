/// Where the plain line mode reads the person's answers: one line at a time, `nil` at end of
/// input.
public protocol LineReader {
    /// The next line without its newline, or `nil` at end of input.
    mutating func nextLine() -> String?
}

/// Reads standard input.
public struct StandardInputReader: LineReader {
    /// Creates a reader of standard input.
    public init() {}

    public mutating func nextLine() -> String? {
        readLine(strippingNewline: true)
    }
}

/// Reads from a fixed list of lines (for tests).
public struct ScriptedLineReader: LineReader {
    private var lines: [String]

    /// A reader that returns `lines` in order, then `nil`.
    public init(_ lines: [String]) {
        self.lines = lines
    }

    public mutating func nextLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}
