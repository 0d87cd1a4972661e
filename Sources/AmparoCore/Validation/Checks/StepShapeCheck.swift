/// Per-step rules: questions have options, `unsure` is reserved, multiple-choice questions route
/// by the step, every single-choice answer has a route, info and multiple steps have a `next`.
struct StepShapeCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for step in flow.steps {
            if step.kind.isQuestion, step.options.isEmpty {
                diagnostics.append(Diagnostic(.questionWithoutOptions, "question '\(step.id)' has no options",
                                              at: step.location))
            }
            for option in step.options where option.id == UnsureOption.id {
                diagnostics.append(Diagnostic(.reservedOptionID,
                    "'unsure' is reserved for the \"I don't know\" answer; use 'unsure:' on the step",
                    at: option.location))
            }
            switch step.kind {
            case .single where step.next == nil:
                for option in step.options where option.next == nil {
                    diagnostics.append(Diagnostic(.optionWithoutRoute,
                        "option '\(option.id)' of step '\(step.id)' has no route: give it a 'next', or give the step one",
                        at: option.location))
                }
                if let unsure = step.unsure, unsure.next == nil {
                    diagnostics.append(Diagnostic(.optionWithoutRoute,
                        "'unsure' of step '\(step.id)' has no route: give it a 'next', or give the step one",
                        at: unsure.location))
                }
            case .multiple:
                for option in step.options {
                    if let next = option.next {
                        diagnostics.append(Diagnostic(.multipleRoutedByOption,
                            "option '\(option.id)' of multiple-choice step '\(step.id)' has its own 'next'; several options can be checked, so route with the step's 'next'",
                            at: next.location))
                    }
                }
                if step.next == nil {
                    diagnostics.append(Diagnostic(.deadEnd,
                        "multiple-choice step '\(step.id)' has no 'next'", at: step.location))
                }
            case .info where step.next == nil:
                diagnostics.append(Diagnostic(.deadEnd, "info step '\(step.id)' has no 'next'", at: step.location))
            default:
                break
            }
        }
        return diagnostics
    }
}
