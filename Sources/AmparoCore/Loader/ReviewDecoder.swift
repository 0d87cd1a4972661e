/// Reads `attorney-review:` in `Facts/attorney-review.yaml`: `none`, or a record with the
/// reviewer, the date, the content digest and the flows reviewed. A record that lacks any of
/// them is refused (AMP080) and counts as no review.
struct ReviewDecoder {
    static let keys: [FlowKey] = [.reviewer, .date, .contentDigest, .flows, .note]

    let reader: NodeReader

    func decode(_ node: YAMLNode) -> AttorneyReview {
        if reader.tree.kind(node) == .scalar {
            guard reader.tree.scalar(node) == "none", !reader.isNull(node) else {
                reader.report(.wrongType, "expected 'none' or a review record for 'attorney-review', found \(reader.describe(node))",
                              at: reader.location(node))
                return .none
            }
            return .none
        }
        guard let fields = reader.mapping(node, MappingSubject("the", "attorney review"), keys: ReviewDecoder.keys) else {
            return .none
        }
        var missing: [String] = []
        let reviewer = fields[.reviewer].flatMap { reader.string($0, what: "'reviewer'") }
        if reviewer.map(NodeReader.isBlank) ?? true { missing.append("the reviewer's name") }
        let dateNode = fields[.date]
        let date = dateNode.flatMap { reader.date($0, what: "'date' of the attorney review") }
        if dateNode == nil { missing.append("the date") }
        let digestNode = fields[.contentDigest]
        let digest = digestNode.flatMap { reader.string($0, what: "'content-digest'") }
        if digestNode == nil { missing.append("the content digest") }
        var flows: [Ref] = []
        if let node = fields[.flows], let items = reader.sequence(node, what: "'flows' of the attorney review") {
            flows = items.decodeAll { reader.ref($0, what: "flow id") }
        }
        if flows.isEmpty { missing.append("the flows reviewed") }
        if !missing.isEmpty {
            reader.report(.reviewIncomplete,
                          "an attorney review must give the reviewer's name, the date, the content digest and the flows reviewed; missing "
                            + ListWording.and(missing) + ". Never record a review that did not happen",
                          at: fields.location)
        }
        if let digest, let digestNode, !ReviewDecoder.isDigest(digest) {
            reader.report(.wrongType, "'content-digest' must be 64 lower-case hex digits (the reviewed digest `amparo review` prints), found '\(digest.prefix(70))'",
                          at: reader.location(digestNode))
            return .none
        }
        guard missing.isEmpty, let reviewer, let date, let digest, let dateNode, let digestNode else { return .none }
        return .recorded(AttorneyReviewRecord(
            reviewer: reviewer, date: date, contentDigest: digest, flows: flows,
            note: fields[.note].flatMap { reader.string($0, what: "'note'") },
            location: fields.location, dateLocation: reader.location(dateNode), digestLocation: reader.location(digestNode)))
    }

    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
