/// The kiosk configuration could not be used; every problem found is listed, each a
/// ``Diagnostic`` with its `path:line:col` and an `AMP6nn` code, like every other problem.
public struct KioskConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    /// All the problems, in file order.
    public let diagnostics: [Diagnostic]

    /// Wraps a list of problems (at least one).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The problems as `amparo validate` prints them (a "did you mean" on its own line), with
    /// no source lines: a config line can hold a secret.
    public var description: String {
        let renderer = DiagnosticRenderer()
        return diagnostics.map(renderer.render).joined(separator: "\n")
    }
}
