/// The top bar: what the screen is about, and how far along the person is.
public struct Header: Hashable, Sendable {
    /// The flow's title, or the screen's name.
    public var title: String
    /// "Question 2 of about 5", or nil.
    public var progress: String?

    public init(title: String, progress: String? = nil) {
        self.title = title
        self.progress = progress
    }
}
