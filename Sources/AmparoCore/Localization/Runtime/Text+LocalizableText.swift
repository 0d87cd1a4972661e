extension Text: LocalizableText {}

extension Card {
    /// Every translatable part of the card, in reading order: title, body, the `now` line, what
    /// to say, what is not settled, then each contact's name and hours. These fall back to
    /// English together (never half a card in each language).
    public var localizableTexts: [Text] {
        [title, body] + [now, say, contested].compactMap { $0 }
            + contacts.flatMap { [$0.name] + [$0.hours].compactMap { $0 } }
    }
}

extension Localizer {
    /// A guidance card, all or nothing: every part translated, or every part in English with
    /// the reason (show ``FallbackReason/notice`` once, above the card).
    public func localize(card: Card) -> LocalizedGroup {
        localizeGroup(card.localizableTexts)
    }
}
