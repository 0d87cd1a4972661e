/// Reads one entry of `steps:`, with its options, `unsure` and routing.
struct StepDecoder {
    static let commonKeys: [FlowKey] = [.id, .kind, .text, .detail, .volunteerNote]
    static let allKeys: [FlowKey] = commonKeys + [.options, .unsure, .next, .cards, .showMatching]
    static let optionKeys: [FlowKey] = [.id, .label, .next]
    static let unsureKeys: [FlowKey] = [.label, .next]

    private static let questionKeys = commonKeys + [.options, .unsure, .next]
    private static let infoKeys = commonKeys + [.next]
    private static let outcomeKeys = commonKeys + [.cards, .showMatching]

    /// The keys each kind of step may use.
    static func allowedKeys(_ kind: StepKind) -> [FlowKey] {
        switch kind {
        case .single, .multiple: return questionKeys
        case .info: return infoKeys
        case .outcome: return outcomeKeys
        }
    }

    let reader: NodeReader
    let flowID: String

    func decode(_ node: YAMLNode) -> Step? {
        guard let fields = reader.mapping(node, MappingSubject("a", "step"), keys: StepDecoder.allKeys, namedByID: true),
              let idNode = reader.required(fields, .id),
              let id = reader.id(idNode, what: "step id") else { return nil }
        guard let kindNode = reader.required(fields, .kind),
              let kindName = reader.string(kindNode, what: "'kind' of \(fields.what)") else { return nil }
        guard let kind = StepKind(rawValue: kindName) else {
            let kinds = StepKind.allCases.map(\.rawValue)
            reader.report(.unknownKind, "unknown step kind '\(kindName)'; use \(ListWording.or(kinds))",
                          at: reader.location(kindNode),
                          suggestion: EditDistance.suggestion(for: kindName, among: kinds))
            return nil
        }
        for key in fields.present(outside: StepDecoder.allowedKeys(kind)).sorted(by: { $0.name < $1.name }) {
            reader.report(.keyNotAllowed, "'\(key.name)' is not used by \(kind.rawValue) steps",
                          at: fields.keyLocation(key) ?? fields.location)
        }
        let prefix = TextKey.join(flowID, ".step.", id)
        func text(_ key: FlowKey) -> Text? {
            fields[key].flatMap { reader.text($0, key: TextKey.join(prefix, ".", key.name), what: "'\(key.name)' of \(fields.what)") }
        }
        let textNode = reader.required(fields, .text)
        let stepText = textNode.flatMap { reader.text($0, key: TextKey.join(prefix, ".text"), what: "'text' of \(fields.what)") }
            ?? Text(key: "\(prefix).text", english: "", location: fields.location)

        var step = Step(id: id, kind: kind, text: stepText, detail: text(.detail),
                        volunteerNote: text(.volunteerNote), location: reader.location(idNode))
        if kind.isQuestion {
            step.options = options(fields, prefix: prefix)
            step.unsure = fields[.unsure].flatMap { unsure($0, prefix: prefix, step: fields.subject) }
        }
        if !kind.isOutcome {
            step.next = fields[.next].flatMap { RoutingDecoder(reader: reader).decode($0, step: fields.subject) }
        } else {
            if let cardsNode = fields[.cards], let items = reader.sequence(cardsNode, what: "'cards' of \(fields.what)") {
                step.cards = items.decodeAll { reader.ref($0, what: "card id") }
            }
            step.showMatching = fields[.showMatching].flatMap { reader.bool($0, what: "'show-matching'") } ?? true
        }
        return step
    }

    private func options(_ stepFields: MappingFields, prefix: String) -> [Option] {
        guard let node = reader.required(stepFields, .options),
              let items = reader.sequence(node, what: "'options' of \(stepFields.what)") else { return [] }
        return items.decodeAll { item in
            guard let fields = reader.mapping(item, MappingSubject("an", "option", of: stepFields.subject), keys: StepDecoder.optionKeys,
                                              namedByID: true),
                  let idNode = reader.required(fields, .id),
                  let id = reader.id(idNode, what: "option id") else { return nil }
            let key = TextKey.join(prefix, ".option.", id)
            let label = reader.required(fields, .label).flatMap {
                reader.text($0, key: key, what: "label of \(fields.what)")
            } ?? Text(key: key, english: "", location: fields.location)
            let next = fields[.next].flatMap { reader.ref($0, what: "step id") }
            return Option(id: id, label: label, next: next, location: reader.location(idNode))
        }
    }

    private func unsure(_ node: YAMLNode, prefix: String, step: MappingSubject) -> UnsureOption? {
        guard let fields = reader.mapping(node, MappingSubject(nil, "'unsure'", of: step), keys: StepDecoder.unsureKeys) else {
            return nil
        }
        let label = fields[.label].flatMap {
            reader.text($0, key: TextKey.join(prefix, ".unsure"), what: "'unsure' label of \(step.text)")
        }
        let next = fields[.next].flatMap { reader.ref($0, what: "step id") }
        return UnsureOption(label: label, next: next, location: fields.location)
    }
}
