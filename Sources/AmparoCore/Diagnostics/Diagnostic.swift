/// A problem found in content: `path:line:col: error: message [AMPnnn]`, with optional notes and
/// a "did you mean" suggestion.
public struct Diagnostic: Error, Hashable, Codable, Sendable {
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

    /// The first line: `path:line:col: error: message [AMPnnn]`.
    public var headline: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}
