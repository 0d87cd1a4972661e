/// Texts localized all or nothing, such as the parts of one guidance card: either every part is
/// translated, or every part is English (po2debconf's rule), so a person never reads half a
/// card in one language and half in another.
public struct LocalizedGroup: Sendable, Hashable {
    /// The parts, in the order they were given.
    public let parts: [LocalizedString]
    /// Why the group is in English, or `nil` when it is all translated (or English was chosen).
    /// When parts fell back for different reasons, the first part's reason that is not
    /// ``FallbackReason/restOfCard`` is given.
    public let fallback: FallbackReason?

    /// True when the group is shown in English although another language was chosen.
    public var isFallback: Bool { fallback != nil }

    /// The part with this key, if any.
    public subscript(key: String) -> LocalizedString? {
        parts.first { $0.key == key }
    }
}
