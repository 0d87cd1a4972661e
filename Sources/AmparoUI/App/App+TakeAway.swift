import AmparoCore

extension App {
    /// Whether the outcome (guidance cards) is shown.
    var isAtOutcome: Bool {
        page == .step && session?.currentStep?.kind.isOutcome == true
    }

    /// Opens the take-away screen, at the outcome only.
    func openTakeAway() {
        guard isAtOutcome, !takeAwaySummary().isEmpty else { return }
        helpVisible = false
        kiosk.overlay = .takeAway
        kiosk.status = nil
    }

    /// Keys on the take-away screen: print, save (volunteer mode), finish; anything else closes it.
    func takeAwayAction(_ action: Action) {
        switch action {
        case .print: printCard()
        case .save: openSavePrompt()
        case .quit where isKiosk: wipe()
        case .quit: quit()
        default: closeOverlay()
        }
    }

    /// The outcome's cards as take-away cards, in the current language (each card whole in one
    /// language, as on screen).
    func takeAwayCards(in strings: Strings) -> [TakeAwayCard] {
        guard let session else { return [] }
        return session.outcomeCards.map { card in
            let model = strings.card(card, flow: session.flow)
            let contacts = zip(card.contacts, model.contacts).compactMap { contact, lines in
                contact.phone.map { TakeAwayContact(name: lines.first ?? "", phone: $0) }
            }
            return TakeAwayCard(title: model.title, say: model.say, asOf: card.asOf.description,
                                contacts: contacts)
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
        let date = local.cards.map(\.asOf).min() ?? ""
        let englishFooter = CFormat.format(InterfaceString.cardAsOf.english, [.text(date)])
        return PrintedCard(
            agentSide: PrintedCardSide(heading: InterfaceString.agentCardHeading.english,
                                       sayLines: english.sayLines, footer: englishFooter),
            personSide: PrintedCardSide(heading: strings(.takeAwaySummary), sayLines: local.sayLines,
                                        hotlineHeading: strings(.cardContacts), hotlines: local.hotlines,
                                        footer: strings(.cardAsOf, .text(date))))
    }

    private func printCard() {
        guard let print = configuration.services.printCard else {
            kiosk.status = strings(.takeAwayNoPrinter)
            return
        }
        switch print(printedCard()) {
        case .sent(let printer): kiosk.status = strings(.takeAwayPrinted, .text(printer))
        case .noPrinter: kiosk.status = strings(.takeAwayNoPrinter)
        case .failed: kiosk.status = strings(.takeAwayPrintFailed)
        }
    }

    private func openSavePrompt() {
        guard configuration.volunteerLanguage != nil, configuration.services.saveSummary != nil else { return }
        kiosk.savePath = ""
        kiosk.status = nil
    }

    /// Keys while the volunteer types a file name: text, Backspace, Enter saves, Escape cancels.
    func receiveSavePathKey(_ key: Key) {
        guard var path = kiosk.savePath else { return }
        switch key {
        case .character(let character): path.append(character)
        case .backspace, .delete: if !path.isEmpty { path.removeLast() }
        case .escape:
            kiosk.savePath = nil
            return
        case .enter:
            kiosk.savePath = nil
            saveSummary(to: path)
            return
        default: break
        }
        kiosk.savePath = path
    }

    private func saveSummary(to path: String) {
        guard !path.isEmpty, let save = configuration.services.saveSummary else { return }
        let text = takeAwaySummary().savedText(
            heading: strings(.takeAwaySummary), sayHeading: strings(.cardSay),
            callHeading: strings(.cardContacts), asOf: { [strings] in strings(.cardAsOf, .text($0)) })
        switch save(text, path) {
        case .saved: kiosk.status = strings(.takeAwaySaved, .text(path))
        case .exists: kiosk.status = strings(.takeAwaySaveExists)
        case .failed(let reason): kiosk.status = strings(.takeAwaySaveFailed, .text(reason))
        }
    }
}
