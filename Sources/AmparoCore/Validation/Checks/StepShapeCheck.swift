/// Per-step rules: questions have options, `unsure` is reserved, multiple-choice questions route
/// by the step, every single-choice answer has a route, info and multiple steps have a `next`.
struct StepShapeCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Steps are read through a buffer pointer, in place rather than copied.
        flow.steps.withUnsafeBufferPointer { steps in
            for step in steps.indices { check(steps[step], into: &diagnostics) }
        }
        return diagnostics
    }

    private func check(_ step: borrowing Step, into diagnostics: inout [Diagnostic]) {
        let options = step.options
        if step.kind.isQuestion, options.isEmpty {
            diagnostics.append(Diagnostic(.questionWithoutOptions, "question '\(step.id)' has no options",
                                          at: step.location))
        }
        for position in options.indices where options[position].id == UnsureOption.id {
            diagnostics.append(Diagnostic(.reservedOptionID,
                "'unsure' is reserved for the \"I don't know\" answer; use 'unsure:' on the step",
                at: options[position].location))
        }
        switch step.kind {
        case .single where step.next == nil:
            for position in options.indices where options[position].next == nil {
                diagnostics.append(Diagnostic(.optionWithoutRoute,
                    "option '\(options[position].id)' of step '\(step.id)' has no route: give it a 'next', or give the step one",
                    at: options[position].location))
            }
            if let unsure = step.unsure, unsure.next == nil {
                diagnostics.append(Diagnostic(.optionWithoutRoute,
                    "'unsure' of step '\(step.id)' has no route: give it a 'next', or give the step one",
                    at: unsure.location))
            }
        case .multiple:
            for position in options.indices {
                if let next = options[position].next {
                    diagnostics.append(Diagnostic(.multipleRoutedByOption,
                        "option '\(options[position].id)' of multiple-choice step '\(step.id)' has its own 'next'; several options can be checked, so route with the step's 'next'",
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
}
