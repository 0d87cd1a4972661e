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
        let graph = context.graph(of: flow)
        let reachable = graph.reachable
        var diagnostics: [Diagnostic] = []
        var needsSearch = false
        for (position, step) in flow.steps.enumerated() where reachable[position] && step.kind == .outcome {
            if step.cards.contains(where: { flow.card($0.id) != nil }) { continue }
            if !step.showMatching || !flow.cards.contains(where: { $0.when != nil }) {
                diagnostics.append(Diagnostic(.outcomeWithoutCards, "outcome '\(step.id)' shows no card", at: step.location))
            } else {
                needsSearch = true
            }
        }
        guard needsSearch, let order = graph.topologicalOrder else { return diagnostics }
        var search = AnswerSpaceSearch(flow: flow, graph: graph, order: order)
        diagnostics += search.run(budget: context.answerSearchBudget,
                                  maximumTestedOptions: OutcomeCardsCheck.maximumTestedOptions)
        return diagnostics
    }
}
