/// Limits that keep hostile or broken input from exhausting memory, stack or time.
public struct InputLimits: Hashable, Sendable {
    /// Files larger than this are refused without being read.
    public var maximumFileSize: Int
    /// Lists and mappings nested deeper than this are refused while parsing, at the level that
    /// goes over.
    public var maximumNesting: Int

    /// Creates limits.
    public init(maximumFileSize: Int = 4 * 1024 * 1024, maximumNesting: Int = 64) {
        self.maximumFileSize = maximumFileSize
        self.maximumNesting = maximumNesting
    }

    /// 4 MiB per file (the real flows are about 50 KB) and 64 levels of nesting (they use 6).
    public static let standard = InputLimits()
}
