import AmparoCore

extension PlainFront {
    /// "Agents are here now" in the plain line mode: the current flow's urgent cards, or before a
    /// flow is chosen (or when it has none) the built-in lines, hotlines and their sources, as on
    /// the full screen. The person's screen is unchanged: its prompt follows.
    func showUrgent() {
        blank()
        say(strings(.urgentTitle))
        if case .walking(let session) = screen {
            let cards = session.flow.cards.filter(\.urgent)
            if !cards.isEmpty {
                showCards(cards, flow: session.flow)
                blank()
                return
            }
        }
        for line in [strings(.urgentSilent), strings(.urgentDoor), strings(.urgentSign), strings(.urgentLawyer)] {
            say("- " + line)
        }
        let hotlines = UrgentHotlines.collect(from: configuration.flows, strings: strings)
        if !hotlines.contacts.isEmpty {
            say(strings(.urgentCall))
            if let fallback = hotlines.fallback { say(strings.notice(for: fallback), indent: "   ") }
            for contact in hotlines.contacts { say(contact.phone + "  " + contact.name, indent: "   ") }
        }
        say(strings(.cardSources) + ":")
        for source in UrgentHotlines.builtInSources { say("- " + source, indent: "   ") }
        say(strings.checked(UrgentHotlines.builtInChecked) + ".")
        blank()
    }
}
