import Foundation

/// `amparo decide` output: the path taken, the outcome and its cards with citations, as text
/// or JSON.
public struct DecisionReport {
    /// The decision to show.
    public var decision: Decision
    /// How to word it.
    public var language: ReportLanguage

    /// Creates a report.
    public init(decision: Decision, language: ReportLanguage = .english) {
        self.decision = decision
        self.language = language
    }

    /// The report as plain text.
    public func text(width: Int = 80) -> String {
        let flow = decision.flow
        let wording = AnswerWording(flow: flow, language: language)
        var lines = TextWrap.lines("\(language.text(flow.title)) [\(flow.id)], version \(flow.version), "
            + "reviewed \(flow.reviewed), review by \(flow.reviewBy)", width: width)
        lines += ["", "Path taken:"]
        for (number, visit) in decision.path.enumerated() {
            guard let step = flow.step(visit.stepID) else { continue }
            let text = language.text(step.text)
            if let answer = visit.answer {
                lines += TextWrap.lines("\(number + 1). \(text) [\(step.id)] -> \(wording.describe(answer, of: step))",
                                        width: width, indent: "  ")
            } else {
                lines += TextWrap.lines("\(number + 1). (information) \(text) [\(step.id)]", width: width, indent: "  ")
            }
        }
        lines += ["", "Outcome: \(language.text(decision.outcome.text)) [\(decision.outcome.id)]", ""]
        let printer = CardText(flow: flow, language: language, width: width)
        for (number, card) in decision.cards.enumerated() {
            lines += printer.lines(card, number: number + 1).map { $0 }
            lines.append("   (card \(card.id))")
            lines.append("")
        }
        if decision.cards.isEmpty { lines += ["This outcome shows no card.", ""] }
        if let notice = flow.notice { lines += TextWrap.lines(language.text(notice), width: width) }
        if !decision.unusedAnswers.isEmpty {
            lines.append("Note: not on this path, so not used: " + decision.unusedAnswers.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (pretty-printed, keys sorted).
    public func json() throws -> String {
        try ReportJSON.encode(DecisionJSON(decision, language: language))
    }
}

/// JSON encoding shared by the reports.
enum ReportJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
