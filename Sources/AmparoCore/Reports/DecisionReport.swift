import Foundation

/// `amparo decide` output: the path taken, the outcome and its cards with citations, as text
/// or JSON.
public struct DecisionReport {
    /// The decision to show.
    public var decision: Decision
    /// How to word it.
    public var language: ReportLanguage
    /// The site whose services the cards call for (`--site DIR`), if any.
    public var site: Site?

    /// Creates a report.
    public init(decision: Decision, language: ReportLanguage = .english, site: Site? = nil) {
        self.decision = decision
        self.language = language
        self.site = site
    }

    /// The site's services for the decision's cards, worded in the report's language.
    var siteText: SiteReferralText? {
        SiteReferrals(site: site, cards: decision.cards, languageTag: language.tag)?
            .text(interface: language.interface, languageTag: language.tag, englishNotice: language(.noticeMissing))
    }

    /// The report as plain text, safe to write to a terminal (``TerminalSafeText``).
    public func text(width: Int = 80) -> String {
        let flow = decision.flow
        var lines: [String] = []
        /// Texts shown together, translated all or nothing, with the fallback notice above.
        func add(_ texts: [Text], indent: String = "", _ render: (@escaping @Sendable (Text) -> String) -> String) {
            let (word, notice) = language.group(texts)
            if let notice { lines += TextWrap.lines(notice, width: width, indent: indent) }
            lines += TextWrap.lines(render(word), width: width, indent: indent)
        }
        add([flow.title]) { word in
            "\(word(flow.title)) [\(flow.id)], version \(flow.version); "
                + (flow.factBase.review.record == nil ? "no attorney review recorded" : "attorney review recorded (see amparo review)")
        }
        lines += ["", "Path taken:"]
        for (number, visit) in decision.path.enumerated() {
            guard let step = flow.step(visit.stepID) else { continue }
            let labels = (visit.answer?.ids ?? []).compactMap { id in
                id == UnsureOption.id ? step.unsure?.label : step.option(id)?.label
            }
            add([step.text] + labels, indent: "  ") { word in
                let text = word(step.text)
                guard let answer = visit.answer else { return "\(number + 1). (information) \(text) [\(step.id)]" }
                let wording = AnswerWording(flow: flow, language: ReportLanguage(text: word, interface: language.interface))
                return "\(number + 1). \(text) [\(step.id)] -> \(wording.describe(answer, of: step))"
            }
        }
        lines.append("")
        add([decision.outcome.text]) { word in "Outcome: \(word(decision.outcome.text)) [\(decision.outcome.id)]" }
        lines.append("")
        // "Do this now" and "What to say" first, in the order every front shows them.
        let guidance = OutcomeGuidance(cards: decision.cards, flow: flow)
        if !guidance.actionCards.isEmpty || guidance.call != nil {
            lines.append("Do this now:")
            for (number, card) in guidance.actionCards.enumerated() {
                guard let now = card.now else { continue }
                add([now], indent: "  ") { word in "\(number + 1). \(word(now))" }
            }
            if let (card, contact) = guidance.call, let phone = contact.phone {
                // In the words of its card, which is shown all in one language.
                add(card.localizableTexts, indent: "  ") { word in "Call \(word(contact.name)): \(phone)" }
            }
            lines.append("")
        }
        if !guidance.sayCards.isEmpty {
            lines.append("What to say:")
            for card in guidance.sayCards {
                guard let say = card.say else { continue }
                add([say], indent: "  ") { word in "\"\(word(say))\"" }
                if language.tag != ReportLanguage.english.tag {
                    lines += TextWrap.lines("In English: \"\(say.englishWords)\"", width: width, indent: "    ")
                }
            }
            lines.append("")
        }
        if let section = siteText {
            lines += TextWrap.lines(section.heading + ":", width: width)
            if let notice = section.notice { lines += TextWrap.lines(notice, width: width, indent: "  ") }
            for hours in section.hours { lines += TextWrap.lines(hours, width: width, indent: "  ") }
            for service in section.services {
                if let notice = service.notice { lines += TextWrap.lines(notice, width: width, indent: "  ") }
                lines += TextWrap.lines("- " + service.title, width: width, indent: "  ")
                for detail in service.details { lines += TextWrap.lines(detail, width: width, indent: "    ") }
            }
            lines.append("")
        }
        let printer = CardText(flow: flow, language: language, width: width)
        for (number, card) in decision.cards.enumerated() {
            lines += printer.lines(card, number: number + 1).map { $0 }
            lines.append("   (card \(card.id))")
            lines.append("")
        }
        if decision.cards.isEmpty { lines += ["This outcome shows no card.", ""] }
        if let notice = flow.notice { add([notice]) { word in word(notice) } }
        if !decision.unusedAnswers.isEmpty {
            lines.append("Note: not on this path, so not used: " + decision.unusedAnswers.joined(separator: ", "))
        }
        return TerminalSafeText.sanitize(lines.joined(separator: "\n") + "\n")
    }

    /// The report as JSON (pretty-printed, keys sorted), safe to write to a terminal.
    public func json() throws -> String {
        try ReportJSON.encode(DecisionJSON(decision, language: language,
                                           site: SiteReferrals(site: site, cards: decision.cards, languageTag: language.tag),
                                           siteText: siteText))
    }
}

/// JSON encoding shared by the reports. The encoder escapes C0 controls itself; the other
/// characters that could drive a terminal (C1, bidi controls, U+FEFF) are escaped too.
enum ReportJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafeText.sanitize(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n", style: .jsonEscape)
    }
}
