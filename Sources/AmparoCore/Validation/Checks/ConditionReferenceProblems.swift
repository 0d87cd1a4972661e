/// The problems `ConditionReferenceCheck` finds in one condition, kept apart by kind so that
/// they are reported in a fixed order while the condition is walked once: unknown questions
/// in comparisons, then in `answered()`, then unknown options, then comparisons that do not
/// fit the question's kind.
struct ConditionReferenceProblems {
    var comparedQuestions: [Diagnostic] = []
    var answeredQuestions: [Diagnostic] = []
    var options: [Diagnostic] = []
    var kindMisuses: [Diagnostic] = []

    /// Moves the problems found so far to the end of `diagnostics`, in report order.
    mutating func flush(into diagnostics: inout [Diagnostic]) {
        guard !(comparedQuestions.isEmpty && answeredQuestions.isEmpty && options.isEmpty && kindMisuses.isEmpty)
        else { return }
        diagnostics += comparedQuestions + answeredQuestions + options + kindMisuses
        self = ConditionReferenceProblems()
    }
}
