/// Reads one entry of `steps:`, with its options, `unsure` and routing.
struct StepDecoder {
    static let commonKeys = ["id", "kind", "text", "detail", "volunteer-note"]
    static let kindKeys: [StepKind: [String]] = [
        .single: ["options", "unsure", "next"],
        .multiple: ["options", "unsure", "next"],
        .info: ["next"],
        .outcome: ["cards", "show-matching"],
    ]
    static let allKeys = commonKeys + ["options", "unsure", "next", "cards", "show-matching"]

    let reader: NodeReader
    let flowID: String

    func decode(_ node: YAMLNode) -> Step? {
        guard let fields = reader.mapping(node, what: "a step", keys: StepDecoder.allKeys, named: { "step '\($0)'" }),
              let idNode = reader.required(fields, "id"),
              let id = reader.id(idNode, what: "step id") else { return nil }
        let what = fields.what
        guard let kindNode = reader.required(fields, "kind"),
              let kindName = reader.string(kindNode, what: "'kind' of \(what)") else { return nil }
        guard let kind = StepKind(rawValue: kindName) else {
            reader.report(.unknownKind, "unknown step kind '\(kindName)'; use single, multiple, info or outcome",
                          at: reader.location(kindNode),
                          suggestion: EditDistance.suggestion(for: kindName, among: StepKind.allCases.map(\.rawValue)))
            return nil
        }
        let allowed = StepDecoder.commonKeys + (StepDecoder.kindKeys[kind] ?? [])
        for key in fields.keys.sorted() where !allowed.contains(key) {
            reader.report(.keyNotAllowed, "'\(key)' is not used by \(kind.rawValue) steps",
                          at: fields.keyLocation(key) ?? fields.location)
        }
        let prefix = "\(flowID).step.\(id)"
        func text(_ key: String) -> Text? {
            fields[key].flatMap { reader.text($0, key: "\(prefix).\(key)", what: "'\(key)' of \(what)") }
        }
        let textNode = reader.required(fields, "text")
        let stepText = textNode.flatMap { reader.text($0, key: "\(prefix).text", what: "'text' of \(what)") }
            ?? Text(key: "\(prefix).text", english: "", location: fields.location)

        var step = Step(id: id, kind: kind, text: stepText, detail: text("detail"),
                        volunteerNote: text("volunteer-note"), location: reader.location(idNode))
        if kind.isQuestion {
            step.options = options(fields, prefix: prefix, stepWhat: what)
            step.unsure = fields["unsure"].flatMap { unsure($0, prefix: prefix, stepWhat: what) }
        }
        if kind != .outcome {
            step.next = fields["next"].flatMap { RoutingDecoder(reader: reader).decode($0, what: what) }
        } else {
            if let cardsNode = fields["cards"], let items = reader.sequence(cardsNode, what: "'cards' of \(what)") {
                step.cards = items.compactMap { reader.ref($0, what: "card id") }
            }
            step.showMatching = fields["show-matching"].flatMap { reader.bool($0, what: "'show-matching'") } ?? true
        }
        return step
    }

    private func options(_ fields: MappingFields, prefix: String, stepWhat: String) -> [Option] {
        guard let node = reader.required(fields, "options"),
              let items = reader.sequence(node, what: "'options' of \(stepWhat)") else { return [] }
        return items.compactMap { item in
            guard let fields = reader.mapping(item, what: "an option of \(stepWhat)", keys: ["id", "label", "next"],
                                              named: { "option '\($0)' of \(stepWhat)" }),
                  let idNode = reader.required(fields, "id"),
                  let id = reader.id(idNode, what: "option id") else { return nil }
            let what = fields.what
            let label = reader.required(fields, "label").flatMap {
                reader.text($0, key: "\(prefix).option.\(id)", what: "label of \(what)")
            } ?? Text(key: "\(prefix).option.\(id)", english: "", location: fields.location)
            let next = fields["next"].flatMap { reader.ref($0, what: "step id") }
            return Option(id: id, label: label, next: next, location: reader.location(idNode))
        }
    }

    private func unsure(_ node: YAMLNode, prefix: String, stepWhat: String) -> UnsureOption? {
        guard let fields = reader.mapping(node, what: "'unsure' of \(stepWhat)", keys: ["label", "next"]) else {
            return nil
        }
        let label = fields["label"].flatMap {
            reader.text($0, key: "\(prefix).unsure", what: "'unsure' label of \(stepWhat)")
        }
        let next = fields["next"].flatMap { reader.ref($0, what: "step id") }
        return UnsureOption(label: label, next: next, location: fields.location)
    }
}
