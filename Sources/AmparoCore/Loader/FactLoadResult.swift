/// What loading `Facts/` produced: the fact base (whatever could be read) and every diagnostic.
public struct FactLoadResult: Sendable {
    /// The facts, sources and attorney-review record that could be read.
    public var base: FactBase
    /// The problems found while reading, files in name order.
    public var diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
