/// One statement about the law that guidance cards rest on, written for reviewers, with how sure
/// it is, whether it still holds, how current it is and the sources that support it. Facts live
/// in `Facts/*.yaml`; see docs/flow-format.md, "Facts".
public struct Fact: Hashable, Codable, Sendable {
    /// A stable, readable id (`public-charge-2026-rule`), unique across `Facts/`.
    public var id: String
    /// One or two plain English sentences for reviewers (never shown to the person, not translated).
    public var statement: String
    /// How sure the research is.
    public var confidence: FactConfidence
    /// Whether it still holds; a superseded fact names the fact that replaced it.
    public var status: FactStatus
    /// The date of the newest source that supports it.
    public var asOf: LocalDate
    /// When a person last confirmed that it still holds.
    public var checked: LocalDate
    /// The sources that support it, by id, from the one list in `Facts/sources.yaml`.
    public var sources: [Ref]
    /// The entries of the research notes (`shared/legal-facts.md`) it was written from ("9.1").
    public var research: [String]
    /// Where the fact's id is written.
    public var location: SourceLocation
    /// Where its `as-of` value is written.
    public var asOfLocation: SourceLocation
    /// Where its `checked` value is written.
    public var checkedLocation: SourceLocation

    /// Creates a fact.
    public init(id: String, statement: String, confidence: FactConfidence, status: FactStatus = .current,
                asOf: LocalDate, checked: LocalDate, sources: [Ref], research: [String] = [],
                location: SourceLocation, asOfLocation: SourceLocation? = nil, checkedLocation: SourceLocation? = nil) {
        self.id = id
        self.statement = statement
        self.confidence = confidence
        self.status = status
        self.asOf = asOf
        self.checked = checked
        self.sources = sources
        self.research = research
        self.location = location
        self.asOfLocation = asOfLocation ?? location
        self.checkedLocation = checkedLocation ?? location
    }

    /// Whether it still holds.
    public var isCurrent: Bool { status == .current }
}
