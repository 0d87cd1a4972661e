import AmparoCore

extension Strings {
    /// The outcome page of `cards` (an outcome's, in display order), in the current language:
    /// "do this now" from the cards' `now` lines, the notice once, what to say (with the English
    /// beneath), the services of `site` that the cards call for, then the cards. `notices` are
    /// shown above it all.
    public func outcomePage(_ cards: [Card], flow: Flow, heading: String, notices: [String] = [],
                            site: Site? = nil) -> OutcomePage {
        let guidance = OutcomeGuidance(cards: cards, flow: flow, site: site, languageTag: languageTag)
        let models = Dictionary(cards.map { ($0.id, card($0, flow: flow)) }, uniquingKeysWith: { first, _ in first })
        let actions = guidance.actionCards.compactMap { models[$0.id]?.now }
        let call = guidance.call.flatMap { card, contact -> String? in
            guard let phone = contact.phone, let model = models[card.id],
                  let index = card.contacts.firstIndex(of: contact) else { return nil }
            return self(.outcomeCall, .text(model.contacts[index].first ?? ""), .text(phone))
        }
        let says = guidance.sayCards.compactMap { card in
            models[card.id].flatMap { model in model.say.map { SayLine(words: $0, english: model.englishSay) } }
        }
        var page = OutcomePage(
            header: Header(title: text(flow.title).text, progress: self(.outcomeTitle)),
            heading: heading, notices: notices,
            actionsHeading: self(.outcomeDoNow), actions: actions, call: call,
            // Once and short, after the actions (the flow's own notice is on its first screen).
            notice: self(.disclaimerLead),
            sayHeading: self(.cardSay), says: says, sayEnglishLabel: self(.cardSayEnglish),
            cards: cards.compactMap { models[$0.id] },
            closing: [self(.outcomeEnd), self(.disclaimerDetail)])
        page.site = guidance.site?.text(interface: format, languageTag: languageTag, englishNotice: self(.noticeMissing))
        if let binding = ActionTable.binding(for: .sources), let label = binding.footer {
            page.sourcesHint = self(.keyHintFormat, .text(key(binding.label)), .text(self(label)))
        }
        return page
    }
}
