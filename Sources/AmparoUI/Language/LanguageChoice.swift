/// A language the person can pick: its BCP 47 tag, its own name, and its English name.
public struct LanguageChoice: Hashable, Sendable {
    /// The BCP 47 tag, also the catalog's file name (`es`, `zh-Hant`).
    public var tag: String
    /// The language's name in itself ("Español", "Tiếng Việt").
    public var endonym: String
    /// The English name, shown second.
    public var englishName: String

    public init(tag: String, endonym: String, englishName: String) {
        self.tag = tag
        self.endonym = endonym
        self.englishName = englishName
    }
}
