/// `amparo review`: the sheet a supervising attorney signs off. Flow metadata, every source,
/// every outcome, then every card in full (title, body, what to say, what is not settled,
/// contacts, citations with full source information and as-of dates, fact-sheet entries, the
/// urgent mark) with the answer combinations that show it.
public struct ReviewSheet {
    /// The flow reviewed.
    public var flow: Flow
    /// How to word it (a reviewer may check a translation with `--lang`).
    public var language: ReportLanguage
    /// The width to wrap at.
    public var width: Int
    /// The most groups of answers walked to list combinations.
    public var coverageLimit: Int

    /// Creates a sheet.
    public init(flow: Flow, language: ReportLanguage = .english, width: Int = 80, coverageLimit: Int = 20_000) {
        self.flow = flow
        self.language = language
        self.width = width
        self.coverageLimit = coverageLimit
    }

    /// The whole sheet as plain text, safe to write to a terminal (``TerminalSafeText``): a
    /// carriage return, a backspace or a "concealed" attribute cannot hide part of a card from
    /// the reviewer.
    public func text() -> String {
        var analysis = FlowAnalysis(flow: flow)
        let tally = analysis.tally()
        let coverage = analysis.cardCoverage(limit: coverageLimit)
        var lines = header(tally)
        lines += sources()
        lines += outcomes()
        lines += ["", rule("="), "CARDS (\(flow.cards.count)), in the order outcomes show them", rule("=")]
        if !coverage.isComplete {
            lines += TextWrap.lines("Note: this flow has more than \(coverageLimit) groups of answers, so the "
                + "combinations below are cut short. Each card's condition is shown in full.", width: width)
        }
        for (number, card) in flow.cards.enumerated() {
            let entry = coverage.cards.first { $0.card == card.id }
            lines += self.card(card, number: number + 1, coverage: entry)
        }
        lines += ["", rule("="), "SIGN-OFF", rule("=")]
        lines += TextWrap.lines("I reviewed every card above against its sources and the legal fact sheet, "
            + "and the answers that show each card.", width: width)
        lines += ["", "Reviewer: ______________________   Date: ____________",
                  "Changes requested (card id, what to change):", "", ""]
        return TerminalSafeText.sanitize(lines.joined(separator: "\n"))
    }

    private func header(_ tally: PathTally) -> [String] {
        var lines = [rule("="), "REVIEW SHEET: \(language.text(flow.title)) [\(flow.id)]", rule("=")]
        lines.append("Version: \(flow.version)")
        lines.append("Reviewed: \(flow.reviewed)")
        lines.append("Review by: \(flow.reviewBy)")
        lines.append("Jurisdiction: \(flow.jurisdiction)")
        lines.append("File: \(flow.location.file)")
        lines += TextWrap.lines("Summary: " + language.text(flow.summary), width: width)
        if let notice = flow.notice { lines += TextWrap.lines("Notice: " + language.text(notice), width: width) }
        let withoutCards = tally.withoutCards.value == 0
            ? "every path shows at least one card"
            : "PROBLEM: \(tally.withoutCards) of them reach no card (run amparo paths)"
        lines += TextWrap.lines("Answer paths: \(tally.total) distinct; \(withoutCards).", width: width)
        return lines
    }

    private func sources() -> [String] {
        var lines = ["", rule("-"), "SOURCES (\(flow.sources.count))", rule("-")]
        for source in flow.sources {
            let citing = flow.cards.filter { $0.cite.contains { $0.id == source.id } }.map(\.id)
            lines.append("[\(source.id)] \(source.title)")
            lines.append("  Citation: \(source.cite)")
            if let url = source.url { lines.append("  URL: \(url)") }
            lines.append("  As of: \(source.asOf)")
            lines += contestedLines(source, indent: "  ")
            lines += TextWrap.lines("Cited by: " + (citing.isEmpty ? "no card" : citing.joined(separator: ", ")),
                                    width: width, indent: "  ")
        }
        return lines
    }

