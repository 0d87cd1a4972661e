/// Two steps, cards, sources, or two options of one step, with one id.
struct DuplicateIDCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics = duplicates(flow.steps.map { ($0.id, $0.location) }, what: "step")
        diagnostics += duplicates(flow.cards.map { ($0.id, $0.location) }, what: "card")
        diagnostics += duplicates(flow.sources.map { ($0.id, $0.location) }, what: "source")
        for step in flow.steps {
            diagnostics += duplicates(step.options.map { ($0.id, $0.location) }, what: "option", in: " in step '\(step.id)'")
        }
        return diagnostics
    }

    private func duplicates(_ items: [(String, SourceLocation)], what: String, in place: String = "") -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, location) in items {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.duplicateID, "duplicate \(what) id '\(id)'\(place)", at: location,
                                              notes: ["note: first defined at \(earlier)"]))
            } else {
                first[id] = location
            }
        }
        return diagnostics
    }
}
