/// `amparo review`: the sheet a supervising attorney signs off. Flow metadata with the attorney
/// review status and the content digest a review record names, every fact the flow's cards rest
/// on (confidence, status, dates, sources), every source, every outcome, then every card in full
/// (title, body, the `now` line, what to say, what is not settled, contacts, its facts with their
/// confidence and dates, its sources, the date it shows, the urgent mark) with the answer
/// combinations that show it.
public struct ReviewSheet {
    /// The flow reviewed.
    public var flow: Flow
    /// How to word it (a reviewer may check a translation with `--lang`).
    public var language: ReportLanguage
    /// The width to wrap at.
    public var width: Int
    /// The most groups of answers walked to list combinations.
    public var coverageLimit: Int
    /// The content's reviewed digest (``ContentManifest/reviewedDigest``), when it is known.
    public var reviewedDigest: String?
    /// The site whose services are shown with each card (`--site DIR`), if any.
    public var site: Site?
    /// The digest of the whole content manifest (``ContentManifest/digest``, review record
    /// included): what `amparo sign` signs and `amparo verify` checks, so a signed sheet names the
    /// exact bytes a kiosk runs.
    public var manifestDigest: String?

    /// Creates a sheet.
    public init(flow: Flow, language: ReportLanguage = .english, width: Int = 80, coverageLimit: Int = 20_000,
                reviewedDigest: String? = nil, manifestDigest: String? = nil, site: Site? = nil) {
        self.site = site
        self.manifestDigest = manifestDigest
        self.flow = flow
        self.language = language
        self.width = width
        self.coverageLimit = coverageLimit
        self.reviewedDigest = reviewedDigest
    }

    /// The whole sheet as plain text, safe to write to a terminal (``TerminalSafeText``): a
    /// carriage return, a backspace or a "concealed" attribute cannot hide part of a card from
    /// the reviewer.
    public func text() -> String {
        var analysis = FlowAnalysis(flow: flow)
        let tally = analysis.tally()
        let coverage = analysis.cardCoverage(limit: coverageLimit)
        var lines = header(tally)
        lines += facts()
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
        lines += TextWrap.lines("I reviewed every card above against its facts and sources, and the answers that show "
            + "each card, for the content with the digest below.", width: width)
        lines += ["", "Content digest: " + (reviewedDigest ?? "(unknown: run amparo review from the content directory)"),
                  "Manifest digest (amparo sign, amparo verify): " + (manifestDigest ?? "unknown"),
                  "", "Reviewer (name, bar number): ______________________   Date: ____________",
                  "Changes requested (card id, what to change):", "", ""]
        lines += TextWrap.lines("Record a signed review in Facts/attorney-review.yaml (reviewer, date, content-digest, "
            + "flows). Never record a review that did not happen.", width: width)
        return TerminalSafeText.sanitize(lines.joined(separator: "\n"))
    }

