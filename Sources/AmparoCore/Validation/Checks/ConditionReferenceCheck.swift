/// Conditions name questions and options that exist, and compare in the way the question's kind
/// allows: `q == "x"`, `q != "x"` and `q in [...]` for single-choice questions, `"x" in q` for
/// multiple-choice ones (both may test `unsure` when the question offers it).
struct ConditionReferenceCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let questionIDs = flow.steps.filter(\.kind.isQuestion).map(\.id)
        var diagnostics: [Diagnostic] = []
        for condition in flow.conditions {
            for question in condition.questions {
                guard let step = flow.step(question.id) else {
                    diagnostics.append(Diagnostic(.unknownQuestion, "unknown question '\(question.id)'",
                        at: question.location, suggestion: EditDistance.suggestion(for: question.id, among: questionIDs)))
                    continue
                }
                if !step.kind.isQuestion {
                    diagnostics.append(Diagnostic(.unknownQuestion,
                        "'\(question.id)' is \(step.kind.article) \(step.kind.rawValue) step, not a question",
                        at: question.location))
                }
            }
            diagnostics += options(in: condition, flow: flow)
        }
        return diagnostics
    }

    private func options(in condition: Condition, flow: Flow) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (question, options) in condition.comparisons {
            guard let step = flow.step(question.id), step.kind.isQuestion else { continue }
            for option in options where !step.answerIDs.contains(option.id) {
                let message = option.id == UnsureOption.id
                    ? "question '\(step.id)' does not offer 'unsure'"
                    : "question '\(step.id)' has no option '\(option.id)'"
                diagnostics.append(Diagnostic(.unknownOption, message, at: option.location,
                    suggestion: EditDistance.suggestion(for: option.id, among: step.answerIDs)))
            }
        }
        for misuse in condition.kindMisuses(flow) {
            diagnostics.append(misuse)
        }
        return diagnostics
    }
}

extension Condition {
    /// Comparisons that do not fit the question's kind.
    func kindMisuses(_ flow: Flow) -> [Diagnostic] {
        switch self {
        case .constant, .answered: return []
        case .equals(let question, let option), .notEquals(let question, let option):
            return multipleCompared(question, option, flow)
        case .isOneOf(let question, let options):
            return options.first.map { multipleCompared(question, $0, flow) } ?? []
        case .contains(let question, let option):
            guard flow.step(question.id)?.kind == .single else { return [] }
            return [Diagnostic(.comparisonKind,
                "'\(question.id)' is a single-choice question; write \(question.id) == \"\(option.id)\"",
                at: option.location)]
        case .not(let inner): return inner.kindMisuses(flow)
        case .and(let left, let right), .or(let left, let right):
            return left.kindMisuses(flow) + right.kindMisuses(flow)
        }
    }

    private func multipleCompared(_ question: Ref, _ option: Ref, _ flow: Flow) -> [Diagnostic] {
        guard flow.step(question.id)?.kind == .multiple, option.id != UnsureOption.id else { return [] }
        return [Diagnostic(.comparisonKind,
            "'\(question.id)' is a multiple-choice question; test an option with \"\(option.id)\" in \(question.id)",
            at: question.location)]
    }
}

extension Flow {
    /// Every condition of the flow: the `if` of each routing rule, then each card's `when`.
    var conditions: [Condition] {
        let rules = steps.flatMap { step -> [Condition] in
            guard case .rules(let rules) = step.next else { return [] }
            return rules.compactMap(\.condition)
        }
        return rules + cards.compactMap(\.when)
    }
}
