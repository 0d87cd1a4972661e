/// Limits that keep hostile or broken input from exhausting memory, stack or time.
public enum InputLimits {
    /// Files larger than this (4 MiB) are refused without parsing. The real flows are ~50 KB.
    public static let maximumFileSize = 4 * 1024 * 1024
    /// Nesting (indentation levels or open brackets) deeper than this is refused before parsing.
    public static let maximumNesting = 64
}
