/// Text ready to show: the translation, or the English with the reason it fell back.
public struct LocalizedString: Sendable, Hashable, CustomStringConvertible {
    /// The text key it was looked up by.
    public let key: String
    /// The text to show.
    public let text: String
    /// Why English is shown, or `nil` when `text` is the translation (or English was chosen).
    public let fallback: FallbackReason?

    /// Creates a localized text.
    public init(key: String, text: String, fallback: FallbackReason?) {
        self.key = key
        self.text = text
        self.fallback = fallback
    }

    /// True when English is shown although another language was chosen: show a notice.
    public var isFallback: Bool { fallback != nil }

    public var description: String { text }
}
