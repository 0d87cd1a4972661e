/// Every outcome shows at least one card for every combination of answers that reaches it.
///
/// An outcome that lists a card always shows one. For an outcome that relies on matching cards,
/// the check walks every path with every answer, keeping only the answers that conditions still
/// read later (so equivalent paths merge), within a budget of states; over the budget it gives a
/// note instead of hanging.
struct OutcomeCardsCheck: FlowCheck {
    /// A multiple-choice question with more tested options than this is not enumerated.
    static let maximumTestedOptions = 12

    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        let graph = context.graph(of: flow)
        let reachable = graph.reachable
        let anyCardMatches = flow.cards.indices.contains { flow.cards[$0].when != nil }
        var diagnostics: [Diagnostic] = []
        var needsSearch = false
        for position in flow.steps.indices where reachable[position] && flow.steps[position].kind.isOutcome {
            if index.listedCards[position].contains(where: { $0 >= 0 }) { continue }
            if !flow.steps[position].showMatching || !anyCardMatches {
                let step = flow.steps[position]
                diagnostics.append(Diagnostic(.outcomeWithoutCards, "outcome '\(step.id)' shows no card", at: step.location))
            } else {
                needsSearch = true
            }
        }
        // A cycle (reported by its own check) would keep the walk going: check acyclic flows only.
        guard needsSearch, graph.topologicalOrder != nil else { return diagnostics }
        diagnostics += OutcomeCardsSearch(flow: flow).run(budget: context.answerSearchBudget,
                                                         maximumTestedOptions: OutcomeCardsCheck.maximumTestedOptions)
        return diagnostics
    }
}
