/// A number of answer paths that saturates instead of overflowing: past `UInt64.max` it is
/// "more than 18446744073709551615".
public struct PathCount: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The count, or `UInt64.max` when it saturated.
    public private(set) var value: UInt64
    /// Whether the true count is larger than `value` can hold.
    public private(set) var isSaturated: Bool

    /// No paths.
    public static let zero = PathCount(0)
    /// One path.
    public static let one = PathCount(1)

    /// An exact count.
    public init(_ value: UInt64) {
        self.value = value
        isSaturated = false
    }

    private init(saturated: Void) {
        value = .max
        isSaturated = true
    }

    /// A count too large for `UInt64`.
    public static let saturated = PathCount(saturated: ())

    /// `2^exponent`, saturating.
    public static func powerOfTwo(_ exponent: Int) -> PathCount {
        exponent < 64 ? PathCount(UInt64(1) << UInt64(exponent)) : .saturated
    }

    public static func + (lhs: PathCount, rhs: PathCount) -> PathCount {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        return overflow || lhs.isSaturated || rhs.isSaturated ? .saturated : PathCount(sum)
    }

    public static func * (lhs: PathCount, rhs: PathCount) -> PathCount {
        if lhs.value == 0 || rhs.value == 0 { return .zero }
        let (product, overflow) = lhs.value.multipliedReportingOverflow(by: rhs.value)
        return overflow || lhs.isSaturated || rhs.isSaturated ? .saturated : PathCount(product)
    }

    public static func - (lhs: PathCount, rhs: UInt64) -> PathCount {
        lhs.isSaturated ? lhs : PathCount(lhs.value - min(lhs.value, rhs))
    }

    public static func += (lhs: inout PathCount, rhs: PathCount) { lhs = lhs + rhs }

    public static func < (lhs: PathCount, rhs: PathCount) -> Bool {
        (lhs.value, lhs.isSaturated ? 1 : 0) < (rhs.value, rhs.isSaturated ? 1 : 0)
    }

    /// The count in digits, or "more than 18446744073709551615" when it saturated.
    public var description: String {
        isSaturated ? "more than \(UInt64.max)" : String(value)
    }

    /// Whether the count is at most `limit` (a saturated count never is).
    public func isAtMost(_ limit: Int) -> Bool {
        !isSaturated && value <= UInt64(max(0, limit))
    }
}
