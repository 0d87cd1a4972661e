/// A condition may only read a question that is asked on every path reaching it (unless it is
/// guarded with `answered(q)`): a routing rule at step `s` may read `s` and the questions that
/// dominate `s`; a card's `when` may read the questions that dominate every reachable outcome
/// that shows matching cards.
struct UnaskedQuestionCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let graph = context.graph(of: flow)
        guard let dominators = Dominators(graph) else { return [] }
        let reachable = graph.reachable
        func asked(_ question: String, before step: Int) -> Bool {
            guard let index = graph.index[question], flow.steps[index].kind.isQuestion else { return true }
            return dominators.dominates(index, step)
        }
        var diagnostics: [Diagnostic] = []
        for (position, step) in flow.steps.enumerated() where reachable[position] {
            guard case .rules(let rules) = step.next else { continue }
            for read in rules.compactMap(\.condition).flatMap({ $0.unguardedReads() })
            where !asked(read.id, before: position) {
                diagnostics.append(Diagnostic(.questionMaybeUnasked,
                    "'\(read.id)' is not asked on every path to step '\(step.id)'; guard it: answered(\(read.id)) and …",
                    at: read.location))
            }
        }
        let outcomes = flow.steps.indices.filter {
            reachable[$0] && flow.steps[$0].kind == .outcome && flow.steps[$0].showMatching
        }
        for card in flow.cards {
            guard let when = card.when else { continue }
            for read in when.unguardedReads() {
                guard let outcome = outcomes.first(where: { !asked(read.id, before: $0) }) else { continue }
                diagnostics.append(Diagnostic(.questionMaybeUnasked,
                    "card '\(card.id)' reads '\(read.id)', which is not asked on every path to outcome '\(flow.steps[outcome].id)'; guard it: answered(\(read.id)) and …",
                    at: read.location))
            }
        }
        return diagnostics
    }
}
