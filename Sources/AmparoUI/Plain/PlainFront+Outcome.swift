import AmparoCore

extension PlainFront {
    /// The guidance of `cards`, in the order of the full screen: "do this now" and the number to
    /// call, the notice once, what to say (the English beneath), the cards, then every source
    /// once and the date once: a screen reader never reads the same citation or date twice.
    func showCards(_ cards: [Card], flow: Flow) {
        let page = strings.outcomePage(cards, flow: flow, heading: "", site: configuration.site)
        if !page.actions.isEmpty || page.call != nil {
            blank()
            say(page.actionsHeading + ":")
            for (index, action) in page.actions.enumerated() { say("\(index + 1). " + action) }
            if let call = page.call { say(call) }
        }
        if let notice = page.notice {
            blank()
            say(notice)
        }
        if !page.says.isEmpty {
            blank()
            say(page.sayHeading + ":")
            for line in page.says {
                say("\"\(line.words)\"", indent: "   ")
                if let english = line.english {
                    say(page.sayEnglishLabel, indent: "   ")
                    say("\"\(english)\"", indent: "     ")
                }
            }
        }
        if let site = page.site { showSite(site) }
        for (number, model) in page.cards.enumerated() {
            blank()
            if let notice = model.notice { say(notice) }
            say("\(number + 1). " + (model.urgent ? Labelled.withColon(strings(.cardUrgent), model.title) : model.title))
            say(model.body, indent: "   ")
            if let contested = model.contested { say(Labelled.after(strings(.cardContested), contested), indent: "   ") }
            if !model.contacts.isEmpty {
                say(strings(.cardContacts) + ":", indent: "   ")
                for contact in model.contacts {
                    for (index, line) in contact.enumerated() {
                        if index == 0 { say("- " + line, indent: "   ") } else { say(line, indent: "     ") }
                    }
                }
            }
        }
        showSources(of: cards, flow: flow)
    }

    /// The center's own services: its name and hours, then each service with its lines.
    private func showSite(_ site: SiteReferralText) {
        blank()
        say(site.heading + ":")
        if let notice = site.notice { say(notice) }
        for hours in site.hours { say(hours) }
        for service in site.services {
            if let notice = service.notice { say(notice, indent: "   ") }
            say("- " + service.title, indent: "   ")
            for detail in service.details { say(detail, indent: "     ") }
        }
    }

    /// Every source of `cards` once, in the order first named, then the earliest date any of the
    /// cards was checked, once.
    private func showSources(of cards: [Card], flow: Flow) {
        let sources = flow.sources(of: cards)
        guard !sources.isEmpty else { return }
        blank()
        say(strings(.cardSources) + ":")
        for source in sources {
            var line = "- \(source.title), \(source.cite)"
            if let url = source.url { line += ", \(url)" }
            say(line + ".")
            if let contested = source.contested {
                let note = strings.text(contested)
                if let fallback = note.fallback { say(strings.notice(for: fallback), indent: "  ") }
                say(Labelled.after(strings(.cardContested), note.text), indent: "  ")
            }
        }
        if let earliest = cards.compactMap({ flow.basis(of: $0).checked }).min() {
            say(strings.checked(earliest) + ".")
        }
    }
}
