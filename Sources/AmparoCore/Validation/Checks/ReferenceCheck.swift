/// `start`, `next`, `to` and an outcome's `cards` must name things that exist (a card's `facts`:
/// `CardFactsCheck`).
struct ReferenceCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        var diagnostics: [Diagnostic] = []
        func unknown(_ ref: Ref, _ code: DiagnosticCode, _ what: String, among ids: [String]) {
            diagnostics.append(Diagnostic(code, "unknown \(what) '\(ref.id)'", at: ref.location,
                                          suggestion: EditDistance.suggestion(for: ref.id, among: ids)))
        }
        if !flow.start.id.isEmpty, index.start == nil {
            unknown(flow.start, .unknownStep, "step", among: flow.steps.map(\.id))
        }
        // The index resolved every reference; the references themselves are read again only
        // for a list that holds an unknown id.
        for position in flow.steps.indices {
            if index.targets.hasUnknown(position) {
                var targets = index.targets[position].makeIterator()
                flow.steps[position].forEachTarget { target in
                    if targets.next() == -1 { unknown(target, .unknownStep, "step", among: flow.steps.map(\.id)) }
                }
            }
            if index.listedCards.hasUnknown(position) {
                for (card, found) in zip(flow.steps[position].cards, index.listedCards[position]) where found < 0 {
                    unknown(card, .unknownCard, "card", among: flow.cards.map(\.id))
                }
            }
        }
        return diagnostics
    }
}
