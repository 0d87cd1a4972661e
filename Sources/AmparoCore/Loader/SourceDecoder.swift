/// Reads one entry of `sources:` in `Facts/sources.yaml`.
struct SourceDecoder {
    static let keys: [FlowKey] = [.id, .title, .cite, .url, .asOf, .contested]

    let reader: NodeReader

    func decode(_ node: YAMLNode) -> Source? {
        guard let fields = reader.mapping(node, MappingSubject("a", "source"), keys: SourceDecoder.keys, namedByID: true),
              let idNode = reader.required(fields, .id),
              let id = reader.id(idNode, what: "source id") else { return nil }
        let title = reader.required(fields, .title).flatMap { reader.text($0, key: "", what: "title of \(fields.what)") }
        let cite = reader.required(fields, .cite).flatMap { reader.text($0, key: "", what: "cite of \(fields.what)") }
        let contested = fields[.contested].flatMap {
            reader.text($0, key: Source.contestedKey(id), what: "'contested' of \(fields.what)")
        }
        return Source(id: id, title: title?.english ?? "", cite: cite?.english ?? "",
                      url: fields[.url].flatMap { reader.string($0, what: "'url' of \(fields.what)") },
                      asOf: fields[.asOf].flatMap { reader.date($0, what: "'as-of' of \(fields.what)") },
                      contested: contested, location: reader.location(idNode))
    }
}
