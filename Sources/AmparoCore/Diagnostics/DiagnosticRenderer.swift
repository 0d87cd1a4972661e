/// Renders diagnostics the way compilers do:
///
///     Flows/demo.yaml:12:5: error: unknown key 'titel' in step 'door' [AMP010]
///         titel: Is someone at your door now?
///         ^
///     did you mean 'title'?
public struct DiagnosticRenderer {
    /// Whether to use ANSI colors (only for a terminal, and never when NO_COLOR is set).
    public var color: Bool
    private var sources: [String: LineIndex] = [:]

    /// Creates a renderer; `sources` maps file paths to their text, for the snippet lines.
    public init(sources: [String: String] = [:], color: Bool = false) {
        self.color = color
        for (file, text) in sources { addSource(text, for: file) }
    }

    /// Makes a file's text available for snippets.
    public mutating func addSource(_ text: String, for file: String) {
        sources[file] = LineIndex(text)
    }

    /// The diagnostic as lines of text (no trailing newline), safe to write to a terminal: every
    /// piece (the path, the message, the source line, the notes) passes through
    /// ``TerminalSafeText``, so the only escape codes are the renderer's own colours.
    public func render(_ diagnostic: Diagnostic) -> String {
        let severity = paint(diagnostic.severity.rawValue, diagnostic.severity == .error ? "1;31"
                             : diagnostic.severity == .warning ? "1;35" : "1;36")
        var lines = [paint("\(diagnostic.location):".terminalSafe, "1") + " \(severity): "
                     + paint(diagnostic.message.terminalSafe, "1") + " [\(diagnostic.code.rawValue)]"]
        if let snippet = snippet(at: diagnostic.location) {
            lines.append(snippet.line)
            // A whole-line problem (column 0) shows the line without a caret.
            if diagnostic.location.column > 0 { lines.append(paint(snippet.caret, "1;32")) }
        }
        if let suggestion = diagnostic.suggestion {
            lines.append("did you mean '\(suggestion)'?".terminalSafe)
        }
        lines += diagnostic.notes.map(\.terminalSafe)
        return lines.joined(separator: "\n")
    }

    /// The widest source line shown whole, in terminal columns. A longer line (a minified file,
    /// 20,000 brackets) is shown as a window around the column, with "…" where it is cut.
    static let snippetWidth = 100

    /// The source line and a caret under the column, wide characters counted as two columns so
    /// the caret lines up. A character that could drive the terminal is shown as
    /// ``TerminalSafeText`` writes it (a tab as a space, ESC as `<U+001B>`), and the caret
    /// counts it at that width.
    private func snippet(at location: SourceLocation) -> (line: String, caret: String)? {
        guard location.line > 0, let found = sources[location.file]?.line(location.line) else { return nil }
        var scalars = Array(found.unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        guard !scalars.isEmpty || location.column == 1 else { return nil }
        let target = min(max(0, location.column - 1), scalars.count)
        var first = 0, end = scalars.count
        if scalars.reduce(0, { $0 + DisplayWidth.of($1) }) > Self.snippetWidth {
            first = max(0, target - Self.snippetWidth * 2 / 5)
            end = first
            var width = 0
            while end < scalars.count, width + DisplayWidth.of(scalars[end]) <= Self.snippetWidth {
                width += DisplayWidth.of(scalars[end])
                end += 1
            }
        }
        var line = first > 0 ? "…" : ""
        var caret = first > 0 ? " " : ""
        for index in first..<end {
            let scalar = scalars[index]
            if TerminalSafeText.isUnsafe(scalar) {
                let shown = TerminalSafeText.sanitize(String(scalar))
                line += shown
                if index < target { caret += String(repeating: " ", count: shown.unicodeScalars.count) }
                continue
            }
            line.unicodeScalars.append(scalar)
            if index < target {
                caret += String(repeating: " ", count: DisplayWidth.of(scalar))
            }
        }
        if end < scalars.count { line += "…" }
        return (line, caret + "^")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
