import AmparoCore

/// The end of a path, in the order the moment needs it: "do this now" (a few short actions and
/// the one number to call), the notice once, what to say (with the English beneath it), then
/// the cards. The sources are a key away (`ReadingPanel.sources`), never inline.
public struct OutcomePage: Hashable, Sendable {
    public var header: Header
    /// "What you can do" or the outcome step's own text, above the cards.
    public var heading: String
    /// Messages shown above everything (a translation's status, a fallback notice).
    public var notices: [String]
    /// "Do this now".
    public var actionsHeading: String
    /// At most five short actions, urgent first.
    public var actions: [String]
    /// "Call CHIRLA hotline: 888-624-4752", the one number to call.
    public var call: String?
    /// "This is general information, not legal advice.", once, after the actions.
    public var notice: String?
    /// "What to say".
    public var sayHeading: String
    /// What to say, in the person's language, each with its exact English when that differs.
    public var says: [SayLine]
    /// "In English, to say or show to the officer:".
    public var sayEnglishLabel: String
    /// The center's own services for the kinds of help the cards call for, after what to say
    /// and before the cards (never in "do this now").
    public var site: SiteReferralText?
    public var cards: [CardModel]
    /// "d: Sources", under the heading: the key to the sources screen, even where the footer
    /// has no room for it.
    public var sourcesHint: String?
    /// Lines after the last card ("This is the end of the guidance.").
    public var closing: [String]

    public init(header: Header, heading: String, notices: [String] = [], actionsHeading: String = "Do this now",
                actions: [String] = [], call: String? = nil, notice: String? = nil, sayHeading: String = "What to say",
                says: [SayLine] = [], sayEnglishLabel: String = "", cards: [CardModel], closing: [String] = []) {
        self.header = header
        self.heading = heading
        self.notices = notices
        self.actionsHeading = actionsHeading
        self.actions = actions
        self.call = call
        self.notice = notice
        self.sayHeading = sayHeading
        self.says = says
        self.sayEnglishLabel = sayEnglishLabel
        self.cards = cards
        self.site = nil
        self.sourcesHint = nil
        self.closing = closing
    }
}

/// One "what to say" line: the words in the person's language and, when that is not English,
/// the exact words of the English flow beneath them, for an English-speaking officer.
public struct SayLine: Hashable, Sendable {
    /// The words, in the person's language.
    public var words: String
    /// The English flow's words, when the person's are not English.
    public var english: String?

    public init(words: String, english: String? = nil) {
        self.words = words
        self.english = english
    }
}
