/// A language Amparo can show, named by its BCP 47 tag. Its catalog is `Localization/<tag>.po`
/// (English, the source language, has none).
public struct Language: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The BCP 47 tag, as in the catalog's file name: `es`, `zh-Hans`, `zh-Hant`, `vi`, `tl`, `ko`, `en`.
    public let tag: String
    /// The language's name in itself, in its own script (`Español`, `中文（简体）`).
    public let endonym: String
    /// The language's name in English (`Spanish`), shown second in the picker.
    public let englishName: String

    /// Creates a language.
    public init(tag: String, endonym: String, englishName: String) {
        self.tag = tag
        self.endonym = endonym
        self.englishName = englishName
    }

    public var id: String { tag }

    /// True for English, the language the content is written in.
    public var isSource: Bool { tag == Self.english.tag }

    /// The picker's row: the endonym, then the English name when it differs (`Español (Spanish)`).
    public var pickerLabel: String {
        endonym == englishName ? endonym : "\(endonym) (\(englishName))"
    }

    public var description: String { tag }

    public static let english = Language(tag: "en", endonym: "English", englishName: "English")
    public static let spanish = Language(tag: "es", endonym: "Español", englishName: "Spanish")
    public static let chineseSimplified = Language(tag: "zh-Hans", endonym: "中文（简体）", englishName: "Chinese (Simplified)")
    public static let chineseTraditional = Language(tag: "zh-Hant", endonym: "中文（繁體）", englishName: "Chinese (Traditional)")
    public static let tagalog = Language(tag: "tl", endonym: "Tagalog", englishName: "Tagalog")
    public static let vietnamese = Language(tag: "vi", endonym: "Tiếng Việt", englishName: "Vietnamese")
    public static let korean = Language(tag: "ko", endonym: "한국어", englishName: "Korean")

    /// Every language Amparo knows, in the picker's order: Spanish first, then English, then the
    /// others by how many Californians speak them (ACS 2017-21).
    public static let known: [Language] = [
        spanish, english, chineseSimplified, chineseTraditional, tagalog, vietnamese, korean,
    ]

    /// The known language with exactly this tag (compared without regard to case).
    public static func known(tag: String) -> Language? {
        let wanted = tag.lowercased()
        return known.first { $0.tag.lowercased() == wanted }
    }
}
