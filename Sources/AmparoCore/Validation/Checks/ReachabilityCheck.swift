/// Every step is reached from the start, and every card can be shown by a reachable outcome.
struct ReachabilityCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        let graph = context.graph(of: flow)
        guard graph.start != nil else { return [] }
        let reachable = graph.reachable
        var diagnostics: [Diagnostic] = []
        for position in flow.steps.indices where !reachable[position] && index.firstStep[position] == position {
            let step = flow.steps[position]
            diagnostics.append(Diagnostic(.unreachableStep, "step '\(step.id)' is never reached from '\(flow.start.id)'",
                                          at: step.location))
        }
        // Cards are listed by id: a listed id names the first card with it, and so every card
        // with that id.
        var listed = [Bool](repeating: false, count: flow.cards.count)
        var matching = false
        for position in flow.steps.indices where reachable[position] && flow.steps[position].kind.isOutcome {
            for card in index.listedCards[position] where card >= 0 { listed[card] = true }
            if flow.steps[position].showMatching { matching = true }
        }
        for (position, first) in index.firstCard.enumerated() where !listed[first] {
            let card = flow.cards[position]
            guard !(matching && card.when != nil) else { continue }
            let reason = card.when == nil
                ? "no reachable outcome lists it, and it has no 'when'"
                : "no reachable outcome lists it or shows matching cards"
            diagnostics.append(Diagnostic(.unreachableCard, "card '\(card.id)' is never shown: \(reason)",
                                          at: card.location))
        }
        return diagnostics
    }
}
