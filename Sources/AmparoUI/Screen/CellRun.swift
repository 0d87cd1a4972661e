/// A horizontal run of changed cells: what a terminal must redraw.
public struct CellRun: Equatable, Sendable {
    /// Row.
    public var y: Int
    /// First column.
    public var x: Int
    /// The cells from `x` on; a wide character's continuation cell follows it.
    public var cells: [Cell]
}
