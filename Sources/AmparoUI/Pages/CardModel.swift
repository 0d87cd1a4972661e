/// A guidance card, with every text already in the person's language (or in English
/// with `notice` saying so).
public struct CardModel: Hashable, Sendable {
    public var title: String
    public var body: String
    /// The action in a few words, for the "do this now" list.
    public var now: String?
    /// A "what to say" script.
    public var say: String?
    /// The English flow's "what to say", exactly, when `say` is in another language.
    public var englishSay: String?
    /// What is not settled.
    public var contested: String?
    /// Contact lines: name, then phone, website and hours.
    public var contacts: [[String]]
    /// Each source the card rests on (through its facts, each once): citation and title, and its
    /// note when something about it is not settled.
    public var sources: [CardSource]
    /// "Checked December 2026": when its statements were last checked against their sources.
    public var checked: String
    /// "Sources: 2 · Checked December 2026", the one line under the card.
    public var sourceLine: String
    /// Shown under "agents are here now"; marked on screen.
    public var urgent: Bool
    /// Why this card is in English, when it is.
    public var notice: String?

    public init(title: String, body: String, now: String? = nil, say: String? = nil, englishSay: String? = nil,
                contested: String? = nil, contacts: [[String]] = [], sources: [CardSource] = [], checked: String,
                sourceLine: String = "", urgent: Bool = false, notice: String? = nil) {
        self.title = title
        self.body = body
        self.now = now
        self.say = say
        self.englishSay = englishSay
        self.contested = contested
        self.contacts = contacts
        self.sources = sources
        self.checked = checked
        self.sourceLine = sourceLine
        self.urgent = urgent
        self.notice = notice
    }
}
