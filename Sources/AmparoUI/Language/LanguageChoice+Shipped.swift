extension LanguageChoice {
    /// The languages of the first wave, Spanish first: each in its own name, then in English.
    public static let shipped: [LanguageChoice] = [
        LanguageChoice(tag: "es", endonym: "Español", englishName: "Spanish"),
        LanguageChoice(tag: "en", endonym: "English", englishName: "English"),
        LanguageChoice(tag: "zh-Hans", endonym: "中文（简体）", englishName: "Chinese (Simplified)"),
        LanguageChoice(tag: "zh-Hant", endonym: "中文（繁體）", englishName: "Chinese (Traditional)"),
        LanguageChoice(tag: "vi", endonym: "Tiếng Việt", englishName: "Vietnamese"),
        LanguageChoice(tag: "tl", endonym: "Tagalog", englishName: "Tagalog"),
        LanguageChoice(tag: "ko", endonym: "한국어", englishName: "Korean"),
    ]
}
