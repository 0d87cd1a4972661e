/// A citation: a statute, case or page that guidance cards rest on. Not translated.
public struct Source: Hashable, Codable, Sendable {
    /// How cards cite it.
    public var id: String
    /// Its title.
    public var title: String
    /// The statute, case or page reference.
    public var cite: String
    /// An optional web address.
    public var url: String?
    /// When the source was last checked.
    public var asOf: LocalDate
    /// What is not settled about it, if anything.
    public var contested: String?
    /// Where its id is written.
    public var location: SourceLocation

    /// Creates a source.
    public init(id: String, title: String, cite: String, url: String?, asOf: LocalDate,
                contested: String?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.cite = cite
        self.url = url
        self.asOf = asOf
        self.contested = contested
        self.location = location
    }
}
