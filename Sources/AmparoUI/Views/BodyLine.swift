/// One line of a screen's body, already wrapped to the body's width.
public struct BodyLine: Hashable, Sendable {
    /// The text, without the indent.
    public var text: String
    /// How it looks.
    public var style: Style
    /// Columns of indentation before the text.
    public var indent: Int
    /// What a click on this line does.
    public var target: HitTarget?
    /// Whether the highlight spans the whole body width (a selected choice).
    public var fillsRow: Bool

    public init(text: String, style: Style = .normal, indent: Int = 0,
                target: HitTarget? = nil, fillsRow: Bool = false) {
        self.text = text
        self.style = style
        self.indent = indent
        self.target = target
        self.fillsRow = fillsRow
    }
}
