/// A text as it will be shown, and whether it fell back to English.
public struct LocalizedText: Hashable, Sendable {
    /// Why a text is shown in English in a non-English session.
    public enum Fallback: Hashable, Sendable {
        /// No translation exists.
        case missing
        /// The translation is out of date with the English.
        case stale
    }

    /// The text to show.
    public var text: String
    /// Set when `text` is English standing in for a translation.
    public var fallback: Fallback?

    public init(_ text: String, fallback: Fallback? = nil) {
        self.text = text
        self.fallback = fallback
    }
}
