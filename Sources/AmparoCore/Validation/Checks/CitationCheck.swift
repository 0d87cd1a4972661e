/// Every card cites at least one source, and every source is cited by some card.
struct CitationCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        var diagnostics: [Diagnostic] = []
        for position in flow.cards.indices where flow.cards[position].cite.isEmpty {
            let card = flow.cards[position]
            diagnostics.append(Diagnostic(.cardWithoutCitation,
                "card '\(card.id)' cites no source; every legal statement needs one", at: card.location))
        }
        // Sources are cited by id: a cite names the first source with its id, and so every
        // source with that id.
        var cited = [Bool](repeating: false, count: flow.sources.count)
        for source in index.cites.values where source >= 0 { cited[source] = true }
        for (position, first) in index.firstSource.enumerated() where !cited[first] {
            let source = flow.sources[position]
            diagnostics.append(Diagnostic(.unusedSource, "source '\(source.id)' is not cited by any card",
                                          at: source.location))
        }
        return diagnostics
    }
}
