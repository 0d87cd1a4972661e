/// Why a JSON text could not be read, and where.
public struct JSONParseFailure: Error, Equatable, Sendable {
    /// What is wrong, in one line ("expected ',' or '}' after a member").
    public var message: String
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, counted in Unicode scalars.
    public var column: Int
    /// Whether the problem is nesting deeper than the limit (reported with its own code).
    public var isTooDeep: Bool

    /// Creates a failure.
    public init(_ message: String, line: Int, column: Int, isTooDeep: Bool = false) {
        self.message = message
        self.line = line
        self.column = column
        self.isTooDeep = isTooDeep
    }
}
