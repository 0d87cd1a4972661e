/// Limits that keep hostile or broken input from exhausting memory, stack or time.
public struct InputLimits: Hashable, Sendable {
    /// Files larger than this are refused without being read.
    public var maximumFileSize: Int
    /// Lists and mappings nested deeper than this are refused while parsing, at the level that
    /// goes over.
    public var maximumNesting: Int
    /// A text (a title, a card's body, an id, a translation) longer than this, in Unicode
    /// scalars, is refused where it is read. Every outcome page is laid out and measured by the
    /// validator in every language, so one huge text would be laid out once per outcome.
    public var maximumTextLength: Int

    /// Creates limits.
    public init(maximumFileSize: Int = 4 * 1024 * 1024, maximumNesting: Int = 64, maximumTextLength: Int = 4_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumNesting = maximumNesting
        self.maximumTextLength = maximumTextLength
    }

    /// 4 MiB per file (the real flows are about 50 KB), 64 levels of nesting (they use 6) and
    /// 4,000 characters a text (the longest shipped text, a card's body in Tagalog, has 939).
    public static let standard = InputLimits()

    /// Whether `text` is longer than ``maximumTextLength`` (its bytes are counted first, which
    /// costs nothing; the scalars only when the bytes are over).
    public func isTooLong(_ text: some StringProtocol) -> Bool {
        text.utf8.count > maximumTextLength && text.unicodeScalars.count > maximumTextLength
    }
}
