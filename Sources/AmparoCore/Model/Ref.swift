/// A reference to something by id (a step, card, source, question or option), with the place
/// it was written so that an unknown id can be reported precisely.
public struct Ref: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The id referred to.
    public var id: String
    /// Where the reference was written.
    public var location: SourceLocation

    /// Creates a reference.
    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }

    /// The id.
    public var description: String { id }
}
