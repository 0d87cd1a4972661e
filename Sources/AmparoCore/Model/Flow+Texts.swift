extension Flow {
    /// Every user-visible, translatable string of the flow, in file order: title, summary,
    /// notice, then each source's `contested` note (source titles and citations are not
    /// translated), then each step (text, detail, volunteer note, option labels, `unsure`
    /// label), then each card (title, body, say, contested, contact names and hours).
    public var texts: [Text] {
        var result = [title, summary] + [notice].compactMap { $0 }
        result += sources.compactMap(\.contested)
        for step in steps {
            result += [step.text, step.detail, step.volunteerNote].compactMap { $0 }
            result += step.options.map(\.label)
            result += [step.unsure?.label].compactMap { $0 }
        }
        for card in cards {
            result += [card.title, card.body, card.say, card.contested].compactMap { $0 }
            for contact in card.contacts {
                result += [contact.name, contact.hours].compactMap { $0 }
            }
        }
        return result.filter { !$0.key.isEmpty }
    }
}
