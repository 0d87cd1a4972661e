/// Text helpers shared by the graph writers: node labels and line wrapping.
enum GraphLabel {
    /// A node's label lines: the step id, then its text wrapped at about `width` cells,
    /// then (for outcomes) the cards it always shows.
    static func lines(for step: Step, width: Int = 32) -> [String] {
        var lines = ["[\(step.id)]"] + wrap(step.text.english, width: width)
        if step.kind.isOutcome {
            let listed = step.cards.map(\.id)
            var cards = listed.isEmpty ? "" : "cards: " + listed.joined(separator: ", ")
            if step.showMatching { cards += listed.isEmpty ? "matching cards" : " + matching" }
            lines += wrap(cards, width: width)
        }
        return lines
    }

    /// The words of `text` (on one line; newlines and tabs count as spaces) wrapped at about
    /// `width` cells with ``LineWrapper``; a word longer than `width` stays whole on its own line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        guard !words.isEmpty else { return [] }
        return LineWrapper.wrap(words, width: width, breakingLongWords: false)
    }
}