    private func outcomes() -> [String] {
        var lines = ["", rule("-"), "OUTCOMES", rule("-")]
        for step in flow.steps where step.kind.isOutcome {
            lines.append("[\(step.id)] \(language.text(step.text))")
            let listed = step.cards.map(\.id)
            lines += TextWrap.lines("Always shows: " + (listed.isEmpty ? "none" : listed.joined(separator: ", ")),
                                    width: width, indent: "  ")
            lines.append("  Also shows every card whose condition holds: " + (step.showMatching ? "yes" : "no"))
        }
        return lines
    }

    private func card(_ card: Card, number: Int, coverage: CardCoverage?) -> [String] {
        var lines = ["", rule("-"), "Card \(number) of \(flow.cards.count): [\(card.id)]" + (card.urgent ? "   URGENT" : ""),
                     rule("-")]
        let field = { (name: String, text: String) -> [String] in
            [name + ":"] + TextWrap.lines(text, width: width, indent: "  ")
        }
        let (word, notice) = language.group(CardText.texts(of: card))
        if let notice { lines += field("Translation", notice) }
        lines += field("Title", word(card.title))
        lines += field("Body", word(card.body))
        if let say = card.say { lines += field("What to say", word(say)) }
        if let contested = card.contested { lines += field("Not settled (contested)", word(contested)) }
        if !card.contacts.isEmpty {
            lines.append("Who can help:")
            for contact in card.contacts {
                let parts = [word(contact.name), contact.phone, contact.url, contact.hours.map(word)]
                lines += TextWrap.lines("- " + parts.compactMap { $0 }.joined(separator: ", "), width: width, indent: "  ")
            }
        }
        lines.append("Sources:")
        for reference in card.cite {
            guard let source = flow.source(reference.id) else {
                lines.append("  - [\(reference.id)] (unknown source)")
                continue
            }
            var text = "[\(source.id)] \(source.title), \(source.cite)"
            if let url = source.url { text += ", \(url)" }
            text += ", as of \(source.asOf)"
            lines += TextWrap.lines("- " + text, width: width, indent: "  ")
            lines += contestedLines(source, indent: "    ")
        }
        lines.append("As of: \(card.asOf)")
        lines.append("Fact-sheet entries: " + (card.facts.isEmpty ? "none listed" : card.facts.joined(separator: ", ")))
        let listedBy = flow.steps.filter { $0.kind.isOutcome && $0.cards.contains { $0.id == card.id } }.map(\.id)
        lines += TextWrap.lines("Listed by outcomes: " + (listedBy.isEmpty ? "none" : listedBy.joined(separator: ", ")),
                                width: width)
        lines += TextWrap.lines("Condition (when): " + (card.when?.description ?? "none (shown only where listed)"),
                                width: width)
        lines += combinations(coverage)
        return lines
    }

    private func combinations(_ coverage: CardCoverage?) -> [String] {
        guard let coverage, !coverage.outcomes.isEmpty else {
            return ["Shown by: NO ANSWERS. No path shows this card."]
        }
        let wording = AnswerWording(flow: flow, language: language)
        var lines = TextWrap.lines("Shown at outcomes: " + coverage.outcomes.joined(separator: ", "), width: width)
        lines.append("Shown by these answers (questions not named may have any answer):")
        for (index, combination) in coverage.combinations.enumerated() {
            lines.append(index == 0 ? "  when" : "  or when")
            if combination.constraints.isEmpty { lines.append("    (any answers: shown on every path to these outcomes)") }
            for constraint in combination.constraints {
                lines += TextWrap.lines(wording.describe(constraint), width: width, indent: "    ")
            }
        }
        return lines
    }

    /// A source's contested note in the sheet's language; in English under a "Translation:"
    /// notice when it has no current translation.
    private func contestedLines(_ source: Source, indent: String) -> [String] {
        guard let contested = source.contested else { return [] }
        let (word, notice) = language.group([contested])
        let translation = notice.map { TextWrap.lines("Translation: " + $0, width: width, indent: indent) } ?? []
        return translation + TextWrap.lines("Contested: " + word(contested), width: width, indent: indent)
    }

    private func rule(_ character: Character) -> String {
        String(repeating: character, count: min(width, 72))
    }
}
