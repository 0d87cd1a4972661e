/// A question's "I don't know / not sure" answer. Its answer id is always `unsure`.
public struct UnsureOption: Hashable, Codable, Sendable {
    /// The answer id conditions use for it.
    public static let id = "unsure"
    /// A custom label; `nil` means the interface's own "I don't know / not sure".
    public var label: Text?
    /// Its own route; `nil` lets the step's `next` decide.
    public var next: Ref?
    /// Where the `unsure:` key is written.
    public var location: SourceLocation

    /// Creates an "I don't know" answer.
    public init(label: Text?, next: Ref?, location: SourceLocation) {
        self.label = label
        self.next = next
        self.location = location
    }
}
