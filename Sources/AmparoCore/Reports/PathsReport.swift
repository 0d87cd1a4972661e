/// `amparo paths` output: how many distinct answer paths a flow has, any that reach no card,
/// and, when there are at most `limit`, every path with its outcome and cards.
public struct PathsReport {
    /// The flow analysed.
    public var flow: Flow
    /// The counts.
    public var tally: PathTally
    /// The listed paths (empty when there are more than `limit`).
    public var paths: [AnswerPath]
    /// The most paths listed.
    public var limit: Int
    /// One path that reaches no card, when there is one.
    public var pathWithoutCards: AnswerPath?

    /// Analyses `flow`: counts always, lists paths when there are at most `limit`.
    public init(flow: Flow, limit: Int) {
        var analysis = FlowAnalysis(flow: flow)
        self.flow = flow
        self.limit = limit
        tally = analysis.tally()
        paths = tally.total.isAtMost(limit) ? analysis.paths(limit: limit) : []
        pathWithoutCards = analysis.pathWithoutCards()
    }

    /// Whether every path shows at least one card.
    public var everyPathShowsACard: Bool { tally.withoutCards.value == 0 }

    /// The report as plain text, safe to write to a terminal (``TerminalSafeText``).
    public func text() -> String {
        var lines = ["\(flow.id): \(tally.total) distinct answer paths"]
        if everyPathShowsACard {
            lines.append("Every path shows at least one card.")
        } else {
            lines.append("PROBLEM: \(tally.withoutCards) paths reach no card"
                + (tally.deadEnds.value > 0 ? " (\(tally.deadEnds) end without reaching an outcome: no route leads on, or a cycle)" : "") + ".")
            if let example = pathWithoutCards { lines.append("For example: " + describe(example)) }
        }
        if tally.total.isAtMost(limit) {
            lines.append("")
            for (number, path) in paths.enumerated() {
                lines.append("\(number + 1). " + describe(path))
            }
        } else {
            lines.append("Too many to list (more than \(limit)); use --limit N to list up to N.")
        }
        return TerminalSafeText.sanitize(lines.joined(separator: "\n") + "\n")
    }

    /// One path on one line: `q = a, q2 = b, c -> outcome: card, card`.
    public func describe(_ path: AnswerPath) -> String {
        let answers = path.visits.compactMap { visit in
            visit.answer.map { "\(visit.stepID) = \($0.ids.joined(separator: "+"))" }
        }
        let end: String
        if let outcome = path.outcome {
            end = "\(outcome): " + (path.cards.isEmpty ? "(no card)" : path.cards.joined(separator: ", "))
        } else {
            end = "(no outcome: no route leads on, or a cycle)"
        }
        return (answers.isEmpty ? "(no questions)" : answers.joined(separator: ", ")) + " -> " + end
    }

    /// The report as JSON.
    public func json() throws -> String {
        try ReportJSON.encode(PathsJSON(self))
    }
}

/// The JSON shape of `amparo paths --format json`.
struct PathsJSON: Encodable {
    struct Count: Encodable {
        var value: UInt64
        var saturated: Bool
        init(_ count: PathCount) {
            value = count.value
            saturated = count.isSaturated
        }
    }

    struct PathJSON: Encodable {
        struct AnswerJSON: Encodable {
            var step: String
            var answer: [String]
        }
        var answers: [AnswerJSON]
        var outcome: String?
        var cards: [String]
        init(_ path: AnswerPath) {
            answers = path.visits.compactMap { visit in visit.answer.map { AnswerJSON(step: visit.stepID, answer: $0.ids) } }
            outcome = path.outcome
            cards = path.cards
        }
    }

    var flow: String
    var paths: Count
    var withoutCards: Count
    var deadEnds: Count
    var listed: Bool
    var limit: Int
    var items: [PathJSON]
    var exampleWithoutCards: PathJSON?

    init(_ report: PathsReport) {
        flow = report.flow.id
        paths = Count(report.tally.total)
        withoutCards = Count(report.tally.withoutCards)
        deadEnds = Count(report.tally.deadEnds)
        listed = report.tally.total.isAtMost(report.limit)
        limit = report.limit
        items = report.paths.map(PathJSON.init)
        exampleWithoutCards = report.pathWithoutCards.map(PathJSON.init)
    }
}
