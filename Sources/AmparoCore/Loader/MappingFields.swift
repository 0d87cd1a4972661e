/// The entries of one YAML mapping, by key, after unknown keys were reported.
///
/// A mapping has a handful of keys, so they are kept in one small array searched in order by
/// key symbol.
struct MappingFields {
    struct Entry {
        var key: FlowKey
        var value: YAMLNode
        var keyLocation: SourceLocation
    }

    /// Where the mapping starts.
    var location: SourceLocation
    /// What the mapping is, for messages.
    var subject: MappingSubject
    /// The accepted entries, in the order written.
    private(set) var entries: [Entry] = []

    /// Empty fields, with room for `capacity` keys.
    init(location: SourceLocation, subject: MappingSubject, capacity: Int) {
        self.location = location
        self.subject = subject
        entries.reserveCapacity(capacity)
    }

    /// What the mapping is, in words: "step 'door'", "the flow".
    var what: String { subject.text }

    /// The keys present, in the order written.
    var keys: [FlowKey] { entries.map(\.key) }

    /// Records `key` (the tree refuses a key written twice, so each comes once).
    mutating func set(_ key: FlowKey, _ value: YAMLNode, at keyLocation: SourceLocation) {
        entries.append(Entry(key: key, value: value, keyLocation: keyLocation))
    }

    /// Where `key` is written, if it is present.
    func keyLocation(_ key: FlowKey) -> SourceLocation? {
        entries.first { $0.key == key }?.keyLocation
    }

    subscript(key: FlowKey) -> YAMLNode? {
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }
}
