/// How sure the research behind a fact is (the legend of `shared/legal-facts.md`).
public enum FactConfidence: String, Hashable, Codable, Sendable, CaseIterable {
    /// A statute or official text was read, or several reliable sources agree.
    case verified
    /// Consistent secondary sources.
    case likely
    /// One weak source: a card resting on it must say so.
    case unverified
    /// Sources or courts disagree: a card resting on it must say so.
    case contested

    /// Whether a card resting on it may speak without a "not settled" note.
    public var isSettled: Bool { self == .verified || self == .likely }
}
