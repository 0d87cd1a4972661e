import AmparoCore
/// A body under construction: paragraphs wrapped to a width, as `BodyLine`s.
public struct Document: Sendable {
    /// Cells kept blank at the right of every wrapped line, so that the scroll marks
    /// (`^` / `v`, drawn just past the body's right edge) never touch a letter.
    public static let scrollMarkGap = 1

    /// The width of the body the document is drawn in; text wraps `scrollMarkGap` cells short of it.
    public let width: Int
    /// The lines so far.
    public private(set) var lines: [BodyLine] = []
    /// The line that matters most to keep in view with the choices (the question).
    public var anchor: Int?

    public init(width: Int) {
        self.width = max(width, 1)
    }

    /// Adds `text` wrapped to the width. The first line starts with `prefix`
    /// (a number or a check box) and later lines hang under the text.
    public mutating func paragraph(_ text: String, style: Style = .normal, indent: Int = 0,
                                   prefix: String = "", target: HitTarget? = nil,
                                   fillsRow: Bool = false) {
        let prefixWidth = DisplayWidth.of(prefix)
        let available = max(width - Self.scrollMarkGap - indent - prefixWidth, 1)
        let wrapped = LineWrapper.wrap(text, width: available)
        for (index, line) in wrapped.enumerated() {
            let lead = index == 0 ? prefix : String(repeating: " ", count: prefixWidth)
            lines.append(BodyLine(text: lead + line, style: style, indent: indent,
                                  target: target, fillsRow: fillsRow))
        }
    }

    /// Adds an empty line, unless the document is empty or already ends with one.
    public mutating func gap() {
        guard let last = lines.last, !(last.text.isEmpty && last.target == nil) else { return }
        lines.append(BodyLine(text: ""))
    }

    /// The index of the first line whose target is `target`.
    public func firstLine(of target: HitTarget) -> Int? {
        lines.firstIndex { $0.target == target }
    }

    /// The index of the last line whose target is `target`.
    public func lastLine(of target: HitTarget) -> Int? {
        lines.lastIndex { $0.target == target }
    }
}
