/// Two steps, cards, or two options of one step, with one id.
struct DuplicateIDCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let index = context.index(of: flow)
        var diagnostics: [Diagnostic] = []
        for (position, first) in index.firstStep.enumerated() where first != position {
            diagnostics.append(duplicate("step", flow.steps[position].id, at: flow.steps[position].location,
                                         first: flow.steps[first].location))
        }
        for (position, first) in index.firstCard.enumerated() where first != position {
            diagnostics.append(duplicate("card", flow.cards[position].id, at: flow.cards[position].location,
                                         first: flow.cards[first].location))
        }
        for position in flow.steps.indices {
            duplicateOptions(flow.steps[position].options, of: position, in: flow, into: &diagnostics)
        }
        return diagnostics
    }

    /// Options are few: each is compared with the ones before it, unless there are many.
    private func duplicateOptions(_ options: [Option], of step: Int, in flow: Flow, into diagnostics: inout [Diagnostic]) {
        guard options.count > 1 else { return }
        if options.count > 16 {
            var first: [String: Int] = [:]
            for position in options.indices {
                let earlier = FlowIndex.firstPosition(of: options[position].id, at: position, in: &first)
                if earlier != position { diagnostics.append(duplicate(options, position, earlier, flow.steps[step].id)) }
            }
            return
        }
        for position in options.indices.dropFirst() {
            let id = options[position].id
            guard let earlier = (0..<position).first(where: { options[$0].id == id }) else { continue }
            diagnostics.append(duplicate(options, position, earlier, flow.steps[step].id))
        }
    }

    private func duplicate(_ options: [Option], _ position: Int, _ earlier: Int, _ stepID: String) -> Diagnostic {
        duplicate("option", options[position].id, in: " in step '\(stepID)'", at: options[position].location,
                  first: options[earlier].location)
    }

    func duplicate(_ what: String, _ id: String, in place: String = "", at location: SourceLocation,
                           first: SourceLocation) -> Diagnostic {
        Diagnostic(.duplicateID, "duplicate \(what) id '\(id)'\(place)", at: location,
                   notes: ["note: first defined at \(first)"])
    }
}
