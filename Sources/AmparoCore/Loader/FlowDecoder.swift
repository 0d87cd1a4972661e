import Foundation

/// Builds a `Flow` from a composed YAML document, reporting every problem to the reader. It keeps
/// going after errors, so one pass reports everything; the result is `nil` only when the root
/// is not a mapping.
struct FlowDecoder {
    static let keys: [FlowKey] = [.id, .title, .summary, .jurisdiction, .version, .reviewBy,
                                  .notice, .start, .steps, .cards]

    let reader: NodeReader
    /// The facts and sources the flow's cards rest on.
    let factBase: FactBase

    func decode(_ root: YAMLNode) -> Flow? {
        guard let fields = reader.mapping(root, MappingSubject("the", "flow"), keys: FlowDecoder.keys) else { return nil }
        let idNode = reader.required(fields, .id)
        // Named after the file only when the id is missing or bad (an error is reported then).
        let id = idNode.flatMap { reader.id($0, what: "flow id") }
            ?? URL(fileURLWithPath: reader.tree.file).deletingPathExtension().lastPathComponent
        let missingText = Text(key: "", english: "", location: fields.location)

        func text(_ key: FlowKey, required: Bool) -> Text? {
            let node = required ? reader.required(fields, key) : fields[key]
            return node.flatMap { reader.text($0, key: "\(id).\(key.name)", what: "the flow's \(key.name)") }
        }
        func plainString(_ key: FlowKey) -> String? {
            reader.required(fields, key).flatMap { reader.string($0, what: "the flow's \(key.name)") }
        }
        func date(_ key: FlowKey) -> (LocalDate?, SourceLocation) {
            let node = reader.required(fields, key)
            return (node.flatMap { reader.date($0, what: "'\(key.name)'") }, node.map(reader.location) ?? fields.location)
        }

        let title = text(.title, required: true)
        let summary = text(.summary, required: true)
        let jurisdiction = plainString(.jurisdiction) ?? ""
        let version = plainString(.version) ?? ""
        let (reviewBy, reviewByLocation) = date(.reviewBy)
        let notice = text(.notice, required: false)
        let start = reader.required(fields, .start).flatMap { reader.ref($0, what: "start step") }
        let steps = list(fields, .steps) { StepDecoder(reader: reader, flowID: id).decode($0) }
        let cards = list(fields, .cards) { CardDecoder(reader: reader, flowID: id).decode($0) }

        return Flow(
            id: id, title: title ?? missingText, summary: summary ?? missingText,
            jurisdiction: jurisdiction, version: version,
            reviewBy: reviewBy ?? LocalDate(year: 9999, month: 12, day: 31)!,
            notice: notice, factBase: factBase,
            start: start ?? Ref(id: "", location: fields.location),
            steps: steps, cards: cards,
            location: idNode.map(reader.location) ?? fields.location,
            reviewByLocation: reviewByLocation)
    }

    private func list<T>(_ fields: MappingFields, _ key: FlowKey, _ decode: (YAMLNode) -> T?) -> [T] {
        guard let node = reader.required(fields, key),
              let items = reader.sequence(node, what: "'\(key.name)'") else { return [] }
        return items.decodeAll(decode)
    }
}
