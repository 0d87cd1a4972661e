/// A guidance card: what to do, what to say, the facts it rests on, and whom to call. Its
/// sources and its shown date come through its facts (``Flow/basis(of:)``).
public struct Card: Hashable, Codable, Sendable {
    /// The card's id, unique within its flow.
    public var id: String
    /// Leads with what to do.
    public var title: Text
    /// Plain language, short sentences.
    public var body: Text
    /// The action in a few words (at most 12), for the "do this now" list.
    public var now: Text?
    /// A "what to say" script.
    public var say: Text?
    /// What is not settled, said plainly.
    public var contested: Text?
    /// The facts it rests on, by id (`Facts/*.yaml`).
    public var facts: [Ref]
    /// When a person last checked this card's words against its facts, if written; it may not
    /// be later than its facts' `checked` dates. Without it the card shows its facts' date.
    public var checked: LocalDate?
    /// Shown under "agents are here now".
    public var urgent: Bool
    /// When an outcome with `show-matching` shows it.
    public var when: Condition?
    /// Referral contacts.
    public var contacts: [Contact]
    /// The kinds of help the card calls for (`referrals:`), which a site's services are
    /// matched against (see ``Site/services(matching:)``).
    public var referrals: [ReferralKind]
    /// Where the card's id is written.
    public var location: SourceLocation
    /// Where its `checked` value is written (its id when it has none).
    public var checkedLocation: SourceLocation

    /// Creates a card.
    public init(id: String, title: Text, body: Text, now: Text? = nil, say: Text? = nil, contested: Text? = nil,
                facts: [Ref] = [], checked: LocalDate? = nil, urgent: Bool = false, when: Condition? = nil,
                contacts: [Contact] = [], referrals: [ReferralKind] = [], location: SourceLocation,
                checkedLocation: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.body = body
        self.now = now
        self.say = say
        self.contested = contested
        self.facts = facts
        self.checked = checked
        self.urgent = urgent
        self.when = when
        self.contacts = contacts
        self.referrals = referrals
        self.location = location
        self.checkedLocation = checkedLocation ?? location
    }
}
