/// One message of a PO file: its key (`msgctxt`), English (`msgid`), translations (`msgstr`),
/// and comments.
public struct POEntry: Sendable, Hashable {
    /// `msgctxt`: in Amparo, the stable text key.
    public var context: String?
    /// `msgid`: the English text.
    public var id: String
    /// `msgid_plural`, for an entry with plural forms.
    public var idPlural: String?
    /// `msgstr`, or `msgstr[0]`, `msgstr[1]`, … for an entry with plural forms.
    public var strings: [String]
    /// `#,` flags, such as `fuzzy` and `c-format`.
    public var flags: [String]
    /// `# ` comments written by translators.
    public var translatorComments: [String]
    /// `#.` comments for translators, written by `amparo translations extract`.
    public var extractedComments: [String]
    /// `#:` references, such as `Flows/workplace-raid.yaml:12`.
    public var references: [String]
    /// `#| msgctxt`: the key before the last `msgmerge`, for a fuzzy entry.
    public var previousContext: String?
    /// `#| msgid`: the English before the last `msgmerge`, for a fuzzy entry.
    public var previousID: String?
    /// `#| msgid_plural`: the plural English before the last `msgmerge`.
    public var previousIDPlural: String?
    /// True for an obsolete `#~` entry.
    public var isObsolete: Bool
    /// The 1-based line of the entry's first keyword (`msgctxt`, or `msgid`).
    public var line: Int

    /// Creates an entry.
    public init(context: String? = nil, id: String, idPlural: String? = nil, strings: [String] = [""],
                flags: [String] = [], translatorComments: [String] = [], extractedComments: [String] = [],
                references: [String] = [], previousContext: String? = nil, previousID: String? = nil,
                previousIDPlural: String? = nil, isObsolete: Bool = false, line: Int = 0) {
        self.context = context
        self.id = id
        self.idPlural = idPlural
        self.strings = strings
        self.flags = flags
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.previousContext = previousContext
        self.previousID = previousID
        self.previousIDPlural = previousIDPlural
        self.isObsolete = isObsolete
        self.line = line
    }

    /// True when the entry is marked `#, fuzzy` (its English changed and nobody checked it yet).
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// True when every `msgstr` is non-empty.
    public var isTranslated: Bool { !strings.isEmpty && strings.allSatisfy { !$0.isEmpty } }

    /// The header entry is the one with an empty `msgid` and no `msgctxt`.
    public var isHeader: Bool { context == nil && id.isEmpty }
}
