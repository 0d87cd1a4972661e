import AmparoCore

extension WizardState {
    /// Opens the take-away screen, at the outcome only.
    mutating func openTakeAway(_ configuration: AppConfiguration) {
        guard isAtOutcome, !takeAwaySummary().isEmpty else { return }
        reading = nil
        kiosk.overlay = .takeAway
        kiosk.status = nil
    }

    /// Keys on the take-away screen: print, save (volunteer mode), finish; anything else closes it.
    mutating func takeAwayAction(_ action: Action, _ update: inout WizardUpdate) {
        switch action {
        case .print:
            if update.configuration.services.printCard == nil {
                kiosk.status = strings(.takeAwayNoPrinter)
            } else {
                update.effects.append(.printCard(printedCard()))
            }
        case .save: openSavePrompt(update.configuration)
        case .quit: quit(&update)
        default: closeOverlay()
        }
    }

    /// The outcome's cards as take-away cards, in `strings`' language (each card whole in one
    /// language, as on screen).
    func takeAwayCards(in strings: Strings) -> [TakeAwayCard] {
        guard let session else { return [] }
        return session.outcomeCards.map { card in
            let model = strings.card(card, flow: session.flow)
            let contacts = zip(card.contacts, model.contacts).compactMap { contact, lines in
                contact.phone.map { TakeAwayContact(name: lines.first ?? "", phone: $0) }
            }
            return TakeAwayCard(title: model.title, say: model.say, englishSay: model.englishSay,
                                asOf: session.flow.basis(of: card).checked?.description ?? "", contacts: contacts)
        }
    }

    /// The summary the take-away carries: "what to say" lines and hotlines, never answers.
    func takeAwaySummary() -> TakeAwaySummary {
        TakeAwaySummary(cards: takeAwayCards(in: strings))
    }

    /// The bilingual card: English for the agent, the person's language on the other side.
    func printedCard() -> PrintedCard {
        let english = TakeAwaySummary(cards: takeAwayCards(in: .english))
        let local = takeAwaySummary()
        // The earliest date of the cards: the card is only as current as its least current part.
        let date = local.cards.compactMap { LocalDate($0.asOf) }.min()
        let englishFooter = date.map(Strings.english.checked) ?? ""
        return PrintedCard(
            agentSide: PrintedCardSide(heading: InterfaceString.agentCardHeading.english,
                                       sayLines: english.sayLines, footer: englishFooter),
            personSide: PrintedCardSide(heading: strings(.takeAwaySummary), sayLines: local.sayLines,
                                        hotlineHeading: strings(.cardContacts), hotlines: local.hotlines,
                                        footer: date.map(strings.checked) ?? ""))
    }

    /// The take-away screen's line after printing.
    func printedStatus(_ outcome: PrintOutcome) -> String {
        switch outcome {
        case .sent(let printer): strings(.takeAwayPrinted, .text(printer))
        case .noPrinter: strings(.takeAwayNoPrinter)
        case .failed: strings(.takeAwayPrintFailed)
        }
    }

    /// The take-away screen's line after saving.
    func savedStatus(_ outcome: SaveOutcome, path: String) -> String {
        switch outcome {
        case .saved: strings(.takeAwaySaved, .text(path))
        case .exists: strings(.takeAwaySaveExists)
        case .failed(let reason): strings(.takeAwaySaveFailed, .text(reason))
        }
    }

    private mutating func openSavePrompt(_ configuration: AppConfiguration) {
        guard configuration.volunteerLanguage != nil, configuration.services.saveSummary != nil else { return }
        kiosk.savePath = ""
        kiosk.status = nil
    }

    /// Keys while the volunteer types a file name: text, Backspace, Enter saves, Escape cancels.
    mutating func receiveSavePathKey(_ key: Key, _ update: inout WizardUpdate) {
        guard var path = kiosk.savePath else { return }
        switch key {
        case .character(let character): path.append(character)
        case .backspace, .delete: if !path.isEmpty { path.removeLast() }
        case .escape:
            kiosk.savePath = nil
            return
        case .enter:
            kiosk.savePath = nil
            guard !path.isEmpty, update.configuration.services.saveSummary != nil else { return }
            let text = takeAwaySummary().savedText(
                heading: strings(.takeAwaySummary), sayHeading: strings(.cardSay),
                callHeading: strings(.cardContacts), asOf: { [strings] in LocalDate($0).map(strings.checked) ?? "" })
            update.effects.append(.saveSummary(text: text, path: path))
            return
        default: break
        }
        kiosk.savePath = path
    }
}
