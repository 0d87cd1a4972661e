import AmparoCore

extension AppConfiguration {
    /// Offers the languages whose catalogs are in `directory` (and English), in the picker's
    /// order; takes `--lang` (`requested`) if it names one of them, else throws with a
    /// "did you mean"; preselects a row from `LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`; and
    /// reads a language's catalog only when that language is chosen. The translation status
    /// (how the catalog was made and reviewed) is offered for every language but English.
    public mutating func useCatalogs(in directory: LocalizationDirectory, requested: String?,
                                     environment: [String: String]) throws(UnknownLanguageError) {
        let available = directory.availableLanguages()
        languages = available.map(LanguageChoice.init)
        if let requested {
            fixedLanguage = try Language.resolve(tag: requested, among: available).tag
        }
        preselectedLanguage = LanguagePreselection.preselect(environment: environment, available: available)?.tag
        let cache = LocalizerCache { tag in
            guard let language = Language.known(tag: tag) else { return nil }
            return (try? directory.localizer(for: language)) ?? Localizer(language: language, catalog: nil)
        }
        catalogs = cache
        let localizer: @Sendable (String) -> Localizer? = { tag in cache.localizer(for: tag) }
        strings = { tag in localizer(tag).map(Strings.init(localizer:)) ?? .english }
        translationStatus = { tag in
            guard let found = localizer(tag), !found.language.isSource else { return nil }
            return found.translationStatus.notice
        }
    }
}
