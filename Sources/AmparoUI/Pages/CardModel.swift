/// A guidance card, with every text already in the person's language (or in English
/// with `notice` saying so).
public struct CardModel: Hashable, Sendable {
    public var title: String
    public var body: String
    /// A "what to say" script.
    public var say: String?
    /// What is not settled.
    public var contested: String?
    /// Contact lines: name, then phone, website and hours.
    public var contacts: [[String]]
    /// Each cited source: citation and title, and its note when something about it is not settled.
    public var sources: [CardSource]
    /// "As of 2026-11-26".
    public var asOf: String
    /// Shown under "agents are here now"; marked on screen.
    public var urgent: Bool
    /// Why this card is in English, when it is.
    public var notice: String?

    public init(title: String, body: String, say: String? = nil, contested: String? = nil,
                contacts: [[String]] = [], sources: [CardSource] = [], asOf: String,
                urgent: Bool = false, notice: String? = nil) {
        self.title = title
        self.body = body
        self.say = say
        self.contested = contested
        self.contacts = contacts
        self.sources = sources
        self.asOf = asOf
        self.urgent = urgent
        self.notice = notice
    }
}
