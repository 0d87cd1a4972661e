/// Looks text up in the chosen language, following the never-stale rule: a translation is shown
/// only when it is current; otherwise the English is returned, marked with the reason, so the
/// interface can show a notice (``FallbackReason/notice``) in the person's language.
///
/// The engine emits text keys; only the presenter (UI, plain mode, `decide --lang`) localizes.
public struct Localizer: Sendable {
    /// The chosen language.
    public let language: Language
    /// Its catalog (`nil` for English, or when the catalog could not be read).
    public let catalog: Catalog?

    /// Creates a localizer. With no catalog, every text falls back to English (marked
    /// ``FallbackReason/missing``) unless the language is English itself.
    public init(language: Language, catalog: Catalog?) {
        self.language = language
        self.catalog = catalog
    }

    /// English: every text as written, never marked as a fallback.
    public static let english = Localizer(language: .english, catalog: nil)

    /// The text in the chosen language, or its English marked with why.
    public func localize(_ text: some LocalizableText) -> LocalizedString {
        lookup(text)
    }

    /// The text to show, with its `{date:…}` placeholders in words in the language shown: the
    /// chosen one for a translation, English for English.
    private func lookup(_ text: some LocalizableText) -> LocalizedString {
        let english = { DatePlaceholder.fill(text.english, languageTag: Language.english.tag) }
        if language.isSource { return LocalizedString(key: text.key, text: english(), fallback: nil) }
        guard let catalog else { return LocalizedString(key: text.key, text: english(), fallback: .missing) }
        switch catalog.translation(of: text) {
        case .success(let translation):
            return LocalizedString(key: text.key, text: DatePlaceholder.fill(translation, languageTag: language.tag), fallback: nil)
        case .failure(let reason): return LocalizedString(key: text.key, text: english(), fallback: reason)
        }
    }

    /// The text with this key and English.
    public func localize(key: String, english: String) -> LocalizedString {
        lookup(KeyedText(key: key, english: english))
    }

    /// An interface string, with `%d`/`%s` filled in from `arguments`.
    public func localize(_ string: InterfaceString, _ arguments: FormatArgument...) -> LocalizedString {
        let found = lookup(string)
        guard CFormat.hasDirectives(string.english) else { return found }
        return LocalizedString(key: found.key, text: CFormat.format(found.text, arguments), fallback: found.fallback)
    }

    /// Just the text of an interface string, with `%d`/`%s` filled in.
    public func string(_ string: InterfaceString, _ arguments: FormatArgument...) -> String {
        let found = lookup(string)
        guard CFormat.hasDirectives(string.english) else { return found.text }
        return CFormat.format(found.text, arguments)
    }

    /// Localizes texts all or nothing (the parts of one guidance card): if any part cannot be
    /// shown translated, every part is returned in English, each marked with its own reason or
    /// ``FallbackReason/restOfCard``.
    public func localizeGroup(_ texts: [any LocalizableText]) -> LocalizedGroup {
        let each = texts.map { lookup($0) }
        guard let reason = each.lazy.compactMap(\.fallback).first else {
            return LocalizedGroup(parts: each, fallback: nil)
        }
        let english = zip(texts, each).map { text, found in
            LocalizedString(key: text.key, text: DatePlaceholder.fill(text.english, languageTag: Language.english.tag),
                            fallback: found.fallback ?? .restOfCard)
        }
        return LocalizedGroup(parts: english, fallback: reason)
    }

    /// The notice to show, in the chosen language, above text that fell back for `reason`.
    public func notice(for reason: FallbackReason) -> String {
        string(reason.notice)
    }

    /// How the chosen language's translation was made and reviewed.
    public var translationStatus: TranslationStatus {
        if language.isSource { return .source }
        return catalog?.status ?? .unrecorded(headerValue: nil)
    }

    /// The sentence that tells the person how the translation was made, in their language
    /// (show it once per session, and in the volunteer view).
    public var translationStatusNotice: String {
        string(translationStatus.notice)
    }
}
