/// Reads a `next:` value: a step id, or a list of `if`/`to` rules.
struct RoutingDecoder {
    static let ruleKeys: [FlowKey] = [.if, .to]

    let reader: NodeReader

    /// `step` is the subject of the step whose `next:` this is, for messages.
    func decode(_ node: YAMLNode, step: MappingSubject) -> Routing? {
        if reader.tree.kind(node) == .scalar {
            return reader.ref(node, what: "step id").map(Routing.step)
        }
        guard let items = reader.sequence(node, what: "'next' of \(step.text)") else { return nil }
        let rules = items.decodeAll { item -> RoutingRule? in
            guard let fields = reader.mapping(item, MappingSubject("a", "'next' rule", of: step), keys: RoutingDecoder.ruleKeys),
                  let targetNode = reader.required(fields, .to),
                  let target = reader.ref(targetNode, what: "step id") else { return nil }
            let condition = fields[.if].flatMap { reader.condition($0, what: "'if'") }
            if fields[.if] != nil, condition == nil { return nil }
            return RoutingRule(condition: condition, target: target, location: fields.location)
        }
        return .rules(rules)
    }
}
