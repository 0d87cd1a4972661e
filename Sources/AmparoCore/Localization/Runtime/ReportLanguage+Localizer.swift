extension ReportLanguage {
    /// Reports (`amparo decide --lang`, `amparo review --lang`) worded through a localizer, with
    /// the same catalogs and rules as the wizard: a card of `flow` whose parts are not all
    /// translated is printed wholly in English.
    public init(localizer: Localizer, flow: Flow) {
        var englishKeys: Set<String> = []
        for card in flow.cards where localizer.localize(card: card).isFallback {
            englishKeys.formUnion(card.localizableTexts.map(\.key))
        }
        let cardsInEnglish = englishKeys
        self.init(
            text: { text in cardsInEnglish.contains(text.key) ? text.englishWords : localizer.localize(text).text },
            interface: { string, arguments in
                CFormat.format(localizer.localize(key: string.key, english: string.english).text, arguments)
            },
            fallbackNotice: { texts in
                // Never silently: texts shown in English get the notice, in the chosen language.
                let group = localizer.localizeGroup(texts.map { $0 as any LocalizableText })
                return group.fallback.map(localizer.notice(for:))
            },
            tag: localizer.language.tag
        )
    }
}
