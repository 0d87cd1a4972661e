/// Runs every check on a flow and collects every problem, sorted by position.
public struct FlowValidator: Sendable {
    /// The checks, in the order they run.
    public var checks: [any FlowCheck]
    /// Today's date and other inputs.
    public var context: ValidationContext

    /// A validator with every built-in check.
    public init(context: ValidationContext = ValidationContext(), checks: [any FlowCheck] = FlowValidator.standardChecks) {
        self.context = context
        self.checks = checks
    }

    /// Every built-in check.
    public static var standardChecks: [any FlowCheck] {
        [
            DuplicateIDCheck(),
            ReferenceCheck(),
            ConditionReferenceCheck(),
            StepShapeCheck(),
            RoutingRulesCheck(),
            CardFactsCheck(),
            NowLineCheck(),
            ReachabilityCheck(),
            CycleCheck(),
            UnaskedQuestionCheck(),
            OutcomeCardsCheck(),
            FreshnessCheck(),
            EmojiCheck(),
            DateTextCheck(),
            FileNameCheck(),
        ]
    }

    /// The problems found in `flow`, sorted by file position.
    public func validate(_ flow: Flow) -> [Diagnostic] {
        var context = context
        let index = FlowIndex(flow)
        context.index = index
        context.graph = FlowGraph(flow, index: index)
        return checks.flatMap { $0.check(flow, context: context) }.sortedByPosition()
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; the sort is stable for diagnostics at one place.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.location, rhs.element.location)
            if a.file != b.file { return a.file < b.file }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
