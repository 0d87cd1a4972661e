/// Why English is shown instead of a translation.
public enum FallbackReason: Error, Sendable, Hashable {
    /// The catalog has no entry for the key.
    case missing
    /// The entry's `msgstr` is empty.
    case untranslated
    /// The entry is marked fuzzy: its English changed and nobody has checked the translation.
    case fuzzy
    /// The entry's `msgid` is not today's English (the catalog was not merged since it changed).
    case stale
    /// The translation does not take the same `%d`/`%s` arguments as the English.
    case formatMismatch
    /// This part is translated, but another part of the same card is not, so the whole card is English.
    case restOfCard

    /// The notice to show, in the person's language, above text shown in English for this reason.
    public var notice: InterfaceString {
        switch self {
        case .missing, .untranslated: .noticeMissing
        case .fuzzy, .stale, .formatMismatch, .restOfCard: .noticeStale
        }
    }
}
