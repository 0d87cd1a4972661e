/// A screening flow: questions, routing and guidance cards, loaded from one YAML file.
public struct Flow: Hashable, Codable, Sendable {
    /// The flow's id (the file is named after it).
    public var id: String
    /// Shown in the flow picker and the header.
    public var title: Text
    /// One line.
    public var summary: Text
    /// Where the guidance applies (not translated).
    public var jurisdiction: String
    /// The content's version, as written.
    public var version: String
    /// After this day the validator warns that the flow is due for a check.
    public var reviewBy: LocalDate
    /// Shown on the first screen and at every outcome.
    public var notice: Text?
    /// The facts and sources its cards rest on (``FactBase/empty`` when loaded without one).
    public var factBase: FactBase
    /// The first step.
    public var start: Ref
    /// The steps, in file order.
    public var steps: [Step]
    /// The guidance cards, in the order outcomes show them.
    public var cards: [Card]
    /// Where the flow's `id` value is written.
    public var location: SourceLocation
    /// Where the `review-by:` value is written.
    public var reviewByLocation: SourceLocation

    private var stepIndex: [String: Int]
    private var cardIndex: [String: Int]

    /// Creates a flow and indexes its steps and cards by id (the first of duplicates wins).
    public init(id: String, title: Text, summary: Text, jurisdiction: String, version: String,
                reviewBy: LocalDate, notice: Text?, factBase: FactBase = .empty, start: Ref,
                steps: [Step], cards: [Card], location: SourceLocation, reviewByLocation: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.jurisdiction = jurisdiction
        self.version = version
        self.reviewBy = reviewBy
        self.notice = notice
        self.factBase = factBase
        self.start = start
        self.steps = steps
        self.cards = cards
        self.location = location
        self.reviewByLocation = reviewByLocation
        stepIndex = Flow.index(steps.map(\.id))
        cardIndex = Flow.index(cards.map(\.id))
    }

    /// The step with this id.
    public func step(_ id: String) -> Step? { stepIndex[id].map { steps[$0] } }
    /// The card with this id.
    public func card(_ id: String) -> Card? { cardIndex[id].map { cards[$0] } }
    /// The position of a card in `cards` (declaration order), used to sort an outcome's cards.
    public func cardPosition(_ id: String) -> Int? { cardIndex[id] }

    private static func index(_ ids: [String]) -> [String: Int] {
        var index = [String: Int](minimumCapacity: ids.count)
        // Backwards, so the first of duplicates is written last and wins.
        for position in ids.indices.reversed() {
            index[ids[position]] = position
        }
        return index
    }
}
