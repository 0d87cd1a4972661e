/// The short summary a person takes away: the cards' "what to say" lines and the hotline
/// numbers, each once, in card order. Built only from guidance text, never from answers.
public struct TakeAwaySummary: Equatable, Sendable {
    /// The distinct "what to say" lines, in card order.
    public let sayLines: [String]
    /// For each of `sayLines`, the exact English words when the line is in another language.
    public let englishSayLines: [String?]
    /// The distinct hotlines (by phone number), in card order.
    public let hotlines: [TakeAwayContact]
    /// The cards the summary was made from (for the saved text, which also shows dates).
    public let cards: [TakeAwayCard]

    /// Summarises the cards of an outcome (or the urgent cards).
    public init(cards: [TakeAwayCard]) {
        self.cards = cards
        var says: [String] = []
        var englishSays: [String?] = []
        var contacts: [TakeAwayContact] = []
        for card in cards {
            if let say = card.say, !say.isEmpty, !says.contains(say) {
                says.append(say)
                englishSays.append(card.englishSay.flatMap { $0.isEmpty ? nil : $0 })
            }
            for contact in card.contacts where !contacts.contains(where: { $0.phone == contact.phone }) {
                contacts.append(contact)
            }
        }
        sayLines = says
        englishSayLines = englishSays
        hotlines = contacts
    }

    /// Whether there is anything to take away.
    public var isEmpty: Bool { sayLines.isEmpty && hotlines.isEmpty }

    /// What one QR code holds: its text and how many of the lines and numbers it carries.
    public struct QRContent: Equatable, Sendable {
        /// The text encoded.
        public var text: String
        /// How many of ``sayLines`` it holds (the first ones).
        public var sayCount: Int
        /// How many of ``hotlines`` it holds (the first ones).
        public var hotlineCount: Int
    }

    /// The text for a QR code with the first `sayCount` "what to say" lines (quoted, each with
    /// its English beneath as `EN: "…"` when it is in another language, as on the printed card)
    /// and the first `hotlineCount` hotlines (`name: phone`); nil counts mean all.
    public func qrText(sayCount: Int? = nil, hotlineCount: Int? = nil) -> String {
        var lines: [String] = []
        for (say, english) in zip(sayLines, englishSayLines).prefix(sayCount ?? sayLines.count) {
            lines.append("\"\(say)\"")
            if let english { lines.append("EN: \"\(english)\"") }
        }
        lines += hotlines.prefix(hotlineCount ?? hotlines.count).map { "\($0.name): \($0.phone)" }
        return lines.joined(separator: "\n")
    }

    /// Every way of keeping the first few "what to say" lines and the first few hotlines (at
    /// least one hotline when there are any, at least one line in all), longest first. The
    /// first whose code fits the screen is shown, so a small screen still gets the most that
    /// fits, and the screen says how much that is.
    public var qrContents: [QRContent] {
        var contents: [QRContent] = []
        for says in 0...sayLines.count {
            for calls in (hotlines.isEmpty ? 0 : 1)...hotlines.count where says + calls > 0 {
                let text = qrText(sayCount: says, hotlineCount: calls)
                if !contents.contains(where: { $0.text == text }) {
                    contents.append(QRContent(text: text, sayCount: says, hotlineCount: calls))
                }
            }
        }
        return contents.sorted { ($0.text.utf8.count, $0.text) > ($1.text.utf8.count, $1.text) }
    }

    /// The texts of ``qrContents``, longest first.
    public var qrCandidates: [String] { qrContents.map(\.text) }

    /// The text saved to a file in volunteer mode: a heading, each card's title, script and
    /// as-of date, then the hotlines, under the given headings (already in the right language);
    /// `asOf` words a card's `YYYY-MM-DD` date ("Checked December 2026").
    public func savedText(
        heading: String, sayHeading: String, callHeading: String, asOf: (String) -> String
    ) -> String {
        var lines = [heading, ""]
        let withSay = cards.filter { $0.say.map { !$0.isEmpty } ?? false }
        if !withSay.isEmpty {
            lines.append(sayHeading)
            for card in withSay {
                lines.append("- \(card.title) (\(asOf(card.asOf)))")
                lines.append("  \"\(card.say ?? "")\"")
            }
            lines.append("")
        }
        if !hotlines.isEmpty {
            lines.append(callHeading)
            lines += hotlines.map { "- \($0.name): \($0.phone)" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
