/// The interface words a guidance card needs, in the person's language.
public struct CardLabels: Hashable, Sendable {
    public var say: String
    public var contested: String
    public var contacts: String
    public var sources: String
    public var urgent: String

    public init(say: String, contested: String, contacts: String, sources: String, urgent: String) {
        self.say = say
        self.contested = contested
        self.contacts = contacts
        self.sources = sources
        self.urgent = urgent
    }
}
