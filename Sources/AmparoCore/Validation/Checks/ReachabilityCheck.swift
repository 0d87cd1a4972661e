/// Every step is reached from the start, and every card can be shown by a reachable outcome.
struct ReachabilityCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let graph = context.graph(of: flow)
        guard graph.start != nil else { return [] }
        let reachable = graph.reachable
        var diagnostics: [Diagnostic] = []
        for (position, step) in flow.steps.enumerated()
        where !reachable[position] && graph.index[step.id] == position {
            diagnostics.append(Diagnostic(.unreachableStep, "step '\(step.id)' is never reached from '\(flow.start.id)'",
                                          at: step.location))
        }
        let outcomes = flow.steps.enumerated().filter { reachable[$0.offset] && $0.element.kind == .outcome }.map(\.element)
        let listed = Set(outcomes.flatMap { $0.cards.map(\.id) })
        let matching = outcomes.contains(where: \.showMatching)
        for card in flow.cards where !listed.contains(card.id) && !(matching && card.when != nil) {
            let reason = card.when == nil
                ? "no reachable outcome lists it, and it has no 'when'"
                : "no reachable outcome lists it or shows matching cards"
            diagnostics.append(Diagnostic(.unreachableCard, "card '\(card.id)' is never shown: \(reason)",
                                          at: card.location))
        }
        return diagnostics
    }
}
