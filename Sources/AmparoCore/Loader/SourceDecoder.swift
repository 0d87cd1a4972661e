/// Reads one entry of `sources:`.
struct SourceDecoder {
    static let keys = ["id", "title", "cite", "url", "as-of", "contested"]

    let reader: NodeReader
    let flowID: String

    func decode(_ node: YAMLNode) -> Source? {
        guard let fields = reader.mapping(node, what: "a source", keys: SourceDecoder.keys, named: { "source '\($0)'" }),
              let idNode = reader.required(fields, "id"),
              let id = reader.id(idNode, what: "source id") else { return nil }
        let what = fields.what
        func string(_ key: String) -> String? {
            fields[key].flatMap { reader.string($0, what: "'\(key)' of \(what)") }
        }
        let title = reader.required(fields, "title").flatMap { reader.text($0, key: "", what: "title of \(what)") }
        let cite = reader.required(fields, "cite").flatMap { reader.text($0, key: "", what: "cite of \(what)") }
        let contested = fields["contested"].flatMap {
            reader.text($0, key: "\(flowID).source.\(id).contested", what: "'contested' of \(what)")
        }
        let asOf = reader.required(fields, "as-of").flatMap { reader.date($0, what: "'as-of' of \(what)") }
        return Source(id: id, title: title?.english ?? "", cite: cite?.english ?? "", url: string("url"),
                      asOf: asOf ?? LocalDate(year: 1, month: 1, day: 1)!, contested: contested,
                      location: reader.location(idNode))
    }
}
