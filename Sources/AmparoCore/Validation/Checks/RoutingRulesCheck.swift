/// A `next:` list ends with exactly one default rule (a rule with no `if`), and only there.
struct RoutingRulesCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for position in flow.steps.indices {
            guard case .rules(let rules) = flow.steps[position].next else { continue }
            guard let last = rules.last else {
                let step = flow.steps[position]
                diagnostics.append(Diagnostic(.rulesWithoutDefault, "'next' of step '\(step.id)' has no rules",
                                              at: step.location))
                continue
            }
            for rule in rules.dropLast() where rule.condition == nil {
                diagnostics.append(Diagnostic(.rulesWithoutDefault,
                    "a rule without 'if' must be the last one; the rules after it can never apply", at: rule.location))
            }
            if last.condition != nil {
                let step = flow.steps[position]
                diagnostics.append(Diagnostic(.rulesWithoutDefault,
                    "the last rule of step '\(step.id)' has an 'if'; end with a default rule that has only 'to'",
                    at: last.location))
            }
        }
        return diagnostics
    }
}
