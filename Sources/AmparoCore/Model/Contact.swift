/// A referral contact on a guidance card.
public struct Contact: Hashable, Codable, Sendable {
    /// Who to contact (translated).
    public var name: Text
    /// A phone number, as written.
    public var phone: String?
    /// A web address.
    public var url: String?
    /// Opening hours (translated).
    public var hours: Text?
    /// Where the contact starts.
    public var location: SourceLocation

    /// Creates a contact.
    public init(name: Text, phone: String?, url: String?, hours: Text?, location: SourceLocation) {
        self.name = name
        self.phone = phone
        self.url = url
        self.hours = hours
        self.location = location
    }
}
