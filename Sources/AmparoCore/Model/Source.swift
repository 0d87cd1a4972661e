/// A citation: a statute, case or page that guidance cards rest on. Its title and citation are
/// not translated; its `contested` note is (key `FLOW.source.SRC.contested`).
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
    /// What is not settled about it, if anything: prose shown after "Not settled:" with the
    /// citations of every card that cites it, so it is translated like any other text.
    public var contested: Text?
    /// Where its id is written.
    public var location: SourceLocation

    /// Creates a source.
    public init(id: String, title: String, cite: String, url: String?, asOf: LocalDate,
                contested: Text?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.cite = cite
        self.url = url
        self.asOf = asOf
        self.contested = contested
        self.location = location
    }
}
