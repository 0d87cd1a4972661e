import Yams

/// The entries of one YAML mapping, by key, after unknown keys were reported.
struct MappingFields {
    /// Where the mapping starts.
    var location: SourceLocation
    /// What the mapping is, for messages: "step 'door'", "card 'calls'", "the flow".
    var what: String
    /// Values by key.
    var values: [String: Node]
    /// Where each key is written.
    var keyLocations: [String: SourceLocation]

    subscript(key: String) -> Node? { values[key] }
}
