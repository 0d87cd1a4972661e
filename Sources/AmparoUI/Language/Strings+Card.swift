import AmparoCore

extension Strings {
    /// A card's texts, all in the current language or, if any one of them is
    /// missing or stale, all in English with a notice: never half a card in each.
    public func card(_ card: Card, flow: Flow) -> CardModel {
        let fallbacks = card.localizableTexts.compactMap { text($0).fallback }
        let fallback: LocalizedText.Fallback? = fallbacks.contains(.stale) ? .stale : fallbacks.first
        let word: (AmparoCore.Text) -> String = { fallback == nil ? self.text($0).text : $0.englishWords }

        let contacts: [[String]] = card.contacts.map { contact in
            var lines = [word(contact.name)]
            if let phone = contact.phone { lines.append(self(.contactPhone, .text(phone))) }
            if let url = contact.url { lines.append(self(.contactWebsite, .text(url))) }
            if let hours = contact.hours { lines.append(self(.contactHours, .text(word(hours)))) }
            return lines
        }
        let basis = flow.basis(of: card)
        let sources: [CardSource] = basis.sources.map { source in
            var citation = source.cite + ": " + source.title
            if let url = source.url { citation += " " + url }
            // A source's note is shared by every card citing it, so it is localized on its own,
            // with its own notice when it is shown in English.
            let note = source.contested.map(text)
            return CardSource(citation: citation, contested: note?.text, notice: note?.fallback.map(notice(for:)))
        }
        let checkedLine = basis.checked.map(checked) ?? ""
        let localSay = card.say.map(word)
        // The officer's words come from the English flow, exactly; never translated back.
        let englishSay = card.say.map(\.englishWords).flatMap { $0 == localSay ? nil : $0 }
        return CardModel(
            title: word(card.title),
            body: word(card.body),
            now: card.now.map(word),
            say: localSay,
            englishSay: englishSay,
            contested: card.contested.map(word),
            contacts: contacts,
            sources: sources,
            checked: checkedLine,
            sourceLine: self(.cardSourceLine, .number(basis.sourceCount), .text(checkedLine)),
            urgent: card.urgent,
            notice: fallback.map(notice(for:))
        )
    }
}
