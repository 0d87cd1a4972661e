/// One text of the translation template: its key, its English, notes for translators and
/// where it comes from.
public struct TemplateEntry: Sendable, Hashable, LocalizableText {
    /// The stable key (`msgctxt`).
    public var key: String
    /// The English (`msgid`).
    public var english: String
    /// Notes for translators (`#.` lines): where the text appears, and what to keep as it is.
    public var notes: [String]
    /// Where it is written (`#:`), such as `Flows/workplace-raid.yaml:12`.
    public var references: [String]
    /// True when the text has `%d`/`%s` placeholders (`#, c-format`).
    public var isCFormat: Bool

    /// Creates an entry; the notes about terms to keep (found by `terms`) are added to `placement`.
    public init(key: String, english: String, placement: String, references: [String],
                terms finder: ProtectedTerms = ProtectedTerms()) {
        self.key = key
        self.english = english
        self.references = references
        self.isCFormat = CFormat.hasDirectives(english)
        var notes = [placement]
        let terms = finder.find(in: english)
        if !terms.exact.isEmpty {
            notes.append("Keep exactly as written: " + terms.exact.joined(separator: ", ") + ".")
        }
        if !terms.names.isEmpty {
            notes.append("Legal names: keep the English name; you may add a translation in parentheses: "
                         + terms.names.joined(separator: ", ") + ".")
        }
        self.notes = notes
    }

    /// The entry as a PO entry with an empty translation.
    public var poEntry: POEntry {
        POEntry(context: key, id: english, strings: [""], flags: isCFormat ? ["c-format"] : [],
                extractedComments: notes, references: references)
    }
}
