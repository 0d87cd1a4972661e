/// Reads one entry of `facts:` in a file of `Facts/`.
struct FactDecoder {
    static let keys: [FlowKey] = [.id, .statement, .confidence, .status, .supersededBy, .asOf, .checked, .sources, .research]

    let reader: NodeReader

    func decode(_ node: YAMLNode) -> Fact? {
        guard let fields = reader.mapping(node, MappingSubject("a", "fact"), keys: FactDecoder.keys, namedByID: true),
              let idNode = reader.required(fields, .id),
              let id = reader.id(idNode, what: "fact id") else { return nil }
        let statement = reader.required(fields, .statement).flatMap { reader.text($0, key: "", what: "'statement' of \(fields.what)") }
        let confidence = reader.required(fields, .confidence).flatMap { node -> FactConfidence? in
            choice(node, what: "'confidence' of \(fields.what)", among: FactConfidence.allCases.map(\.rawValue))
                .flatMap(FactConfidence.init(rawValue:))
        }
        let status = status(fields)
        func date(_ key: FlowKey) -> (LocalDate?, SourceLocation?) {
            let node = reader.required(fields, key)
            return (node.flatMap { reader.date($0, what: "'\(key.name)' of \(fields.what)") }, node.map(reader.location))
        }
        let (asOf, asOfLocation) = date(.asOf)
        let (checked, checkedLocation) = date(.checked)
        var sources: [Ref] = []
        if let node = reader.required(fields, .sources), let items = reader.sequence(node, what: "'sources' of \(fields.what)") {
            sources = items.decodeAll { reader.ref($0, what: "source id") }
        }
        var research: [String] = []
        if let node = fields[.research], let items = reader.sequence(node, what: "'research' of \(fields.what)") {
            research = items.decodeAll { reader.string($0, what: "a research entry") }
        }
        guard let confidence, let status, let asOf, let checked else { return nil }
        return Fact(id: id, statement: statement?.english ?? "", confidence: confidence, status: status,
                    asOf: asOf, checked: checked, sources: sources, research: research,
                    location: reader.location(idNode), asOfLocation: asOfLocation, checkedLocation: checkedLocation)
    }

    /// `status: current`, or `status: superseded` with the `superseded-by` fact.
    private func status(_ fields: MappingFields) -> FactStatus? {
        guard let node = reader.required(fields, .status),
              let name = choice(node, what: "'status' of \(fields.what)", among: ["current", "superseded"]) else { return nil }
        let replacement = fields[.supersededBy]
        if name == "current" {
            if replacement != nil {
                reader.report(.keyNotAllowed, "'superseded-by' is used only by a superseded fact; \(fields.what) is current",
                              at: fields.keyLocation(.supersededBy) ?? fields.location)
            }
            return .current
        }
        guard let replacementNode = replacement else {
            reader.report(.missingField, "missing 'superseded-by' in \(fields.what): a superseded fact names the fact that replaced it",
                          at: reader.location(node))
            return nil
        }
        return reader.ref(replacementNode, what: "fact id").map { .superseded(by: $0) }
    }

    /// One of `names`, or a "wrong type" diagnostic with a "did you mean".
    private func choice(_ node: YAMLNode, what: String, among names: [String]) -> String? {
        guard let value = reader.string(node, what: what) else { return nil }
        guard names.contains(value) else {
            reader.report(.wrongType, "\(what) is '\(value)'; use " + ListWording.or(names), at: reader.location(node),
                          suggestion: EditDistance.suggestion(for: value, among: names))
            return nil
        }
        return value
    }
}
