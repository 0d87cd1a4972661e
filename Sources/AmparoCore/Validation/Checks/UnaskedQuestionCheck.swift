/// A condition may only read a question that is asked on every path reaching it (unless it is
/// guarded with `answered(q)`): a routing rule at step `s` may read `s` and the questions that
/// dominate `s`; a card's `when` may read the questions that dominate every reachable outcome
/// that shows matching cards.
struct UnaskedQuestionCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        let graph = context.graph(of: flow)
        guard let dominators = Dominators(graph) else { return [] }
        let reachable = graph.reachable
        var diagnostics: [Diagnostic] = []
        var reads: [Ref] = []
        for position in flow.steps.indices where reachable[position] {
            guard case .rules(let rules) = flow.steps[position].next else { continue }
            reads.removeAll(keepingCapacity: true)
            for rule in rules.indices { rules[rule].condition?.appendUnguardedReads(to: &reads) }
            for read in reads {
                // A read of an unknown id or of a step that is no question is another check's report.
                guard let question = index.question(read.id, in: flow),
                      !dominators.dominates(question, position) else { continue }
                let step = flow.steps[position]
                diagnostics.append(Diagnostic(.questionMaybeUnasked,
                    "'\(read.id)' is not asked on every path to step '\(step.id)'; guard it: answered(\(read.id)) and …",
                    at: read.location))
            }
        }
        let outcomes = flow.steps.indices.filter {
            reachable[$0] && flow.steps[$0].kind.isOutcome && flow.steps[$0].showMatching
        }
        for position in flow.cards.indices {
            guard let when = flow.cards[position].when else { continue }
            reads.removeAll(keepingCapacity: true)
            when.appendUnguardedReads(to: &reads)
            for read in reads {
                guard let question = index.question(read.id, in: flow),
                      let outcome = outcomes.first(where: { !dominators.dominates(question, $0) }) else { continue }
                let card = flow.cards[position]
                diagnostics.append(Diagnostic(.questionMaybeUnasked,
                    "card '\(card.id)' reads '\(read.id)', which is not asked on every path to outcome '\(flow.steps[outcome].id)'; guard it: answered(\(read.id)) and …",
                    at: read.location))
            }
        }
        return diagnostics
    }
}
