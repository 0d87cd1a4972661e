/// What the flow picker shows of a flow: its id, title and one-line summary. A verified content
/// bundle carries these, so the picker can be drawn before the flows themselves are loaded.
public struct FlowMenuEntry: Hashable, Sendable {
    /// The flow's id.
    public var id: String
    /// Its title.
    public var title: Text
    /// Its one-line summary.
    public var summary: Text

    /// An entry.
    public init(id: String, title: Text, summary: Text) {
        self.id = id
        self.title = title
        self.summary = summary
    }

    /// The entry of a loaded flow.
    public init(_ flow: Flow) {
        self.init(id: flow.id, title: flow.title, summary: flow.summary)
    }
}
