/// Every id of a flow resolved to a position once per validation: steps and cards by id, which
/// item first uses each id, and every step and card reference. Checks share
/// it through `ValidationContext` and compare positions (integers) instead of hashing the same
/// id strings again and again.
struct FlowIndex {
    /// Step id → position in `flow.steps` of the first step with that id.
    let stepPositions: [String: Int]
    /// Per step, the position of the first step with its id: its own, unless its id repeats an
    /// earlier step's.
    let firstStep: [Int]
    /// Card id → position in `flow.cards` of the first card with that id.
    let cardPositions: [String: Int]
    /// Per card, the position of the first card with its id.
    let firstCard: [Int]
    /// The position of the start step, when it exists.
    let start: Int?
    /// Per step, the step each reference of `Step.forEachTarget` names, in that order, repeats
    /// kept (`-1`: no such step).
    let targets: PositionLists
    /// Per step, the card each entry of its `cards` names (`-1`: no such card).
    let listedCards: PositionLists

    /// Indexes `flow`.
    init(_ flow: Flow) {
        let (stepPositions, firstStep) = FlowIndex.positions(count: flow.steps.count) { flow.steps[$0].id }
        let (cardPositions, firstCard) = FlowIndex.positions(count: flow.cards.count) { flow.cards[$0].id }
        (self.stepPositions, self.firstStep) = (stepPositions, firstStep)
        (self.cardPositions, self.firstCard) = (cardPositions, firstCard)
        start = stepPositions[flow.start.id]
        var targets = PositionLists()
        var listedCards = PositionLists()
        for step in flow.steps.indices {
            flow.steps[step].forEachTarget { targets.append(stepPositions[$0.id] ?? -1) }
            targets.endList()
            let cards = flow.steps[step].cards
            for card in cards.indices { listedCards.append(cardPositions[cards[card].id] ?? -1) }
            listedCards.endList()
        }
        self.targets = targets
        self.listedCards = listedCards
    }

    /// The position of the question `id` names, or `nil` when no step has that id or the step
    /// is not a question.
    func question(_ id: String, in flow: Flow) -> Int? {
        guard let position = stepPositions[id], flow.steps[position].kind.isQuestion else { return nil }
        return position
    }

    /// Id → first position, and each item's first position, hashing each id once.
    private static func positions(count: Int, id: (Int) -> String) -> ([String: Int], [Int]) {
        var positions = [String: Int](minimumCapacity: count)
        var first = [Int]()
        first.reserveCapacity(count)
        for position in 0..<count {
            first.append(firstPosition(of: id(position), at: position, in: &positions))
        }
        return (positions, first)
    }

    /// The position recorded for `id`, after recording `position` for it if it had none
    /// (one lookup).
    static func firstPosition(of id: String, at position: Int, in positions: inout [String: Int]) -> Int {
        value(&positions[id, default: position])
    }

    private static func value(_ slot: inout Int) -> Int { slot }
}
