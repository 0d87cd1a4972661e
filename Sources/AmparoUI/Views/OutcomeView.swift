import AmparoCore

/// Lays out the guidance in the order the moment needs it: notices, "do this now" (numbered
/// actions and the number to call), the notice once, what to say (the English beneath), then
/// each card with its title, body, what is not settled, who can help and one line about its
/// sources. The sources themselves are on their own screen (`SourcesView`).
public enum OutcomeView {
    /// The body of `page` at `width`.
    public static func document(for page: OutcomePage, labels: CardLabels, width: Int) -> Document {
        var document = Document(width: width)
        for notice in page.notices {
            document.paragraph(notice, style: .notice)
            document.gap()
        }
        if !page.actions.isEmpty || page.call != nil {
            document.paragraph(page.actionsHeading, style: .urgent)
            for (index, action) in page.actions.enumerated() {
                document.paragraph(action, indent: 1, prefix: "\(index + 1). ")
            }
            if let call = page.call { document.paragraph(call, style: .title) }
        }
        if let notice = page.notice { document.paragraph(notice, style: .dim) }
        if !page.says.isEmpty {
            document.gap()
            document.paragraph(page.sayHeading, style: .title)
            for say in page.says {
                document.paragraph(say.words, style: .say, indent: 2)
                if let english = say.english {
                    document.paragraph(page.sayEnglishLabel, style: .dim, indent: 4)
                    document.paragraph(english, style: .say, indent: 4)
                }
            }
        }
        if let site = page.site { siteSection(site, into: &document) }
        document.gap()
        document.paragraph(page.heading, style: .title)
        if let hint = page.sourcesHint { document.paragraph(hint, style: .dim) }
        for card in page.cards {
            document.gap()
            document.paragraph(String(repeating: "-", count: max(min(width - Document.scrollMarkGap, 60), 1)), style: .dim)
            if let notice = card.notice {
                document.paragraph(notice, style: .notice)
            }
            if card.urgent {
                document.paragraph("! " + Labelled.withColon(labels.urgent, card.title), style: .urgent)
            } else {
                document.paragraph(card.title, style: .title)
            }
            document.paragraph(card.body)
            if let contested = card.contested {
                document.gap()
                document.paragraph(Labelled.after(labels.contested, contested), style: .notice)
            }
            if !card.contacts.isEmpty {
                document.gap()
                document.paragraph(labels.contacts, style: .title)
                for contact in card.contacts {
                    for (index, line) in contact.enumerated() {
                        document.paragraph(line, indent: index == 0 ? 2 : 4)
                    }
                }
            }
            if !card.sourceLine.isEmpty { document.paragraph(card.sourceLine, style: .dim) }
        }
        if !page.closing.isEmpty {
            document.gap()
            for line in page.closing { document.paragraph(line, style: .dim) }
        }
        return document
    }

    /// The center's own services: its name and hours, then each service with its lines.
    private static func siteSection(_ site: SiteReferralText, into document: inout Document) {
        document.gap()
        document.paragraph(site.heading, style: .title)
        if let notice = site.notice { document.paragraph(notice, style: .notice) }
        for hours in site.hours { document.paragraph(hours, style: .dim) }
        for service in site.services {
            if let notice = service.notice { document.paragraph(notice, style: .notice, indent: 2) }
            document.paragraph(service.title, indent: 2)
            for detail in service.details { document.paragraph(detail, indent: 4) }
        }
    }

    /// Draws the body of `page` into `rect` from `offset`.
    public static func draw(_ page: OutcomePage, labels: CardLabels, offset: Int, in rect: Rect,
                            on screen: inout Screen) {
        let document = document(for: page, labels: labels, width: rect.width)
        ScrollView.draw(document.lines, offset: offset, in: rect, on: &screen)
    }
}
