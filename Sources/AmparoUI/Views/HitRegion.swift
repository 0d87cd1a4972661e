/// A clickable area: one row, a span of columns, and what it means.
public struct HitRegion: Hashable, Sendable {
    /// Row.
    public var y: Int
    /// Columns covered.
    public var columns: Range<Int>
    /// What a click here does.
    public var target: HitTarget

    /// Whether the click at (x, y) lands here.
    public func contains(x: Int, y: Int) -> Bool {
        y == self.y && columns.contains(x)
    }
}

extension Array where Element == HitRegion {
    /// The target under (x, y), if any.
    public func target(atX x: Int, y: Int) -> HitTarget? {
        first { $0.contains(x: x, y: y) }?.target
    }
}
