/// A condition that does not parse: what is wrong and where (offset in Unicode scalars from the
/// start of the condition string, and the mapped file location).
public struct ConditionError: Error, Hashable, Sendable {
    /// What is wrong, e.g. `expected '==', '!=' or 'in' after 'where'`.
    public var message: String
    /// The offset in the condition string, in Unicode scalars.
    public var offset: Int
    /// The position in the file.
    public var location: SourceLocation
}
