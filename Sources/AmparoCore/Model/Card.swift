/// A guidance card: what to do, what to say, which law says so, and whom to call.
public struct Card: Hashable, Codable, Sendable {
    /// The card's id, unique within its flow.
    public var id: String
    /// Leads with what to do.
    public var title: Text
    /// Plain language, short sentences.
    public var body: Text
    /// A "what to say" script.
    public var say: Text?
    /// The sources it rests on (at least one).
    public var cite: [Ref]
    /// When the statement was last checked.
    public var asOf: LocalDate
    /// What is not settled, said plainly.
    public var contested: Text?
    /// The legal fact-sheet entries the card rests on.
    public var facts: [String]
    /// Shown under "agents are here now".
    public var urgent: Bool
    /// When an outcome with `show-matching` shows it.
    public var when: Condition?
    /// Referral contacts.
    public var contacts: [Contact]
    /// Where the card's id is written.
    public var location: SourceLocation

    /// Creates a card.
    public init(id: String, title: Text, body: Text, say: Text? = nil, cite: [Ref], asOf: LocalDate,
                contested: Text? = nil, facts: [String] = [], urgent: Bool = false,
                when: Condition? = nil, contacts: [Contact] = [], location: SourceLocation) {
        self.id = id
        self.title = title
        self.body = body
        self.say = say
        self.cite = cite
        self.asOf = asOf
        self.contested = contested
        self.facts = facts
        self.urgent = urgent
        self.when = when
        self.contacts = contacts
        self.location = location
    }
}
