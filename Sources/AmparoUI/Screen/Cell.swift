/// One terminal cell: a grapheme cluster, the cells it takes, and its style.
///
/// A wide character occupies two cells: the first holds the grapheme with
/// `width == 2`, the second is a `continuation` cell (`width == 0`, empty grapheme).
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in this cell (`""` for a continuation).
    public var grapheme: String
    /// Cells taken: 1, 2 for a wide character, 0 for a continuation.
    public var width: Int
    /// The role that decides colours and attributes.
    public var style: Style

    /// A cell holding `grapheme`.
    public init(_ grapheme: String, width: Int = 1, style: Style = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .normal) -> Cell {
        Cell(" ", width: 1, style: style)
    }

    /// The second cell of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell("", width: 0, style: style)
    }

    /// Whether this is the second cell of a wide character.
    public var isContinuation: Bool { width == 0 }
}
