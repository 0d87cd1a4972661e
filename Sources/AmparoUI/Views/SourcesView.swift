import AmparoCore

/// The sources screen, one key from the guidance: for each card, its title, then each source it
/// rests on (citation, title, web address) with its "not settled" note, and the date it was
/// checked. For lawyers and volunteers; the person never has to read it.
public enum SourcesView {
    /// The screen's text at `width`.
    public static func document(title: String, cards: [CardModel], labels: CardLabels, closing: String,
                                width: Int) -> Document {
        var document = Document(width: width)
        document.paragraph(title, style: .title)
        for card in cards where !card.sources.isEmpty {
            document.gap()
            document.paragraph(card.title, style: .title)
            for source in card.sources {
                document.paragraph(source.citation, indent: 2, prefix: "- ")
                if let notice = source.notice { document.paragraph(notice, style: .notice, indent: 4) }
                if let contested = source.contested {
                    document.paragraph(Labelled.after(labels.contested, contested), style: .dim, indent: 4)
                }
            }
            if !card.checked.isEmpty { document.paragraph(card.checked, style: .dim, indent: 2) }
        }
        document.gap()
        document.paragraph(closing, style: .dim)
        return document
    }
}
