/// What parsing a PO file gives: the file as far as it could be read, and every problem found.
public struct POParseResult: Sendable {
    /// The entries that could be read (entries with errors are left out).
    public var file: POFile
    /// Every problem, in line order.
    public var diagnostics: [Diagnostic]

    /// The diagnostics that are errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The file, or the first error.
    public func get() throws(Diagnostic) -> POFile {
        if let first = errors.first { throw first }
        return file
    }
}
