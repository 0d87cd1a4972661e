extension Text {
    /// The English as a person reads it: `{date:…}` placeholders in words ("July 1, 2027").
    public var englishWords: String { DatePlaceholder.fill(english, languageTag: Language.english.tag) }
}
