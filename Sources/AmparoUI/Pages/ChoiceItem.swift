/// One entry of a list the person chooses from.
public struct ChoiceItem: Hashable, Sendable {
    /// The main text ("At work", "Español").
    public var label: String
    /// A second, quieter line (a flow's summary, a language's English name).
    public var detail: String?
    /// Check-box state in a multiple-choice question; nil elsewhere.
    public var checked: Bool?

    public init(label: String, detail: String? = nil, checked: Bool? = nil) {
        self.label = label
        self.detail = detail
        self.checked = checked
    }
}
