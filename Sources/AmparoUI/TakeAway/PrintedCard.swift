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
    /// The text width, in columns, that lines are wrapped to.
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

    /// Breaks text at spaces so lines stay within `width` characters; a word longer than the
    /// line (or text without spaces, as in Chinese) is left for the printer to wrap.
    private func wrap(_ text: String, width: Int? = nil) -> [String] {
        let limit = width ?? self.width
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