    private func header(_ tally: PathTally) -> [String] {
        var lines = [rule("="), "REVIEW SHEET: \(language.text(flow.title)) [\(flow.id)]", rule("=")]
        lines.append("Version: \(flow.version)")
        lines += TextWrap.lines(flow.factBase.review.summary(flow: flow.id, digest: reviewedDigest), width: width)
        lines.append("Content digest: " + (reviewedDigest ?? "unknown"))
        lines.append("Manifest digest (amparo sign, amparo verify): " + (manifestDigest ?? "unknown"))
        lines.append("Check the flow again by: \(flow.reviewBy)")
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

    /// The facts the flow's cards rest on, in the order first named.
    private func usedFacts() -> [Fact] {
        var seen = Set<String>()
        return flow.cards.flatMap(\.facts).filter { seen.insert($0.id).inserted }.compactMap { flow.factBase.fact($0.id) }
    }

    private func facts() -> [String] {
        let facts = usedFacts()
        var lines = ["", rule("-"), "FACTS (\(facts.count))", rule("-")]
        for fact in facts {
            lines.append("[\(fact.id)] " + factStanding(fact))
            lines += TextWrap.lines(fact.statement, width: width, indent: "  ")
            lines += TextWrap.lines("Sources: " + fact.sources.map(\.id).joined(separator: ", "), width: width, indent: "  ")
            if !fact.research.isEmpty {
                lines += TextWrap.lines("Research notes: " + fact.research.joined(separator: ", "), width: width, indent: "  ")
            }
            let cards = flow.cards.filter { $0.facts.contains { $0.id == fact.id } }.map(\.id)
            lines += TextWrap.lines("Cards: " + cards.joined(separator: ", "), width: width, indent: "  ")
        }
        return lines
    }

    /// "verified, current, as of 2026-09-18, checked 2026-12-02" (superseded: by what).
    private func factStanding(_ fact: Fact) -> String {
        let status = fact.status.replacement.map { "SUPERSEDED by \($0.id)" } ?? "current"
        return "\(fact.confidence.rawValue), \(status), as of \(fact.asOf), checked \(fact.checked)"
    }

    private func sources() -> [String] {
        let sources = flow.sources(of: flow.cards)
        var lines = ["", rule("-"), "SOURCES (\(sources.count))", rule("-")]
        for source in sources {
            let facts = usedFacts().filter { $0.sources.contains { $0.id == source.id } }.map(\.id)
            lines.append("[\(source.id)] \(source.title)")
            lines.append("  Citation: \(source.cite)")
            if let url = source.url { lines.append("  URL: \(url)") }
            lines.append("  Dated: " + (source.asOf?.description ?? "undated"))
            lines += contestedLines(source, indent: "  ")
            lines += TextWrap.lines("Supports facts: " + facts.joined(separator: ", "), width: width, indent: "  ")
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
        if let now = card.now { lines += field("Do now", word(now)) }
        if let say = card.say { lines += field("What to say", word(say)) }
        if let contested = card.contested { lines += field("Not settled (contested)", word(contested)) }
        if !card.contacts.isEmpty {
            lines.append("Who can help:")
            for contact in card.contacts {
                let parts = [word(contact.name), contact.phone, contact.url, contact.hours.map(word)]
                lines += TextWrap.lines("- " + parts.compactMap { $0 }.joined(separator: ", "), width: width, indent: "  ")
            }
        }
        if !card.referrals.isEmpty {
            lines += TextWrap.lines("Kinds of help (referrals): " + card.referrals.map(\.rawValue).joined(separator: ", "),
                                    width: width)
        }
        if let site {
            let services = site.services(matching: card.referrals)
            lines.append("Site services shown with it (\(site.name)):" + (services.isEmpty ? " none" : ""))
            for service in services {
                let parts = [service.name] + service.phones.map(\.number) + ["last checked \(service.assuredDate)"]
                lines += TextWrap.lines("- " + parts.joined(separator: ", "), width: width, indent: "  ")
            }
        }
        let basis = flow.basis(of: card)
        lines.append("Facts:")
        for reference in card.facts {
            guard let fact = flow.factBase.fact(reference.id) else {
                lines.append("  - [\(reference.id)] (UNKNOWN FACT)")
                continue
            }
            lines += TextWrap.lines("- [\(fact.id)] " + factStanding(fact), width: width, indent: "  ")
            lines += TextWrap.lines(fact.statement, width: width, indent: "    ")
        }
        lines.append("Sources (through its facts):")
        for source in basis.sources {
            var text = "[\(source.id)] \(source.title), \(source.cite)"
            if let url = source.url { text += ", \(url)" }
            lines += TextWrap.lines("- " + text, width: width, indent: "  ")
            lines += contestedLines(source, indent: "    ")
        }
        let shown = CardText(flow: flow, language: language).checkedLine(basis) ?? "no date (no known fact)"
        lines.append("Shows: \(shown)" + (basis.checked.map { " (\($0))" } ?? ""))
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
