/// Reads one entry of `cards:`, with its contacts.
struct CardDecoder {
    static let keys: [FlowKey] = [.id, .title, .body, .now, .say, .contested, .facts, .checked, .urgent, .when, .contacts, .referrals]
    static let contactKeys: [FlowKey] = [.name, .phone, .url, .hours]

    let reader: NodeReader
    let flowID: String

    func decode(_ node: YAMLNode) -> Card? {
        guard let fields = reader.mapping(node, MappingSubject("a", "card"), keys: CardDecoder.keys, namedByID: true),
              let idNode = reader.required(fields, .id),
              let id = reader.id(idNode, what: "card id") else { return nil }
        let prefix = TextKey.join(flowID, ".card.", id)
        func text(_ key: FlowKey, required: Bool) -> Text? {
            let node = required ? reader.required(fields, key) : fields[key]
            return node.flatMap { reader.text($0, key: TextKey.join(prefix, ".", key.name), what: "'\(key.name)' of \(fields.what)") }
        }
        let title = text(.title, required: true) ?? Text(key: "\(prefix).title", english: "", location: fields.location)
        let body = text(.body, required: true) ?? Text(key: "\(prefix).body", english: "", location: fields.location)
        var facts: [Ref] = []
        if let factsNode = fields[.facts], let items = reader.sequence(factsNode, what: "'facts' of \(fields.what)") {
            facts = items.decodeAll { reader.ref($0, what: "fact id") }
        }
        let checkedNode = fields[.checked]
        var contacts: [Contact] = []
        if let contactsNode = fields[.contacts],
           let items = reader.sequence(contactsNode, what: "'contacts' of \(fields.what)") {
            for (index, item) in items.enumerated() {
                if let contact = contact(item, key: "\(prefix).contact.\(index + 1)", card: fields.subject) {
                    contacts.append(contact)
                }
            }
        }
        var referrals: [ReferralKind] = []
        if let referralsNode = fields[.referrals],
           let items = reader.sequence(referralsNode, what: "'referrals' of \(fields.what)") {
            for item in items {
                guard let kind = referral(item, card: fields.what), !referrals.contains(kind) else { continue }
                referrals.append(kind)
            }
        }
        return Card(id: id, title: title, body: body, now: text(.now, required: false), say: text(.say, required: false),
                    contested: text(.contested, required: false), facts: facts,
                    checked: checkedNode.flatMap { reader.date($0, what: "'checked' of \(fields.what)") },
                    urgent: fields[.urgent].flatMap { reader.bool($0, what: "'urgent'") } ?? false,
                    when: fields[.when].flatMap { reader.condition($0, what: "'when'") },
                    contacts: contacts, referrals: referrals, location: reader.location(idNode),
                    checkedLocation: checkedNode.map(reader.location))
    }

    /// One kind of help of `referrals:`, or `nil` (reported) when it is not one Amparo knows.
    private func referral(_ node: YAMLNode, card: String) -> ReferralKind? {
        guard let value = reader.string(node, what: "a referral kind of \(card)") else { return nil }
        guard let kind = ReferralKind(rawValue: value) else {
            let names = ReferralKind.allCases.map(\.rawValue)
            reader.report(.unknownReferral, "unknown kind of help '\(value)' in 'referrals' of \(card); use " + ListWording.or(names),
                          at: reader.location(node), suggestion: EditDistance.suggestion(for: value, among: names))
            return nil
        }
        return kind
    }

    private func contact(_ node: YAMLNode, key: String, card: MappingSubject) -> Contact? {
        guard let fields = reader.mapping(node, MappingSubject("a", "contact", of: card), keys: CardDecoder.contactKeys),
              let nameNode = reader.required(fields, .name),
              let name = reader.text(nameNode, key: "\(key).name", what: "contact name") else { return nil }
        return Contact(name: name,
                       phone: fields[.phone].flatMap { reader.string($0, what: "'phone'") },
                       url: fields[.url].flatMap { reader.string($0, what: "'url'") },
                       hours: fields[.hours].flatMap { reader.text($0, key: "\(key).hours", what: "'hours'") },
                       location: fields.location)
    }
}
