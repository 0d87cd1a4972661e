/// What loading content produced: the flows that could be read (possibly with errors in them)
/// and every diagnostic, in file order.
public struct FlowLoadResult: Sendable {
    /// The flows, one per file that held a YAML mapping.
    public var flows: [Flow]
    /// The problems found while reading.
    public var diagnostics: [Diagnostic]
    /// The files that were read.
    public var files: [String]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
