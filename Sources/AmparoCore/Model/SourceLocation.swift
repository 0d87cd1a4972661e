/// A position in a content file: the file's path, a 1-based line and a 1-based column
/// (columns count Unicode scalars, as libyaml does). A column of 0 stands for the whole line,
/// and a line of 0 for the whole file (a PO header problem, a config file that is missing).
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

    /// A position that is a whole line (`column` 0).
    public static func line(_ line: Int, of file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 0)
    }

    /// The whole file (`line` and `column` 0).
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `file:line:col`, the form compilers use; `file:line` for a whole line, `file` for the
    /// whole file.
    public var description: String {
        line == 0 ? file : column == 0 ? "\(file):\(line)" : "\(file):\(line):\(column)"
    }

    /// The same position moved `count` columns to the right.
    public func advanced(byColumns count: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + count)
    }
}
