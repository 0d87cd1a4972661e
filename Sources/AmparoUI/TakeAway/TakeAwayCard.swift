/// The part of a guidance card that a take-away carries: what to say, whom to call, and the
/// date the statement was checked. Never the person's answers.
public struct TakeAwayCard: Equatable, Sendable {
    /// The card's title (leads with what to do).
    public var title: String
    /// The "what to say" script, if the card has one.
    public var say: String?
    /// The English flow's "what to say", exactly, when `say` is in another language: the words
    /// to show or read to an English-speaking officer.
    public var englishSay: String?
    /// When the card's statements were last checked against their sources (`YYYY-MM-DD`).
    public var asOf: String
    /// The card's contacts.
    public var contacts: [TakeAwayContact]

    /// Makes a take-away card.
    public init(title: String, say: String?, englishSay: String? = nil, asOf: String, contacts: [TakeAwayContact]) {
        self.title = title
        self.say = say
        self.englishSay = englishSay == say ? nil : englishSay
        self.asOf = asOf
        self.contacts = contacts
    }
}

/// A hotline on a take-away.
public struct TakeAwayContact: Equatable, Sendable {
    /// The organisation, in the person's language.
    public var name: String
    /// The phone number as written in the flow.
    public var phone: String

    /// Makes a contact.
    public init(name: String, phone: String) {
        self.name = name
        self.phone = phone
    }
}
