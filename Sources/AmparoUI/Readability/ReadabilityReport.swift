import AmparoCore
import Foundation

/// `amparo readability`: A2J Author's per-page reading report, taken further. Per card: words,
/// sentences and (English) the Flesch-Kincaid grade, or words and characters. Per outcome, on
/// the longest set of cards it can show: the words before the first action, the "do this now"
/// length, and the PgDn presses at 80x24 and at 40x12.
public struct ReadabilityReport: Codable, Sendable {
    /// One card's figures.
    public struct CardFigures: Codable, Sendable {
        public var card: String
        public var urgent: Bool
        public var words: Int
        public var sentences: Int
        public var characters: Int
        /// English only.
        public var grade: Double?
        /// Words of its `now` line.
        public var nowWords: Int?
    }

    /// The flow measured.
    public var flow: String
    /// The language measured in.
    public var language: String
    public var cards: [CardFigures]
    public var outcomes: [OutcomeReadability]

    /// The grade above which an English card is flagged (the project's target is grade 6-8).
    public static let gradeLimit = 8.0
    /// The most words of actions an urgent outcome should have.
    public static let actionWordLimit = 60

    /// Measures `flow` in `strings`' language.
    public init(flow: Flow, strings: Strings) {
        self.flow = flow.id
        language = strings.languageTag
        let english = strings.languageTag == Language.english.tag
        cards = flow.cards.map { card in
            let model = strings.card(card, flow: flow)
            let statistics = TextStatistics(joining: [model.title, model.body] + [model.now, model.say, model.contested].compactMap { $0 })
            return CardFigures(card: card.id, urgent: card.urgent, words: statistics.words, sentences: statistics.sentences,
                               characters: statistics.characters, grade: english ? statistics.fleschKincaidGrade : nil,
                               nowWords: model.now.map { TextStatistics($0).words })
        }
        let longest = Self.longestCardSets(of: flow)
        outcomes = flow.steps.filter(\.kind.isOutcome).compactMap { step in
            guard let ids = longest[step.id] else { return nil }
            return OutcomeReadability(outcome: step.id, cards: ids.compactMap(flow.card), flow: flow, strings: strings)
        }
    }

    /// The longest set of cards (by English words) each outcome can show, from the flow's answer
    /// paths, by outcome id. Each card's words are counted once: a flow with a "check all that
    /// apply" question has thousands of paths (public-services: 14,336) sharing a few cards.
    public static func longestCardSets(of flow: Flow) -> [String: [String]] {
        var cardWords: [String: Int] = [:]
        for card in flow.cards { cardWords[card.id] = TextStatistics(card.body.english).words }
        var longest: [String: (words: Int, cards: [String])] = [:]
        for path in FlowAnalysis(flow: flow).paths(limit: 50_000) {
            guard let outcome = path.outcome else { continue }
            let words = path.cards.reduce(0) { $0 + (cardWords[$1] ?? 0) }
            if words > longest[outcome]?.words ?? -1 { longest[outcome] = (words, path.cards) }
        }
        return longest.mapValues(\.cards)
    }

    /// Whether an outcome is urgent: it shows an urgent card.
    public func isUrgent(_ outcome: OutcomeReadability) -> Bool {
        outcome.cards.contains { id in cards.contains { $0.card == id && $0.urgent } }
    }

    /// The report as text.
    public func text() -> String {
        var lines = ["Readability of \(flow) in \(language)", ""]
        lines.append("Cards" + (language == Language.english.tag ? " (grade: Flesch-Kincaid; target 6-8)" : ""))
        for card in cards {
            var line = "  \(card.card)\(card.urgent ? " [urgent]" : ""): \(card.words) words, \(card.sentences) sentences"
            if let grade = card.grade {
                line += String(format: ", grade %.1f", grade) + (grade > Self.gradeLimit ? "  ABOVE 8" : "")
            } else {
                line += ", \(card.characters) characters"
            }
            if let now = card.nowWords { line += "; now: \(now) words" + (now > 12 ? "  OVER 12" : "") }
            lines.append(line)
        }
        lines += ["", "Outcomes (the longest set of cards each can show)"]
        for outcome in outcomes {
            lines.append("  \(outcome.outcome)\(isUrgent(outcome) ? " [urgent]" : ""): \(outcome.cards.count) cards, "
                + "\(outcome.wordsBeforeFirstAction) words before the first action, "
                + "\(outcome.actions) actions in \(outcome.actionWords) words")
            for screen in outcome.screens {
                lines.append("    \(screen.width)x\(screen.height): \(screen.pressesToFirstAction) PgDn to the first action, "
                    + (screen.actionsFitFirstScreen ? "all actions on the first screen"
                        : "\(screen.actionsOnFirstScreen) of \(outcome.actions) actions on the first screen, more below")
                    + ", \(screen.pressesToReadAll) PgDn to read it all")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (pretty-printed, keys sorted).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
