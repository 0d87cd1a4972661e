/// A position in a content file: the file's path, a 1-based line and a 1-based column
/// (columns count Unicode scalars, as libyaml does).
public struct SourceLocation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The file's path as it was given to the loader.
    public var file: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form compilers use.
    public var description: String { "\(file):\(line):\(column)" }

    /// The same position moved `count` columns to the right.
    public func advanced(byColumns count: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + count)
    }
}
