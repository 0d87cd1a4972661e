/// Reads one entry of `sources:`.
struct SourceDecoder {
    static let keys: [FlowKey] = [.id, .title, .cite, .url, .asOf, .contested]

    let reader: NodeReader
    let flowID: String

    func decode(_ node: YAMLNode) -> Source? {
        guard let fields = reader.mapping(node, MappingSubject("a", "source"), keys: SourceDecoder.keys, namedByID: true),
              let idNode = reader.required(fields, .id),
              let id = reader.id(idNode, what: "source id") else { return nil }
        func string(_ key: FlowKey) -> String? {
            fields[key].flatMap { reader.string($0, what: "'\(key.name)' of \(fields.what)") }
        }
        let title = reader.required(fields, .title).flatMap { reader.text($0, key: "", what: "title of \(fields.what)") }
        let cite = reader.required(fields, .cite).flatMap { reader.text($0, key: "", what: "cite of \(fields.what)") }
        let contested = fields[.contested].flatMap {
            reader.text($0, key: "\(flowID).source.\(id).contested", what: "'contested' of \(fields.what)")
        }
        let asOf = reader.required(fields, .asOf).flatMap { reader.date($0, what: "'as-of' of \(fields.what)") }
        return Source(id: id, title: title?.english ?? "", cite: cite?.english ?? "", url: string(.url),
                      asOf: asOf ?? LocalDate(year: 1, month: 1, day: 1)!, contested: contested,
                      location: reader.location(idNode))
    }
}
