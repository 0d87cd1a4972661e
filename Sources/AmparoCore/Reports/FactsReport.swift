import Foundation

/// `amparo facts`: each fact with its confidence, status, dates and sources, the cards that rest
/// on it and the catalogs that translate those cards. When the law changes, this is how a
/// maintainer finds every statement (and every translation) to fix.
public struct FactsReport {
    /// One fact and what rests on it.
    public struct Entry: Encodable, Sendable {
        /// A card resting on the fact, and the catalogs that hold a translation of it.
        public struct CardUse: Encodable, Sendable {
            public var flow: String
            public var card: String
            public var catalogs: [String]
        }

        public var id: String
        public var statement: String
        public var confidence: String
        public var status: String
        public var supersededBy: String?
        public var asOf: String
        public var checked: String
        /// Not checked for six months (`amparo validate` warns).
        public var dueForCheck: Bool
        public var sources: [String]
        public var research: [String]
        public var cards: [CardUse]
    }

    /// The facts listed, in fact-base order.
    public var entries: [Entry]

    /// The report of `base` as used by `flows`: only the facts `flow` (an id) rests on when given,
    /// only the facts due for a check with `staleOnly`. `catalogs` maps a language tag to the
    /// text keys its catalog translates.
    public init(base: FactBase, flows: [Flow], flow: String? = nil, staleOnly: Bool = false,
                catalogs: [String: Set<String>] = [:], today: LocalDate = .today()) {
        let due = today.adding(months: -FactBaseCheck.checkEveryMonths)
        let chosen = flow.map { id in flows.filter { $0.id == id } } ?? flows
        var uses: [String: [Entry.CardUse]] = [:]
        for flow in chosen {
            for card in flow.cards {
                let keys = Set(card.localizableTexts.map(\.key))
                let translated = catalogs.keys.sorted().filter { !(catalogs[$0] ?? []).isDisjoint(with: keys) }
                for fact in card.facts {
                    uses[fact.id, default: []].append(Entry.CardUse(flow: flow.id, card: card.id, catalogs: translated))
                }
            }
        }
        entries = base.facts.compactMap { fact in
            let cards = uses[fact.id] ?? []
            let isDue = fact.isCurrent && fact.checked < due
            if flow != nil, cards.isEmpty { return nil }
            if staleOnly, !isDue { return nil }
            return Entry(id: fact.id, statement: fact.statement, confidence: fact.confidence.rawValue, status: fact.status.name,
                         supersededBy: fact.status.replacement?.id, asOf: fact.asOf.description,
                         checked: fact.checked.description, dueForCheck: isDue, sources: fact.sources.map(\.id),
                         research: fact.research, cards: cards)
        }
    }

    /// The report as text, one block per fact, and a count at the end.
    public func text(width: Int = 80) -> String {
        var lines: [String] = []
        for entry in entries {
            var head = "\(entry.id): \(entry.confidence), "
            head += entry.supersededBy.map { "SUPERSEDED by \($0)" } ?? entry.status
            head += ", as of \(entry.asOf), checked \(entry.checked)" + (entry.dueForCheck ? " (DUE FOR A CHECK)" : "")
            lines += TextWrap.lines(head, width: width)
            lines += TextWrap.lines(entry.statement, width: width, indent: "  ")
            lines += TextWrap.lines("Sources: " + entry.sources.joined(separator: ", "), width: width, indent: "  ")
            if !entry.research.isEmpty {
                lines += TextWrap.lines("Research notes: " + entry.research.joined(separator: ", "), width: width, indent: "  ")
            }
            if entry.cards.isEmpty {
                lines.append("  Cards: none")
            } else {
                lines.append("  Cards:")
                for use in entry.cards {
                    let catalogs = use.catalogs.isEmpty ? "no translation" : "translated in " + use.catalogs.joined(separator: ", ")
                    lines += TextWrap.lines("- \(use.flow)/\(use.card) (\(catalogs))", width: width, indent: "    ")
                }
            }
            lines.append("")
        }
        let due = entries.filter(\.dueForCheck).count
        lines.append("\(entries.count) fact\(entries.count == 1 ? "" : "s"), \(due) due for a check")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (pretty-printed, keys sorted): a list of facts.
    public func json() throws -> String {
        try ReportJSON.encode(entries)
    }

    /// The text keys each shipped catalog of `directory` translates (non-fuzzy, non-empty
    /// entries), by language tag; catalogs that cannot be read are left out.
    public static func catalogKeys(in directory: LocalizationDirectory) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for language in directory.shippedLanguages() where !language.isSource {
            guard let catalog = try? Catalog.load(path: directory.catalogPath(for: language), tag: language.tag) else { continue }
            result[language.tag] = catalog.translatedKeys
        }
        return result
    }
}
