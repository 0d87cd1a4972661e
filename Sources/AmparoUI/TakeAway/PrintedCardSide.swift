/// One side of the printed card, in one language.
public struct PrintedCardSide: Equatable, Sendable {
    /// The big heading ("TO THE AGENT", or "Your rights" in the person's language).
    public var heading: String
    /// A line under the heading (on the agent's side: "I am exercising my rights").
    public var intro: String?
    /// The "what to say" lines.
    public var sayLines: [String]
    /// The heading over the hotlines; nil leaves the hotlines off this side.
    public var hotlineHeading: String?
    /// The hotlines.
    public var hotlines: [TakeAwayContact]
    /// The as-of line at the foot ("Information as of 2026-11-26").
    public var footer: String

    /// Makes a side.
    public init(
        heading: String, intro: String? = nil, sayLines: [String], hotlineHeading: String? = nil,
        hotlines: [TakeAwayContact] = [], footer: String
    ) {
        self.heading = heading
        self.intro = intro
        self.sayLines = sayLines
        self.hotlineHeading = hotlineHeading
        self.hotlines = hotlines
        self.footer = footer
    }
}
