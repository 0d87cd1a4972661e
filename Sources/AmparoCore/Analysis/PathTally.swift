/// Counts of the distinct answer paths from one point of a flow to its end.
public struct PathTally: Hashable, Codable, Sendable {
    /// Every distinct answer path.
    public var total: PathCount
    /// Paths that end at an outcome showing no card, or at a dead end.
    public var withoutCards: PathCount
    /// Paths where no route leads on (or a route names a missing step, or closes a cycle).
    public var deadEnds: PathCount

    /// Creates a tally.
    public init(total: PathCount = .zero, withoutCards: PathCount = .zero, deadEnds: PathCount = .zero) {
        self.total = total
        self.withoutCards = withoutCards
        self.deadEnds = deadEnds
    }

    /// This tally counted `multiplicity` times.
    func times(_ multiplicity: PathCount) -> PathTally {
        PathTally(total: total * multiplicity, withoutCards: withoutCards * multiplicity,
                  deadEnds: deadEnds * multiplicity)
    }

    static func + (lhs: PathTally, rhs: PathTally) -> PathTally {
        PathTally(total: lhs.total + rhs.total, withoutCards: lhs.withoutCards + rhs.withoutCards,
                  deadEnds: lhs.deadEnds + rhs.deadEnds)
    }

    /// One path that ends at a dead end.
    static let deadEnd = PathTally(total: .one, withoutCards: .one, deadEnds: .one)
}
