/// A guidance card as plain text lines, in full: title (with the urgent mark), body, what to say,
/// what is not settled, who can help, each source (through the card's facts) with its citation
/// and address, and the date it was checked. Shared by `amparo decide` and the review sheet.
public struct CardText {
    /// The flow the card belongs to (for its facts and sources).
    public var flow: Flow
    /// How to word it.
    public var language: ReportLanguage
    /// The width to wrap at.
    public var width: Int

    /// Creates a printer.
    public init(flow: Flow, language: ReportLanguage = .english, width: Int = 72) {
        self.flow = flow
        self.language = language
        self.width = width
    }

    /// The card's lines. `number` is shown before the title when given.
    public func lines(_ card: Card, number: Int? = nil) -> [String] {
        let (word, notice) = language.group(CardText.texts(of: card))
        var lines = notice.map { TextWrap.lines($0, width: width) } ?? []
        var head = number.map { "\($0). " } ?? ""
        if card.urgent { head += "[\(language(.cardUrgent))] " }
        lines += TextWrap.lines(head + word(card.title), width: width)
        lines += TextWrap.lines(word(card.body), width: width, indent: "   ")
        if let say = card.say {
            lines.append("   \(language(.cardSay)):")
            lines += TextWrap.lines("\"\(word(say))\"", width: width, indent: "     ")
        }
        if let contested = card.contested {
            lines += TextWrap.lines(Labelled.after(language(.cardContested), word(contested)), width: width,
                                    indent: "   ")
        }
        if !card.contacts.isEmpty {
            lines.append("   \(language(.cardContacts)):")
            for contact in card.contacts {
                lines += TextWrap.lines("- " + word(contact.name), width: width, indent: "     ")
                if let phone = contact.phone { lines.append("       " + language(.contactPhone, .text(phone))) }
                if let url = contact.url { lines.append("       " + language(.contactWebsite, .text(url))) }
                if let hours = contact.hours {
                    lines += TextWrap.lines(language(.contactHours, .text(word(hours))), width: width,
                                            indent: "       ")
                }
            }
        }
        let basis = flow.basis(of: card)
        lines.append("   \(language(.cardSources)):")
        for line in sourceLines(basis.sources) { lines += TextWrap.lines(line, width: width, indent: "     ") }
        if let checked = checkedLine(basis) { lines.append("   " + checked) }
        return lines
    }

    /// "Checked December 2026", in the report's language, or `nil` for a card on no known fact.
    public func checkedLine(_ basis: CardBasis) -> String? {
        basis.checked.map { language(.cardChecked, .text(DateWords.format($0, style: .monthYear, languageTag: language.tag))) }
    }

    /// Every translated text of a card, which are shown all translated or all in English.
    public static func texts(of card: Card) -> [Text] { card.localizableTexts }

    /// One line per source: `title, cite, url`, then its contested note in the report's
    /// language, or in English under the fallback notice (the note stands alone: it is not part
    /// of the card's all-or-nothing group, and source titles and citations stay English).
    public func sourceLines(_ sources: [Source]) -> [String] {
        sources.flatMap { source -> [String] in
            var parts = [source.title, source.cite]
            if let url = source.url { parts.append(url) }
            var lines = ["- " + parts.joined(separator: ", ")]
            if let contested = source.contested {
                let (word, notice) = language.group([contested])
                if let notice { lines.append("  " + notice) }
                lines.append("  " + Labelled.after(language(.cardContested), word(contested)))
            }
            return lines
        }
    }
}
