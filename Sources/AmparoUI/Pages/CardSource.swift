/// One source cited on a guidance card: its citation (never translated) and, when something
/// about it is not settled, that note in the person's language (or in English with `notice`).
public struct CardSource: Hashable, Sendable {
    /// "Cal. Penal Code § 851.5: Phone calls after arrest", with its address if any.
    public var citation: String
    /// What is not settled about the source, without the "Not settled:" label.
    public var contested: String?
    /// Why the note is in English, when it is.
    public var notice: String?

    public init(citation: String, contested: String? = nil, notice: String? = nil) {
        self.citation = citation
        self.contested = contested
        self.notice = notice
    }
}
