/// A problem found in a PO file, with its position. Rendered as
/// `file:line:col: error: message [AMP5nn]`, like every Amparo diagnostic.
public struct PODiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// The file as it was named when it was read.
    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column in Unicode scalars, or `nil` when the problem is the whole line or entry.
    public let column: Int?
    /// Error or warning.
    public let severity: Severity
    /// What is wrong, in one sentence.
    public let message: String
    /// The diagnostic code (`AMP500`…`AMP599` are localization codes).
    public let code: LocalizationDiagnosticCode

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int?, severity: Severity = .error,
                message: String, code: LocalizationDiagnosticCode) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.code = code
    }

    /// `file:line:col: error: message [AMPnnn]`.
    public var description: String {
        let position = column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
        return "\(position): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}
