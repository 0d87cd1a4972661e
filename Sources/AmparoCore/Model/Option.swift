/// One choice of a question.
public struct Option: Hashable, Codable, Sendable {
    /// The option's id, unique within its step (never `unsure`).
    public var id: String
    /// The label shown to the person.
    public var label: Text
    /// The step this choice leads to (single-choice questions only); `nil` lets the step's
    /// `next` decide.
    public var next: Ref?
    /// Where the option's id is written.
    public var location: SourceLocation

    /// Creates an option.
    public init(id: String, label: Text, next: Ref?, location: SourceLocation) {
        self.id = id
        self.label = label
        self.next = next
        self.location = location
    }
}
