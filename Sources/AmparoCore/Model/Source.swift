/// A source facts rest on: a statute, case, rule or page, written once in `Facts/sources.yaml`.
/// Its title and citation are not translated; its `contested` note is (key `source.SRC.contested`).
public struct Source: Hashable, Codable, Sendable {
    /// How facts name it.
    public var id: String
    /// Its title.
    public var title: String
    /// The statute, case or page reference.
    public var cite: String
    /// An optional web address.
    public var url: String?
    /// The date of the document or of the copy read, when it is known (a fact's `as-of` may not
    /// be later than the newest dated source it rests on).
    public var asOf: LocalDate?
    /// What is not settled about it, if anything: prose shown after "Not settled:" under it, so
    /// it is translated like any other text.
    public var contested: Text?
    /// Where its id is written.
    public var location: SourceLocation

    /// Creates a source.
    public init(id: String, title: String, cite: String, url: String?, asOf: LocalDate?,
                contested: Text?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.cite = cite
        self.url = url
        self.asOf = asOf
        self.contested = contested
        self.location = location
    }

    /// The text key of a source's `contested` note.
    public static func contestedKey(_ id: String) -> String { "source.\(id).contested" }
}
