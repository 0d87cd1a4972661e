/// Conditions name questions and options that exist, and compare in the way the question's kind
/// allows: `q == "x"`, `q != "x"` and `q in [...]` for single-choice questions, `"x" in q` for
/// multiple-choice ones (both may test `unsure` when the question offers it).
struct ConditionReferenceCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        var diagnostics: [Diagnostic] = []
        var problems = ConditionReferenceProblems()
        // Every condition of the flow: the `if` of each routing rule, then each card's `when`.
        for position in flow.steps.indices {
            guard case .rules(let rules) = flow.steps[position].next else { continue }
            for rule in rules.indices {
                guard let condition = rules[rule].condition else { continue }
                walk(condition, flow, index, &problems)
                problems.flush(into: &diagnostics)
            }
        }
        for position in flow.cards.indices {
            guard let condition = flow.cards[position].when else { continue }
            walk(condition, flow, index, &problems)
            problems.flush(into: &diagnostics)
        }
        return diagnostics
    }

    private func walk(_ condition: Condition, _ flow: Flow, _ index: FlowIndex, _ problems: inout ConditionReferenceProblems) {
        switch condition {
        case .constant:
            break
        case .answered(let question):
            _ = resolve(question, flow, index, into: &problems.answeredQuestions)
        case .equals(let question, let option), .notEquals(let question, let option):
            guard let step = resolve(question, flow, index, into: &problems.comparedQuestions) else { return }
            check(option, of: step, flow, into: &problems.options)
            multipleCompared(question, option, step, flow, into: &problems.kindMisuses)
        case .isOneOf(let question, let options):
            guard let step = resolve(question, flow, index, into: &problems.comparedQuestions) else { return }
            for option in options { check(option, of: step, flow, into: &problems.options) }
            if let first = options.first { multipleCompared(question, first, step, flow, into: &problems.kindMisuses) }
        case .contains(let question, let option):
            guard let step = resolve(question, flow, index, into: &problems.comparedQuestions) else { return }
            check(option, of: step, flow, into: &problems.options)
            switch flow.steps[step].kind.answerShape {
            case .one:
                problems.kindMisuses.append(Diagnostic(.comparisonKind,
                    "'\(question.id)' is a single-choice question; write \(question.id) == \"\(option.id)\"",
                    at: option.location))
            case .many, .none:
                break  // `.none` is not a question: `resolve` reported it
            }
        case .not(let inner):
            walk(inner, flow, index, &problems)
        case .and(let left, let right), .or(let left, let right):
            walk(left, flow, index, &problems)
            walk(right, flow, index, &problems)
        }
    }

    /// The position of the step `question` names; reports it when it is unknown or not a question.
    private func resolve(_ question: Ref, _ flow: Flow, _ index: FlowIndex, into problems: inout [Diagnostic]) -> Int? {
        guard let position = index.stepPositions[question.id] else {
            let questionIDs = flow.steps.filter(\.kind.isQuestion).map(\.id)
            problems.append(Diagnostic(.unknownQuestion, "unknown question '\(question.id)'",
                at: question.location, suggestion: EditDistance.suggestion(for: question.id, among: questionIDs)))
            return nil
        }
        let kind = flow.steps[position].kind
        if !kind.isQuestion {
            problems.append(Diagnostic(.unknownQuestion,
                "'\(question.id)' is \(kind.article) \(kind.rawValue) step, not a question", at: question.location))
        }
        return position
    }

    /// Reports `option` when the question at `position` does not offer it.
    private func check(_ option: Ref, of position: Int, _ flow: Flow, into problems: inout [Diagnostic]) {
        // Reads the step's fields rather than copying the whole step.
        guard flow.steps[position].kind.isQuestion, !offers(option.id, position, flow) else { return }
        let step = flow.steps[position]
        let message = option.id == UnsureOption.id
            ? "question '\(step.id)' does not offer 'unsure'"
            : "question '\(step.id)' has no option '\(option.id)'"
        problems.append(Diagnostic(.unknownOption, message, at: option.location,
            suggestion: EditDistance.suggestion(for: option.id, among: step.answerIDs)))
    }

    /// Whether a condition may compare the question at `position` with `answerID` (one of the
    /// question's `answerIDs`).
    private func offers(_ answerID: String, _ position: Int, _ flow: Flow) -> Bool {
        let options = flow.steps[position].options
        for option in options.indices where options[option].id == answerID { return true }
        return answerID == UnsureOption.id && flow.steps[position].unsure != nil
    }

    private func multipleCompared(_ question: Ref, _ option: Ref, _ position: Int, _ flow: Flow,
                                  into problems: inout [Diagnostic]) {
        switch flow.steps[position].kind.answerShape {
        case .many: guard option.id != UnsureOption.id else { return }
        case .one, .none: return
        }
        problems.append(Diagnostic(.comparisonKind,
            "'\(question.id)' is a multiple-choice question; test an option with \"\(option.id)\" in \(question.id)",
            at: question.location))
    }
}
