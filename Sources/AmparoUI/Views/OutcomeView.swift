import AmparoCore
/// Lays out the guidance: notices, then each card with its title, body, what to
/// say, what is not settled, who can help, its sources and the date it was checked.
public enum OutcomeView {
    /// The body of `page` at `width`.
    public static func document(for page: OutcomePage, labels: CardLabels, width: Int) -> Document {
        var document = Document(width: width)
        for notice in page.notices {
            document.paragraph(notice, style: .notice)
            document.gap()
        }
        document.paragraph(page.heading, style: .title)
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
            if let say = card.say {
                document.gap()
                document.paragraph(labels.say, style: .title)
                document.paragraph(say, style: .say, indent: 2)
            }
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
            document.gap()
            document.paragraph(labels.sources, style: .dim)
            for source in card.sources {
                document.paragraph(source.citation, style: .dim, indent: 2, prefix: "- ")
                if let notice = source.notice { document.paragraph(notice, style: .notice, indent: 4) }
                if let contested = source.contested {
                    document.paragraph(Labelled.after(labels.contested, contested), style: .dim, indent: 4)
                }
            }
            if !card.checked.isEmpty { document.paragraph(card.checked, style: .dim) }
        }
        if !page.closing.isEmpty {
            document.gap()
            for line in page.closing { document.paragraph(line, style: .dim) }
        }
        return document
    }

    /// Draws the body of `page` into `rect` from `offset`.
    public static func draw(_ page: OutcomePage, labels: CardLabels, offset: Int, in rect: Rect,
                            on screen: inout Screen) {
        let document = document(for: page, labels: labels, width: rect.width)
        ScrollView.draw(document.lines, offset: offset, in: rect, on: &screen)
    }
}
