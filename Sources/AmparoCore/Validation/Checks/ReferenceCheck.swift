/// `start`, `next`, `to`, an outcome's `cards` and a card's `cite` must name things that exist.
struct ReferenceCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let stepIDs = flow.steps.map(\.id)
        var diagnostics: [Diagnostic] = []
        func unknown(_ ref: Ref, _ code: DiagnosticCode, _ what: String, among ids: [String]) {
            diagnostics.append(Diagnostic(code, "unknown \(what) '\(ref.id)'", at: ref.location,
                                          suggestion: EditDistance.suggestion(for: ref.id, among: ids)))
        }
        if !flow.start.id.isEmpty, flow.step(flow.start.id) == nil {
            unknown(flow.start, .unknownStep, "step", among: stepIDs)
        }
        for step in flow.steps {
            let targets = step.options.compactMap(\.next) + [step.unsure?.next].compactMap { $0 }
                + (step.next?.targets ?? [])
            for target in targets where flow.step(target.id) == nil {
                unknown(target, .unknownStep, "step", among: stepIDs)
            }
            for card in step.cards where flow.card(card.id) == nil {
                unknown(card, .unknownCard, "card", among: flow.cards.map(\.id))
            }
        }
        for card in flow.cards {
            for source in card.cite where flow.source(source.id) == nil {
                unknown(source, .unknownSource, "source", among: flow.sources.map(\.id))
            }
        }
        return diagnostics
    }
}
