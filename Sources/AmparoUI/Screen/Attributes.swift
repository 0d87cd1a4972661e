/// How a terminal shows one `Style`: colours (nil = the terminal's default) and attributes.
public struct Attributes: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    /// Whether this needs a colour pair.
    public var usesColor: Bool { foreground != nil || background != nil }
}
