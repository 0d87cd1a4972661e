/// A user-visible string of a flow: its stable translation key, its English source text and
/// where it was written. The engine never localizes; presenters look `key` up in a catalog.
public struct Text: Hashable, Codable, Sendable {
    /// The stable key, e.g. `demo.step.door.text` (see docs/flow-format.md, "Text keys").
    public var key: String
    /// The English text, normalized to NFC.
    public var english: String
    /// Where the text's value starts in its file.
    public var location: SourceLocation

    /// Creates a text.
    public init(key: String, english: String, location: SourceLocation) {
        self.key = key
        self.english = english
        self.location = location
    }
}
