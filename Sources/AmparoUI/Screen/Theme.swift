/// Maps each `Style` to attributes. Views name roles; the theme decides the look.
public struct Theme: Sendable {
    /// A short name, shown in `--help` and diagnostics.
    public let name: String
    private let table: [Style: Attributes]

    /// A theme from a role table; roles left out are drawn plain.
    public init(name: String, table: [Style: Attributes]) {
        self.name = name
        self.table = table
    }

    /// The attributes for `style`.
    public func attributes(for style: Style) -> Attributes {
        table[style] ?? Attributes()
    }

    /// The default: high contrast, body text in the terminal's own colours, readable whatever
    /// the terminal's background (xterm's white, or a dark one). A colour is only ever used as a
    /// pair, foreground on its own background, so no role depends on the terminal's background:
    /// cyan or green letters on the terminal's own ground vanish on a white one. Only the
    /// selected answer has the yellow selection bar; notices are bold, not a bar.
    public static let highContrast = Theme(name: "high-contrast", table: [
        .header: Attributes(foreground: .white, background: .blue, bold: true),
        .title: Attributes(bold: true),
        .selected: Attributes(foreground: .black, background: .yellow),   // bold black turns grey
        .hint: Attributes(),
        .key: Attributes(bold: true),
        .urgent: Attributes(foreground: .white, background: .red, bold: true),
        .notice: Attributes(bold: true, underline: true),
        .say: Attributes(bold: true),
        .code: Attributes(foreground: .black, background: .white),
    ])

    /// No colour at all: reverse, bold and underline only. For `TERM=vt100` and `NO_COLOR`.
    public static let monochrome = Theme(name: "monochrome", table: [
        .header: Attributes(reverse: true),
        .title: Attributes(bold: true),
        .selected: Attributes(bold: true, reverse: true),
        .key: Attributes(bold: true),
        .urgent: Attributes(bold: true, underline: true),
        .notice: Attributes(underline: true),
        .say: Attributes(bold: true),
        // Reverse video: on the usual light-on-dark terminal the code reads dark on light.
        .code: Attributes(reverse: true),
    ])

    /// The theme for a terminal: monochrome when it has no colours or when
    /// `NO_COLOR` is set to anything non-empty (https://no-color.org).
    public static func choose(terminalHasColors: Bool, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return terminalHasColors ? .highContrast : .monochrome
    }
}
