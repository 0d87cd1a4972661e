/// Every card cites at least one source, and every source is cited by some card.
struct CitationCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for card in flow.cards where card.cite.isEmpty {
            diagnostics.append(Diagnostic(.cardWithoutCitation,
                "card '\(card.id)' cites no source; every legal statement needs one", at: card.location))
        }
        let cited = Set(flow.cards.flatMap { $0.cite.map(\.id) })
        for source in flow.sources where !cited.contains(source.id) {
            diagnostics.append(Diagnostic(.unusedSource, "source '\(source.id)' is not cited by any card",
                                          at: source.location))
        }
        return diagnostics
    }
}
