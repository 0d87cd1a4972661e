/// The role a piece of text plays on screen. A `Theme` turns roles into attributes
/// and colours, so views never name a colour.
public enum Style: UInt8, CaseIterable, Hashable, Sendable {
    /// Body text.
    case normal
    /// The header bar: flow title and progress.
    case header
    /// A heading inside the body, such as a card title.
    case title
    /// The highlighted choice.
    case selected
    /// Footer key hints.
    case hint
    /// The key letter inside a footer hint.
    case key
    /// Urgent guidance ("agents are here now").
    case urgent
    /// A notice the person must not miss: a translation fell back to English.
    case notice
    /// Secondary text: citations, as-of dates, contested notes' labels.
    case dim
    /// A "what to say" script.
    case say
    /// A QR code: dark modules on a light ground, whatever the terminal's own colours.
    case code
}
