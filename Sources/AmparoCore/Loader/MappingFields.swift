/// The entries of one YAML mapping, by key, after unknown keys were reported.
///
/// A mapping has a handful of keys, so they are kept in small parallel arrays searched in order:
/// two dictionaries per mapping (values and key positions) cost about a tenth of the whole load.
struct MappingFields {
    /// Where the mapping starts.
    var location: SourceLocation
    /// What the mapping is, for messages: "step 'door'", "card 'calls'", "the flow".
    var what: String
    /// The accepted keys, in the order written (a repeated key keeps its first place).
    private(set) var keys: [String] = []
    private var values: [YAMLNode] = []
    private var keyLocations: [SourceLocation] = []

    /// Empty fields, with room for `capacity` keys.
    init(location: SourceLocation, what: String, capacity: Int) {
        self.location = location
        self.what = what
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        keyLocations.reserveCapacity(capacity)
    }

    /// Records `key`; a key already present takes the new value and position.
    mutating func set(_ key: String, _ value: YAMLNode, at keyLocation: SourceLocation) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
            keyLocations[index] = keyLocation
        } else {
            keys.append(key)
            values.append(value)
            keyLocations.append(keyLocation)
        }
    }

    /// Where `key` is written, if it is present.
    func keyLocation(_ key: String) -> SourceLocation? {
        keys.firstIndex(of: key).map { keyLocations[$0] }
    }

    subscript(key: String) -> YAMLNode? { keys.firstIndex(of: key).map { values[$0] } }
}
