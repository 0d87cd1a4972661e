/// Every card rests on at least one fact; each fact it names exists and is current; a card on a
/// contested or unverified fact says what is not settled; and a card's own `checked` date claims
/// no more currency than its facts.
struct CardFactsCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let base = flow.factBase
        var diagnostics: [Diagnostic] = []
        for card in flow.cards {
            guard !card.facts.isEmpty else {
                diagnostics.append(Diagnostic(.cardWithoutFacts,
                    "card '\(card.id)' rests on no fact; every legal statement needs one ('facts: [fact-id]')", at: card.location))
                continue
            }
            var unsettled: Fact?
            for reference in card.facts {
                guard let fact = base.fact(reference.id) else {
                    diagnostics.append(Diagnostic(.unknownFact, "unknown fact '\(reference.id)' in card '\(card.id)'",
                                                  at: reference.location,
                                                  suggestion: EditDistance.suggestion(for: reference.id, among: base.facts.map(\.id))))
                    continue
                }
                if let replaced = fact.status.replacement {
                    diagnostics.append(superseded(card, fact, by: replaced, in: base, at: reference.location))
                }
                if !fact.confidence.isSettled, unsettled == nil { unsettled = fact }
                if let own = card.checked, own > fact.checked {
                    diagnostics.append(Diagnostic(.dateOverclaims,
                        "card '\(card.id)' says it was checked on \(own), but its fact '\(fact.id)' was last checked on \(fact.checked)",
                        at: card.checkedLocation))
                }
            }
            if let unsettled, card.contested == nil {
                diagnostics.append(Diagnostic(.unsettledWithoutNote,
                    "card '\(card.id)' rests on fact '\(unsettled.id)' (\(unsettled.confidence.rawValue)) but has no 'contested' note saying what is not settled",
                    at: card.location))
            }
        }
        return diagnostics
    }

    private func superseded(_ card: Card, _ fact: Fact, by replaced: Ref, in base: FactBase, at location: SourceLocation) -> Diagnostic {
        var message = "card '\(card.id)' rests on fact '\(fact.id)', which is superseded by '\(replaced.id)'"
        if let current = base.currentReplacement(of: fact), current.id != replaced.id {
            message += " (now '\(current.id)')"
        }
        var notes = ["note: the law changed; rewrite the card on the fact that replaced it, then name that fact"]
        if let current = base.currentReplacement(of: fact) {
            notes.insert("note: '\(current.id)': \(current.statement)", at: 0)
        }
        return Diagnostic(.supersededFact, message, at: location, notes: notes)
    }
}
