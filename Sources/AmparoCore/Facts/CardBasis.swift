/// What a guidance card rests on, resolved through its facts: the facts, their sources (each
/// once), and the honest date to show, "when the statement was last checked against sources".
/// Every front renders a card's sources and date from this, so they come one way only.
public struct CardBasis: Hashable, Sendable {
    /// The card's known facts, in the order the card names them.
    public var facts: [Fact]
    /// The sources of those facts, each once, in the order first named.
    public var sources: [Source]
    /// The date to show: the card's own `checked` when written, else the earliest `checked` of
    /// its facts (a card is only as current as its least recently checked fact); `nil` when it
    /// rests on no known fact.
    public var checked: LocalDate?

    /// How many sources the card shows.
    public var sourceCount: Int { sources.count }

    /// Whether it rests on a contested or unverified fact (its "not settled" note says so).
    public var isUnsettled: Bool { facts.contains { !$0.confidence.isSettled } }

    /// Creates a basis.
    public init(facts: [Fact], sources: [Source], checked: LocalDate?) {
        self.facts = facts
        self.sources = sources
        self.checked = checked
    }
}

extension Flow {
    /// What `card` rests on: its facts, their sources and its honest date.
    public func basis(of card: Card) -> CardBasis {
        let facts = card.facts.compactMap { factBase.fact($0.id) }
        let earliest = facts.map(\.checked).min()
        let checked = card.checked.map { own in earliest.map { min(own, $0) } ?? own } ?? earliest
        return CardBasis(facts: facts, sources: sources(of: facts), checked: checked)
    }

    /// The sources of several cards (an outcome), each once, in the order first named.
    public func sources(of cards: [Card]) -> [Source] {
        sources(of: cards.flatMap { card in card.facts.compactMap { factBase.fact($0.id) } })
    }

    /// The source with this id, from the fact base.
    public func source(_ id: String) -> Source? { factBase.source(id) }

    private func sources(of facts: [Fact]) -> [Source] {
        var seen = Set<String>()
        var result: [Source] = []
        for fact in facts {
            for reference in fact.sources where seen.insert(reference.id).inserted {
                if let source = factBase.source(reference.id) { result.append(source) }
            }
        }
        return result
    }
}
