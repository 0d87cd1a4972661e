/// A footer button: the key to press, what it does, and the action a click sends.
public struct Hint: Hashable, Sendable {
    /// The key as shown ("?", "Enter").
    public var key: String
    /// What it does, in the person's language.
    public var label: String
    /// The action pressing or clicking it sends.
    public var action: Action
    /// Lower numbers are kept first when the footer is too narrow for every hint.
    public var priority: Int

    public init(key: String, label: String, action: Action, priority: Int) {
        self.key = key
        self.label = label
        self.action = action
        self.priority = priority
    }
}
