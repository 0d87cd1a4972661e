import AmparoCore

extension LanguageChoice {
    /// The languages Amparo ships, in picker order, taken from the one table in AmparoCore
    /// (`Language.known`); the catalogs on disk refine it at run time (`useCatalogs`).
    public static let shipped: [LanguageChoice] = Language.known.map(LanguageChoice.init)
}
