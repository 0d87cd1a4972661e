/// A parsed PO or POT file.
public struct POFile: Sendable, Hashable {
    /// The header (the entry with an empty `msgid`), if there is one.
    public var header: POHeader?
    /// The messages, in file order, without the header and without obsolete entries.
    public var entries: [POEntry]
    /// Obsolete `#~` entries: parsed (so their syntax is checked), then set aside.
    public var obsoleteEntries: [POEntry]

    /// Creates a file.
    public init(header: POHeader?, entries: [POEntry], obsoleteEntries: [POEntry] = []) {
        self.header = header
        self.entries = entries
        self.obsoleteEntries = obsoleteEntries
    }
}
