import AmparoCore
/// The bilingual card printed through CUPS, in the style of the "red cards" community groups
/// hand out: English for the agent on one side, the person's language on the other.
///
/// The document is plain UTF-8 text: the two sides are separated by a form feed, so `lp` with
/// `-o sides=two-sided-long-edge` prints them back to back (or on two sheets on a one-sided
/// printer). Nothing of the person's answers is on it, only guidance text.
public struct PrintedCard: Equatable, Sendable {
    /// The English side, to show an agent.
    public var agentSide: PrintedCardSide
    /// The side in the person's language.
    public var personSide: PrintedCardSide
    /// The text width, in terminal cells, that lines are wrapped to.
    public var width: Int

    /// Makes a card.
    public init(agentSide: PrintedCardSide, personSide: PrintedCardSide, width: Int = 60) {
        self.agentSide = agentSide
        self.personSide = personSide
        self.width = width
    }

    /// The document to hand to `lp`.
    public var document: String {
        render(agentSide) + "\u{0C}" + render(personSide)
    }

    private func render(_ side: PrintedCardSide) -> String {
        let rule = String(repeating: "=", count: width)
        var lines = [rule, side.heading.uppercased(), rule, ""]
        if let intro = side.intro {
            lines += wrap(intro)
            lines.append("")
        }
        for say in side.sayLines {
            let wrapped = wrap(say, width: width - 4)
            lines += wrapped.enumerated().map { $0.offset == 0 ? "  > \($0.element)" : "    \($0.element)" }
            lines.append("")
        }
        if let hotlineHeading = side.hotlineHeading, !side.hotlines.isEmpty {
            lines.append(String(repeating: "-", count: width))
            lines.append(hotlineHeading)
            lines += side.hotlines.map { "  \($0.phone)  \($0.name)" }
            lines.append("")
        }
        lines.append(rule)
        lines += wrap(side.footer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Wraps text by display width with ``LineWrapper`` so lines stay within `width` cells
    /// (Chinese breaks between characters, wide characters count two); a word longer than the
    /// line is left whole for the printer to wrap. Runs of spaces count as one.
    private func wrap(_ text: String, width: Int? = nil) -> [String] {
        let words = text.split(separator: " ").joined(separator: " ")
        guard !words.isEmpty else { return [] }
        return LineWrapper.wrap(words, width: width ?? self.width, breakingLongWords: false)
    }
}
