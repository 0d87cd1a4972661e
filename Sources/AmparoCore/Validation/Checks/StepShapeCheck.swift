/// Per-step rules: questions have options, `unsure` is reserved, multiple-choice questions route
/// by the step, every single-choice answer has a route, info and multiple steps have a `next`.
struct StepShapeCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for position in flow.steps.indices { check(position, of: flow, into: &diagnostics) }
        return diagnostics
    }

    /// Reads the step's fields one by one rather than copying the whole step.
    private func check(_ position: Int, of flow: Flow, into diagnostics: inout [Diagnostic]) {
        let options = flow.steps[position].options
        let kind = flow.steps[position].kind
        let hasNext = flow.steps[position].next != nil
        func id() -> String { flow.steps[position].id }
        func location() -> SourceLocation { flow.steps[position].location }
        if kind.isQuestion, options.isEmpty {
            diagnostics.append(Diagnostic(.questionWithoutOptions, "question '\(id())' has no options", at: location()))
        }
        for option in options.indices where options[option].id == UnsureOption.id {
            diagnostics.append(Diagnostic(.reservedOptionID,
                "'unsure' is reserved for the \"I don't know\" answer; use 'unsure:' on the step",
                at: options[option].location))
        }
        switch kind.behaviour {
        case .chooseOne where !hasNext:
            for option in options.indices where options[option].next == nil {
                diagnostics.append(Diagnostic(.optionWithoutRoute,
                    "option '\(options[option].id)' of step '\(id())' has no route: give it a 'next', or give the step one",
                    at: options[option].location))
            }
            if let unsure = flow.steps[position].unsure, unsure.next == nil {
                diagnostics.append(Diagnostic(.optionWithoutRoute,
                    "'unsure' of step '\(id())' has no route: give it a 'next', or give the step one",
                    at: unsure.location))
            }
        case .chooseMany:
            for option in options.indices {
                if let next = options[option].next {
                    diagnostics.append(Diagnostic(.multipleRoutedByOption,
                        "option '\(options[option].id)' of multiple-choice step '\(id())' has its own 'next'; several options can be checked, so route with the step's 'next'",
                        at: next.location))
                }
            }
            if !hasNext {
                diagnostics.append(Diagnostic(.deadEnd, "multiple-choice step '\(id())' has no 'next'", at: location()))
            }
        case .read where !hasNext:
            diagnostics.append(Diagnostic(.deadEnd, "info step '\(id())' has no 'next'", at: location()))
        case .chooseOne, .read, .showCards:
            break  // routed by the step's `next`; an outcome leads nowhere
        }
    }
}
