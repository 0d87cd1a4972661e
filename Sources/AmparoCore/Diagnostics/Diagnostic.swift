/// A problem found in content (a flow, a fact, a catalog, the kiosk config):
/// `path:line:col: error: message [AMPnnn]`, with optional notes and a "did you mean"
/// suggestion. It is the one diagnostic type: every reader and check reports with it, and every
/// code is in one table (``DiagnosticCode``).
public struct Diagnostic: Error, Hashable, Codable, Sendable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// The stable code, documented in docs/diagnostics.md.
    public var code: DiagnosticCode
    /// What is wrong, in one line.
    public var message: String
    /// Where.
    public var location: SourceLocation
    /// Further lines shown after the snippet (e.g. "first defined here: …").
    public var notes: [String]
    /// A near-miss id or key to suggest: rendered as `did you mean 'x'?`.
    public var suggestion: String?

    /// Creates a diagnostic; the severity defaults to the code's own.
    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                severity: Severity? = nil, notes: [String] = [], suggestion: String? = nil) {
        self.severity = severity ?? code.severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
        self.suggestion = suggestion
    }

    /// A diagnostic at a line and column of `file` (a column of `nil` or 0: the whole line; a
    /// line of 0: the whole file), for readers that count positions themselves.
    public init(file: String, line: Int, column: Int?, severity: Severity? = nil, message: String,
                code: DiagnosticCode) {
        self.init(code, message, at: SourceLocation(file: file, line: line, column: column ?? 0), severity: severity)
    }

    /// The line, from 1 (0: the whole file).
    public var line: Int { location.line }
    /// The column, from 1, or `nil` for the whole line.
    public var column: Int? { location.column == 0 ? nil : location.column }

    /// The first line: `path:line:col: error: message [AMPnnn]`.
    public var headline: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }

    /// The headline, as `description`.
    public var description: String { headline }
}
