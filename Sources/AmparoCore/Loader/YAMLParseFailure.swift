/// Why libyaml's events could not be built into a `YAMLTree`. Lines and columns are 1-based,
/// columns counted in Unicode scalars.
enum YAMLParseFailure: Error, Equatable {
    /// A scanner or parser error from libyaml, with the construct it was reading when it has one
    /// ("while parsing a block mapping" at its start).
    case syntax(problem: String, line: Int, column: Int, context: Context?)
    /// libyaml's reader refused the bytes at this byte offset (not UTF-8, or not printable).
    case reader(problem: String, offset: Int)
    /// A mapping writes the same key twice.
    case duplicateKey(String, line: Int, column: Int, firstLine: Int, firstColumn: Int)
    /// Lists and mappings nest deeper than the limit.
    case tooDeep(line: Int, column: Int)
    /// An anchor (`&name`) or alias (`*name`): refused, so an alias bomb is never expanded.
    case alias(line: Int, column: Int)

    /// What libyaml was reading, and where it began.
    struct Context: Equatable {
        let text: String
        let line: Int
        let column: Int
    }
}
