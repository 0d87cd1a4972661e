/// The facts guidance rests on and the one shared list of sources, read from `Facts/`, with the
/// attorney-review record. Every flow loaded with it carries it (``Flow/factBase``), so a card's
/// sources and dates come through its facts one way everywhere (``Flow/basis(of:)``).
public struct FactBase: Hashable, Codable, Sendable {
    /// The facts, files in name order, facts in file order.
    public var facts: [Fact]
    /// The sources, each written once (`Facts/sources.yaml`).
    public var sources: [Source]
    /// The attorney-review record (`Facts/attorney-review.yaml`); `.none` when there is none.
    public var review: AttorneyReview
    /// The files read, for messages and the validation summary.
    public var files: [String]

    private var factIndex: [String: Int]
    private var sourceIndex: [String: Int]

    /// A fact base of these facts and sources (the first of duplicate ids wins).
    public init(facts: [Fact] = [], sources: [Source] = [], review: AttorneyReview = .none, files: [String] = []) {
        self.facts = facts
        self.sources = sources
        self.review = review
        self.files = files
        factIndex = FactBase.index(facts.map(\.id))
        sourceIndex = FactBase.index(sources.map(\.id))
    }

    /// No facts, no sources, no review: what a flow loaded on its own carries (every card's
    /// facts are then unknown, and the validator says so).
    public static let empty = FactBase()

    /// The fact with this id.
    public func fact(_ id: String) -> Fact? { factIndex[id].map { facts[$0] } }
    /// The source with this id.
    public func source(_ id: String) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// The fact that finally replaced `fact`, following `superseded-by` (`nil` when the chain
    /// ends at an unknown id or loops).
    public func currentReplacement(of fact: Fact) -> Fact? {
        var seen: Set<String> = [fact.id]
        var next = fact.status.replacement
        while let id = next?.id, let found = self.fact(id) {
            if found.isCurrent { return found }
            guard seen.insert(found.id).inserted else { return nil }
            next = found.status.replacement
        }
        return nil
    }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index = [String: Int](minimumCapacity: ids.count)
        for position in ids.indices.reversed() { index[ids[position]] = position }
        return index
    }
}

extension FactBase {
    /// Every user-visible, translatable string of the fact base: each source's `contested` note,
    /// in source order (statements, titles and citations are not translated).
    public var texts: [Text] { sources.compactMap(\.contested) }
}
