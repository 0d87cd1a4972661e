import AmparoCore

extension App {
    /// Opens the urgent screen over the current one.
    func openUrgent() {
        helpVisible = false
        kiosk.overlay = .urgent
        kiosk.urgentOffset = 0
        kiosk.status = nil
        kiosk.savePath = nil
    }

    /// Keys on the urgent screen: arrows and pages scroll; anything else goes back.
    func urgentAction(_ action: Action) {
        switch action {
        case .up: kiosk.urgentOffset = max(kiosk.urgentOffset - 1, 0)
        case .down: kiosk.urgentOffset += 1
        case .pageUp: kiosk.urgentOffset = max(kiosk.urgentOffset - max(bodySize.height - 1, 1), 0)
        case .pageDown: kiosk.urgentOffset += max(bodySize.height - 1, 1)
        case .quit where isKiosk: wipe()
        case .quit: quit()
        default: closeOverlay()
        }
    }

    /// The current flow's urgent cards, in the current language.
    var urgentCards: [CardModel] {
        guard let flow = session?.flow else { return [] }
        return flow.cards.filter(\.urgent).map { strings.card($0, flow: flow) }
    }

    /// The urgent screen's body at `width`: the flow's urgent cards, or, before a flow is
    /// chosen (or when it has none), the built-in lines and every flow's urgent hotlines.
    func urgentDocument(width: Int) -> Document {
        let cards = urgentCards
        if !cards.isEmpty {
            let page = OutcomePage(header: Header(title: strings(.urgentTitle)),
                                   heading: strings(.urgentTitle), cards: cards)
            return OutcomeView.document(for: page, labels: cardLabels, width: width)
        }
        var document = Document(width: width)
        document.paragraph(strings(.urgentTitle), style: .urgent, fillsRow: true)
        document.gap()
        for line in [strings(.urgentSilent), strings(.urgentDoor), strings(.urgentSign), strings(.urgentLawyer)] {
            document.paragraph(line, style: .say, prefix: "- ")
        }
        let hotlines = urgentHotlines()
        if !hotlines.contacts.isEmpty {
            document.gap()
            document.paragraph(strings(.urgentCall), style: .title)
            if let fallback = hotlines.fallback {
                document.paragraph(strings.notice(for: fallback), style: .notice, indent: 2)
            }
            for contact in hotlines.contacts {
                document.paragraph(contact.phone + "  " + contact.name, indent: 2)
            }
        }
        document.gap()
        document.paragraph(strings(.cardSources), style: .dim)
        for source in UrgentHotlines.builtInSources {
            document.paragraph(source, style: .dim, indent: 2, prefix: "- ")
        }
        document.paragraph(strings.checked(UrgentHotlines.builtInChecked), style: .dim)
        return document
    }

    /// Hotlines from every flow for the built-in urgent screen.
    func urgentHotlines() -> UrgentHotlineList {
        UrgentHotlines.collect(from: configuration.flows, strings: strings)
    }
}
