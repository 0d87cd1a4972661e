/// One problem in a kiosk config file, reported as `path:line:col: error: message`.
public struct KioskConfigDiagnostic: Equatable, Sendable, CustomStringConvertible {
    /// The file the problem is in (as given to the parser).
    public let path: String
    /// The 1-based line, or 0 when the problem is with the file as a whole.
    public let line: Int
    /// The 1-based column.
    public let column: Int
    /// What is wrong, in plain English.
    public let message: String

    /// Makes a diagnostic.
    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `path:line:col: error: message`, or `path: error: message` for a whole-file problem.
    public var description: String {
        line == 0
            ? "\(path): error: \(message)"
            : "\(path):\(line):\(column): error: \(message)"
    }
}

/// The kiosk configuration could not be used; every problem found is listed.
public struct KioskConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// All the problems, in file order.
    public let diagnostics: [KioskConfigDiagnostic]

    /// Wraps a list of problems (at least one).
    public init(_ diagnostics: [KioskConfigDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One problem per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
