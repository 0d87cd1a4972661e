import AmparoCore

extension Strings {
    /// The words of a ``Localizer``: translations under the never-stale rule, and English marked
    /// with why it fell back.
    public init(localizer: Localizer) {
        self.init(
            languageTag: localizer.language.tag,
            interface: { localizer.localize(key: $0.key, english: $0.english).text },
            content: { text in
                let found = localizer.localize(text)
                return LocalizedText(found.text, fallback: found.fallback.map(LocalizedText.Fallback.init))
            }
        )
    }
}

extension LocalizedText.Fallback {
    /// The interface's two notices for the catalog's reasons: "not translated yet" for a missing
    /// or empty entry, "changed recently" for everything else.
    public init(_ reason: FallbackReason) {
        switch reason {
        case .missing, .untranslated: self = .missing
        case .fuzzy, .stale, .formatMismatch, .restOfCard: self = .stale
        }
    }
}

extension LanguageChoice {
    /// The picker row of a language.
    public init(_ language: Language) {
        self.init(tag: language.tag, endonym: language.endonym, englishName: language.englishName)
    }
}
