/// One small check of a loaded flow. The validator runs every check and reports everything.
public protocol FlowCheck: Sendable {
    /// The problems this check finds in `flow`.
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic]
}
