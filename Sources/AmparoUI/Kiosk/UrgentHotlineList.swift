/// The hotlines of the built-in urgent screen, with the notice to show when their names are
/// English standing in for a translation.
public struct UrgentHotlineList: Equatable, Sendable {
    /// The hotlines, names in the person's language, or all in English when any lacks a
    /// current translation (never half a list in each).
    public var contacts: [TakeAwayContact]
    /// Set when the names are shown in English in a non-English session.
    public var fallback: LocalizedText.Fallback?

    /// Makes a list.
    public init(contacts: [TakeAwayContact], fallback: LocalizedText.Fallback? = nil) {
        self.contacts = contacts
        self.fallback = fallback
    }
}
